package com.inferencetco.job;

import com.inferencetco.model.RowOutcome;

/** A record after normalization, with the file it came from. */
public record ProcessedRow(int fileIndex, RowOutcome outcome) {
}
