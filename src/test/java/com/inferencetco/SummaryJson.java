package com.inferencetco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@code tco-YYYY-MM.json} with exact decimals, as a finance script would. */
public final class SummaryJson {

	private SummaryJson() {
	}

	public static JsonNode read(Path file) throws IOException {
		return JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build()
			.readTree(Files.readString(file));
	}

	/**
	 * The summary without its restatement: a rerun of a month says it was reported before
	 * (and when), everything else is the same as the first run's.
	 */
	public static JsonNode withoutRestatement(Path file) throws IOException {
		tools.jackson.databind.node.ObjectNode summary = (tools.jackson.databind.node.ObjectNode) read(file);
		summary.remove("restatement");
		return summary;
	}

}
