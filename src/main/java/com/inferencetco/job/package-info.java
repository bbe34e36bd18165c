/**
 * Spring Batch wiring of the month-end job: steps, readers, processors, writers, restart
 * and locking.
 */
package com.inferencetco.job;
