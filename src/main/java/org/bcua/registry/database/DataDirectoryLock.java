package org.bcua.registry.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The exclusive hold of one running application on the data directory of its embedded
 * PostgreSQL, so that a second start on the same directory never touches the server of
 * the first (it would take it for one left over by a crash and shut it down).
 * <p>
 * The lock is an operating-system lock on the file {@code <directory>.lock} beside the
 * data directory (not inside it: {@code initdb} wants the directory empty at the first
 * start). The file records the owner's process id and start time, for the message a
 * second start gives. The operating system releases the lock when its process ends, even
 * by {@code kill -9}, so a start after a crash finds it free and may then shut down the
 * server the dead owner left running.
 */
public final class DataDirectoryLock implements AutoCloseable {

	/**
	 * Lock files held in this JVM. A second channel on a held file must never be opened:
	 * closing it would release the JVM's lock (POSIX releases every lock of a process on
	 * a file when any of its descriptors of that file is closed).
	 */
	private static final Set<Path> held = new HashSet<>();

	private final @Nullable Path dataDirectory;

	private final @Nullable Path file;

	private final @Nullable FileChannel channel;

	private DataDirectoryLock(@Nullable Path dataDirectory, @Nullable Path file, @Nullable FileChannel channel) {
		this.dataDirectory = dataDirectory;
		this.file = file;
		this.channel = channel;
	}

	/**
	 * Takes the lock on a data directory at once, or fails.
	 * @param dataDirectory the cluster's directory; {@code null} for a temporary cluster,
	 * which nobody else can use and so needs no lock (the lock returned holds nothing)
	 * @return the lock, held until {@link #close()} or the end of the process
	 * @throws DataDirectoryInUseException when another process (or another application in
	 * this JVM) holds it
	 * @throws IOException when the lock file cannot be written
	 */
	public static DataDirectoryLock acquire(@Nullable Path dataDirectory) throws IOException {
		if (dataDirectory == null) {
			return new DataDirectoryLock(null, null, null);
		}
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Path parent = directory.getParent();
		if (parent == null) {
			throw new IllegalArgumentException("A data directory needs a parent for its lock file: " + directory);
		}
		Files.createDirectories(parent);
		Path file = parent.toRealPath().resolve(directory.getFileName() + ".lock");
		synchronized (held) {
			if (held.contains(file)) {
				Owner owner = Owner.current();
				throw new DataDirectoryInUseException(directory, owner.pid(), owner.startedAt());
			}
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw ex;
			}
			if (lock == null) {
				Owner owner = Owner.read(channel);
				channel.close();
				throw new DataDirectoryInUseException(directory, owner.pid(), owner.startedAt());
			}
			try {
				Owner.current().write(channel);
			}
			catch (IOException ex) {
				channel.close();
				throw ex;
			}
			held.add(file);
			return new DataDirectoryLock(directory, file, channel);
		}
	}

	/**
	 * The data directory held, {@code null} for a temporary cluster.
	 */
	public @Nullable Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Releases the lock. The lock file stays: deleting it could let a third start lock a
	 * new file while a second still holds the old one.
	 */
	@Override
	public void close() throws IOException {
		if (this.channel == null) {
			return;
		}
		synchronized (held) {
			if (this.channel.isOpen()) {
				this.channel.close();
				held.remove(this.file);
			}
		}
	}

	/**
	 * What the lock file says about the process holding it.
	 */
	private record Owner(String pid, @Nullable String startedAt) {

		static Owner current() {
			ProcessHandle process = ProcessHandle.current();
			return new Owner(Long.toString(process.pid()),
					process.info().startInstant().orElseGet(Instant::now).toString());
		}

		static Owner read(FileChannel channel) {
			try {
				ByteBuffer content = ByteBuffer.allocate(256);
				channel.read(content, 0);
				String[] lines = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).split("\n");
				if (lines.length >= 2 && lines[0].matches("[0-9]+")) {
					return new Owner(lines[0], lines[1]);
				}
			}
			catch (IOException ex) {
				// the lock alone says enough; the owner is then unknown
			}
			return new Owner("unknown", null);
		}

		void write(FileChannel channel) throws IOException {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((this.pid + "\n" + this.startedAt + "\n").getBytes(StandardCharsets.UTF_8)),
					0);
			channel.force(false);
		}

	}

}
