package org.bcua.registry.admin;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.bcua.registry.admin.accounts.Passwords;

/**
 * Every form of the admin area binds its text through {@link FormText}.
 */
@ControllerAdvice(annotations = AdminController.class)
class AdminForms {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		FormText.register(binder);
	}

	@ModelAttribute("passwordMinLength")
	int passwordMinLength() {
		return Passwords.MIN_LENGTH;
	}

}
