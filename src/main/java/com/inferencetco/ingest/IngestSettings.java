package com.inferencetco.ingest;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import com.inferencetco.model.BillingMonth;

/**
 * What normalizers need beyond the rows: the billing month, and how to attribute
 * telemetry and serving metrics to workloads when the data carries no workload label (by
 * host, by served model), and the time zone of telemetry that writes local time without a
 * zone (nvidia-smi).
 */
public record IngestSettings(BillingMonth month, Map<String, String> workloadsByHost,
		Map<String, String> workloadsByModel, ZoneId telemetryZone) {

	public IngestSettings {
		workloadsByHost = Map.copyOf(workloadsByHost);
		workloadsByModel = Map.copyOf(workloadsByModel);
	}

	public static IngestSettings of(BillingMonth month) {
		return new IngestSettings(month, Map.of(), Map.of(), ZoneOffset.UTC);
	}

	/** The workload of a host (exact name, or the part before the first dot), or null. */
	public String workloadOfHost(String host) {
		if (host == null || host.isBlank()) {
			return null;
		}
		String workload = workloadsByHost.get(host);
		if (workload == null && host.contains(".")) {
			workload = workloadsByHost.get(host.substring(0, host.indexOf('.')));
		}
		if (workload == null && host.contains(":")) {
			workload = workloadsByHost.get(host.substring(0, host.indexOf(':')));
		}
		return workload;
	}

	public String workloadOfModel(String model) {
		return model == null ? null : workloadsByModel.get(model);
	}
}
