package org.bcua.registry.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions of signed-in editors live in PostgreSQL (Spring Session JDBC, tables of V11):
 * every instance of the registry knows them, and they survive restarts. The registry of
 * signed-in sessions reads them by user name, so that a change of an account's rights can
 * end its sessions at once, on every instance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SessionProperties.class)
class SessionConfiguration {

	/**
	 * The name of the session cookie.
	 */
	static final String COOKIE = "SESSION";

	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came
	 * over HTTPS (through a proxy: with {@code server.forward-headers-strategy=native}),
	 * or always with {@code REGISTRY_SECURE_COOKIES=true}.
	 */
	@Bean
	CookieSerializer cookieSerializer(@Value("${registry.secure-cookies:false}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(COOKIE);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		if (secure) {
			serializer.setUseSecureCookie(true);
		}
		return serializer;
	}

}
