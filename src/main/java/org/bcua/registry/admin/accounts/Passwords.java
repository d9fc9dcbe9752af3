package org.bcua.registry.admin.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a password must be, and strong generated passwords. Length counts characters, not
 * bytes: forty Chinese characters (120 bytes in UTF-8) are a fine password, since the
 * hash (Argon2) takes passwords of any length. As NIST SP 800-63B asks, the 10,000 most
 * common passwords ({@value #COMMON_PASSWORDS}, compared ignoring case) are refused, and
 * so is the user name: it does not count towards the length.
 */
public final class Passwords {

	/** The fewest characters of a password. */
	public static final int MIN_LENGTH = 10;

	/** The most characters of a password; longer input is refused before hashing. */
	public static final int MAX_LENGTH = 500;

	/** The message code of a password too short or too long. */
	public static final String LENGTH = "account.error.password";

	/** The message code of one of the most common passwords. */
	public static final String COMMON = "account.error.commonPassword";

	/** The message code of a password that is little more than the user name. */
	public static final String USERNAME = "account.error.usernamePassword";

	/** The list of common passwords, a resource (its source and licence are in it). */
	public static final String COMMON_PASSWORDS = "passwords/common-10k.txt";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 24;

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	/**
	 * What is wrong with a password for an account.
	 * @param username the account's normalized user name
	 * @return the message code of the first rule the password breaks ({@link #LENGTH},
	 * {@link #COMMON}, {@link #USERNAME}), or {@code null} when it is acceptable
	 */
	public static @Nullable String problem(String password, String username) {
		int length = length(password);
		if (length < MIN_LENGTH || length > MAX_LENGTH || password.isBlank()) {
			return LENGTH;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (Common.PASSWORDS.contains(lower) || Common.PASSWORDS.contains(lower.strip())) {
			return COMMON;
		}
		if (!username.isEmpty() && length(lower.replace(username, "").strip()) < MIN_LENGTH) {
			return USERNAME;
		}
		return null;
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * A random password of 24 letters and digits (about 140 bits), without characters
	 * that are easily confused (0/O, 1/l/I).
	 */
	public static String generate() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * The common passwords, read once when first needed.
	 */
	private static final class Common {

		static final Set<String> PASSWORDS = read();

		private static Set<String> read() {
			InputStream in = Passwords.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
			if (in == null) {
				throw new IllegalStateException("The resource " + COMMON_PASSWORDS + " is missing");
			}
			Set<String> passwords = new HashSet<>(16_384);
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				lines.lines()
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.forEach((line) -> passwords.add(line.toLowerCase(Locale.ROOT)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Set.copyOf(passwords);
		}

	}

}
