package org.bcua.registry.admin;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, in the site's layout and language. Spring Security handles the form's
 * POST; this page only says why the last attempt failed or the session ended. It creates
 * no session.
 */
@AdminController
class LoginController {

	/** The longest wait the page repeats from its address (a day). */
	private static final int MAX_WAIT_MINUTES = 24 * 60;

	/**
	 * The sign-in page; {@code wait} is the minutes a throttled sign-in must wait (from
	 * the failure's redirect). The CSRF token is read before the page is written, so its
	 * cookie is set before any of the page is sent.
	 */
	@GetMapping("/login")
	String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String wait,
			CsrfToken csrf, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/admin";
		}
		csrf.getToken();
		Integer minutes = minutes(wait);
		if (minutes != null) {
			model.addAttribute("throttledMinutes", minutes);
		}
		return "login";
	}

	private static @Nullable Integer minutes(@Nullable String wait) {
		if (wait == null || !wait.matches("[0-9]{1,4}")) {
			return null;
		}
		int minutes = Integer.parseInt(wait);
		return (minutes >= 1 && minutes <= MAX_WAIT_MINUTES) ? minutes : null;
	}

}
