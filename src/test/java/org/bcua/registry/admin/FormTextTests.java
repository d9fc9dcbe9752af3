package org.bcua.registry.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What text the admin forms accept.
 */
class FormTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "Dalian University of Technology", "大连理工大学", "Даляньскі політэхнічны універсітэт",
			"line one\nline two", "tab\there", "emoji 🎓" })
	void storableText(String text) {
		assertThat(FormText.storable(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000byte", "bell\u0007", "broken \uFFFD encoding", "lone \uD83C surrogate",
			"reversed \uDF93\uD83C" })
	void unstorableText(String text) {
		assertThat(FormText.storable(text)).isFalse();
	}

}
