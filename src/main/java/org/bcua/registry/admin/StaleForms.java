package org.bcua.registry.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.HistoryService;

/**
 * Saving an edit form over a record someone else changed after the form was opened.
 * Nothing is written; instead the form comes back merged (see {@link FormMerge}) with the
 * record as it is now: their changes are taken in, the editor's are kept, the changes
 * made meanwhile are listed (who, when, each field before and after), and every property
 * both changed differently is shown with both values for the editor to choose. The form
 * then carries the version it was merged with, so saving it again works, unless someone
 * changed the record once more: then it is merged again, never overwriting a change the
 * editor has not been shown.
 * <p>
 * A controller's save goes: {@link #settle} (apply the choices posted), the checks of
 * each field, {@link #refusedIfStale}, the record's own rules, {@link #unsettled} (refuse
 * while a conflict has no choice), the save, and {@link #refuse} when the save found the
 * form stale after all (a race).
 */
public final class StaleForms {

	/** The model attribute with the changes made meanwhile. */
	public static final String CHANGES = "staleChanges";

	/** The model attribute with the conflicts to settle. */
	public static final String CONFLICTS = "mergeConflicts";

	private StaleForms() {
	}

	/**
	 * Applies the editor's choices for the conflicts the page showed, taking their value
	 * where the editor chose it, and shows again those without a choice.
	 * @return the paths of the conflicts still without a choice
	 */
	public static <E extends AuditedEntity, F> Set<String> settle(Edit<E, F> edit, F form, MergeChoices choices,
			Model model) {
		Map<String, FormMerge.@Nullable Side> posted = choices.byPath();
		if (posted.isEmpty()) {
			return Set.of();
		}
		F shown = edit.formAt(FormMerge.version(form), edit.current());
		if (shown == null) {
			// the version the page showed is unknown: nothing can be taken from it
			posted.replaceAll((path, choice) -> null);
			shown = edit.form().apply(edit.current());
		}
		Set<String> open = edit.merge().settle(form, shown, posted);
		List<FormMerge.Conflict> conflicts = new ArrayList<>();
		for (String path : open) {
			FormMerge.Conflict conflict = edit.merge().describe(path, form, shown, false);
			if (conflict != null) {
				conflicts.add(conflict);
			}
		}
		model.addAttribute(CONFLICTS, conflicts);
		return open;
	}

	/**
	 * Refuses a form made from another version of the record than the one just read (see
	 * {@link #refuse}); checked before the record's own rules, which would judge the
	 * editor's stale copy against the record as it is now.
	 * @return whether the save is refused
	 */
	public static <E extends AuditedEntity, F> boolean refusedIfStale(Edit<E, F> edit, F form, Set<String> open,
			BindingResult result, Model model) {
		if (result.hasErrors() || FormMerge.version(form) == edit.current().getVersion()) {
			return false;
		}
		refuse(edit, form, open, edit.current(), result, model);
		return true;
	}

	/**
	 * Refuses to save a form with conflicts still without a choice (each gets its error);
	 * a stale form is not refused here: saving it finds it stale and merges it again.
	 * @return whether the save is refused
	 */
	public static <E extends AuditedEntity, F> boolean unsettled(Edit<E, F> edit, F form, Set<String> open,
			BindingResult result, Model model) {
		if (open.isEmpty() || FormMerge.version(form) != edit.current().getVersion()) {
			return false;
		}
		result.reject("merge.error.choose");
		@SuppressWarnings("unchecked")
		List<FormMerge.Conflict> shown = (List<FormMerge.Conflict>) model.getAttribute(CONFLICTS);
		if (shown != null) {
			model.addAttribute(CONFLICTS, shown.stream().map(FormMerge.Conflict::missed).toList());
		}
		return true;
	}

	/**
	 * Refuses a stale form: merges it with the record as it is now, gives it that
	 * version, and adds the refusal as a form error, the changes made since the form's
	 * version and the conflicts to the model.
	 * @param open the conflicts shown before and still without a choice: they stay
	 * conflicts
	 * @param latest the record as it is now
	 */
	public static <E extends AuditedEntity, F> void refuse(Edit<E, F> edit, F form, Set<String> open, E latest,
			BindingResult result, Model model) {
		long formVersion = FormMerge.version(form);
		F base = edit.formAt(formVersion, latest);
		F theirs = edit.form().apply(latest);
		List<FormMerge.Conflict> conflicts = edit.merge().merge(base, theirs, form, open);
		FormMerge.setVersion(form, latest.getVersion());
		result.reject("merge.error.stale");
		model.addAttribute(CHANGES, edit.history().since(edit.type(), edit.id(), formVersion));
		model.addAttribute(CONFLICTS, conflicts);
	}

	/**
	 * Whether the exception says the record changed between reading and writing (a race
	 * the version check of the database caught).
	 */
	public static boolean isRace(RuntimeException ex) {
		return ex instanceof ObjectOptimisticLockingFailureException;
	}

	/**
	 * The save of an edit form over a record.
	 *
	 * @param merge how its forms merge
	 * @param history where the record's earlier versions are read
	 * @param type the entity class of the record
	 * @param id the record's id
	 * @param current the record as it was read for this save
	 * @param form the form of a record (the edit form's {@code of})
	 */
	public record Edit<E extends AuditedEntity, F>(FormMerge<F> merge, HistoryService history, Class<E> type, long id,
			E current, Function<E, F> form) {

		/**
		 * The form of the record as it was at a version: from the record itself when that
		 * is its version, else from its history; {@code null} when unknown.
		 */
		@Nullable F formAt(long version, E latest) {
			if (latest.getVersion() == version) {
				return this.form.apply(latest);
			}
			return this.history.atVersion(this.type, this.id, version, this.form).orElse(null);
		}

	}

}
