package org.bcua.registry.admin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused for a while after too many failures; the password was not checked.
 */
public class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	/**
	 * How long to wait before trying again.
	 */
	public Duration getWait() {
		return this.wait;
	}

	/**
	 * The wait in whole minutes, rounded up (at least 1), for the message.
	 */
	public long getMinutes() {
		return Math.max(1, (this.wait.toSeconds() + 59) / 60);
	}

}
