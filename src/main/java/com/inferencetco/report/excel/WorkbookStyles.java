package com.inferencetco.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once (Excel allows about 64,000 styles per file).
 */
final class WorkbookStyles {

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle money;

	final CellStyle moneyBold;

	final CellStyle percent;

	final CellStyle integer;

	final CellStyle decimal;

	final CellStyle input;

	final CellStyle inputPercent;

	/** An input that is an amount of money: the report currency in its format. */
	final CellStyle inputMoney;

	final CellStyle wrap;

	WorkbookStyles(Workbook wb, String currency) {
		this(wb, currency, null, null, null);
	}

	/**
	 * Styles that take their fonts, fills and colours from the template's sample cells
	 * (title, header row, body text) when it has them; number formats stay the report's
	 * own.
	 */
	WorkbookStyles(Workbook wb, String currency, CellStyle templateTitle, CellStyle templateHeader,
			CellStyle templateBody) {
		var format = wb.createDataFormat();
		Font bold = wb.createFont();
		bold.setBold(true);
		Font big = wb.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		Font white = wb.createFont();
		white.setBold(true);
		white.setColor(IndexedColors.WHITE.getIndex());

		title = wb.createCellStyle();
		title.setFont(big);
		header = wb.createCellStyle();
		header.setFont(white);
		header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = wb.createCellStyle();
		String moneyFormat = "#,##0.00 \"" + currency + "\";-#,##0.00 \"" + currency + "\"";
		money = wb.createCellStyle();
		money.setDataFormat(format.getFormat(moneyFormat));
		moneyBold = wb.createCellStyle();
		moneyBold.setDataFormat(format.getFormat(moneyFormat));
		moneyBold.setFont(bold);
		moneyBold.setBorderTop(BorderStyle.THIN);
		percent = wb.createCellStyle();
		percent.setDataFormat(format.getFormat("0.0%"));
		integer = wb.createCellStyle();
		integer.setDataFormat(format.getFormat("#,##0"));
		decimal = wb.createCellStyle();
		decimal.setDataFormat(format.getFormat("#,##0.00"));
		input = wb.createCellStyle();
		input.setDataFormat(format.getFormat("#,##0.00####"));
		input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		inputPercent = wb.createCellStyle();
		inputPercent.setDataFormat(format.getFormat("0.0%"));
		inputPercent.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		inputPercent.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		inputMoney = wb.createCellStyle();
		inputMoney.setDataFormat(format.getFormat("#,##0.00## \"" + currency + "\";-#,##0.00## \"" + currency + "\""));
		inputMoney.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		inputMoney.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		wrap = wb.createCellStyle();
		wrap.setWrapText(true);
		if (templateTitle != null) {
			title.cloneStyleFrom(templateTitle);
		}
		if (templateHeader != null) {
			header.cloneStyleFrom(templateHeader);
		}
		if (templateBody != null) {
			for (CellStyle style : new CellStyle[] { text, money, percent, integer, decimal, input, inputPercent,
					inputMoney, wrap }) {
				style.setFont(wb.getFontAt(templateBody.getFontIndex()));
			}
		}
	}

}
