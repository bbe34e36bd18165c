package com.inferencetco.ingest;

import java.util.List;

/** What was found below the input folder: the exports to read, and the files skipped with the reason. */
public record Discovery(List<ExportFile> exports, List<SkippedInput> skipped) {
}
