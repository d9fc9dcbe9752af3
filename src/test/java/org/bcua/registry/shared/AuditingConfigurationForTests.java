package org.bcua.registry.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Brings the application's auditing (created/changed by and at) into test slices.
 */
@Configuration(proxyBeanMethods = false)
@Import(AuditingConfiguration.class)
public class AuditingConfigurationForTests {

}
