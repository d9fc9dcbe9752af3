package org.bcua.registry.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A full-stack test of the admin area. All such tests share one application context with
 * its own embedded PostgreSQL (so that what they write never meets the public page
 * tests), started with a first administrator from the properties, as an operator would
 * with {@code REGISTRY_ADMIN_USERNAME} and {@code REGISTRY_ADMIN_PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = { "registry.admin.username=" + AdminTest.ADMIN, "registry.admin.password=" + AdminTest.PASSWORD })
@AutoConfigureMockMvc
public @interface AdminTest {

	/** The first administrator. */
	String ADMIN = "chief";

	/** The first administrator's password. */
	String PASSWORD = "Belarus and China, 2023";

}
