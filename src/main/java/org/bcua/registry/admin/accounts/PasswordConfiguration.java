package org.bcua.registry.admin.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/**
	 * Argon2id, behind a delegating encoder so that stored hashes name their algorithm
	 * ({@code {argon2}...}) and a stronger one can be added later. Argon2 takes passwords
	 * of any length (bcrypt stops at 72 bytes).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
