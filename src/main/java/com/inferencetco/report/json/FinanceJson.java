package com.inferencetco.report.json;

import tools.jackson.core.JsonGenerator;

import com.inferencetco.finance.FinanceInputs;
import com.inferencetco.finance.FinancePack;
import com.inferencetco.finance.Forecast;
import com.inferencetco.finance.MonthOverMonth;
import com.inferencetco.finance.Restatement;
import com.inferencetco.finance.WorkloadForecast;
import com.inferencetco.report.ReportModel;

/**
 * The finance pack's part of the JSON summary: budgets, unit costs, month over month,
 * forecast, restatement.
 */
final class FinanceJson {

	private FinanceJson() {
	}

	static void write(JsonGenerator json, ReportModel model) {
		finance(json, model.finance());
		monthOverMonth(json, model.monthOverMonth());
		forecast(json, model.forecast());
		restatement(json, model.restatement());
	}

	/**
	 * What changed against the month's previous run; null on its first run. File costs
	 * are in each file's own currency, the totals in the report currency.
	 */
	private static void restatement(JsonGenerator json, Restatement r) {
		if (r == null) {
			json.writeNullProperty("restatement");
			return;
		}
		json.writeObjectPropertyStart("restatement");
		json.writeStringProperty("previousRunCompletedAt", r.previousRunCompletedAt().toString());
		json.writeBooleanProperty("sameExports", r.sameExports());
		JsonSummaryWriter.number(json, "previousCost", r.previousCost());
		JsonSummaryWriter.number(json, "costChange", r.costChange());
		JsonSummaryWriter.number(json, "previousTco", r.previousTco());
		JsonSummaryWriter.number(json, "tcoChange", r.tcoChange());
		json.writeArrayPropertyStart("files");
		for (Restatement.FileChange f : r.files()) {
			json.writeStartObject();
			json.writeStringProperty("file", f.file());
			json.writeStringProperty("change", f.change().id());
			JsonSummaryWriter.text(json, "currency", f.currency());
			JsonSummaryWriter.number(json, "previousCost", f.previousCost());
			JsonSummaryWriter.number(json, "cost", f.cost());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("earlier");
		for (Restatement.Earlier e : r.earlier()) {
			json.writeStartObject();
			json.writeStringProperty("restatedAt", e.restatedAt().toString());
			JsonSummaryWriter.number(json, "costChange", e.costChange());
			JsonSummaryWriter.number(json, "tcoChange", e.tcoChange());
			json.writeNumberProperty("filesAdded", e.filesAdded());
			json.writeNumberProperty("filesRemoved", e.filesRemoved());
			json.writeNumberProperty("filesChanged", e.filesChanged());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void forecast(JsonGenerator json, Forecast forecast) {
		if (forecast == null) {
			json.writeNullProperty("forecast");
			return;
		}
		json.writeObjectPropertyStart("forecast");
		json.writeStringProperty("method", forecast.method());
		json.writeStringProperty("nextMonth", forecast.nextMonth());
		JsonSummaryWriter.number(json, "nextMonthCost", forecast.nextMonthCost());
		json.writeNumberProperty("months", forecast.months());
		JsonSummaryWriter.number(json, "slopePerMonth", forecast.slopePerMonth());
		json.writeArrayPropertyStart("workloads");
		for (WorkloadForecast w : forecast.workloads()) {
			json.writeStartObject();
			json.writeStringProperty("workload", w.workload());
			JsonSummaryWriter.number(json, "nextMonthCost", w.nextMonthCost());
			JsonSummaryWriter.number(json, "slopePerMonth", w.slopePerMonth());
			JsonSummaryWriter.number(json, "nextMonthTokens", w.nextMonthTokens());
			json.writeNumberProperty("months", w.months());
			JsonSummaryWriter.text(json, "switchPaysFrom", w.switchPaysFrom());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/**
	 * The change from the month before with its drivers, as the contract has it; null
	 * without that month.
	 */
	private static void monthOverMonth(JsonGenerator json, MonthOverMonth mom) {
		if (mom == null) {
			json.writeNullProperty("monthOverMonth");
			return;
		}
		json.writeObjectPropertyStart("monthOverMonth");
		json.writeStringProperty("previousMonth", mom.previousMonth());
		JsonSummaryWriter.number(json, "previousCost", mom.previousCost());
		JsonSummaryWriter.number(json, "previousTco", mom.previousTco());
		JsonSummaryWriter.number(json, "costChange", mom.costChange());
		JsonSummaryWriter.number(json, "tcoChange", mom.tcoChange());
		json.writeArrayPropertyStart("drivers");
		for (MonthOverMonth.Driver d : mom.drivers()) {
			json.writeStartObject();
			json.writeStringProperty("workload", d.workload());
			json.writeStringProperty("status", d.status().id());
			JsonSummaryWriter.number(json, "previousCost", d.previousCost());
			JsonSummaryWriter.number(json, "cost", d.cost());
			JsonSummaryWriter.number(json, "change", d.change());
			JsonSummaryWriter.text(json, "volumeUnit", d.unit());
			JsonSummaryWriter.number(json, "previousVolume", d.previousVolume());
			JsonSummaryWriter.number(json, "volume", d.volume());
			JsonSummaryWriter.number(json, "volumeEffect", d.volumeEffect());
			JsonSummaryWriter.number(json, "rateEffect", d.rateEffect());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/**
	 * Budgets (with --budgets) and unit costs (with --business-metrics); absent when
	 * their file was not given.
	 */
	private static void finance(JsonGenerator json, FinancePack finance) {
		if (finance.monthToDate() != null) {
			json.writeObjectPropertyStart("monthToDate");
			json.writeStringProperty("through", finance.monthToDate().through().toString());
			json.writeNumberProperty("daysCovered", finance.monthToDate().daysCovered());
			json.writeNumberProperty("daysInMonth", finance.monthToDate().daysInMonth());
			json.writeEndObject();
		}
		if (!finance.budgets().isEmpty()) {
			json.writeArrayPropertyStart("budgets");
			for (FinancePack.BudgetLine b : finance.budgets()) {
				json.writeStartObject();
				json.writeStringProperty(b.scope() == FinanceInputs.Scope.WORKLOAD ? "workload" : "owner", b.name());
				JsonSummaryWriter.number(json, "budget", b.budget());
				JsonSummaryWriter.number(json, "actual", b.actual());
				JsonSummaryWriter.number(json, "variance", b.variance());
				JsonSummaryWriter.number(json, "varianceShare", b.varianceShare());
				json.writeBooleanProperty("over", b.over());
				JsonSummaryWriter.number(json, "projected", b.projected());
				JsonSummaryWriter.number(json, "projectedVariance", b.projectedVariance());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		if (!finance.unitCosts().isEmpty()) {
			json.writeArrayPropertyStart("unitCosts");
			for (FinancePack.UnitCost u : finance.unitCosts()) {
				json.writeStartObject();
				json.writeStringProperty("metric", u.metric());
				json.writeStringProperty("workload", u.workload());
				JsonSummaryWriter.number(json, "units", u.units());
				JsonSummaryWriter.number(json, "cost", u.cost());
				JsonSummaryWriter.number(json, "costPerUnit", u.costPerUnit());
				json.writeArrayPropertyStart("trend");
				for (FinancePack.UnitCostPoint p : u.trend()) {
					json.writeStartObject();
					json.writeStringProperty("month", p.month());
					JsonSummaryWriter.number(json, "costPerUnit", p.costPerUnit());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
	}

}
