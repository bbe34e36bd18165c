package com.inferencetco.ingest;

import java.util.List;

import com.inferencetco.model.InvoiceCheck;
import com.inferencetco.model.SkippedInput;

/**
 * What was found below the input folder: the exports to read, the files skipped with the
 * reason, and the FOCUS invoices checked against their cost rows (empty without an
 * Invoice Detail dataset).
 */
public record Discovery(List<ExportFile> exports, List<SkippedInput> skipped, List<InvoiceCheck> invoices) {
}
