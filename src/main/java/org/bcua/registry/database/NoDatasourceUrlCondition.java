package org.bcua.registry.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code spring.datasource.url} is configured (for example through
 * {@code SPRING_DATASOURCE_URL}).
 */
class NoDatasourceUrlCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

}
