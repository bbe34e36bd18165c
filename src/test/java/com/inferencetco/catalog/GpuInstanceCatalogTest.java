package com.inferencetco.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.inferencetco.catalog.GpuInstanceCatalog.GpuAllocation;

class GpuInstanceCatalogTest {

	@Test
	void knowsTheGpuInstancesOfEveryCloud() {
		assertThat(GpuInstanceCatalog.lookup("p5.48xlarge")).contains(new GpuAllocation("H100", 8));
		assertThat(GpuInstanceCatalog.lookup("p4de.24xlarge")).contains(new GpuAllocation("A100-80GB", 8));
		assertThat(GpuInstanceCatalog.lookup("p4d.24xlarge")).contains(new GpuAllocation("A100", 8));
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
		assertThat(GpuInstanceCatalog.lookup("a2-ultragpu-8g")).contains(new GpuAllocation("A100-80GB", 8));
		assertThat(GpuInstanceCatalog.lookup("Standard_NC24ads_A100_v4")).contains(new GpuAllocation("A100-80GB", 1));
		assertThat(GpuInstanceCatalog.lookup("Standard_ND96asr_v4")).contains(new GpuAllocation("A100", 8));
		assertThat(GpuInstanceCatalog.lookup("g2-standard-24")).contains(new GpuAllocation("L4", 2));
	}

	@Test
	void memoryAndFormFactorVariantsAreModelsOfTheirOwn() {
		assertThat(GpuInstanceCatalog.gpuModelInText("Nvidia Tesla A100 GPU running in Americas")).isEqualTo("A100");
		assertThat(GpuInstanceCatalog.gpuModelInText("Nvidia A100 80GB GPU running in Americas"))
			.isEqualTo("A100-80GB");
		assertThat(GpuInstanceCatalog.gpuModelInText("Standard NC24ads A100 80 GB")).isEqualTo("A100-80GB");
		assertThat(GpuInstanceCatalog.gpuModelInText("NVIDIA H100 PCIe 80GB")).isEqualTo("H100-PCIe");
		assertThat(GpuInstanceCatalog.gpuModelInText("Nvidia H100 80GB GPU running in EMEA")).isEqualTo("H100");
		// each variant has its own specifications: an 80 GB A100 holds twice the weights
		assertThat(GpuCatalog.shipped().spec("A100").orElseThrow().memoryGb()).isEqualByComparingTo("40");
		assertThat(GpuCatalog.shipped().spec("A100-80GB").orElseThrow().memoryGb()).isEqualByComparingTo("80");
		// and its own rent: not the 40 GB part's 1.29 at Lambda
		assertThat(GpuCatalog.shipped().cheapest("A100-80GB", "specialized").orElseThrow().usdPerGpuHour())
			.isEqualByComparingTo("1.64");
		assertThat(GpuCatalog.shipped().cheapest("A100", "specialized").orElseThrow().usdPerGpuHour())
			.isEqualByComparingTo("1.29");
	}

	@Test
	void googlesPerGpuSkusAreOneGpuEachAndCommitmentsAreNot() {
		assertThat(GpuInstanceCatalog.perGpuSku("Nvidia H100 80GB GPU running in Americas"))
			.contains(new GpuAllocation("H100", 1));
		assertThat(GpuInstanceCatalog.perGpuSku("Spot Preemptible Nvidia L4 GPU running in APAC"))
			.contains(new GpuAllocation("L4", 1));
		assertThat(GpuInstanceCatalog.perGpuSku("Commitment v1: Nvidia H100 80GB GPU in Americas for 1 Year"))
			.isEmpty();
		assertThat(GpuInstanceCatalog.perGpuSku("N2 Instance Core running in Americas")).isEmpty();
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
