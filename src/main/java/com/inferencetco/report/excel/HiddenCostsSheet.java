package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.name;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.EgressTierModel;
import com.inferencetco.cost.EngineFindings;
import com.inferencetco.report.ReportModel;

/**
 * The hidden costs, each a formula over the Assumptions sheet's names: engineering
 * overhead, compliance, the owned-server month (capital by the chosen depreciation
 * method, power, colocation, staff) and its payback; egress at each provider's tiers; the
 * depreciation schedule; scale-to-zero; the compliance flags.
 */
final class HiddenCostsSheet {

	private static final String CAPEX = "OnPrem_ServerCapex";

	private static final String RESIDUAL = "(OnPrem_ServerCapex*OnPrem_ResidualFraction)";

	private static final String GROWTH = "(1+OnPrem_CostOfCapital)^OnPrem_LifeYears";

	private HiddenCostsSheet() {
	}

	static void write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s) {
		EngineFindings f = model.findings();
		Row title = sheet.createRow(0);
		text(title, 0, "Hidden costs: formulas over the Assumptions sheet");
		title.getCell(0).setCellStyle(s.title);
		int r = 2;
		header(sheet.createRow(r++), s, "Item", "Per month", "How it is computed");
		r = valueLine(wb, sheet, r, "Hours in the billing month", model.month().value().lengthOfMonth() * 24,
				"Month_Hours", "days x 24", s);
		r = formulaLine(wb, sheet, r, "GPU-hours of dedicated workloads",
				"SUMIF('Workloads'!$B:$B,\"dedicated\",'Workloads'!$D:$D)", "Dedicated_GpuHoursTotal",
				"the key that shares the fixed costs of self-hosting", s.decimal, s);
		r = formulaLine(wb, sheet, r, "Dedicated workloads", "COUNTIF('Workloads'!$B:$B,\"dedicated\")",
				"Dedicated_WorkloadCount", "moving the last one to serverless ends the fixed costs of self-hosting",
				s.integer, s);
		r = formulaLine(wb, sheet, r, "Self-hosting this month (engineering overhead applies)",
				"OR(Dedicated_WorkloadCount>0,OnPrem_ServersOwned>0)", "SelfHosting",
				"a dedicated workload or an owned server this month", s.text, s);
		r = formulaLine(wb, sheet, r, "Engineering overhead",
				"Engineering_Fte*Engineering_Salary*Engineering_LoadingFactor*Engineering_InferenceShare/12",
				"Engineering_PerMonth", "FTE x salary x loading x inference share / 12", s);
		r = formulaLine(wb, sheet, r, "Compliance",
				"IF(OR(Compliance_Applies=\"always\",AND(Compliance_Applies=\"self-hosting\",SelfHosting)),"
						+ "Compliance_OneOffCost/Compliance_AmortizationMonths+Compliance_AnnualCost/12,0)",
				"Compliance_PerMonth",
				"one-off / amortization months + annual / 12, where complianceApplies applies it", s);
		r = formulaLine(wb, sheet, r, "Compliance added by self-hosting",
				"IF(SelfHosting,SelfHosting_CompliancePerMonth,0)", "Compliance_SelfHostingPerMonth",
				"the assumption, when the month self-hosts", s);
		r = formulaLine(wb, sheet, r, "Owned server: capital (average over the life, by method)",
				"IF(OnPrem_DepreciationMethod=\"macrs-5\"," + CAPEX
						+ "*CHOOSE(MIN(OnPrem_LifeYears,6),0.2,0.52,0.712,0.8272,0.9424,1)/OnPrem_LifeYears,"
						+ "IF(OnPrem_DepreciationMethod=\"capital-recovery\",(" + CAPEX + "-" + RESIDUAL + "/" + GROWTH
						+ ")*IF(OnPrem_CostOfCapital=0,1/OnPrem_LifeYears,OnPrem_CostOfCapital*" + GROWTH + "/("
						+ GROWTH + "-1)),(" + CAPEX + "-" + RESIDUAL + ")/OnPrem_LifeYears))/12",
				"OnPrem_CapitalPerServerMonth",
				"the method's charges over the economic life / (12 x life): capital recovery charges the annuity that "
						+ "repays capex less the residual's present value at the cost of capital; straight-line and "
						+ "double-declining end at the residual; MACRS counts the tax years within the life",
				s);
		r = formulaLine(wb, sheet, r, "Owned server: power",
				"OnPrem_ServerPowerKw*OnPrem_Pue*Month_Hours*OnPrem_PricePerKwh", "OnPrem_PowerPerServerMonth",
				"kW x PUE x the month's hours x price per kWh", s);
		r = formulaLine(wb, sheet, r, "Owned server: colocation", "OnPrem_ServerPowerKw*OnPrem_ColocationPerKwMonth",
				"OnPrem_ColocationPerServerMonth", "kW x colocation per kW-month", s);
		r = formulaLine(wb, sheet, r, "Owned server: operations staff",
				"OnPrem_OpsFtePerServer*Engineering_Salary*Engineering_LoadingFactor/12", "OnPrem_StaffPerServerMonth",
				"FTE per server x loaded salary / 12", s);
		r = formulaLine(wb, sheet, r, "Owned server: running costs per month",
				"OnPrem_PowerPerServerMonth+OnPrem_ColocationPerServerMonth+OnPrem_StaffPerServerMonth",
				"OnPrem_RunningPerServerMonth", "power + colocation + staff", s);
		r = formulaLine(wb, sheet, r, "Owned server: capex net of the residual's present value",
				CAPEX + "-" + RESIDUAL + "/" + GROWTH, "OnPrem_NetCapexPerServer",
				"what a payback must recover before the server is sold at the end of its life", s);
		r = formulaLine(wb, sheet, r, "Owned server: all-in per month",
				"OnPrem_CapitalPerServerMonth+OnPrem_PowerPerServerMonth+OnPrem_ColocationPerServerMonth+OnPrem_StaffPerServerMonth",
				"OnPrem_PerServerMonth", "capital + power + colocation + staff", s);
		r = formulaLine(wb, sheet, r, "Owned GPU-hour, all-in",
				"OnPrem_PerServerMonth/(Month_Hours*OnPrem_GpusPerServer)", "OnPrem_CostPerGpuHour",
				"per server-month / (the month's hours x GPUs)", s);
		r = formulaLine(wb, sheet, r, "Payback against renting (months)",
				"IF(Dedicated_GpuHourlyRate*Month_Hours*OnPrem_GpusPerServer>OnPrem_PowerPerServerMonth+OnPrem_ColocationPerServerMonth+OnPrem_StaffPerServerMonth,"
						+ "(" + CAPEX + "-" + RESIDUAL + "/" + GROWTH
						+ ")/(Dedicated_GpuHourlyRate*Month_Hours*OnPrem_GpusPerServer-OnPrem_PowerPerServerMonth-OnPrem_ColocationPerServerMonth-OnPrem_StaffPerServerMonth),\"never\")",
				"OnPrem_PaybackMonths",
				"(capex - present value of the residual) / (rent avoided - running costs); buy only when shorter than the life",
				s);
		r++;
		header(sheet.createRow(r++), s, "Egress at list tiers", "Per month", "Source");
		Row gigabytes = sheet.createRow(r);
		text(gigabytes, 0, "Internet egress this month (GB, decimal)");
		number(gigabytes, 1, model.egressGb(), s.input);
		text(gigabytes, 2, "measured from the bills; change it to price another volume");
		name(wb, "Egress_Gb", "Hidden costs", r++, 1);
		for (EgressTierModel tiers : EgressTierModel.all()) {
			Row row = sheet.createRow(r++);
			text(row, 0, tiers.provider());
			formula(row, 1, egressFormula(tiers), s.money);
			text(row, 2, tiers.source());
		}
		r++;
		r = DepreciationRows.write(sheet, r, s);
		r++;
		header(sheet.createRow(r++), s, "Scale to zero (largest dedicated endpoint)", "Per month", "");
		// at the calculator's GPU rate (the largest workload's), over the cold-start
		// assumptions
		r = formulaLine(wb, sheet, r, "Keep warm 24 h a day",
				"BE_GpuHourlyRate*MAX(24,ColdStart_BusyHoursPerDay)*Month_Hours/24", "ScaleToZero_KeepWarmPerMonth",
				"rate x max(24, busy hours) x days", s);
		r = formulaLine(wb, sheet, r, "Scale to zero (busy hours + cold starts, per-second billing)",
				"BE_GpuHourlyRate*(ColdStart_BusyHoursPerDay+ColdStart_StartsPerDay*ColdStart_Seconds/3600)*Month_Hours/24",
				"ScaleToZero_PerMonth", "rate x (busy hours + starts x seconds / 3,600) x days", s);
		r = formulaLine(wb, sheet, r, "Seconds users wait for cold starts in the month",
				"ColdStart_StartsPerDay*ColdStart_Seconds*Month_Hours/24", "ScaleToZero_WaitingSeconds",
				"starts x seconds x days", s.integer, s);
		r++;
		header(sheet.createRow(r++), s, "Compliance flags (EU-resident workloads)", "", "");
		if (f.complianceFlags().isEmpty()) {
			text(sheet.createRow(r++), 0, "none (no workload is listed in euResidencyWorkloads, or all ran in the EU)");
		}
		for (String flag : f.complianceFlags()) {
			text(sheet.createRow(r++), 0, flag);
		}
		widths(sheet, 60, 20, 70);
		landscape(sheet);
	}

	private static int formulaLine(XSSFWorkbook wb, Sheet sheet, int r, String label, String formula, String name,
			String how, WorkbookStyles s) {
		return formulaLine(wb, sheet, r, label, formula, name, how, name.endsWith("Months") ? s.decimal : s.money, s);
	}

	private static int formulaLine(XSSFWorkbook wb, Sheet sheet, int r, String label, String formula, String name,
			String how, CellStyle style, WorkbookStyles s) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		formula(row, 1, formula, style);
		text(row, 2, how);
		name(wb, name, "Hidden costs", r, 1);
		return r + 1;
	}

	private static int valueLine(XSSFWorkbook wb, Sheet sheet, int r, String label, long value, String name, String how,
			WorkbookStyles s) {
		Row row = sheet.createRow(r);
		text(row, 0, label);
		number(row, 1, BigDecimal.valueOf(value), s.integer);
		text(row, 2, how);
		name(wb, name, "Hidden costs", r, 1);
		return r + 1;
	}

	/**
	 * The tiers as one formula: the gigabytes past the free allowance, each tier's share
	 * at its price.
	 */
	static String egressFormula(EgressTierModel tiers) {
		String billable = "MAX(0,Egress_Gb-" + tiers.freeGb().toPlainString() + ")";
		StringBuilder formula = new StringBuilder();
		BigDecimal previous = BigDecimal.ZERO;
		for (EgressTierModel.Tier tier : tiers.tiers()) {
			String upper = tier.upToGb() == null ? billable
					: "MIN(" + billable + "," + tier.upToGb().toPlainString() + ")";
			formula.append(formula.isEmpty() ? "" : "+")
				.append("MAX(0,")
				.append(upper)
				.append("-")
				.append(previous.toPlainString())
				.append(")*")
				.append(tier.pricePerGb().toPlainString());
			if (tier.upToGb() != null) {
				previous = tier.upToGb();
			}
		}
		return formula.toString();
	}

}
