package com.inferencetco.report;

/**
 * Rejected rows of one file and column: how many, and the first reason (the rejects file
 * has each row).
 */
public record RejectionGroup(String file, String column, long rows, String exampleReason) {
}
