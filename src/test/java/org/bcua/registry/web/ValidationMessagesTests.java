package org.bcua.registry.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation speaks the interface language: its constraint messages come from the
 * message bundles (Belarusian included, which the validator's own messages lack), with
 * the constraint's attributes filled in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ValidationMessagesTests {

	@Autowired
	private Validator validator;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | Fill in this field.    | The length must be between 2 and 5.       | Enter a number of at most 10.
			ru | Заполните это поле.    | Длина должна быть от 2 до 5.             | Введите число не больше 10.
			be | Запоўніце гэтае поле.  | Даўжыня павінна быць ад 2 да 5.          | Увядзіце лік не большы за 10.
			zh | 请填写此项。             | 长度须在 2 到 5 之间。                     | 请输入不大于 10 的数。
			""")
	void constraintMessagesAreInTheInterfaceLanguage(String language, String notBlank, String size, String max) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		Set<String> messages = this.validator.validate(new Form(" ", "abcdefg", 11))
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(Collectors.toSet());
		assertThat(messages).containsExactlyInAnyOrder(notBlank, size, max);
	}

	record Form(@NotBlank String name, @Size(min = 2, max = 5) String code, @Max(10) int count) {

	}

}
