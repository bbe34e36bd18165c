package com.inferencetco.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which GPUs, and how many, an instance type or VM size carries, so that instance-hours
 * become GPU-hours by GPU model. Sources: the AWS EC2 accelerated-computing instance
 * pages, the Azure NC/ND series pages and the Google Cloud accelerator-optimized machine
 * pages.
 */
public final class GpuInstanceCatalog {

	/** The GPUs of one instance: model (canonical name) and count. */
	public record GpuAllocation(String gpuModel, int gpuCount) {
	}

	private static final Map<String, GpuAllocation> EXACT = new HashMap<>();

	private static final Pattern AWS_G_FAMILY = Pattern.compile("(g5|g6|g6e|g4dn)\\.(\\d*x?large|metal)");

	private static final Pattern GCP_A2_A3 = Pattern
		.compile("(a2-highgpu|a2-ultragpu|a2-megagpu|a3-highgpu|a3-megagpu|a3-edgegpu|a3-ultragpu)-(\\d+)g");

	private static final Pattern GCP_G2 = Pattern.compile("g2-standard-(\\d+)");

	static {
		// AWS EC2 (and SageMaker ml.<type>)
		put("p4d.24xlarge", "A100", 8);
		put("p4de.24xlarge", "A100-80GB", 8);
		put("p5.4xlarge", "H100", 1);
		put("p5.48xlarge", "H100", 8);
		put("p5e.48xlarge", "H200", 8);
		put("p5en.48xlarge", "H200", 8);
		put("p6-b200.48xlarge", "B200", 8);
		put("p3.2xlarge", "V100", 1);
		put("p3.8xlarge", "V100", 4);
		put("p3.16xlarge", "V100", 8);
		put("p3dn.24xlarge", "V100", 8);
		// Azure VM sizes (ARM names, compared case-insensitively)
		put("standard_nc40ads_h100_v5", "H100", 1);
		put("standard_nc80adis_h100_v5", "H100", 2);
		put("standard_nd96isr_h100_v5", "H100", 8);
		put("standard_nd96isr_h200_v5", "H200", 8);
		put("standard_nd96asr_v4", "A100", 8);
		put("standard_nd96amsr_a100_v4", "A100-80GB", 8);
		put("standard_nc24ads_a100_v4", "A100-80GB", 1);
		put("standard_nc48ads_a100_v4", "A100-80GB", 2);
		put("standard_nc96ads_a100_v4", "A100-80GB", 4);
		put("standard_nc4as_t4_v3", "T4", 1);
		put("standard_nc8as_t4_v3", "T4", 1);
		put("standard_nc16as_t4_v3", "T4", 1);
		put("standard_nc64as_t4_v3", "T4", 4);
	}

	private static final Pattern TYPE_IN_TEXT = Pattern.compile(
			"(?i)\\b(?:ml\\.)?([pg]\\d[a-z0-9-]*\\.(?:\\d*x?large|metal)|standard_n[cdv][a-z0-9_]+|a[23]-[a-z]+gpu-\\d+g|g2-standard-\\d+)\\b");

	private GpuInstanceCatalog() {
	}

	private static void put(String type, String model, int count) {
		EXACT.put(type.toLowerCase(Locale.ROOT), new GpuAllocation(model, count));
	}

	private static final Pattern GPU_MODEL = Pattern
		.compile("(?i)\\b(H100|H200|B200|GB200|A100|A10G|A10|L40S|L4|V100|T4)\\b");

	/**
	 * The canonical GPU model named in free text ("H100 SXM 80GB"), or "GPU" when none is
	 * named.
	 */
	public static String gpuModelInText(String text) {
		Matcher m = GPU_MODEL.matcher(text == null ? "" : text);
		if (!m.find()) {
			return "GPU";
		}
		String model = m.group(1).toUpperCase(Locale.ROOT);
		String rest = text.substring(m.end()).toLowerCase(Locale.ROOT);
		// memory and form-factor variants rent and perform apart: an A100 of 80 GB is not
		// one of 40 GB
		if (model.equals("A100") && EIGHTY_GB.matcher(rest).lookingAt()) {
			return "A100-80GB";
		}
		if (model.equals("H100") && text.toLowerCase(Locale.ROOT).contains("pcie")) {
			return "H100-PCIe";
		}
		return model;
	}

	private static final Pattern EIGHTY_GB = Pattern.compile("[\\s_-]*80\\s*gb");

	/**
	 * A SKU billed per GPU-hour of one GPU, as Google Cloud bills the GPUs attached to a
	 * machine ("Nvidia H100 80GB GPU running in Americas", "Spot Preemptible Nvidia Tesla
	 * A100 GPU ..."); empty for any other text, commitments included.
	 */
	public static Optional<GpuAllocation> perGpuSku(String text) {
		if (text == null || !PER_GPU_SKU.matcher(text.strip()).matches()
				|| text.strip().toLowerCase(Locale.ROOT).startsWith("commitment")) {
			return Optional.empty();
		}
		return Optional.of(new GpuAllocation(gpuModelInText(text), 1));
	}

	private static final Pattern PER_GPU_SKU = Pattern.compile("(?i)^(spot preemptible |preemptible )?nvidia .*gpu.*");

	/**
	 * Finds a GPU instance type named inside free text (a SKU description, a usage type).
	 */
	public static Optional<GpuAllocation> findInText(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TYPE_IN_TEXT.matcher(text);
		while (m.find()) {
			Optional<GpuAllocation> found = lookup(m.group(1));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The GPUs of an instance type, VM size or machine type; empty for CPU-only types.
	 */
	public static Optional<GpuAllocation> lookup(String instanceType) {
		if (instanceType == null || instanceType.isBlank()) {
			return Optional.empty();
		}
		String type = instanceType.strip().toLowerCase(Locale.ROOT);
		if (type.startsWith("ml.")) {
			type = type.substring(3);
		}
		GpuAllocation exact = EXACT.get(type);
		if (exact != null) {
			return Optional.of(exact);
		}
		Matcher g = AWS_G_FAMILY.matcher(type);
		if (g.matches()) {
			String model = switch (g.group(1)) {
				case "g5" -> "A10G";
				case "g6" -> "L4";
				case "g6e" -> "L40S";
				default -> "T4";
			};
			String size = g.group(2);
			int count = switch (size) {
				case "12xlarge", "24xlarge" -> 4;
				case "48xlarge", "metal" -> 8;
				default -> 1;
			};
			return Optional.of(new GpuAllocation(model, count));
		}
		Matcher a = GCP_A2_A3.matcher(type);
		if (a.matches()) {
			String model = a.group(1).equals("a2-ultragpu") ? "A100-80GB"
					: a.group(1).startsWith("a2") ? "A100" : a.group(1).equals("a3-ultragpu") ? "H200" : "H100";
			return Optional.of(new GpuAllocation(model, Integer.parseInt(a.group(2))));
		}
		Matcher g2 = GCP_G2.matcher(type);
		if (g2.matches()) {
			int vcpus = Integer.parseInt(g2.group(1));
			int count = vcpus >= 96 ? 8 : vcpus >= 48 ? 4 : vcpus >= 24 ? 2 : 1;
			return Optional.of(new GpuAllocation("L4", count));
		}
		return Optional.empty();
	}

}
