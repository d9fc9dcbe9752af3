package org.bcua.registry.shared;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills the created/changed by and at columns of every {@link AuditedEntity}: the
 * signed-in user, or {@code system} for changes the application makes on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditingConfiguration {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
					|| "anonymousUser".equals(authentication.getName())) {
				return Optional.of(SYSTEM);
			}
			return Optional.of(authentication.getName());
		};
	}

}
