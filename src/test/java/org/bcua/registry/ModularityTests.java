package org.bcua.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the package structure: each top-level package is a module, modules depend on
 * each other in one direction only (shared, search, web, admin below source, university
 * below person and meeting, those below agreement, site on top), nothing reaches into
 * another module's internals, and there are no cycles. The diagram of the modules in
 * {@code docs/modules.puml} must be the one the structure gives.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(RegistryApplication.class);

	private static final Path DIAGRAM = Path.of("docs", "modules.puml");

	@Test
	void modulesDependOnEachOtherInOneDirection() {
		MODULES.verify();
	}

	@Test
	void theDiagramInTheDocsIsTheStructureOfTheCode() throws IOException {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, output.toString()).writeModulesAsPlantUml();
		String generated = Files.readString(output.resolve("components.puml"), StandardCharsets.UTF_8);
		if (Boolean.getBoolean("registry.docs.write")) {
			Files.writeString(DIAGRAM, generated, StandardCharsets.UTF_8);
		}
		// the Documenter writes the same relations in an order that may change from one
		// run to the next: the diagram is the same when its lines are
		assertThat(lines(Files.readString(DIAGRAM, StandardCharsets.UTF_8)))
			.as("docs/modules.puml is out of date: run ./mvnw test -Dtest=ModularityTests -Dregistry.docs.write=true")
			.isEqualTo(lines(generated));
	}

	private static java.util.List<String> lines(String text) {
		return text.lines().sorted().toList();
	}

}
