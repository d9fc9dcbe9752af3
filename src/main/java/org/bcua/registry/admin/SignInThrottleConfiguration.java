package org.bcua.registry.admin;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sign-in throttle, with the settings of {@link SignInThrottleProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottleProperties.class)
class SignInThrottleConfiguration {

	@Bean
	SignInThrottle signInThrottle(SignInThrottleProperties properties) {
		return new SignInThrottle(properties, Clock.systemUTC());
	}

}
