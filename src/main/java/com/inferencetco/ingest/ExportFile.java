package com.inferencetco.ingest;

import java.nio.file.Path;

/** An input file found below {@code --input}, with the format detected from its header. */
public record ExportFile(Path path, String relativePath, ExportFormat format) {
}
