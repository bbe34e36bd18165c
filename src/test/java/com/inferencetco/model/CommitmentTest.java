package com.inferencetco.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CommitmentTest {

	@Test
	void theContractTypeFollowsTheWordsEachExportUsesForItsKind() {
		// CUR line item types, as the AWS normalizer names them
		assertThat(new Commitment("Savings Plan", "arn:sp", null).type()).isEqualTo("savings-plan");
		assertThat(new Commitment("Reserved Instance", "arn:ri", null).type()).isEqualTo("reserved-instance");
		// Azure PricingModel, as the Azure normalizer names it
		assertThat(new Commitment("Azure reservation", "r-1", null).type()).isEqualTo("reservation");
		assertThat(new Commitment("Azure savings plan", "b-1", null).type()).isEqualTo("savings-plan");
		// FOCUS CommitmentDiscountType values providers write, and a generic one
		assertThat(new Commitment("Reservation", "x", null).type()).isEqualTo("reservation");
		assertThat(new Commitment("Committed Use Discount", "x", null).type()).isEqualTo("committed-use");
		assertThat(new Commitment("Commitment discount", "x", null).type()).isEqualTo("committed-use");
	}

	@Test
	void theSkuCarriesKindIdAndEndThroughTheStore() {
		Commitment plan = new Commitment("Savings Plan", "arn:a|b", LocalDate.parse("2028-06-30"));
		assertThat(Commitment.fromSku(plan.sku())).contains(plan);
		assertThat(plan.id()).isEqualTo("arn:a/b");
	}

}
