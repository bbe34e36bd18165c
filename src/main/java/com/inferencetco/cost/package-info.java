/**
 * The cost engine: break-even between serverless and dedicated serving, per-workload
 * analysis, assumptions.
 */
package com.inferencetco.cost;
