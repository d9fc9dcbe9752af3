package org.bcua.registry.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.admin.accounts.AccountUnblocker;

/**
 * Counts failed sign-ins per account and client address, per address and per account, and
 * says how long sign-in is refused. Failures from one address never block an account that
 * has not itself failed from there (many people may share the address behind one NAT or
 * proxy): past its limit an address only slows each account that fails there to one try
 * per block. Kept in memory: a restart clears it, and every block ends by itself after
 * {@link SignInThrottleProperties#block()}.
 */
public class SignInThrottle implements AccountUnblocker {

	private static final int MAX_TRACKED = 100_000;

	private static final int MAX_KNOWN_ADDRESSES = 20;

	private final SignInThrottleProperties properties;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

	public SignInThrottle(SignInThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long sign-in for this account from this address is refused.
	 * @return the time left, or {@code null} when sign-in may be tried
	 */
	public @Nullable Duration blocked(String username, String address) {
		Instant now = this.clock.instant();
		Duration longest = null;
		String pair = pairKey(username, address);
		longest = longer(longest, remaining(pair, this.properties.perAccountAndAddress(), now));
		if (remaining(addressKey(address), this.properties.perAddress(), now) != null) {
			// A busy address slows down only the accounts that failed from there
			longest = longer(longest, remaining(pair, 1, now));
		}
		if (!knownAddressOf(username, address)) {
			longest = longer(longest, remaining(accountKey(username), this.properties.perAccount(), now));
		}
		return longest;
	}

	/**
	 * Counts a failed sign-in.
	 */
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_TRACKED) {
			prune(now);
		}
		for (String key : new String[] { pairKey(username, address), addressKey(address), accountKey(username) }) {
			this.failures.computeIfAbsent(key, (k) -> new Failures()).add(now, this.properties.window());
		}
	}

	/**
	 * Forgets the failures of this account from this address and remembers the address as
	 * one its owner uses.
	 */
	public void succeeded(String username, String address) {
		this.failures.remove(pairKey(username, address));
		Set<String> addresses = this.knownAddresses.computeIfAbsent(username, (k) -> ConcurrentHashMap.newKeySet());
		if (addresses.size() >= MAX_KNOWN_ADDRESSES) {
			addresses.clear();
		}
		addresses.add(address);
	}

	/**
	 * Lifts every block of an account (an administrator unblocking it).
	 */
	@Override
	public void unblock(String username) {
		this.failures.remove(accountKey(username));
		this.failures.keySet().removeIf((key) -> key.startsWith("pair:" + username + "|"));
	}

	private @Nullable Duration remaining(String key, int limit, Instant now) {
		Failures counted = this.failures.get(key);
		return (counted != null) ? counted.blockedFor(now, limit, this.properties.window(), this.properties.block())
				: null;
	}

	private boolean knownAddressOf(String username, String address) {
		Set<String> addresses = this.knownAddresses.get(username);
		return addresses != null && addresses.contains(address);
	}

	private void prune(Instant now) {
		this.failures.values().removeIf((counted) -> counted.expired(now, this.properties.window()));
	}

	private static @Nullable Duration longer(@Nullable Duration one, @Nullable Duration other) {
		if (one == null) {
			return other;
		}
		return (other != null && other.compareTo(one) > 0) ? other : one;
	}

	private static String pairKey(String username, String address) {
		return "pair:" + username + "|" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String accountKey(String username) {
		return "account:" + username;
	}

	/**
	 * The times of recent failures for one key.
	 */
	private static final class Failures {

		private final Deque<Instant> times = new ArrayDeque<>();

		synchronized void add(Instant now, Duration window) {
			drop(now, window);
			this.times.addLast(now);
		}

		synchronized @Nullable Duration blockedFor(Instant now, int limit, Duration window, Duration block) {
			drop(now, window);
			if (this.times.size() < limit) {
				return null;
			}
			Duration left = Duration.between(now, this.times.getLast().plus(block));
			return (left.isNegative() || left.isZero()) ? null : left;
		}

		synchronized boolean expired(Instant now, Duration window) {
			drop(now, window);
			return this.times.isEmpty();
		}

		private void drop(Instant now, Duration window) {
			Instant oldest = now.minus(window);
			while (!this.times.isEmpty() && this.times.getFirst().isBefore(oldest)) {
				this.times.removeFirst();
			}
		}

	}

}
