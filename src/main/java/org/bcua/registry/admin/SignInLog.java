package org.bcua.registry.admin;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.RequestCache;

import org.bcua.registry.admin.accounts.AccountService;
import org.bcua.registry.admin.accounts.Usernames;

/**
 * Writes every sign-in, failed sign-in and sign-out to the log (logger
 * {@code org.bcua.registry.admin.SignInLog}): the user name, the client address and the
 * time, never the password. Then goes where Spring Security would.
 */
final class SignInLog {

	private static final Logger signIns = LoggerFactory.getLogger(SignInLog.class);

	private SignInLog() {
	}

	/**
	 * After a sign-in: logs it, notes it on the account and goes to the page asked for,
	 * else the dashboard.
	 */
	static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final AccountService accounts;

		Success(AccountService accounts, RequestCache requestCache) {
			this.accounts = accounts;
			setRequestCache(requestCache);
			setRedirectStrategy(new RelativeRedirects());
			setDefaultTargetUrl("/admin");
			setAlwaysUseDefaultTargetUrl(false);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			Instant now = Instant.now();
			signIns.info("Sign-in succeeded: user={} address={} at={}", Usernames.forLog(authentication.getName()),
					request.getRemoteAddr(), now);
			this.accounts.signedIn(authentication.getName(), now);
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/**
	 * After a failed sign-in: logs it and shows the sign-in page again with the reason
	 * ({@code ?error}, with {@code &wait=} the minutes to wait when throttled;
	 * {@code ?unavailable} when the accounts could not be read, the database failing). It
	 * creates no session.
	 */
	static class Failure extends SimpleUrlAuthenticationFailureHandler {

		Failure() {
			super("/login?error");
			setAllowSessionCreation(false);
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			String reason = (exception instanceof SignInThrottledException) ? "throttled"
					: exception.getClass().getSimpleName();
			signIns.warn("Sign-in failed: user={} address={} at={} reason={}", typedName(request),
					request.getRemoteAddr(), Instant.now(), reason);
			if (exception instanceof InternalAuthenticationServiceException) {
				signIns.error("Sign-in could not check the account", exception);
				getRedirectStrategy().sendRedirect(request, response, "/login?unavailable");
				return;
			}
			if (exception instanceof SignInThrottledException throttled) {
				getRedirectStrategy().sendRedirect(request, response, "/login?error&wait=" + throttled.getMinutes());
				return;
			}
			super.onAuthenticationFailure(request, response, exception);
		}

		private static String typedName(HttpServletRequest request) {
			try {
				return Usernames.forLog(request.getParameter("username"));
			}
			catch (RuntimeException ex) {
				return "?";
			}
		}

	}

	/**
	 * Logs a sign-out.
	 */
	static class SignOut implements LogoutHandler {

		@Override
		public void logout(HttpServletRequest request, HttpServletResponse response,
				@Nullable Authentication authentication) {
			if (authentication != null) {
				signIns.info("Sign-out: user={} address={} at={}", Usernames.forLog(authentication.getName()),
						request.getRemoteAddr(), Instant.now());
			}
		}

	}

}
