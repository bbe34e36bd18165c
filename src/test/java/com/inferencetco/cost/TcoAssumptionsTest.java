package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.inferencetco.TcoException;

class TcoAssumptionsTest {

	@TempDir
	Path dir;

	@Test
	void theExampleFileLoadsToTheDefaults() throws IOException {
		Path file = Files.writeString(dir.resolve("assumptions.yaml"), TcoAssumptions.exampleYaml());
		TcoAssumptions loaded = TcoAssumptions.load(file);
		TcoAssumptions defaults = TcoAssumptions.defaults();
		for (Parameter p : Parameter.values()) {
			assertThat(loaded.value(p)).as(p.key()).isEqualByComparingTo(defaults.value(p));
		}
		for (Assumption a : defaults.all()) {
			assertThat(a.source()).as(a.key() + " has a source").isNotBlank();
		}
		assertThat(loaded.choices().depreciation()).isEqualTo(Depreciation.CAPITAL_RECOVERY);
	}

	@Test
	void theShippedExampleIsTheOneTheCommandPrints() throws IOException {
		Path shipped = Path.of("input-samples/assumptions.example.yaml");
		assertThat(Files.readString(shipped)).isEqualTo(TcoAssumptions.exampleYaml());
	}

	@Test
	void aWrongValueNamesTheKeyAndWhatWasExpected() throws IOException {
		Path file = Files.writeString(dir.resolve("a.yaml"), "onPremDepreciationMethod: sum-of-years\n");
		assertThatThrownBy(() -> TcoAssumptions.load(file)).isInstanceOf(TcoException.class)
			.hasMessageContaining("onPremDepreciationMethod")
			.hasMessageContaining("macrs-5");
		Files.writeString(file, "dedicatedTokensPerSecond: fast\n");
		assertThatThrownBy(() -> TcoAssumptions.load(file)).hasMessageContaining("dedicatedTokensPerSecond")
			.hasMessageContaining("expected a number");
		Files.writeString(file, "modelPrices: {my-model: {input: 0.2}}\n");
		assertThatThrownBy(() -> TcoAssumptions.load(file)).hasMessageContaining("modelPrices.my-model");
	}

	@Test
	void aKeyGivenTwiceIsRefusedNamingTheKeyAndTheLine() throws IOException {
		Path file = Files.writeString(dir.resolve("twice.yaml"),
				"serverlessPricePerMillion: 0.90\ndedicatedGpuHourlyRate: 2.50\nserverlessPricePerMillion: 0.45\n");
		assertThatThrownBy(() -> TcoAssumptions.load(file)).isInstanceOf(com.inferencetco.TcoException.class)
			.hasMessageContaining("twice.yaml")
			.hasMessageContaining("serverlessPricePerMillion")
			.hasMessageContaining("(lines 1 and 3)");
	}

	@Test
	void aDefaultConvertedToTheReportCurrencyIsStillADefault() throws IOException {
		// a EUR report priced every 70B model at the converted default instead of the
		// catalog's hosts, as if the user had set it
		TcoAssumptions converted = TcoAssumptions.defaults().inCurrency("EUR", new BigDecimal("0.92"), "a test rate");
		assertThat(converted.isSet(Parameter.SERVERLESS_PRICE)).isFalse();
		assertThat(converted.value(Parameter.SERVERLESS_PRICE)).isEqualByComparingTo("0.6624"); // 0.72
																								// x
																								// 0.92
		Path file = Files.writeString(dir.resolve("set.yaml"), "serverlessPricePerMillion: 0.80\n");
		assertThat(TcoAssumptions.load(file)
			.inCurrency("EUR", new BigDecimal("0.92"), "a test rate")
			.isSet(Parameter.SERVERLESS_PRICE)).isTrue();
	}

	@Test
	void valuesBeyondWhatIsStoredAreRefusedNamingTheKey() throws IOException {
		// the hostile round: 1e308 was accepted, 5e-400 became 0
		Path huge = Files.writeString(dir.resolve("huge.yaml"), "dedicatedGpuHourlyRate: 1e308\n");
		assertThatThrownBy(() -> TcoAssumptions.load(huge)).isInstanceOf(TcoException.class)
			.hasMessageContaining("dedicatedGpuHourlyRate")
			.hasMessageContaining("below 10^18");
		Path tiny = Files.writeString(dir.resolve("tiny.yaml"), "dedicatedGpuHourlyRate: 5e-400\n");
		assertThatThrownBy(() -> TcoAssumptions.load(tiny)).isInstanceOf(TcoException.class)
			.hasMessageContaining("dedicatedGpuHourlyRate")
			.hasMessageContaining("10^-18 or more");
		Path zero = Files.writeString(dir.resolve("zero.yaml"), "engineeringFte: 0\n");
		assertThat(TcoAssumptions.load(zero).value(Parameter.ENGINEERING_FTE)).isZero();
	}

}
