package org.bcua.registry.admin.accounts;

import java.security.Principal;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.bcua.registry.admin.AdminController;
import org.bcua.registry.admin.FormText;

/**
 * Everyone signed in changes their own password here, giving the current one.
 */
@AdminController
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@InitBinder
	void passwordsAreNotTrimmed(WebDataBinder binder) {
		FormText.keepSpaces(binder, "currentPassword", "newPassword", "confirmation");
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "admin/password";
	}

	@PostMapping("/admin/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (form.getCurrentPassword() == null) {
			result.rejectValue("currentPassword", "NotBlank");
		}
		if (!result.hasErrors() && !Objects.equals(form.getNewPassword(), form.getConfirmation())) {
			result.rejectValue("confirmation", "account.error.confirmation");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(principal.getName(), Objects.requireNonNull(form.getCurrentPassword()),
						Objects.requireNonNull(form.getNewPassword()));
				redirect.addFlashAttribute("message", "passwordChanged");
				return "redirect:/admin";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmation(null);
		return "admin/password";
	}

}
