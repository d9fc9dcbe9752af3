package org.bcua.registry.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language: chosen with {@code ?lang=} (the language switcher), kept in a
 * cookie, and on a first visit taken from the browser's {@code Accept-Language}. URLs
 * stay the same in every language.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	public static final String COOKIE = "registry-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocaleFunction(SupportedLanguages::fromAcceptLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Keeps only supported languages: anything else (a stale cookie, {@code ?lang=xx})
	 * falls back to the browser's preference.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(COOKIE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			Locale supported = SupportedLanguages.find(locale.getLanguage());
			return (supported != null) ? supported : SupportedLanguages.fromAcceptLanguage(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Locale supported = (locale != null) ? SupportedLanguages.find(locale.getLanguage()) : null;
			if (supported != null || locale == null) {
				super.setLocale(request, response, supported);
			}
		}

	}

}
