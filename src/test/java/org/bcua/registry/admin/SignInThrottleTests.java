package org.bcua.registry.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting of failed sign-ins, with a clock the test moves, in a real PostgreSQL with
 * the registry's migrations; each throttle object stands for one instance of the
 * registry, all of them on one database.
 */
class SignInThrottleTests {

	private static final SignInThrottleProperties PROPERTIES = new SignInThrottleProperties(Duration.ofMinutes(15),
			Duration.ofMinutes(5), 5, 20, 50);

	private static EmbeddedPostgres postgres;

	private static HikariDataSource firstPool;

	private static HikariDataSource secondPool;

	private final MovableClock clock = new MovableClock();

	private SignInThrottle throttle;

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		firstPool = pool();
		secondPool = pool();
		Flyway.configure().dataSource(firstPool).locations("classpath:db/migration").load().migrate();
	}

	@AfterAll
	static void stop() throws IOException {
		firstPool.close();
		secondPool.close();
		postgres.close();
	}

	@BeforeEach
	void emptyCounts() {
		JdbcTemplate jdbc = new JdbcTemplate(firstPool);
		jdbc.update("delete from sign_in_failure");
		jdbc.update("delete from sign_in_address");
		this.throttle = new SignInThrottle(jdbc, PROPERTIES, this.clock);
	}

	@Test
	void failuresCountedThroughOneInstanceBlockSignInThroughAnotherUntilEitherUnblocks() {
		SignInThrottle other = new SignInThrottle(new JdbcTemplate(secondPool), PROPERTIES, this.clock);
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("editor", "10.0.0.1");
		}
		other.failed("editor", "10.0.0.1");
		assertThat(other.blocked("editor", "10.0.0.1")).isNull();
		this.throttle.failed("editor", "10.0.0.1");
		assertThat(other.blocked("editor", "10.0.0.1")).as("five failures, through two instances")
			.isEqualTo(Duration.ofMinutes(5));
		other.unblock("editor");
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).as("unblocked on the other").isNull();
		this.throttle.succeeded("chief", "192.168.1.5");
		for (int i = 0; i < 50; i++) {
			other.failed("chief", "10.1.0." + i);
		}
		assertThat(this.throttle.blocked("chief", "10.2.0.1")).isNotNull();
		assertThat(other.blocked("chief", "192.168.1.5")).as("an address known through the other").isNull();
	}

	@Test
	void oldFailuresAreDeletedWhenTheNextOneIsCountedAndAnAccountKeepsItsLastTwentyAddresses() {
		JdbcTemplate jdbc = new JdbcTemplate(firstPool);
		this.throttle.failed("editor", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.failed("editor", "10.0.0.2");
		assertThat(jdbc.queryForList("select distinct address from sign_in_failure where address is not null",
				String.class))
			.containsExactly("10.0.0.2");
		for (int i = 0; i < 25; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			this.throttle.succeeded("chief", "10.3.0." + i);
		}
		assertThat(jdbc.queryForList("select address from sign_in_address where account = 'chief' order by address",
				String.class))
			.hasSize(SignInThrottle.MAX_KNOWN_ADDRESSES)
			.doesNotContain("10.3.0.0", "10.3.0.4")
			.contains("10.3.0.5", "10.3.0.24");
	}

	@Test
	void fiveFailuresForOneAccountFromOneAddressBlockThatPairForFiveMinutes() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("editor", "10.0.0.1");
		}
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isNull();
		this.throttle.failed("editor", "10.0.0.1");
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.throttle.blocked("editor", "10.0.0.2")).as("another address").isNull();
		assertThat(this.throttle.blocked("other", "10.0.0.1")).as("another account").isNull();
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).as("the block ends by itself").isNull();
	}

	@Test
	void aFailureAfterTheBlockBlocksAgainUntilTheWindowHasPassed() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("editor", "10.0.0.1");
		}
		this.clock.advance(Duration.ofMinutes(6));
		this.throttle.failed("editor", "10.0.0.1");
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isNull();
		this.throttle.failed("editor", "10.0.0.1");
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).as("old failures are forgotten").isNull();
	}

	@Test
	void manyFailuresFromOneAddressWithOtherNamesNeverBlockAnAccountThatDidNotFailThere() {
		for (int i = 0; i < 25; i++) {
			this.throttle.failed("guess" + i, "10.0.0.9");
		}
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).as("the owner, who did not fail there").isNull();
		assertThat(this.throttle.blocked("chief", "10.0.0.10")).isNull();
	}

	@Test
	void pastItsLimitABusyAddressGivesEachAccountThatFailsThereOneTryPerBlock() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("guess" + i, "10.0.0.9");
		}
		assertThat(this.throttle.blocked("guess3", "10.0.0.9")).as("a name that failed there").isNotNull();
		this.throttle.failed("chief", "10.0.0.9");
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).as("slowed down, not closed").isNull();
		assertThat(this.throttle.blocked("chief", "10.0.0.10")).as("elsewhere").isNull();
	}

	@Test
	void belowItsLimitAnAddressSlowsNobodyAndASignInForgetsTheFailuresOfItsAccount() {
		for (int i = 0; i < 18; i++) {
			this.throttle.failed("guess" + i, "10.0.0.9");
		}
		this.throttle.failed("chief", "10.0.0.9");
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).isNull();
		this.throttle.failed("chief", "10.0.0.9");
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).as("the address reached its limit").isNotNull();
		this.throttle.unblock("chief");
		assertThat(this.throttle.blocked("chief", "10.0.0.9")).isNull();
	}

	@Test
	void anAttackOnAnAccountFromManyAddressesDoesNotLockItsOwnerOut() {
		this.throttle.succeeded("chief", "192.168.1.5");
		for (int i = 0; i < 50; i++) {
			this.throttle.failed("chief", "10.1.0." + i);
		}
		assertThat(this.throttle.blocked("chief", "10.2.0.1")).as("an unknown address").isNotNull();
		assertThat(this.throttle.blocked("chief", "192.168.1.5")).as("the owner's usual address").isNull();
	}

	@Test
	void anAdministratorCanLiftTheBlocksOfAnAccount() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("editor", "10.0.0.1");
		}
		this.throttle.unblock("editor");
		assertThat(this.throttle.blocked("editor", "10.0.0.1")).isNull();
	}

	private static HikariDataSource pool() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(2);
		return pool;
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2025-10-13T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
