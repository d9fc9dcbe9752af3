package org.bcua.registry.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.bcua.registry.shared.RecordChanged;

/**
 * Tells the other instances of the registry on the same database that this one committed
 * a write, and this one of theirs, with PostgreSQL's {@code NOTIFY} and {@code LISTEN} on
 * the channel {@value #CHANNEL}: what each instance keeps until the next write (rendered
 * pages, the agreements list's counts, the dump) is dropped on every instance, so a page
 * shows a write made through another instance on the very next request.
 * <p>
 * The notification is sent inside the writing transaction, so PostgreSQL delivers it only
 * if the transaction commits, and once however many records it wrote. A write made
 * elsewhere arrives here as a {@link SearchIndexUpdated} event with
 * {@code elsewhere = true}. Listening holds one connection of the pool; when it is lost
 * (the database restarting), everything kept is dropped once listening again, as
 * notifications may have been missed meanwhile.
 */
@Component
class ChangesAcrossInstances implements SmartLifecycle {

	static final String CHANNEL = "registry_changed";

	private static final Logger logger = LoggerFactory.getLogger(ChangesAcrossInstances.class);

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	/** Tells this instance's notifications from the others'. */
	private final String instance = UUID.randomUUID().toString();

	private volatile boolean running;

	private @Nullable Thread listener;

	ChangesAcrossInstances(DataSource dataSource, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.events = events;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void recordChanged(RecordChanged event) {
		notifyOthers();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void searchIndexUpdated(SearchIndexUpdated event) {
		if (!event.elsewhere()) {
			notifyOthers();
		}
	}

	private void notifyOthers() {
		this.jdbc.query("select pg_notify(?, ?)", (row) -> {
		}, CHANNEL, this.instance);
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::listen, "registry-changes-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(5).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Started before the web server serves and stopped after it has finished the requests
	 * in flight (its graceful shutdown), so that no page is kept stale meanwhile.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean lost = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				if (lost) {
					logger.info("Listening to the other instances' writes again");
					changedElsewhere();
				}
				lost = false;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(1000);
					if (notifications != null && fromAnother(notifications)) {
						changedElsewhere();
					}
				}
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				if (!lost) {
					logger.warn("Not listening to the other instances' writes (retrying every {} s): {}",
							RETRY.toSeconds(), ex.toString());
				}
				lost = true;
				try {
					Thread.sleep(RETRY.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private boolean fromAnother(PGNotification[] notifications) {
		for (PGNotification notification : notifications) {
			if (!this.instance.equals(notification.getParameter())) {
				return true;
			}
		}
		return false;
	}

	private void changedElsewhere() {
		try {
			this.events.publishEvent(new SearchIndexUpdated(0, true));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not drop what this instance keeps after a write elsewhere", ex);
		}
	}

}
