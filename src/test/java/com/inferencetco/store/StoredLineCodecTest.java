package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The lines of a file's blocks come back from their bytes exactly as they went in, and
 * two lines of one key sum as SQL's SUM and MIN would.
 */
class StoredLineCodecTest {

	static StoredLine line(String key, String resource, String cost, long firstLine, long lineCount) {
		return new StoredLine(key, 3, "COST", "gpu-compute", "BILL", "AWS", "7700", "7701", "Amazon EC2",
				"BoxUsage:p5.48xlarge", "us-east-1", resource, "chat", "H100", "", LocalDate.of(2026, 10, 2), "Hrs",
				"USD", new BigDecimal("24.000000000000000000"), new BigDecimal("192"), BigDecimal.ZERO,
				new BigDecimal("0.000000"), new BigDecimal(cost), firstLine, lineCount);
	}

	@Test
	void linesComeBackExactlyWithTheirTextsAndDecimals() {
		List<StoredLine> lines = List.of(line("0a", "i-1", "98.320000000000000001", 7, 24),
				// the same texts again (written once, then by number), another resource,
				// a credit beyond a long's digits
				line("0b", "i-2", "-123456789012345678901234.5", 31, 1),
				new StoredLine("0c", 4, "TOKEN_USAGE", "api-tokens", "USAGE", "OpenAI", "", "proj_1", "gpt-4.1", "", "",
						"", "support-chat", "gpt-4.1", "OUTPUT", LocalDate.of(2026, 10, 31), "tokens", "",
						new BigDecimal("1200000"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1200000.000000"),
						BigDecimal.ZERO, 1, 1));

		List<StoredLine> back = StoredLineCodec.decode(StoredLineCodec.encode(lines));

		assertThat(back).isEqualTo(lines);
		assertThat(back.get(1).cost().toPlainString()).isEqualTo("-123456789012345678901234.5");
		assertThat(back.get(0).cost().scale()).isEqualTo(18);
	}

	@Test
	void twoLinesOfOneKeySumTheirAmountsAndCountsAndKeepTheFirstLine() {
		StoredLine sum = line("0a", "i-1", "98.32", 40, 24).plus(line("0a", "i-1", "1.68", 7, 2));

		// 98.32 + 1.68; 24 + 24 hours; 192 + 192 GPU-hours; lines 24 + 2 from line 7
		assertThat(sum.cost()).isEqualByComparingTo("100.00");
		assertThat(sum.quantity()).isEqualByComparingTo("48");
		assertThat(sum.gpuHours()).isEqualByComparingTo("384");
		assertThat(sum.lineCount()).isEqualTo(26);
		assertThat(sum.firstLine()).isEqualTo(7);
		assertThat(sum.resourceId()).isEqualTo("i-1");
	}

}
