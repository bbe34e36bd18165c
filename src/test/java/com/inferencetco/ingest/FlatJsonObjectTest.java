package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flat tag objects are read without Jackson and give exactly the map Jackson's tree gave;
 * everything outside that shape is left to Jackson.
 */
class FlatJsonObjectTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void flatObjectsOfStringsAndNullsGiveJacksonsMap() {
		List<String> objects = List.of("{}", " { } ", "{\"workload\":\"support-chat\",\"team\":\"ml\"}",
				"{ \"a\" : \"1\" ,\n\t\"b\":\"\" }\r\n",
				// escapes, a surrogate pair, a key stripped, a repeated key (first place,
				// last value), null
				"{\"q\\\"uote\":\"back\\\\slash\\/ \\b\\f\\n\\r\\t\",\"smile\":\"\\ud83d\\ude00 \\u00e9\"}",
				"{\" org\":\"x\",\"z\":\"1\",\"org\":\"y\"}", "{\"cost-centre\":null,\"owner\":\"Zoë Ærø 東京\"}");
		for (String json : objects) {
			assertThat(FlatJsonObject.parse(json)).as(json).isEqualTo(jackson(json));
		}
		assertThat(FlatJsonObject.parse("{\" org\":\"x\",\"z\":\"1\",\"org\":\"y\"}"))
			.containsExactly(entry("org", "y"), entry("z", "1"));
		assertThat(FlatJsonObject.parse("{\"cost-centre\":null}")).containsExactly(entry("cost-centre", ""));
	}

	@Test
	void anythingElseIsLeftToJackson() {
		for (String json : List.of("{\"n\":1.50}", "{\"b\":true}", "{\"o\":{\"x\":\"y\"}}", "{\"a\":[\"x\"]}",
				"{\"a\":\"x\",}", "{\"a\":\"x\"} trailing", "{\"a\":\"x\"", "{\"a\" \"x\"}", "{a:\"x\"}",
				"{\"a\":\"bad \\x escape\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":nullx}", "{\"a\":\"\\u12\"}", "[]",
				"")) {
			assertThat(FlatJsonObject.parse(json)).as(json).isNull();
		}
	}

	@Test
	void tagsWithANumberStillComeFromJackson() {
		// outside the flat shape: Tags reads it with Jackson, as before (1.50 as Jackson
		// writes the number)
		assertThat(Tags.parse("{\"workload\":\"chat\",\"gpus\":8,\"ratio\":1.50}", "Tags"))
			.isEqualTo(jackson("{\"workload\":\"chat\",\"gpus\":8,\"ratio\":1.50}"));
	}

	/** What Tags read with Jackson alone: keys stripped, values as texts, nulls empty. */
	private static Map<String, String> jackson(String json) {
		Map<String, String> tags = new LinkedHashMap<>();
		JsonNode node = MAPPER.readTree(json);
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			JsonNode value = member.getValue();
			tags.put(member.getKey().strip(),
					value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
		}
		return tags;
	}

}
