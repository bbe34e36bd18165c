package com.inferencetco.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which model names are closed-weight, as exports and gateways write them. */
class ModelInUseTest {

	@Test
	void closedWeightVendorsAreRecognisedInEveryWayTheirModelsAreWritten() {
		assertThat(ModelInUse.closedWeight("gpt-4o")).isTrue();
		assertThat(ModelInUse.closedWeight("gpt 4o mini 0718")).isTrue();
		assertThat(ModelInUse.closedWeight("openai/gpt-4.1-mini")).isTrue();
		assertThat(ModelInUse.closedWeight("anthropic.claude-3-5-sonnet-20240620-v1:0")).isTrue();
		assertThat(ModelInUse.closedWeight("Gemini 2.5 Flash")).isTrue();
		assertThat(ModelInUse.closedWeight("o3-mini")).isTrue();
		// open-weight families, OpenAI's and Google's included
		assertThat(ModelInUse.closedWeight("gpt-oss-120b")).isFalse();
		assertThat(ModelInUse.closedWeight("gemma-2-9b")).isFalse();
		assertThat(ModelInUse.closedWeight("meta.llama3-70b-instruct-v1:0")).isFalse();
		assertThat(ModelInUse.closedWeight("meta-llama/Llama-3.3-70B-Instruct")).isFalse();
	}

	@Test
	void aBillsMeterWordsAreNotPartOfTheModelName() {
		assertThat(ModelInUse.bare("gpt-4o input tokens")).isEqualTo("gpt-4o");
		assertThat(ModelInUse.bare("Llama 3.3 70B serverless output tokens")).isEqualTo("Llama 3.3 70B");
		assertThat(ModelInUse.bare("claude-3-haiku cache write tokens")).isEqualTo("claude-3-haiku");
		assertThat(ModelInUse.bare("gpt-4o-mini")).isEqualTo("gpt-4o-mini");
	}

	@Test
	void aClosedVendorsEmbeddingModelStandsForTheOpenModelOfItsClass() {
		ModelInUse inUse = ModelInUse.of("text-embedding-3-small", TcoAssumptions.defaults());
		assertThat(inUse.architecture()).isNotNull();
		assertThat(inUse.substitute()).isEqualTo("BAAI/bge-large-en-v1.5");
		ModelInUse open = ModelInUse.of("llama-3.1-8b", TcoAssumptions.defaults());
		assertThat(open.substitute()).isNull();
		assertThat(open.architecture().parametersBillions()).isEqualByComparingTo("8.03");
		assertThat(ModelInUse.of("claude-sonnet-4-5", TcoAssumptions.defaults()).architecture()).isNull();
	}

}
