package com.inferencetco.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What kind of model a name calls and the geometry the throughput roofline needs, shipped
 * in the jar as {@code catalog/model-architectures.csv}. A model the table does not know
 * (a closed API model) is a chat model of the size the assumptions name: the open model
 * one would self-host in its place.
 */
public final class ModelArchitectures {

	/** How a model is served and compared. */
	public enum Family {

		CHAT, EMBEDDING, SPEECH, IMAGE;

		/**
		 * Speech and image models are not priced per token, so no dedicated token
		 * comparison applies.
		 */
		public boolean tokenPriced() {
			return this == CHAT || this == EMBEDDING;
		}

	}

	/**
	 * A model's family, size and attention geometry (null for families without a token
	 * comparison).
	 */
	public record Architecture(String name, Family family, BigDecimal parametersBillions, Integer layers,
			Integer kvHeads, Integer headDim, String source) {

		/**
		 * KV-cache values one token keeps: keys and values of every layer and KV head.
		 */
		public BigDecimal kvValuesPerToken() {
			return BigDecimal.valueOf(2L * layers * kvHeads * headDim);
		}
	}

	private record Row(Pattern pattern, Architecture architecture) {
	}

	private static volatile ModelArchitectures shipped;

	private final List<Row> rows;

	private ModelArchitectures(List<Row> rows) {
		this.rows = rows;
	}

	public static ModelArchitectures shipped() {
		if (shipped == null) {
			synchronized (ModelArchitectures.class) {
				if (shipped == null) {
					shipped = load();
				}
			}
		}
		return shipped;
	}

	/**
	 * The architecture the catalog knows for a model name (an open-weight family or a
	 * size in the name), or empty.
	 */
	public Optional<Architecture> known(String model) {
		String name = model == null ? "" : model.toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		return rows.stream().filter(r -> r.pattern().matcher(name).find()).map(Row::architecture).findFirst();
	}

	/**
	 * The architecture of a model name; an unknown or empty name is a chat model of
	 * {@code defaultBillions} parameters with the geometry of the closest known size.
	 */
	public Architecture of(String model, BigDecimal defaultBillions) {
		String name = model == null ? "" : model.toLowerCase(Locale.ROOT);
		for (Row row : rows) {
			if (!name.isEmpty() && row.pattern().matcher(name).find()) {
				return row.architecture();
			}
		}
		Architecture closest = null;
		for (Row row : rows) {
			Architecture a = row.architecture();
			if (a.family() == Family.CHAT && (closest == null
					|| distance(a, defaultBillions).compareTo(distance(closest, defaultBillions)) < 0)) {
				closest = a;
			}
		}
		return new Architecture(name.isEmpty() ? "default model" : model, Family.CHAT, defaultBillions,
				closest.layers(), closest.kvHeads(), closest.headDim(),
				"the assumptions' modelParametersBillions, geometry of " + closest.source());
	}

	private static BigDecimal distance(Architecture a, BigDecimal billions) {
		return a.parametersBillions().subtract(billions).abs();
	}

	private static ModelArchitectures load() {
		try (InputStream in = ModelArchitectures.class.getResourceAsStream("/catalog/model-architectures.csv")) {
			if (in == null) {
				throw new IllegalStateException("catalog/model-architectures.csv is missing from the jar");
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder()
				.setCommentMarker('#')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				Family family = Family.valueOf(r.get("family").toUpperCase(Locale.ROOT));
				rows.add(new Row(Pattern.compile(r.get("pattern")),
						new Architecture(r.get("pattern"), family, decimal(r.get("parameters_billions")),
								whole(r.get("layers")), whole(r.get("kv_heads")), whole(r.get("head_dim")),
								r.get("source"))));
			}
			return new ModelArchitectures(List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BigDecimal decimal(String text) {
		return text.isBlank() ? null : new BigDecimal(text.strip());
	}

	private static Integer whole(String text) {
		return text.isBlank() ? null : Integer.valueOf(text.strip());
	}

}
