package org.bcua.registry.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public API.
 *
 * @param rateLimit how many requests a client may send
 */
@ConfigurationProperties("registry.api")
record ApiProperties(@DefaultValue RateLimit rateLimit) {

	/**
	 * The per-client rate limit of {@code /api}: each client (by its IP address) has a
	 * bucket of {@code burst} requests, refilled by {@code requests} every
	 * {@code period}.
	 *
	 * @param enabled whether there is a limit at all
	 * @param requests how many requests a client may send each period, on average
	 * @param period the period
	 * @param burst how many requests a client may send at once after a quiet while
	 * @param clients how many clients' buckets are kept at most (the least recently seen
	 * leave first)
	 */
	record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("60") long requests,
			@DefaultValue("1m") Duration period, @DefaultValue("60") long burst, @DefaultValue("100000") long clients) {

	}

}
