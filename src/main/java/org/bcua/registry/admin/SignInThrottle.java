package org.bcua.registry.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.admin.accounts.AccountUnblocker;

/**
 * Counts failed sign-ins per account and client address, per address and per account, and
 * says how long sign-in is refused. Failures from one address never block an account that
 * has not itself failed from there (many people may share the address behind one NAT or
 * proxy): past its limit an address only slows each account that fails there to one try
 * per block.
 * <p>
 * The counts live in PostgreSQL (tables {@code sign_in_failure} and
 * {@code sign_in_address}, V13), so every instance of the registry counts the failures
 * made through the others and a restart does not clear them; every block still ends by
 * itself after {@link SignInThrottleProperties#block()}. Failures older than the window
 * are deleted by whichever instance records the next one: an idempotent delete, harmless
 * when several instances run it at once. Each method is a statement or two of its own (no
 * transaction is needed: a count read while another instance writes is at most one
 * failure behind).
 */
public class SignInThrottle implements AccountUnblocker {

	/** The addresses remembered per account as its owner's. */
	static final int MAX_KNOWN_ADDRESSES = 20;

	private static final String PAIR = "pair";

	private static final String ADDRESS = "address";

	private static final String ACCOUNT = "account";

	private final JdbcTemplate jdbc;

	private final SignInThrottleProperties properties;

	private final Clock clock;

	public SignInThrottle(JdbcTemplate jdbc, SignInThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long sign-in for this account from this address is refused.
	 * @return the time left, or {@code null} when sign-in may be tried
	 */
	public @Nullable Duration blocked(String username, String address) {
		Instant now = this.clock.instant();
		Counts counts = counts(username, address, now);
		Duration block = this.properties.block();
		Duration longest = null;
		longest = longer(longest, counts.pair().blockedFor(now, this.properties.perAccountAndAddress(), block));
		if (counts.address().blockedFor(now, this.properties.perAddress(), block) != null) {
			// A busy address slows down only the accounts that failed from there
			longest = longer(longest, counts.pair().blockedFor(now, 1, block));
		}
		if (!counts.knownAddress()) {
			longest = longer(longest, counts.account().blockedFor(now, this.properties.perAccount(), block));
		}
		return longest;
	}

	/**
	 * Counts a failed sign-in.
	 */
	public void failed(String username, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("delete from sign_in_failure where failed_at < ?",
				Timestamp.from(now.toInstant().minus(this.properties.window())));
		this.jdbc.update("""
				insert into sign_in_failure (kind, account, address, failed_at)
				values (?, ?, ?, ?), (?, null, ?, ?), (?, ?, null, ?)""", PAIR, username, address, now, ADDRESS,
				address, now, ACCOUNT, username, now);
	}

	/**
	 * Forgets the failures of this account from this address and remembers the address as
	 * one its owner uses (the last {@value #MAX_KNOWN_ADDRESSES}).
	 */
	public void succeeded(String username, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("delete from sign_in_failure where kind = ? and account = ? and address = ?", PAIR, username,
				address);
		this.jdbc.update("""
				insert into sign_in_address (account, address, signed_in_at) values (?, ?, ?)
				on conflict (account, address) do update set signed_in_at = excluded.signed_in_at""", username, address,
				now);
		this.jdbc.update("""
				delete from sign_in_address where account = ? and address not in (
				    select address from sign_in_address where account = ?
				    order by signed_in_at desc, address limit ?)""", username, username, MAX_KNOWN_ADDRESSES);
	}

	/**
	 * Lifts every block of an account (an administrator unblocking it), on every
	 * instance.
	 */
	@Override
	public void unblock(String username) {
		this.jdbc.update("delete from sign_in_failure where kind in (?, ?) and account = ?", PAIR, ACCOUNT, username);
	}

	/**
	 * The failures within the window that concern this attempt, in one statement.
	 */
	private Counts counts(String username, String address, Instant now) {
		Timestamp since = Timestamp.from(now.minus(this.properties.window()));
		return this.jdbc.queryForObject("""
				select count(*) filter (where kind = 'pair' and account = ? and address = ?),
				       max(failed_at) filter (where kind = 'pair' and account = ? and address = ?),
				       count(*) filter (where kind = 'address' and address = ?),
				       max(failed_at) filter (where kind = 'address' and address = ?),
				       count(*) filter (where kind = 'account' and account = ?),
				       max(failed_at) filter (where kind = 'account' and account = ?),
				       exists (select 1 from sign_in_address where account = ? and address = ?)
				from sign_in_failure
				where failed_at >= ? and (account = ? or address = ?)""",
				(row, n) -> new Counts(new Count(row.getInt(1), instant(row.getTimestamp(2))),
						new Count(row.getInt(3), instant(row.getTimestamp(4))),
						new Count(row.getInt(5), instant(row.getTimestamp(6))), row.getBoolean(7)),
				username, address, username, address, address, address, username, username, username, address, since,
				username, address);
	}

	private static @Nullable Duration longer(@Nullable Duration one, @Nullable Duration other) {
		if (one == null) {
			return other;
		}
		return (other != null && other.compareTo(one) > 0) ? other : one;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * The counts that concern one attempt, and whether its address is one the account
	 * signed in from.
	 */
	private record Counts(Count pair, Count address, Count account, boolean knownAddress) {

	}

	/**
	 * The failures of one kind within the window: how many, and the last.
	 */
	private record Count(int failures, @Nullable Instant last) {

		/**
		 * How long sign-in is refused if this count has reached {@code limit}: the block
		 * after the last failure.
		 */
		@Nullable Duration blockedFor(Instant now, int limit, Duration block) {
			if (this.failures < limit || this.last == null) {
				return null;
			}
			Duration left = Duration.between(now, this.last.plus(block));
			return (left.isNegative() || left.isZero()) ? null : left;
		}

	}

}
