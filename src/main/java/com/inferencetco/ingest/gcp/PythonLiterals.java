package com.inferencetco.ingest.gcp;

/**
 * A BigQuery export flattened with pandas writes nested columns as Python literals, not
 * JSON: {@code [{'key': 'team', 'value': 'search'}]}, {@code None}, {@code True},
 * {@code Decimal('-1.25')}. Read as JSON they fail and the row's cost would be lost with
 * them; this turns such a literal into the JSON it stands for.
 */
final class PythonLiterals {

	private PythonLiterals() {
	}

	/** Whether a cell that is not JSON may be a Python literal worth converting. */
	static boolean looksLikePython(String text) {
		return text.contains("'") || text.contains("None") || text.contains("True") || text.contains("False");
	}

	static String toJson(String text) {
		StringBuilder json = new StringBuilder(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\'' || c == '"') {
				i = string(text, i, json);
			}
			else if (Character.isLetter(c)) {
				int end = i;
				while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					end++;
				}
				String word = text.substring(i, end);
				if (word.equals("Decimal") && end < text.length() && text.charAt(end) == '(') {
					// Decimal('-1.25') is the number itself
					int close = text.indexOf(')', end);
					if (close < 0) {
						// not a literal we know: the JSON reader will say what is wrong
						return text;
					}
					json.append(text.substring(end + 1, close).replace("'", "").replace("\"", "").strip());
					i = close + 1;
					continue;
				}
				json.append(switch (word) {
					case "None" -> "null";
					case "True" -> "true";
					case "False" -> "false";
					default -> word;
				});
				i = end;
			}
			else {
				json.append(c);
				i++;
			}
		}
		return json.toString();
	}

	/**
	 * Copies the quoted string starting at {@code from} as a JSON string; returns the
	 * index after it.
	 */
	private static int string(String text, int from, StringBuilder json) {
		char quote = text.charAt(from);
		json.append('"');
		int i = from + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(i + 1);
				json.append(next == '\'' ? "'" : "\\" + next);
				i += 2;
				continue;
			}
			json.append(c == '"' ? "\\\"" : String.valueOf(c));
			i++;
		}
		json.append('"');
		return i + 1;
	}

}
