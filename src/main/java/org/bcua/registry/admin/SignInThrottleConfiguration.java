package org.bcua.registry.admin;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle, with the settings of {@link SignInThrottleProperties}, counting
 * in the database that every instance shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottleConfiguration {

	@Bean
	SignInThrottle signInThrottle(JdbcTemplate jdbc, SignInThrottleProperties properties) {
		return new SignInThrottle(jdbc, properties, Clock.systemUTC());
	}

}
