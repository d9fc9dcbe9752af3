package org.bcua.registry.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start on a data directory already in use into Spring Boot's short "application
 * failed to start" report, naming the directory and the other process, instead of a stack
 * trace. Registered in {@code META-INF/spring.factories}.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(
				cause.getMessage() + ". Nothing was changed: the running copy and its PostgreSQL" + " go on as before.",
				"Use the running copy (process " + cause.getPid() + "), or stop it first, or start this one on another"
						+ " data directory (REGISTRY_DATABASE_EMBEDDED_DATA_DIRECTORY).",
				cause);
	}

}
