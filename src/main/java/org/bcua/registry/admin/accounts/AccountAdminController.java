package org.bcua.registry.admin.accounts;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.bcua.registry.admin.AdminController;
import org.bcua.registry.admin.FormMerge;
import org.bcua.registry.admin.FormText;
import org.bcua.registry.admin.MergeChoices;
import org.bcua.registry.admin.StaleForms;
import org.bcua.registry.shared.HistoryService;

/**
 * Accounts, for administrators only ({@code /admin/users/**} needs ADMIN): list, create,
 * change role, disable or enable, reset a password.
 */
@AdminController
@RequestMapping("/admin/users")
class AccountAdminController {

	/** The code of the refusal of a form made from another version of the account. */
	private static final String STALE = "account.error.stale";

	/**
	 * How an account's form merges with the account as another administrator changed it.
	 */
	private static final FormMerge<AccountForm> MERGE = FormMerge.of(AccountForm::new)
		.field("role", "history.field.role", FormMerge.message("account.role."))
		.field("enabled", "history.field.enabled");

	private final AccountService accounts;

	private final AccountUnblocker unblocker;

	private final HistoryService history;

	AccountAdminController(AccountService accounts, AccountUnblocker unblocker, HistoryService history) {
		this.accounts = accounts;
		this.unblocker = unblocker;
		this.history = history;
	}

	@InitBinder
	void passwordsAreNotTrimmed(WebDataBinder binder) {
		FormText.keepSpaces(binder, "password", "confirmation", "newPassword", "currentPassword");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", new NewAccountForm());
		return "admin/users/new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && !result.hasFieldErrors("confirmation")
				&& !Objects.equals(form.getPassword(), form.getConfirmation())) {
			result.rejectValue("confirmation", "account.error.confirmation");
		}
		if (!result.hasErrors()) {
			try {
				Account account = this.accounts.create(Objects.requireNonNull(form.getUsername()),
						Objects.requireNonNull(form.getPassword()), form.getRole());
				redirect.addFlashAttribute("message", "accountCreated");
				redirect.addFlashAttribute("messageArgument", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		form.setPassword(null);
		form.setConfirmation(null);
		return "admin/users/new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return "admin/users/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, Principal principal, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		StaleForms.Edit<Account, AccountForm> edit = new StaleForms.Edit<>(MERGE, this.history, Account.class, id,
				account, AccountForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (!result.hasErrors() && !StaleForms.refusedIfStale(edit, form, open, result, model)
				&& !StaleForms.unsettled(edit, form, open, result, model)) {
			try {
				this.accounts.update(id, form.getRole(), form.isEnabled(), form.getVersion(), principal.getName());
				redirect.addFlashAttribute("message", "accountUpdated");
				redirect.addFlashAttribute("messageArgument", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (AccountException ex) {
				if (STALE.equals(ex.getCode())) {
					account = this.accounts.get(id);
					StaleForms.refuse(edit, form, open, account, result, model);
				}
				else {
					result.rejectValue(ex.getField(), ex.getCode());
				}
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				account = this.accounts.get(id);
				StaleForms.refuse(edit, form, open, account, result, model);
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("passwordForm", new PasswordForm());
		return "admin/users/edit";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (!result.hasErrors() && !Objects.equals(form.getNewPassword(), form.getConfirmation())) {
			result.rejectValue("confirmation", "account.error.confirmation");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, Objects.requireNonNull(form.getNewPassword()));
				redirect.addFlashAttribute("message", "passwordReset");
				redirect.addFlashAttribute("messageArgument", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (AccountException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "admin/users/edit";
	}

	@PostMapping("/{id}/unblock")
	String unblock(@PathVariable long id, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		this.unblocker.unblock(account.getUsername());
		redirect.addFlashAttribute("message", "accountUnblocked");
		redirect.addFlashAttribute("messageArgument", account.getUsername());
		return "redirect:/admin/users";
	}

}
