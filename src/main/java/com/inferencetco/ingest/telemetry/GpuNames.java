package com.inferencetco.ingest.telemetry;

import com.inferencetco.catalog.GpuInstanceCatalog;

/**
 * GPU product names as drivers report them ("NVIDIA H100 80GB HBM3") to the canonical
 * model ("H100").
 */
final class GpuNames {

	private GpuNames() {
	}

	static String canonical(String productName) {
		String model = GpuInstanceCatalog.gpuModelInText(productName);
		return model.equals("GPU") && productName != null ? productName.strip() : model;
	}

}
