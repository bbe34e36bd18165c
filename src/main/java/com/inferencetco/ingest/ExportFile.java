package com.inferencetco.ingest;

/** An input with the format detected from its header. */
public record ExportFile(InputFile input, ExportFormat format) {

	public String relativePath() {
		return input.relativePath();
	}
}
