package org.bcua.registry.admin;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.StaleRecordException;

/**
 * The steps the editing pages of universities, people and meetings share: the message
 * after a save, archiving (refused while agreements refer to the record) and the change
 * log.
 */
public final class RecordPages {

	private RecordPages() {
	}

	/**
	 * Redirects to the record after a save, with the message naming it.
	 * @param title the record's name, for the message
	 * @param target the address to go to
	 */
	public static String saved(RedirectAttributes redirect, String title, String target) {
		redirect.addFlashAttribute("message", "recordSaved");
		redirect.addFlashAttribute("messageArgument", title);
		return "redirect:" + target;
	}

	/**
	 * Archives a record unless agreements refer to it, then goes back to the list; a
	 * version of the record other than the one the editor saw refuses the archiving.
	 * @param references how many agreements refer to the record
	 * @param record the address of the record's editing page
	 * @param list the address of the list of its kind
	 * @param archiving archives the record and returns its name, for the message
	 */
	public static String archive(RedirectAttributes redirect, long references, String record, String list,
			Supplier<String> archiving) {
		if (references > 0) {
			redirect.addFlashAttribute("message", "archiveRefused");
			redirect.addFlashAttribute("messageArgument", references);
			return "redirect:" + record;
		}
		try {
			String title = archiving.get();
			redirect.addFlashAttribute("message", "recordArchived");
			redirect.addFlashAttribute("messageArgument", title);
			return "redirect:" + list;
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("message", "stale");
			return "redirect:" + record;
		}
	}

	/**
	 * The change log of a record.
	 * @param type the entity class of the record
	 * @param title the record's name
	 * @param back the address of the record's editing page
	 * @param publicUrl the address of its public page, {@code null} when it has none
	 * (archived, or not published)
	 */
	public static String history(Model model, HistoryService history, Class<?> type, long id, String title, String back,
			@Nullable String publicUrl) {
		model.addAttribute("recordTitle", title);
		model.addAttribute("back", back);
		model.addAttribute("publicUrl", publicUrl);
		model.addAttribute("entries", history.of(type, id));
		return "admin/history";
	}

}
