package com.inferencetco.cost;

/**
 * Prometheus range queries of October 2026, hour by hour, as vLLM and the DCGM exporter
 * answer them: for decision cases worked by hand.
 */
final class ServingMetrics {

	/** 2026-10-01T00:00:00Z */
	private static final long OCTOBER = 1790812800L;

	private ServingMetrics() {
	}

	/** A vLLM counter of one served model rising by {@code perHour} every hour. */
	static String counter(String metric, String model, long perHour) {
		return series(metric, "\"model_name\":\"" + model + "\",\"instance\":\"gpu-01:8000\"", perHour, true);
	}

	/** DCGM's GPU busy percentage of host gpu-01, the same every hour. */
	static String busy(long percent) {
		return series("DCGM_FI_DEV_GPU_UTIL",
				"\"gpu\":\"0\",\"UUID\":\"GPU-0\",\"modelName\":\"NVIDIA H100 80GB HBM3\",\"Hostname\":\"gpu-01\"",
				percent, false);
	}

	private static String series(String metric, String labels, long perHour, boolean rising) {
		StringBuilder values = new StringBuilder();
		for (int hour = 0; hour <= 744; hour++) {
			values.append(hour == 0 ? "" : ",")
				.append("[")
				.append(OCTOBER + hour * 3600L)
				.append(",\"")
				.append(rising ? perHour * hour : perHour)
				.append("\"]");
		}
		return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\""
				+ metric + "\"," + labels + "},\"values\":[" + values + "]}]}}";
	}

}
