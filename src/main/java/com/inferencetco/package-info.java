/** Inference TCO: month-end LLM inference cost of ownership and break-even reports. */
package com.inferencetco;
