package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.EngineFindings;
import com.inferencetco.cost.Scenario;
import com.inferencetco.cost.SensitivityBar;
import com.inferencetco.report.ReportModel;

/**
 * The tornado, the break-even band, the scenarios and the roofline check of the
 * throughput input.
 */
final class SensitivitySheet {

	/** The calculator's named input each tornado bar moves. */
	private static final Map<String, String> TORNADO_INPUTS = Map.of("GPU hourly rate", "BE_GpuHourlyRate",
			"Aggregate tokens per second", "BE_TokensPerSecond", "Serverless price per million",
			"BE_ServerlessPricePerMillion");

	/**
	 * Software scenarios multiply throughput by a named assumption; GPU scenarios by the
	 * catalogs' ratios.
	 */
	private static final Map<String, String> SCENARIO_MULTIPLIERS = Map.of("FP8 weights", "Scenario_Fp8Multiplier",
			"Continuous batching", "Scenario_BatchingMultiplier", "Speculative decoding",
			"Scenario_SpeculativeMultiplier");

	private SensitivitySheet() {
	}

	/** U* = R x 10^6 / (P x T x 3600) with one input replaced by a cell. */
	private static String breakEven(String input, String cell) {
		String rate = input.equals("BE_GpuHourlyRate") ? cell : "BE_GpuHourlyRate";
		String tps = input.equals("BE_TokensPerSecond") ? cell : "BE_TokensPerSecond";
		String price = input.equals("BE_ServerlessPricePerMillion") ? cell : "BE_ServerlessPricePerMillion";
		return rate + "*1000000/(" + price + "*" + tps + "*3600)";
	}

	private static String ratio(BigDecimal scenario, BigDecimal base) {
		return scenario.divide(base, new MathContext(17)).toPlainString();
	}

	static void write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s) {
		EngineFindings f = model.findings();
		Row title = sheet.createRow(0);
		text(title, 0, "Sensitivity of the break-even utilization (calculator's inputs, each moved alone)");
		title.getCell(0).setCellStyle(s.title);
		int r = 2;
		header(sheet.createRow(r++), s, "Input", "Low input", "High input", "Break-even at low", "Break-even at high");
		// formulas over the calculator's inputs: editing them, or the range, moves the
		// whole sheet
		for (SensitivityBar bar : f.tornado()) {
			Row row = sheet.createRow(r);
			int n = r + 1;
			String input = TORNADO_INPUTS.get(bar.parameter());
			text(row, 0, bar.parameter());
			formula(row, 1, input + "*(1-Sensitivity_Range)", s.decimal);
			formula(row, 2, input + "*(1+Sensitivity_Range)", s.decimal);
			formula(row, 3, breakEven(input, "B" + n), s.percent);
			formula(row, 4, breakEven(input, "C" + n), s.percent);
			r++;
		}
		r++;
		// the break-even rises with the rent and falls with throughput and price: its
		// extremes are two corners
		Row band = sheet.createRow(r++);
		text(band, 0, "Break-even band (all inputs at their low and high values)");
		formula(band, 1,
				"BE_GpuHourlyRate*(1-Sensitivity_Range)*1000000/(BE_ServerlessPricePerMillion*(1+Sensitivity_Range)"
						+ "*BE_TokensPerSecond*(1+Sensitivity_Range)*3600)",
				s.percent);
		formula(band, 2,
				"BE_GpuHourlyRate*(1+Sensitivity_Range)*1000000/(BE_ServerlessPricePerMillion*(1-Sensitivity_Range)"
						+ "*BE_TokensPerSecond*(1-Sensitivity_Range)*3600)",
				s.percent);
		r++;
		header(sheet.createRow(r++), s, "Scenario", "GPU hourly rate", "Tokens per second",
				"Cost per 1M at target utilization", "Break-even utilization", "Source");
		for (Scenario scenario : f.scenarios()) {
			Row row = sheet.createRow(r);
			int n = r + 1;
			text(row, 0, scenario.name());
			formula(row, 1, "BE_GpuHourlyRate*" + ratio(scenario.hourlyRate(), model.calculator().gpuHourlyRate()),
					s.money);
			String multiplier = SCENARIO_MULTIPLIERS.get(scenario.name());
			formula(row, 2, "BE_TokensPerSecond*" + (multiplier != null ? multiplier
					: ratio(scenario.tokensPerSecond(), model.calculator().tokensPerSecond())), s.integer);
			formula(row, 3, "B" + n + "*1000000/(C" + n + "*3600*Target_Utilization)", s.money);
			formula(row, 4, "B" + n + "*1000000/(BE_ServerlessPricePerMillion*C" + n + "*3600)", s.percent);
			text(row, 5, scenario.source());
			r++;
		}
		r++;
		Row roofline = sheet.createRow(r++);
		text(roofline, 0, "Throughput input against the roofline");
		text(roofline, 1, f.roofline().verdict());
		widths(sheet, 46, 16, 16, 20, 20, 70);
		landscape(sheet);
	}

}
