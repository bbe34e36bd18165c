package com.inferencetco.ingest.telemetry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsagePeriod;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.ingest.Values;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;
import com.inferencetco.model.TokenType;

/**
 * Samples of a Prometheus range query: DCGM GPU utilization ({@code DCGM_FI_DEV_GPU_UTIL}
 * in percent, {@code DCGM_FI_PROF_GR_ENGINE_ACTIVE} as a ratio) and serving tokens (vLLM
 * {@code prompt_tokens_total} and {@code generation_tokens_total}, TGI
 * {@code request_input_length_sum} and {@code request_generated_tokens_sum}). The metric
 * is the series' {@code __name__}, else the one named in the saved query or, last, in the
 * file name. Raw counters count their increases (resets handled by the record source);
 * results of {@code increase()} are increases already. Series of other metrics are read
 * and kept out of the totals.
 */
public class PrometheusNormalizer extends UsageRowNormalizer {

	enum Metric {

		GPU_UTIL_PERCENT, GPU_ACTIVE_RATIO, PROMPT_TOKENS, GENERATION_TOKENS, OTHER

	}

	private final IngestSettings settings;

	public PrometheusNormalizer(IngestSettings settings) {
		super(settings.month());
		this.settings = settings;
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		if (row.get("malformed") != null) {
			throw new FieldException("values", "expected [timestamp, \"value\"] pairs, found " + row.get("malformed"));
		}
		String stamp = row.get("timestamp");
		BigDecimal seconds = Values.decimal(stamp == null ? "" : stamp, "timestamp");
		Metric metric = metric(row);
		if (metric == Metric.OTHER) {
			requireInMonth(Values.utcDay(Instant.ofEpochSecond(seconds.longValue())), "timestamp");
			return List.of();
		}
		String name = row.get("metric.__name__");
		boolean rawCounter = name != null
				&& (name.endsWith("_total") || name.endsWith("_sum") || name.endsWith("_count"));
		String valueColumn = rawCounter ? "increase" : "value";
		BigDecimal value = Values.decimal(row.get(valueColumn) == null ? "" : row.get(valueColumn), valueColumn);
		// a counter's rise at t happened before t: the rise a midnight sample reports
		// belongs to the day that ended (October's last hour is October's)
		long at = rawCounter && value.signum() > 0 ? seconds.longValue() - 1 : seconds.longValue();
		LocalDate day = Values.utcDay(Instant.ofEpochSecond(at));
		requireInMonth(day, "timestamp");
		String host = firstLabel(row, "Hostname", "hostname", "instance", "node", "pod");
		String labelled = firstLabel(row, "workload");
		if (metric == Metric.GPU_UTIL_PERCENT || metric == Metric.GPU_ACTIVE_RATIO) {
			BigDecimal fraction = metric == Metric.GPU_UTIL_PERCENT
					? value.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN) : value;
			if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
				throw new FieldException("value",
						"expected a utilization between 0 and 1 (or 0 and 100 %), found " + value.toPlainString());
			}
			String workload = labelled != null ? labelled : settings.workloadOfHost(host);
			String gpu = firstLabel(row, "gpu", "UUID", "device");
			CostDimensions dimensions = new CostDimensions("telemetry", null, host, "dcgm-exporter",
					metric == Metric.GPU_UTIL_PERCENT ? "DCGM_FI_DEV_GPU_UTIL" : "DCGM_FI_PROF_GR_ENGINE_ACTIVE", null,
					host + "/gpu" + (gpu == null ? "" : gpu), workload == null ? "" : workload,
					GpuNames.canonical(firstLabel(row, "modelName")));
			return List.of(new NormalizedLine(RecordKind.GPU_UTILIZATION, CostCategory.GPU_COMPUTE,
					SourceKind.TELEMETRY, dimensions, day, fraction, "fraction", null, null, null, null, null, null));
		}
		if (value.signum() < 0) {
			throw new FieldException(valueColumn,
					"expected a token increase of zero or more, found " + value.toPlainString());
		}
		String model = firstLabel(row, "model_name", "model", "model_id");
		String workload = labelled != null ? labelled : settings.workloadOfModel(model) != null
				? settings.workloadOfModel(model) : settings.workloadOfHost(host);
		CostDimensions dimensions = new CostDimensions("self-hosted", null, host, "vLLM/TGI serving",
				name == null ? metric.name() : name, null, host,
				workload != null ? workload : "self-hosted " + (model == null ? "model" : model), model);
		TokenType type = metric == Metric.PROMPT_TOKENS ? TokenType.INPUT : TokenType.OUTPUT;
		// the tokens a sample reports were served within the hour before it
		return List.of(UsagePeriod.at(Instant.ofEpochSecond(at))
			.applyTo(new NormalizedLine(RecordKind.TOKEN_USAGE, CostCategory.API_TOKENS, SourceKind.USAGE, dimensions,
					day, value, "tokens", null, null, value, type, null, null)));
	}

	static Metric metric(SourceRecord row) {
		String name = row.get("metric.__name__");
		if (name != null) {
			return classify(name);
		}
		Metric fromQuery = classify(row.get("query"));
		return fromQuery != Metric.OTHER ? fromQuery : classify(row.get("source.file"));
	}

	static Metric classify(String text) {
		if (text == null) {
			return Metric.OTHER;
		}
		String t = text.toLowerCase(Locale.ROOT).replace(':', '_');
		if (t.contains("dcgm_fi_dev_gpu_util")) {
			return Metric.GPU_UTIL_PERCENT;
		}
		if (t.contains("dcgm_fi_prof_gr_engine_active")) {
			return Metric.GPU_ACTIVE_RATIO;
		}
		if (t.contains("vllm_prompt_tokens") || t.contains("tgi_request_input_length_sum")) {
			return Metric.PROMPT_TOKENS;
		}
		if (t.contains("vllm_generation_tokens") || t.contains("tgi_request_generated_tokens_sum")) {
			return Metric.GENERATION_TOKENS;
		}
		return Metric.OTHER;
	}

	private static String firstLabel(SourceRecord row, String... labels) {
		for (String label : labels) {
			String value = row.get("metric." + label);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
