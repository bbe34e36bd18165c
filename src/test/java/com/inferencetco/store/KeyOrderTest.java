package com.inferencetco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Lines sorted by their packed key digits come out exactly as sorting their keys as
 * strings puts them, ties on the first digits and keys of other forms included.
 */
class KeyOrderTest {

	@Test
	void sha256KeysWithTiesOnTheirFirstDigitsSortAsTheirTexts() throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		List<StoredLine> lines = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			lines.add(line(HexFormat.of().formatHex(sha.digest(("key " + i).getBytes(StandardCharsets.UTF_8)))));
		}
		// keys alike in their first 11 digits (or all 64 but one), which the packed
		// digits cannot tell apart
		String base = lines.get(0).key();
		lines.add(line(base.substring(0, 11) + "0".repeat(53)));
		lines.add(line(base.substring(0, 11) + "f".repeat(53)));
		lines.add(line(base.substring(0, 63) + (base.charAt(63) == '0' ? "1" : "0")));
		lines.add(line("0".repeat(64)));
		lines.add(line("f".repeat(64)));
		Collections.shuffle(lines, new Random(7));

		assertSortedAsStrings(lines);
	}

	@Test
	void keysOfAnotherFormSortAsStrings() {
		// short keys (tests), uppercase digits, a key that is not hex
		assertSortedAsStrings(new ArrayList<>(List.of(line("0b"), line("0a"), line("ABCDEF0123456789"),
				line("abcdef0123456789"), line("zz-not-hex-at-all"), line("0123456789a"))));
	}

	private static void assertSortedAsStrings(List<StoredLine> lines) {
		List<String> expected = lines.stream().map(StoredLine::key).sorted().toList();

		KeyOrder.sort(lines);

		assertThat(lines).extracting(StoredLine::key).containsExactlyElementsOf(expected);
	}

	private static StoredLine line(String key) {
		return StoredLineCodecTest.line(key, "i-1", "1", 1, 1);
	}

}
