package com.inferencetco.cost;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small FOCUS 1.2 bill for October 2026 written line by line, for decision cases worked
 * by hand: API token lines (tokens in the consumed quantity, the model in the SKU meter)
 * and GPU instance lines (hours of an instance whose SKU details give its GPUs).
 */
final class FocusMonth {

	private final StringBuilder csv = new StringBuilder(
			"BilledCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
					+ "ChargeCategory,ChargePeriodStart,ChargePeriodEnd,ConsumedQuantity,ConsumedUnit,EffectiveCost,ProviderName,"
					+ "ServiceName,ServiceCategory,SkuMeter,SkuPriceDetails,ResourceId,Tags\n");

	/** One day of API tokens of a model, at a price per million. */
	FocusMonth tokens(String workload, int day, long tokens, String pricePerMillion, String model) {
		return tokensForDays(workload, day, 1, tokens, pricePerMillion, model);
	}

	/** API tokens on one line covering days from a day on (a console table's month). */
	FocusMonth tokensForDays(String workload, int day, int days, long tokens, String pricePerMillion, String model) {
		return line(tokenCost(tokens, pricePerMillion), dayStart(day), dayStart(day + days), tokens, "Tokens",
				"Serverless Inference", "AI and Machine Learning", model + " input tokens", "", "", workload);
	}

	/** One hour of API tokens (an hourly export). */
	FocusMonth tokensInHour(String workload, int day, int hour, long tokens, String pricePerMillion, String model) {
		String start = String.format("2026-10-%02dT%02d:00:00Z", day, hour);
		String end = hour == 23 ? dayStart(day + 1) : String.format("2026-10-%02dT%02d:00:00Z", day, hour + 1);
		return line(tokenCost(tokens, pricePerMillion), start, end, tokens, "Tokens", "Serverless Inference",
				"AI and Machine Learning", model + " input tokens", "", "", workload);
	}

	private static BigDecimal tokenCost(long tokens, String pricePerMillion) {
		return BigDecimal.valueOf(tokens).multiply(new BigDecimal(pricePerMillion)).movePointLeft(6);
	}

	private static String dayStart(int day) {
		return day > 31 ? "2026-11-01T00:00:00Z" : String.format("2026-10-%02dT00:00:00Z", day);
	}

	/** Hours of one GPU instance type on a day. */
	FocusMonth gpuHours(String workload, int day, int hours, String hourlyRate, String instanceType, int gpus,
			String gpu, String resource) {
		BigDecimal cost = new BigDecimal(hourlyRate).multiply(BigDecimal.valueOf(hours));
		return line(cost, dayStart(day), dayStart(day + 1), hours, "Hours", "GPU Instances", "Compute",
				instanceType + " instance hours", "{\"\"GpuCount\"\": " + gpus + ", \"\"InstanceType\"\": \"\""
						+ instanceType + "\"\", \"\"GpuModel\"\": \"\"" + gpu + "\"\"}",
				resource, workload);
	}

	private FocusMonth line(BigDecimal cost, String start, String end, long quantity, String unit, String service,
			String category, String meter, String details, String resource, String workload) {
		csv.append(cost.toPlainString())
			.append(",USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,Usage,")
			.append(start)
			.append(',')
			.append(end)
			.append(',')
			.append(quantity)
			.append(',')
			.append(unit)
			.append(',')
			.append(cost.toPlainString())
			.append(",Example Cloud,")
			.append(service)
			.append(',')
			.append(category)
			.append(',')
			.append(meter)
			.append(",\"")
			.append(details)
			.append("\",")
			.append(resource)
			.append(",\"{\"\"workload\"\": \"\"")
			.append(workload)
			.append("\"\"}\"\n");
		return this;
	}

	@Override
	public String toString() {
		return csv.toString();
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv);
	}

}
