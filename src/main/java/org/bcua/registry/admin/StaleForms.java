package org.bcua.registry.admin;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.bcua.registry.shared.HistoryEntry;
import org.bcua.registry.shared.HistoryService;

/**
 * What an admin form shows when it was saved over a record someone else changed after the
 * form was opened: nothing is written, the editor's typed values stay in the form, and
 * the changes made meanwhile are listed (who, when, each field before and after) so the
 * editor can merge them and save again.
 */
public final class StaleForms {

	/** The model attribute with the changes made meanwhile. */
	public static final String CHANGES = "staleChanges";

	private StaleForms() {
	}

	/**
	 * Adds the refusal as a form error and the changes since the form's version to the
	 * model.
	 * @param type the entity class of the record
	 */
	public static void refuse(BindingResult result, Model model, HistoryService history, Class<?> type, long id,
			long formVersion) {
		result.reject("form.error.stale");
		List<HistoryEntry> changes = history.since(type, id, formVersion);
		model.addAttribute(CHANGES, changes);
	}

	/**
	 * Whether the exception says the record changed between reading and writing (a race
	 * the version check of the database caught).
	 */
	public static boolean isRace(RuntimeException ex) {
		return ex instanceof ObjectOptimisticLockingFailureException;
	}

}
