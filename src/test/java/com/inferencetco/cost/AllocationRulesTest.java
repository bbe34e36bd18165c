package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;

/**
 * Owners and allocation rules read from the assumptions, and refused with the key named
 * when they cannot be meant.
 */
class AllocationRulesTest {

	@TempDir
	Path work;

	@Test
	void ownersAndAFixedAllocationAreRead() throws IOException {
		AllocationRules rules = load("""
				owners: {support-chat: customer-care, code-assist: developer-platform}
				allocation:
				  method: fixed
				  shared: [platform]
				  shares: {support-chat: 0.25, code-assist: 0.75}
				""").allocation();
		assertThat(rules.method()).isEqualTo(AllocationRules.Method.FIXED);
		assertThat(rules.shared()).containsExactly("platform");
		assertThat(rules.shares().get("code-assist")).isEqualByComparingTo("0.75");
		assertThat(rules.ownerOf("support-chat")).isEqualTo("customer-care");
		assertThat(rules.ownerOf("embeddings")).as("a workload without an owner is its own").isEqualTo("embeddings");
	}

	@Test
	void withoutAllocationTheDefaultIsByCost() {
		assertThat(TcoAssumptions.defaults().allocation().method()).isEqualTo(AllocationRules.Method.COST);
		assertThat(TcoAssumptions.defaults().allocation().shared()).isEmpty();
	}

	@Test
	void fixedSharesThatDoNotAddUpToOneAreRefused() {
		assertThatThrownBy(() -> load("allocation: {method: fixed, shares: {a: 0.5, b: 0.4}}"))
			.isInstanceOf(TcoException.class)
			.hasMessageContaining("allocation.shares")
			.hasMessageContaining("add up to 1, found 0.9");
		assertThatThrownBy(() -> load("allocation: {method: by-headcount}")).hasMessageContaining("allocation.method")
			.hasMessageContaining("expected cost, tokens, gpu-hours or fixed");
		assertThatThrownBy(() -> load("allocation: {method: tokens, shares: {a: 1}}"))
			.hasMessageContaining("shares are for method fixed");
		assertThatThrownBy(() -> load("allocation: {methd: cost}")).hasMessageContaining("unknown key(s) [methd]");
		assertThatThrownBy(() -> load("owners: [a, b]")).hasMessageContaining("key 'owners'");
	}

	private TcoAssumptions load(String yaml) throws IOException {
		return TcoAssumptions.load(Files.writeString(work.resolve("assumptions-" + System.nanoTime() + ".yaml"), yaml));
	}

}
