package org.bcua.registry.shared;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Fills the created/changed by and at columns of every {@link AuditedEntity}: the
 * signed-in user, or {@code system} for changes the application makes on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditingConfiguration {

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(CurrentEditor.name());
	}

}
