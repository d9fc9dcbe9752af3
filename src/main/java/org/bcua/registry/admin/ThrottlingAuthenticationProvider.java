package org.bcua.registry.admin;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.bcua.registry.admin.accounts.Passwords;
import org.bcua.registry.admin.accounts.Usernames;

/**
 * Checks user name and password with the accounts of the database, unless sign-in is
 * throttled for the account or the client address; counts failures (in the database,
 * across instances: {@link SignInThrottle}). A password longer than any acceptable one is
 * refused without hashing it.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider accounts;

	private final SignInThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * {@inheritDoc} The database failing (the throttle's counts or the accounts cannot be
	 * read or written) is an {@link InternalAuthenticationServiceException}: the service
	 * is unavailable, which says nothing about the password.
	 */
	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		try {
			return throttled(authentication);
		}
		catch (DataAccessException ex) {
			throw new InternalAuthenticationServiceException("Sign-in failures could not be counted", ex);
		}
	}

	private Authentication throttled(Authentication authentication) {
		String username = throttleName(authentication.getName());
		String address = address(authentication);
		Duration wait = this.throttle.blocked(username, address);
		if (wait != null) {
			throw new SignInThrottledException(wait);
		}
		Object credentials = authentication.getCredentials();
		if (!(credentials instanceof String password) || password.length() > Passwords.MAX_LENGTH) {
			this.throttle.failed(username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication result = this.accounts.authenticate(authentication);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The account a failure counts against: the normalized name, or the cleaned typed
	 * text when it can be no user name.
	 */
	private static String throttleName(String typed) {
		String name = Usernames.normalize(typed);
		return (name != null) ? name : Usernames.forLog(typed);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
