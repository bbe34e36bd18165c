package com.inferencetco.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import com.inferencetco.TcoException;

/**
 * Reads an assumptions file into its top-level keys, exactly: decimals stay the text the
 * user wrote (never a double), and a key given twice is refused with every line it is on
 * (SnakeYAML names only the second, and the user must see both to choose which value was
 * meant).
 */
final class AssumptionsYaml {

	private AssumptionsYaml() {
	}

	static Map<String, Object> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			LoaderOptions options = new LoaderOptions();
			// a key given twice is a mistake to name, not a value to pick
			options.setAllowDuplicateKeys(false);
			Object parsed = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
					new DumperOptions(), options, new ExactDecimals())
				.load(in);
			if (parsed == null) {
				return Map.of();
			}
			if (!(parsed instanceof Map<?, ?> map)) {
				throw TcoException.usage(file + ": expected a YAML mapping of assumption keys to values");
			}
			Map<String, Object> yaml = new LinkedHashMap<>();
			map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
			return yaml;
		}
		catch (IOException ex) {
			throw TcoException.usage(file + ": cannot read the assumptions file: " + ex.getMessage());
		}
		catch (DuplicateKeyException ex) {
			throw TcoException.usage(duplicate(file, ex));
		}
		catch (YAMLException ex) {
			throw TcoException.usage(file + ": invalid YAML: " + ex.getMessage());
		}
	}

	private static String duplicate(Path file, DuplicateKeyException ex) {
		String problem = ex.getProblem(); // "found duplicate key <key>"
		String key = problem.substring(problem.lastIndexOf(' ') + 1);
		Pattern entry = Pattern
			.compile(" {" + ex.getProblemMark().getColumn() + "}[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
		List<String> lines = new ArrayList<>();
		try {
			List<String> text = Files.readAllLines(file);
			for (int i = 0; i < text.size(); i++) {
				if (entry.matcher(text.get(i)).matches()) {
					lines.add(Integer.toString(i + 1));
				}
			}
		}
		catch (IOException unreadable) {
			lines.add(Integer.toString(ex.getProblemMark().getLine() + 1));
		}
		return file + ": the key '" + key + "' is given twice (lines " + String.join(" and ", lines)
				+ "); expected each key once: keep the value you mean";
	}

	/**
	 * YAML's implicit types without floats: a decimal such as 1.4184397163120567376
	 * reaches the parser as its text and becomes an exact BigDecimal, never a double
	 * rounded on the way.
	 */
	private static final class ExactDecimals extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
			addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
			addImplicitResolver(Tag.NULL, EMPTY, null, 10);
			addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789", 50);
		}

	}

}
