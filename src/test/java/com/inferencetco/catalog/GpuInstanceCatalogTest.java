package com.inferencetco.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;

class GpuInstanceCatalogTest {

	@Test
	void knowsTheGpuInstancesOfEveryCloud() {
		assertThat(GpuInstanceCatalog.lookup("p5.48xlarge")).contains(new GpuAllocation("H100", 8));
		assertThat(GpuInstanceCatalog.lookup("p4de.24xlarge")).contains(new GpuAllocation("A100", 8));
		assertThat(GpuInstanceCatalog.lookup("p5en.48xlarge")).contains(new GpuAllocation("H200", 8));
		assertThat(GpuInstanceCatalog.lookup("g5.2xlarge")).contains(new GpuAllocation("A10G", 1));
		assertThat(GpuInstanceCatalog.lookup("g5.12xlarge")).contains(new GpuAllocation("A10G", 4));
		assertThat(GpuInstanceCatalog.lookup("g5.48xlarge")).contains(new GpuAllocation("A10G", 8));
		assertThat(GpuInstanceCatalog.lookup("g6e.xlarge")).contains(new GpuAllocation("L40S", 1));
		assertThat(GpuInstanceCatalog.lookup("ml.g5.2xlarge")).contains(new GpuAllocation("A10G", 1));
		assertThat(GpuInstanceCatalog.lookup("Standard_ND96isr_H100_v5")).contains(new GpuAllocation("H100", 8));
		assertThat(GpuInstanceCatalog.lookup("Standard_NC40ads_H100_v5")).contains(new GpuAllocation("H100", 1));
		assertThat(GpuInstanceCatalog.lookup("a3-highgpu-8g")).contains(new GpuAllocation("H100", 8));
		assertThat(GpuInstanceCatalog.lookup("a2-highgpu-4g")).contains(new GpuAllocation("A100", 4));
		assertThat(GpuInstanceCatalog.lookup("g2-standard-24")).contains(new GpuAllocation("L4", 2));
	}

	@Test
	void cpuInstancesHaveNoGpus() {
		assertThat(GpuInstanceCatalog.lookup("m5.xlarge")).isEmpty();
		assertThat(GpuInstanceCatalog.lookup("Standard_D2_v2")).isEmpty();
		assertThat(GpuInstanceCatalog.lookup(null)).isEmpty();
	}

	@Test
	void findsInstanceTypesInsideBillText() {
		assertThat(GpuInstanceCatalog.findInText("$1.624 per On Demand Linux g5.4xlarge Instance Hour"))
			.contains(new GpuAllocation("A10G", 1));
		assertThat(GpuInstanceCatalog.findInText("$0.096 per On Demand Linux m5.large Instance Hour")).isEmpty();
	}

}
