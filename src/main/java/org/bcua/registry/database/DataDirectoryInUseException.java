package org.bcua.registry.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at start when another running application holds the data directory of the
 * embedded PostgreSQL (see {@link DataDirectoryLock}). Nothing has been touched then: the
 * other application and its server go on as before.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private final Path dataDirectory;

	private final String pid;

	private final @Nullable String startedAt;

	DataDirectoryInUseException(Path dataDirectory, String pid, @Nullable String startedAt) {
		super("The data directory " + dataDirectory + " is in use by another running copy of the registry (process "
				+ pid + ((startedAt != null) ? ", started " + startedAt : "") + ")");
		this.dataDirectory = dataDirectory;
		this.pid = pid;
		this.startedAt = startedAt;
	}

	/**
	 * The data directory in use.
	 */
	public Path getDataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * The process id of the application holding it, as its lock file records it, or
	 * {@code unknown}.
	 */
	public String getPid() {
		return this.pid;
	}

	/**
	 * When the holding process started, as its lock file records it, if known.
	 */
	public @Nullable String getStartedAt() {
		return this.startedAt;
	}

}
