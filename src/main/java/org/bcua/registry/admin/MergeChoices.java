package org.bcua.registry.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a form with conflicts posts back besides its fields: each conflict it showed
 * ({@code conflicts[i].path}, hidden) and the editor's choice for it
 * ({@code conflicts[i].choice}, absent while the editor has not chosen).
 */
public class MergeChoices {

	/** The model attribute (and request parameters' prefix) of the choices. */
	public static final String NAME = "merge";

	private List<Choice> conflicts = new ArrayList<>();

	/**
	 * The choices by path, {@code null} where the editor did not choose.
	 */
	public Map<String, FormMerge.@Nullable Side> byPath() {
		Map<String, FormMerge.@Nullable Side> choices = new LinkedHashMap<>();
		for (Choice choice : this.conflicts) {
			if (choice.getPath() != null) {
				choices.put(choice.getPath(), choice.getChoice());
			}
		}
		return choices;
	}

	public List<Choice> getConflicts() {
		return this.conflicts;
	}

	public void setConflicts(List<Choice> conflicts) {
		this.conflicts = conflicts;
	}

	/**
	 * One conflict and the editor's choice.
	 */
	public static class Choice {

		private @Nullable String path;

		private FormMerge.@Nullable Side choice;

		public @Nullable String getPath() {
			return this.path;
		}

		public void setPath(@Nullable String path) {
			this.path = path;
		}

		public FormMerge.@Nullable Side getChoice() {
			return this.choice;
		}

		public void setChoice(FormMerge.@Nullable Side choice) {
			this.choice = choice;
		}

	}

}
