/**
 * The normalized model: every export line becomes token usage, GPU-hours, egress, storage
 * or other cost, with exact money and the billing month it belongs to.
 */
package com.inferencetco.model;
