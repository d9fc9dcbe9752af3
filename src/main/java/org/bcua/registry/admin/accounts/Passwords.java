package org.bcua.registry.admin.accounts;

import java.security.SecureRandom;

/**
 * What a password must be, and strong generated passwords. Length counts characters, not
 * bytes: forty Chinese characters (120 bytes in UTF-8) are a fine password, since the
 * hash (Argon2) takes passwords of any length.
 */
public final class Passwords {

	/** The fewest characters of a password. */
	public static final int MIN_LENGTH = 10;

	/** The most characters of a password; longer input is refused before hashing. */
	public static final int MAX_LENGTH = 500;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 24;

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	/**
	 * Whether a password is long enough and not too long.
	 */
	public static boolean acceptable(String password) {
		int length = password.codePointCount(0, password.length());
		return length >= MIN_LENGTH && length <= MAX_LENGTH && !password.isBlank();
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

}
