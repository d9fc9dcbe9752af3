package org.bcua.registry.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one line of text may hold.
 */
class SingleLineTests {

	private final SingleLine.Validator validator = new SingleLine.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "Belarusian State University", "Белорусский государственный университет",
			"Беларускі дзяржаўны ўніверсітэт", "白俄罗斯国立大学", "O'Brien-Smith, Jr.", "جامعة", "😀 emoji", "" })
	void namesInEveryScriptAreOneLine(String text) {
		assertThat(this.validator.isValid(text, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\rb", "a\nb", "a\r\nb", "a\u0000b", "a\tb", "a\u0085b", "a\u2028b", "a\u2029b",
			"a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b", "a\u200Fb", "a\u061Cb" })
	void lineBreaksControlsAndBidiControlsAreRefused(String text) {
		assertThat(this.validator.isValid(text, null)).isFalse();
	}

}
