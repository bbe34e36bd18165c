package com.inferencetco.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValuesTest {

	@Test
	void readsENotationExactly() {
		assertThat(Values.decimal("9.052E-7", "c")).isEqualByComparingTo(new BigDecimal("0.0000009052"));
		assertThat(Values.decimal("5.64902E-05", "c")).isEqualByComparingTo(new BigDecimal("0.0000564902"));
		assertThat(Values.decimal("-2500.00", "c")).isEqualByComparingTo(new BigDecimal("-2500"));
	}

	@Test
	void refusesNaNInfinityAndThousandsSeparators() {
		for (String bad : new String[] { "NaN", "Infinity", "-Infinity", "1,234.00", "12 EUR", "0x10", "1E99999" }) {
			assertThatThrownBy(() -> Values.decimal(bad, "BilledCost")).isInstanceOf(FieldException.class)
				.hasMessageContaining("BilledCost");
		}
	}

	@Test
	void readsEveryDateTimeSpellingAsUtc() {
		Instant expected = Instant.parse("2024-09-18T22:00:00Z");
		assertThat(Values.instant("2024-09-18 22:00:00", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-18T22:00:00Z", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-18T22:00:00.000Z", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-18T22:00Z", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-18 22:00:00 UTC", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-19T00:00:00+02:00", "c")).isEqualTo(expected);
		assertThat(Values.instant("2024-09-18", "c")).isEqualTo(Instant.parse("2024-09-18T00:00:00Z"));
	}

	@Test
	void unparsableDateNamesTheColumnAndTheExpectedForm() {
		assertThatThrownBy(() -> Values.instant("18.09.2024", "ChargePeriodStart"))
			.hasMessageContaining("ChargePeriodStart")
			.hasMessageContaining("2026-10-01T00:00:00Z");
	}

	@Test
	void readsAzureDaysWithAndWithoutZeroPadding() {
		SourceRecordStub row = new SourceRecordStub("Date", "9/2/2023");
		assertThat(Values.day(row, "Date")).isEqualTo(LocalDate.of(2023, 9, 2));
		assertThat(Values.day(new SourceRecordStub("Date", "09/04/2023"), "Date")).isEqualTo(LocalDate.of(2023, 9, 4));
		assertThat(Values.day(new SourceRecordStub("Date", "2023-09-04"), "Date")).isEqualTo(LocalDate.of(2023, 9, 4));
	}

	@Test
	void currencyCodesAreUpperCased() {
		assertThat(Values.currency(new SourceRecordStub("amount.currency", "usd"), "amount.currency")).isEqualTo("USD");
		assertThatThrownBy(() -> Values.currency(new SourceRecordStub("c", "dollars"), "c"))
			.isInstanceOf(FieldException.class);
	}

}
