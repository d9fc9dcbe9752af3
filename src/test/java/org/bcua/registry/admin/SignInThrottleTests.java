package org.bcua.registry.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting of failed sign-ins, with a clock the test moves.
 */
class SignInThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottleProperties(Duration.ofMinutes(15), Duration.ofMinutes(5), 5, 20, 50), this.clock);

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
