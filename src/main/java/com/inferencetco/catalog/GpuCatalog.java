package com.inferencetco.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * GPU specifications (memory, bandwidth, dense TFLOPS, power) and example dedicated
 * offers (hyperscaler and specialized providers), shipped in the jar as CSV with their
 * sources.
 */
public final class GpuCatalog {

	public record GpuSpec(String gpu, BigDecimal memoryGb, BigDecimal bandwidthTbPerSecond, BigDecimal bf16Tflops,
			BigDecimal fp8Tflops, BigDecimal maxPowerWatts, String source) {
	}

	public record GpuOffer(String provider, String kind, String instanceType, String gpu, int gpuCount, String region,
			BigDecimal usdPerGpuHour, String term, String billing, BigDecimal egressUsdPerGb, String source) {
	}

	private static volatile GpuCatalog shipped;

	private final Map<String, GpuSpec> specs;

	private final List<GpuOffer> offers;

	private GpuCatalog(Map<String, GpuSpec> specs, List<GpuOffer> offers) {
		this.specs = specs;
		this.offers = offers;
	}

	public static GpuCatalog shipped() {
		if (shipped == null) {
			synchronized (GpuCatalog.class) {
				if (shipped == null) {
					Map<String, GpuSpec> specs = new LinkedHashMap<>();
					for (CSVRecord r : read("/catalog/gpu-specs.csv")) {
						specs.put(r.get("gpu"),
								new GpuSpec(r.get("gpu"), number(r.get("memory_gb")), number(r.get("bandwidth_tb_s")),
										number(r.get("bf16_tflops")), number(r.get("fp8_tflops")),
										number(r.get("max_power_w")), r.get("source")));
					}
					List<GpuOffer> offers = new ArrayList<>();
					for (CSVRecord r : read("/catalog/gpu-offers.csv")) {
						offers.add(new GpuOffer(r.get("provider"), r.get("kind"), r.get("instance_type"), r.get("gpu"),
								Integer.parseInt(r.get("gpu_count")), r.get("region"),
								number(r.get("usd_per_gpu_hour")), r.get("term"), r.get("billing"),
								number(r.get("egress_usd_per_gb")), r.get("source")));
					}
					shipped = new GpuCatalog(Map.copyOf(specs), List.copyOf(offers));
				}
			}
		}
		return shipped;
	}

	public Optional<GpuSpec> spec(String gpu) {
		return Optional.ofNullable(specs.get(gpu));
	}

	public List<GpuOffer> offers() {
		return offers;
	}

	/**
	 * The cheapest on-demand offer of a GPU model of a kind (hyperscaler, specialized).
	 */
	public Optional<GpuOffer> cheapest(String gpu, String kind) {
		return offers.stream()
			.filter(o -> o.gpu().equals(gpu) && o.kind().equals(kind) && o.term().equals("on-demand"))
			.min((a, b) -> a.usdPerGpuHour().compareTo(b.usdPerGpuHour()));
	}

	private static List<CSVRecord> read(String resource) {
		try (InputStream in = GpuCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return CSVFormat.DEFAULT.builder()
				.setCommentMarker('#')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BigDecimal number(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
	}

}
