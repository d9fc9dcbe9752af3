package org.bcua.registry.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, in the site's layout and language. Spring Security handles the form's
 * POST; this page only says why the last attempt failed.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/admin";
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof SignInThrottledException throttled) {
				model.addAttribute("throttledMinutes", throttled.getMinutes());
			}
		}
		return "login";
	}

}
