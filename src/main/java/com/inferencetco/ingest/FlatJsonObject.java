package com.inferencetco.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the one shape tags nearly always have, a flat JSON object of string (or null)
 * values, without a JSON library: on a large account's month every resource has its own
 * tag set, and building a tree with Jackson for each was a quarter of normalizing a FOCUS
 * row (BENCHMARKS.md). Anything else (a number, a nested value, a syntax error) is left
 * to Jackson, which decides as before: this reads a strict subset and gives the same map.
 */
final class FlatJsonObject {

	private final String json;

	private int at;

	private FlatJsonObject(String json) {
		this.json = json;
	}

	/**
	 * The members, keys stripped, in their order (a repeated key keeps its first place
	 * and its last value); null values as empty texts. Null when the text is not a flat
	 * object of strings and nulls.
	 */
	static Map<String, String> parse(String json) {
		return new FlatJsonObject(json).object();
	}

	private Map<String, String> object() {
		Map<String, String> members = new LinkedHashMap<>();
		space();
		if (!take('{')) {
			return null;
		}
		space();
		if (take('}')) {
			return end() ? members : null;
		}
		while (true) {
			space();
			String key = string();
			space();
			if (key == null || !take(':')) {
				return null;
			}
			space();
			String value = json.startsWith("null", at) ? nullValue() : string();
			if (value == null) {
				return null;
			}
			members.put(key.strip(), value);
			space();
			if (take('}')) {
				return end() ? members : null;
			}
			if (!take(',')) {
				return null;
			}
		}
	}

	private String nullValue() {
		at += 4;
		return "";
	}

	private boolean end() {
		space();
		return at == json.length();
	}

	/** A JSON string with its escapes read; null when there is none here. */
	private String string() {
		if (!take('"')) {
			return null;
		}
		int start = at;
		while (at < json.length()) {
			char c = json.charAt(at);
			if (c == '"') {
				return json.substring(start, at++);
			}
			if (c == '\\') {
				return escaped(start);
			}
			if (c < 0x20) {
				return null;
			}
			at++;
		}
		return null;
	}

	private String escaped(int start) {
		StringBuilder text = new StringBuilder(json.length() - start).append(json, start, at);
		while (at < json.length()) {
			char c = json.charAt(at++);
			if (c == '"') {
				return text.toString();
			}
			if (c < 0x20) {
				return null;
			}
			if (c != '\\') {
				text.append(c);
				continue;
			}
			if (at >= json.length()) {
				return null;
			}
			char e = json.charAt(at++);
			switch (e) {
				case '"', '\\', '/' -> text.append(e);
				case 'b' -> text.append('\b');
				case 'f' -> text.append('\f');
				case 'n' -> text.append('\n');
				case 'r' -> text.append('\r');
				case 't' -> text.append('\t');
				case 'u' -> {
					if (at + 4 > json.length()) {
						return null;
					}
					int code = 0;
					for (int i = 0; i < 4; i++) {
						int digit = Character.digit(json.charAt(at++), 16);
						if (digit < 0) {
							return null;
						}
						code = code * 16 + digit;
					}
					text.append((char) code);
				}
				default -> {
					return null;
				}
			}
		}
		return null;
	}

	private boolean take(char c) {
		if (at < json.length() && json.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	/** JSON's white space: space, tab, line feed, carriage return. */
	private void space() {
		while (at < json.length()) {
			char c = json.charAt(at);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			at++;
		}
	}

}
