package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A block's lines are kept as a row per bucket of keys, of at most 2,000 lines and
 * 900,000 bytes, and every line comes back.
 */
class BlockRowsTest {

	@Test
	void aBucketOfLongResourceIdsIsSplitIntoRowsUnderTheSizeLimitAndLosesNoLine() {
		// 2,000 lines of one bucket ("0a..."), each with its own 2,000-character
		// resource id: about 4 MB encoded, so at least 5 rows; then 10 lines of bucket 0b
		List<StoredLine> sorted = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			sorted.add(StoredLineCodecTest.line(String.format("0a%062d", i),
					"r" + "x".repeat(1_994) + "%05d".formatted(i), "1.25", i, 1));
		}
		for (int i = 0; i < 10; i++) {
			sorted.add(StoredLineCodecTest.line(String.format("0b%062d", i), "i-" + i, "2.50", i, 3));
		}

		List<Object[]> rows = IngestBlockStore.blockRows(7, sorted);

		List<StoredLine> back = new ArrayList<>();
		long lines = 0;
		for (Object[] row : rows) {
			byte[] payload = (byte[]) row[5];
			assertThat(payload.length).isLessThanOrEqualTo(IngestBlockStore.PAYLOAD_BYTES);
			assertThat((int) row[3]).isLessThanOrEqualTo(IngestBlockStore.LINES_PER_ROW);
			back.addAll(StoredLineCodec.decode(payload));
			lines += (long) row[4];
		}
		assertThat(rows.stream().filter(row -> (int) row[2] == 0x0a).count()).isGreaterThanOrEqualTo(5);
		assertThat(rows.stream().filter(row -> (int) row[2] == 0x0b).count()).isEqualTo(1);
		assertThat(back).isEqualTo(sorted);
		// 2,000 source lines of one each, 10 of three each
		assertThat(lines).isEqualTo(2_000 + 30);
	}

}
