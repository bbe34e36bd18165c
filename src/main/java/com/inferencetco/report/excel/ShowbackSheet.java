package com.inferencetco.report.excel;

import static com.inferencetco.report.excel.Cells.formula;
import static com.inferencetco.report.excel.Cells.header;
import static com.inferencetco.report.excel.Cells.landscape;
import static com.inferencetco.report.excel.Cells.number;
import static com.inferencetco.report.excel.Cells.text;
import static com.inferencetco.report.excel.Cells.widths;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.inferencetco.cost.Showback;
import com.inferencetco.report.DecisionLabels;
import com.inferencetco.report.ReportModel;
import com.inferencetco.report.ShowbackWords;

/**
 * The Showback sheet: per workload its own cost, what a shared workload hands on, its
 * shares of the shared and the modelled costs, and the fully loaded cost they add up to
 * (formulas); then the same by owner (SUMIF over the workloads' owner numbers) and a
 * check that the fully loaded costs tie to the TCO on the Summary.
 */
final class ShowbackSheet {

	private ShowbackSheet() {
	}

	/** The sheet row (1-based) of a workload's showback line, or 0 when it has none. */
	static int rowOf(ReportModel model, String workload) {
		int index = model.showback().workloads().stream().map(Showback.Line::workload).toList().indexOf(workload);
		return index < 0 ? 0 : index + 2;
	}

	/**
	 * An owner's number in the Owner no. column (1, 2, ...), or 0 when it owns nothing.
	 */
	static int ownerNumber(ReportModel model, String owner) {
		return model.showback().owners().stream().map(Showback.Owner::owner).toList().indexOf(owner) + 1;
	}

	static void write(Sheet sheet, ReportModel model, WorkbookStyles s) {
		Row headings = sheet.createRow(0);
		header(headings, s, "Workload", "Owner", "Shared", "Own cost", "Allocated to other workloads",
				"Share of shared costs", "Share of modelled costs", "Fully loaded cost", "Owner no.",
				DecisionLabels.TODAY, DecisionLabels.AFTER, DecisionLabels.SAVING);
		headings.setHeightInPoints(30); // two lines of header text
		int r = 1;
		for (Showback.Line line : model.showback().workloads()) {
			Row row = sheet.createRow(r++);
			text(row, 0, line.workload());
			text(row, 1, line.owner());
			text(row, 2, line.shared() ? "yes" : "no");
			number(row, 3, line.directCost(), s.money);
			number(row, 4, line.shared() ? line.directCost().negate() : BigDecimal.ZERO, s.money);
			number(row, 5, line.sharedShare(), s.money);
			number(row, 6, line.modelledShare(), s.money);
			formula(row, 7, "SUM(D" + r + ":G" + r + ")", s.money);
			number(row, 8, BigDecimal.valueOf(ownerNumber(model, line.owner())), s.integer);
			// the decision's figures are the Workloads sheet's cells, under the labels
			// page 1 of the PDF uses
			int decided = WorkloadsSheet.rowOf(model, line.workload());
			if (decided > 0) {
				formula(row, 9, "Workloads!" + WorkloadColumn.CURRENT.at(decided), s.money);
				formula(row, 10, "Workloads!" + WorkloadColumn.ALTERNATIVE.at(decided), s.money);
				formula(row, 11, "Workloads!" + WorkloadColumn.SAVING.at(decided), s.money);
			}
		}
		int last = r;
		// the workloads' owners and fully loaded costs, for the Budget sheet's SUMIFs: by
		// owner number, as a name would be a pattern to SUMIF (support*, <>ops, =eu) and
		// match other names regardless of case
		for (String[] range : new String[][] { { "Showback_Workload", "A" }, { "Showback_Owner", "B" },
				{ "Showback_FullyLoaded", "H" }, { "Showback_OwnerNo", "I" } }) {
			var name = sheet.getWorkbook().createName();
			name.setNameName(range[0]);
			name.setRefersToFormula("Showback!$" + range[1] + "$2:$" + range[1] + "$" + Math.max(2, last));
		}
		Row total = sheet.createRow(r++);
		text(total, 0, "Total");
		for (int column = 3; column <= 7; column++) {
			String letter = String.valueOf((char) ('A' + column));
			formula(total, column, "SUM(" + letter + "2:" + letter + last + ")", s.money);
		}
		if (model.showback().unallocated().signum() != 0) {
			Row unallocated = sheet.createRow(r++);
			text(unallocated, 0, "Not allocated (no workload this month)");
			number(unallocated, 7, model.showback().unallocated(), s.money);
		}
		Row check = sheet.createRow(r++);
		text(check, 0, "Fully loaded costs add up to the TCO");
		formula(check, 7, "ABS(H" + (last + 1) + "+"
				+ (model.showback().unallocated().signum() == 0 ? "0" : "H" + (last + 2)) + "-TCO_Total)<0.005",
				s.text);
		r++;
		Row ownerHeadings = sheet.createRow(r++);
		header(ownerHeadings, s, "Owner", "Own cost", "Share of shared costs", "Share of modelled costs",
				"Fully loaded cost");
		ownerHeadings.setHeightInPoints(30);
		int firstOwner = r + 1;
		for (Showback.Owner owner : model.showback().owners()) {
			Row row = sheet.createRow(r++);
			text(row, 0, owner.owner());
			String of = "$I$2:$I$" + last + "," + ownerNumber(model, owner.owner()) + ",";
			formula(row, 1, "SUMIF(" + of + "$D$2:$D$" + last + ")+SUMIF(" + of + "$E$2:$E$" + last + ")", s.money);
			formula(row, 2, "SUMIF(" + of + "$F$2:$F$" + last + ")", s.money);
			formula(row, 3, "SUMIF(" + of + "$G$2:$G$" + last + ")", s.money);
			formula(row, 4, "SUMIF(" + of + "$H$2:$H$" + last + ")", s.money);
		}
		Row owners = sheet.createRow(r++);
		text(owners, 0, "Total");
		for (int column = 1; column <= 4; column++) {
			String letter = String.valueOf((char) ('A' + column));
			formula(owners, column, "SUM(" + letter + firstOwner + ":" + letter + (r - 1) + ")", s.money);
		}
		r++;
		Row words = sheet.createRow(r);
		text(words, 0, ShowbackWords.explanation(model));
		words.getCell(0).setCellStyle(s.wrap);
		words.setHeightInPoints(45);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
		widths(sheet, 26, 20, 18, 18, 18, 18, 18, 18, 10, 18, 18, 16);
		sheet.createFreezePane(0, 1);
		landscape(sheet);
	}

}
