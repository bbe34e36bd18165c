package com.inferencetco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A month reported again: the files that differ from the previous run's and the
 * difference they make.
 */
class RestatementTest {

	private static final Instant THEN = Instant.parse("2026-11-03T06:00:00Z");

	@Test
	void filesAddedRemovedAndChangedAreNamedWithTheCostReadFromEach() {
		List<Restatement.FileState> before = List.of(file("aws/cur.csv", "a1", "100.00"),
				file("azure/ea.csv", "b1", "50.00"), new Restatement.FileState("gpu/smi.csv", "c1", null, null));
		List<Restatement.FileState> after = List.of(file("aws/cur.csv", "a1", "100.00"),
				file("azure/ea.csv", "b2", "70.25"), file("oci/cost.csv", "d1", "30.00"));

		// cost 150 then, 200.25 now (100 + 70.25 + 30); the TCO adds the same 1,000 of
		// modelled costs to both
		Restatement r = Restatement.between(THEN, before, new BigDecimal("150.00"), new BigDecimal("1150.00"), after,
				new BigDecimal("200.25"), new BigDecimal("1200.25"), List.of());

		assertThat(r.files()).containsExactly(
				new Restatement.FileChange("azure/ea.csv", Restatement.Change.CHANGED, "USD", new BigDecimal("50.00"),
						new BigDecimal("70.25")),
				new Restatement.FileChange("gpu/smi.csv", Restatement.Change.REMOVED, null, null, null),
				new Restatement.FileChange("oci/cost.csv", Restatement.Change.ADDED, "USD", null,
						new BigDecimal("30.00")));
		assertThat(r.costChange()).isEqualByComparingTo("50.25");
		assertThat(r.tcoChange()).isEqualByComparingTo("50.25");
		assertThat(r.count(Restatement.Change.CHANGED)).isEqualTo(1);
		assertThat(r.sameExports()).isFalse();
		assertThat(r.previousRunCompletedAt()).isEqualTo(THEN);
	}

	@Test
	void theSameFilesAgainAreARerunNotARestatement() {
		List<Restatement.FileState> files = List.of(file("aws/cur.csv", "a1", "100.00"));

		Restatement r = Restatement.between(THEN, files, new BigDecimal("100"), new BigDecimal("130"), files,
				new BigDecimal("100"), new BigDecimal("130"), List.of());

		assertThat(r.sameExports()).isTrue();
		assertThat(r.costChange()).isEqualByComparingTo("0");
	}

	private static Restatement.FileState file(String path, String sha, String cost) {
		return new Restatement.FileState(path, sha, new BigDecimal(cost), "USD");
	}

}
