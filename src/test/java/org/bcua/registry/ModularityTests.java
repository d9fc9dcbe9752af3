package org.bcua.registry;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Verifies the package structure: features depend on each other in one direction only
 * (university ← person, meeting ← agreement ← web), nothing reaches into another module's
 * internals, and there are no cycles.
 */
class ModularityTests {

	@Test
	void modulesDependOnEachOtherInOneDirection() {
		ApplicationModules.of(RegistryApplication.class).verify();
	}

}
