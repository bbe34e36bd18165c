package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.name;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.inferencetco.cost.Assumption;
import com.inferencetco.report.ReportModel;

/**
 * The Assumptions sheet: every parameter in words, its key and named cell, its value (an
 * input cell every figure of the workbook refers to by name), unit, meaning, the dated
 * source of its default, and where the value came from.
 */
final class AssumptionsSheet {

	private AssumptionsSheet() {
	}

	static void write(XSSFWorkbook wb, Sheet sheet, ReportModel model, WorkbookStyles s) {
		header(sheet.createRow(0), s, "Assumption", "Key (named cell)", "Value", "Unit", "Meaning",
				"Source of the default", "Value from");
		int r = 1;
		Row currency = sheet.createRow(r++);
		text(currency, 0, "Report currency");
		text(currency, 1, "currency (Report_Currency)");
		text(currency, 2, model.currency());
		text(currency, 3, "ISO 4217");
		text(currency, 4, "Report currency: every amount in this workbook is in it");
		text(currency, 5, "The assumptions' currency when set, else the one currency of the invoiced inputs");
		text(currency, 6, "run");
		name(wb, "Report_Currency", "Assumptions", 1, 2);
		for (Assumption a : model.assumptions()) {
			Row row = sheet.createRow(r);
			text(row, 0, a.label());
			text(row, 1, a.key() + " (" + a.cellName() + ")");
			number(row, 2, a.value(),
					a.unit().equals("fraction") ? s.inputPercent : a.money() ? s.inputMoney : s.input);
			text(row, 3, a.unit());
			text(row, 4, a.meaning());
			text(row, 5, a.source());
			text(row, 6, a.origin());
			name(wb, a.cellName(), "Assumptions", r, 2);
			r++;
		}
		Row method = sheet.createRow(r);
		text(method, 0, "Depreciation method of owned servers");
		text(method, 1, "onPremDepreciationMethod (OnPrem_DepreciationMethod)");
		text(method, 2, model.findings().onPrem().method());
		text(method, 3, "method");
		text(method, 4, "straight-line, double-declining, macrs-5 or capital-recovery");
		text(method, 5, "Straight-line is the book convention; economic cost is capital-recovery");
		name(wb, "OnPrem_DepreciationMethod", "Assumptions", r, 2);
		Row compliance = sheet.createRow(++r);
		text(compliance, 0, "Where the compliance cost applies");
		text(compliance, 1, "complianceApplies (Compliance_Applies)");
		text(compliance, 2, model.findings().complianceApplies().id());
		compliance.getCell(2).setCellStyle(s.input);
		text(compliance, 3, "scope");
		text(compliance, 4, "self-hosting (a month with dedicated GPUs or owned servers), always or never");
		text(compliance, 5, "API-only companies rely on their providers' SOC 2 and ISO 27001 attestations");
		name(wb, "Compliance_Applies", "Assumptions", r, 2);
		widths(sheet, 34, 44, 14, 16, 60, 60, 20);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

}
