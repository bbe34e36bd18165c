package com.inferencetco.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A month still in progress when it is run: its bills cover the days up to
 * {@code through}. The month end is projected at the run rate: the invoiced part of a
 * cost (direct and shared) scaled by days in the month over days covered, the modelled
 * part (engineering, compliance, on-prem: monthly amounts already) kept as it is.
 */
public record MonthToDate(LocalDate through, int daysCovered, int daysInMonth) {

	/**
	 * The month to date when the run happens before the month ends and its bills stop
	 * short of its last day.
	 */
	public static MonthToDate of(LocalDate lastBilledDay, LocalDate today) {
		if (lastBilledDay == null
				|| !today.isBefore(lastBilledDay.withDayOfMonth(lastBilledDay.lengthOfMonth()).plusDays(1))
				|| lastBilledDay.getDayOfMonth() == lastBilledDay.lengthOfMonth()) {
			return null;
		}
		return new MonthToDate(lastBilledDay, lastBilledDay.getDayOfMonth(), lastBilledDay.lengthOfMonth());
	}

	/**
	 * The month end at the run rate: invoiced × days in month / days covered + modelled.
	 */
	public BigDecimal project(BigDecimal invoiced, BigDecimal modelled) {
		return invoiced.multiply(BigDecimal.valueOf(daysInMonth))
			.divide(BigDecimal.valueOf(daysCovered), FinancePack.RATIO_SCALE, RoundingMode.HALF_EVEN)
			.add(modelled)
			.stripTrailingZeros();
	}
}
