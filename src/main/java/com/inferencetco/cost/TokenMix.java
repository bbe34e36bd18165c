package com.inferencetco.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.inferencetco.model.TokenType;

/**
 * Tokens by what they cost and how hard they are to serve: uncached input (cache writes
 * included), cache reads and output. Input is prefilled in parallel, output decoded token
 * by token, so the mix sets a GPU's throughput.
 */
public record TokenMix(BigDecimal input, BigDecimal cachedInput, BigDecimal output) {

	public static final TokenMix NONE = new TokenMix(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

	/**
	 * A count of tokens of one type: cache writes are input (billed as input), cache
	 * reads are cached input.
	 */
	public static TokenMix of(TokenType type, BigDecimal count) {
		return switch (type == null ? TokenType.INPUT : type) {
			case OUTPUT -> new TokenMix(BigDecimal.ZERO, BigDecimal.ZERO, count);
			case CACHED_INPUT -> new TokenMix(BigDecimal.ZERO, count, BigDecimal.ZERO);
			case INPUT, CACHE_WRITE -> new TokenMix(count, BigDecimal.ZERO, BigDecimal.ZERO);
		};
	}

	public BigDecimal total() {
		return input.add(cachedInput).add(output);
	}

	public boolean isEmpty() {
		return total().signum() == 0;
	}

	/** Share of the tokens that are input (cached or not); a half when there are none. */
	public BigDecimal inputShare() {
		BigDecimal total = total();
		return total.signum() == 0 ? new BigDecimal("0.5") : input.add(cachedInput).divide(total, PRECISION);
	}

	/** The same mix, a share of the tokens (a part of the GPU time's served tokens). */
	public TokenMix scaled(BigDecimal share) {
		return new TokenMix(input.multiply(share), cachedInput.multiply(share), output.multiply(share));
	}

	public TokenMix plus(TokenMix other) {
		return new TokenMix(input.add(other.input), cachedInput.add(other.cachedInput), output.add(other.output));
	}
}
