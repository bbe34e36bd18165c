package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.inferencetco.model.NormalizedLine;

/**
 * The lines of a file's blocks come back from their bytes exactly as they went in, and
 * two lines of one key sum as SQL's SUM and MIN would.
 */
class StoredLineCodecTest {

	static StoredLine line(String key, String resource, String cost, long firstLine, long lineCount) {
		return new StoredLine(key, 3, "COST", "gpu-compute", "BILL", "AWS", "7700", "7701", "Amazon EC2",
				"BoxUsage:p5.48xlarge", "us-east-1", resource, "chat", "H100", "", LocalDate.of(2026, 10, 2),
				NormalizedLine.NO_HOUR, 1, "Hrs", "USD", new BigDecimal("24.000000000000000000"), new BigDecimal("192"),
				BigDecimal.ZERO, new BigDecimal("0.000000"), new BigDecimal(cost), firstLine, lineCount);
	}

	@Test
	void linesComeBackExactlyWithTheirTextsAndDecimals() {
		List<StoredLine> lines = List.of(line("0a", "i-1", "98.320000000000000001", 7, 24),
				// the same texts again (written once, then by number), another resource,
				// a credit beyond a long's digits
				line("0b", "i-2", "-123456789012345678901234.5", 31, 1),
				new StoredLine("0c", 4, "TOKEN_USAGE", "api-tokens", "USAGE", "OpenAI", "", "proj_1", "gpt-4.1", "", "",
						"", "support-chat", "gpt-4.1", "OUTPUT", LocalDate.of(2026, 10, 31), 14, 1, "tokens", "",
						new BigDecimal("1200000"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1200000.000000"),
						BigDecimal.ZERO, 1, 1),
				// a SHA-256 key (written as its 32 bytes); texts beyond ASCII; a negative
				// scale, the largest and smallest longs unscaled, one past them
				new StoredLine("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 70_000, "COST",
						"gpu-compute", "BILL", "Microsoft", "Konto-Größe", "", "Virtuelle Computer",
						"NC H100 v5 – Spot", "Westeuropa", "vm/ü-1", "", "", "", LocalDate.of(1970, 1, 1),
						NormalizedLine.NO_HOUR, 31, "1 Stunde", "EUR", new BigDecimal("1E+3"),
						new BigDecimal(Long.toString(Long.MAX_VALUE)), new BigDecimal(Long.MIN_VALUE + ".5"),
						new BigDecimal("9223372036854775808"), new BigDecimal("-0.000000000000000001"), Long.MAX_VALUE,
						0));

		List<StoredLine> back = StoredLineCodec.decode(StoredLineCodec.encode(lines));

		assertThat(back).isEqualTo(lines);
		assertThat(back.get(1).cost().toPlainString()).isEqualTo("-123456789012345678901234.5");
		assertThat(back.get(0).cost().scale()).isEqualTo(18);
	}

	@Test
	void blocksWrittenByVersionOneStillDecode() throws IOException {
		// a block of a run stopped before version 2, as version 1 wrote it: version,
		// count,
		// then per line the key, the file, 15 texts (-1 and the text, or the number of
		// one written before), the day, 5 decimals (scale, length, unscaled bytes) and
		// the
		// first line and count
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(1);
			out.writeInt(2);
			for (int i = 0; i < 2; i++) {
				out.writeUTF(i == 0 ? "0a" : "0b");
				out.writeInt(3);
				for (int j = 0; j < 15; j++) {
					if (i == 0) {
						out.writeInt(-1);
						out.writeUTF("t" + j);
					}
					else {
						out.writeInt(j);
					}
				}
				out.writeLong(LocalDate.of(2026, 10, 2).toEpochDay());
				for (int j = 0; j < 5; j++) {
					// 12.5 and 0.25 as 125 at scale 1 and 25 at scale 2
					out.writeInt(i == 0 ? 1 : 2);
					out.writeShort(1);
					out.writeByte(i == 0 ? 125 : 25);
				}
				out.writeLong(10 + i);
				out.writeLong(24);
			}
		}

		List<StoredLine> back = StoredLineCodec.decode(bytes.toByteArray());

		assertThat(back).extracting(StoredLine::key).containsExactly("0a", "0b");
		assertThat(back.get(1).resourceId()).isEqualTo("t9");
		assertThat(back.get(1).currency()).isEqualTo("t14");
		assertThat(back.get(0).cost()).isEqualTo(new BigDecimal("12.5"));
		assertThat(back.get(1).quantity()).isEqualTo(new BigDecimal("0.25"));
		assertThat(back.get(1).firstLine()).isEqualTo(11);
		assertThat(back.get(1).usageDay()).isEqualTo(LocalDate.of(2026, 10, 2));
	}

	@Test
	void blocksWrittenByVersionTwoStillDecodeAsLinesWithoutAnHour() {
		// version 2: varints (zigzag) for the version, count, a text key (1, then the
		// text), the file, 15 new texts (0, then the text), the day, 5 decimals (scale,
		// 0, unscaled long), the first line and the count; no hour and no days
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		varLong(bytes, 2);
		varLong(bytes, 1);
		varLong(bytes, 1);
		text(bytes, "0a");
		varLong(bytes, 3);
		for (int j = 0; j < 15; j++) {
			varLong(bytes, 0);
			text(bytes, "t" + j);
		}
		varLong(bytes, LocalDate.of(2026, 10, 2).toEpochDay());
		for (int j = 0; j < 5; j++) {
			varLong(bytes, 1);
			varLong(bytes, 0);
			varLong(bytes, 125);
		}
		varLong(bytes, 10);
		varLong(bytes, 24);

		StoredLine back = StoredLineCodec.decode(bytes.toByteArray()).get(0);

		assertThat(back.usageDay()).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(back.usageHour()).isEqualTo(NormalizedLine.NO_HOUR);
		assertThat(back.spanDays()).isEqualTo(1);
		assertThat(back.cost()).isEqualTo(new BigDecimal("12.5"));
		assertThat(back.lineCount()).isEqualTo(24);
	}

	private static void varLong(ByteArrayOutputStream out, long value) {
		long v = (value << 1) ^ (value >> 63);
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

	private static void text(ByteArrayOutputStream out, String text) {
		byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		varLong(out, utf8.length);
		out.writeBytes(utf8);
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
