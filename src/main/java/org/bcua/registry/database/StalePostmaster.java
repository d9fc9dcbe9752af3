package org.bcua.registry.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by an earlier start of the
 * application that was killed hard ({@code kill -9} leaves the postmaster orphaned). It
 * still holds the data directory, so it is shut down before the new start. PostgreSQL's
 * own crash recovery then replays anything committed.
 * <p>
 * Nothing in the data directory tells a dead owner's server from a live owner's: only the
 * {@link DataDirectoryLock} does. Its holder is the only application on the directory, so
 * any server running there has lost its owner.
 */
final class StalePostmaster {

	private static final Logger logger = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private StalePostmaster() {
	}

	/**
	 * Stops the server recorded in {@code postmaster.pid} of the data directory if it is
	 * still running. Does nothing when there is no such file or its process is gone. Call
	 * it only while holding the directory's {@link DataDirectoryLock}.
	 */
	static void stopIfRunning(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> postmaster = find(dataDirectory);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		logger.warn("PostgreSQL (pid {}) from an earlier start still holds {}; shutting it down", process.pid(),
				dataDirectory);
		requestFastShutdown(process);
		if (!waitForExit(process, SHUTDOWN_WAIT)) {
			logger.warn("PostgreSQL (pid {}) did not stop in {}; killing it", process.pid(), SHUTDOWN_WAIT);
			process.destroyForcibly();
			waitForExit(process, SHUTDOWN_WAIT);
		}
	}

	static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Path recordedDirectory = Path.of(lines.get(1).trim());
		if (!sameDirectory(recordedDirectory, dataDirectory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
	}

	private static boolean sameDirectory(Path recorded, Path dataDirectory) {
		try {
			return Files.isSameFile(recorded, dataDirectory);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("postgres")).orElse(false);
	}

	private static void requestFastShutdown(ProcessHandle process) {
		// SIGINT asks PostgreSQL for a fast shutdown; ProcessHandle can only send SIGTERM
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
			if (kill.waitFor() == 0) {
				return;
			}
		}
		catch (IOException ex) {
			logger.debug("Could not run kill -INT", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
