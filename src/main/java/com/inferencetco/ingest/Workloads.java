package com.inferencetco.ingest;

/**
 * A line's workload: its workload tag, else its project or workspace, else its service
 * and model, as the contract defines it.
 */
public final class Workloads {

	private Workloads() {
	}

	public static String name(String workloadTag, String projectOrWorkspace, String service, String model) {
		if (workloadTag != null && !workloadTag.isBlank()) {
			return workloadTag.strip();
		}
		if (projectOrWorkspace != null && !projectOrWorkspace.isBlank()) {
			return projectOrWorkspace.strip();
		}
		String serviceName = service == null ? "" : service.strip();
		if (model != null && !model.isBlank()) {
			return serviceName.isEmpty() ? model.strip() : serviceName + " " + model.strip();
		}
		return serviceName.isEmpty() ? "unattributed" : serviceName;
	}

}
