package com.inferencetco.ingest.telemetry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.inferencetco.ingest.FieldException;
import com.inferencetco.ingest.IngestSettings;
import com.inferencetco.ingest.LineDraft;
import com.inferencetco.ingest.SourceRecord;
import com.inferencetco.ingest.UsageRowNormalizer;
import com.inferencetco.ingest.Values;
import com.inferencetco.model.CostCategory;
import com.inferencetco.model.CostDimensions;
import com.inferencetco.model.NormalizedLine;
import com.inferencetco.model.RecordKind;
import com.inferencetco.model.SourceKind;

/**
 * {@code nvidia-smi --query-gpu=... --format=csv -l N} logs: one sample per GPU and
 * interval. Headers carry the unit in brackets ({@code utilization.gpu [%]}), values
 * repeat it ({@code 87 %}) unless {@code nounits}; {@code timestamp} is local time
 * without a zone, read in the assumptions' telemetry time zone. The host is a
 * {@code hostname} column when a script adds one, else the file's name. Unsupported
 * values ({@code [N/A]}) reject the sample.
 */
public class NvidiaSmiNormalizer extends UsageRowNormalizer {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss[.SSS]");

	private final IngestSettings settings;

	public NvidiaSmiNormalizer(IngestSettings settings) {
		super(settings.month());
		this.settings = settings;
	}

	@Override
	protected List<NormalizedLine> toRecords(SourceRecord row, BigDecimal cost, String currency) {
		String stamp = row.get("timestamp");
		if (stamp == null) {
			throw new FieldException("timestamp", "expected a timestamp column (add timestamp to --query-gpu)");
		}
		LocalDate day;
		try {
			day = LocalDateTime.parse(stamp.strip(), TIMESTAMP)
				.atZone(settings.telemetryZone())
				.toInstant()
				.atZone(ZoneOffset.UTC)
				.toLocalDate();
		}
		catch (DateTimeParseException ex) {
			throw new FieldException("timestamp",
					"expected a timestamp like 2026/10/01 13:00:00.000, found '" + stamp + "'");
		}
		requireInMonth(day, "timestamp");
		String utilizationColumn = utilizationColumn(row);
		String text = row.get(utilizationColumn);
		if (text == null || text.contains("N/A")) {
			throw new FieldException(utilizationColumn,
					"expected a GPU utilization in percent, found '" + (text == null ? "" : text) + "'");
		}
		BigDecimal percent = Values.decimal(text.replace("%", "").strip(), utilizationColumn);
		if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new FieldException(utilizationColumn, "expected a utilization from 0 to 100 %, found " + text);
		}
		String host = row.get("hostname") != null ? row.get("hostname")
				: row.get("host") != null ? row.get("host") : fileStem(row.get("source.file"));
		String gpu = row.get("index") != null ? row.get("index")
				: row.get("uuid") != null ? row.get("uuid") : LineDraft.orEmpty(row.get("pci.bus_id"));
		String workload = settings.workloadOfHost(host);
		CostDimensions dimensions = new CostDimensions("telemetry", null, host, "nvidia-smi", "utilization.gpu", null,
				host + "/gpu" + gpu, workload == null ? "" : workload, GpuNames.canonical(row.get("name")));
		return List.of(new NormalizedLine(RecordKind.GPU_UTILIZATION, CostCategory.GPU_COMPUTE, SourceKind.TELEMETRY,
				dimensions, day, percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN), "fraction", null,
				null, null, null, null, null));
	}

	private static String utilizationColumn(SourceRecord row) {
		for (String name : row.columnNames()) {
			if (name.startsWith("utilization.gpu")) {
				return name;
			}
		}
		return "utilization.gpu [%]";
	}

	static String fileStem(String path) {
		if (path == null) {
			return "unknown-host";
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.indexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
