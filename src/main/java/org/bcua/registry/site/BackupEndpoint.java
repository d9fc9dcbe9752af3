package org.bcua.registry.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/backup} on the management port (loopback only unless configured):
 * a consistent backup of the whole database while the registry runs
 * ({@link RegistryBackup}), as a ZIP file. It is written to a temporary file first, so
 * that a failure is an error answer rather than a truncated download, and that file is
 * deleted once sent.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

	private final DataSource dataSource;

	BackupEndpoint(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@ReadOperation(produces = "application/zip")
	Resource backup() throws IOException, SQLException {
		Path file = Files.createTempFile("registry-backup-", ".zip");
		try (OutputStream output = Files.newOutputStream(file)) {
			RegistryBackup.write(this.dataSource, output);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return new FileSystemResource(file) {

			@Override
			public InputStream getInputStream() throws IOException {
				return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
			}

		};
	}

}
