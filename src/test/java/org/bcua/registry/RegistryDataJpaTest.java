package org.bcua.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import org.bcua.registry.database.EmbeddedPostgresConfiguration;
import org.bcua.registry.shared.AuditingConfigurationForTests;

/**
 * A JPA slice test against the application's own embedded PostgreSQL, with the real
 * migrations applied (never an in-memory replacement).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ EmbeddedPostgresConfiguration.class, AuditingConfigurationForTests.class })
public @interface RegistryDataJpaTest {

}
