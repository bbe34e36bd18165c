/**
 * The month-end pack finance expects beside the TCO: budgets against the fully loaded
 * actuals, and unit costs over the business's own metrics, both computed from the
 * showback of the report model.
 */
package com.inferencetco.finance;
