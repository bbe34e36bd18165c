package com.inferencetco.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.inferencetco.report.ReportModel;

/**
 * Hands the report model from the report step to the caller of the job, which prints its
 * summary: building it again would run every summary query and the cost engine a second
 * time. In memory only; a restart that skips the report step finds nothing here and
 * builds the model itself.
 */
@Component
public class BuiltReportModels {

	private final Map<Long, ReportModel> models = new ConcurrentHashMap<>();

	void remember(long runId, ReportModel model) {
		models.put(runId, model);
	}

	Optional<ReportModel> take(long runId) {
		return Optional.ofNullable(models.remove(runId));
	}

}
