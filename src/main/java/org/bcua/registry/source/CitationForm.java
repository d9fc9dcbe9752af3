package org.bcua.registry.source;

import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.admin.FormMerge;
import org.bcua.registry.shared.Confidence;
import org.bcua.registry.shared.PartialDateText;
import org.bcua.registry.shared.SingleLine;

/**
 * One source cited by a record, as typed in a form: the source (found by its URL, or
 * recorded when new) and the confidence. A row with nothing typed is ignored.
 */
public class CitationForm {

	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{source.error.url}")
	private @Nullable String url;

	@SingleLine
	@Size(max = 500)
	private @Nullable String title;

	@SingleLine
	@Size(max = 300)
	private @Nullable String publisher;

	@Pattern(regexp = "[a-z]{2,3}", message = "{source.error.language}")
	private @Nullable String language;

	@PartialDateText
	private @Nullable String published;

	@NotNull
	private Confidence confidence = Confidence.HIGH;

	@Size(max = 1000)
	private @Nullable String note;

	/**
	 * The form of a recorded citation.
	 */
	public static CitationForm of(Citation citation) {
		CitationForm form = new CitationForm();
		Source source = citation.getSource();
		form.url = source.getUrl();
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.language = source.getLanguage();
		form.published = (source.getPublished() != null) ? source.getPublished().iso() : null;
		form.confidence = citation.getConfidence();
		form.note = citation.getNote();
		return form;
	}

	/**
	 * Whether nothing was typed in the row (the confidence has a default).
	 */
	public boolean isBlank() {
		return this.url == null && this.title == null && this.publisher == null && this.language == null
				&& this.published == null && this.note == null;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(@Nullable String publisher) {
		this.publisher = publisher;
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	public @Nullable String getPublished() {
		return this.published;
	}

	public void setPublished(@Nullable String published) {
		this.published = published;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	/**
	 * Adds the merge of the rows of cited sources (each row is a source, known by its
	 * address) that every record kind's form has, as {@code sources}.
	 */
	public static <F> FormMerge<F> withSources(FormMerge<F> merge) {
		return merge.rows("sources", "history.field.sources",
				FormMerge.of(CitationForm::new)
					.field("title", "source.title")
					.field("publisher", "source.publisher")
					.field("language", "name.language")
					.field("published", "source.published")
					.field("confidence", "source.confidence", FormMerge.message("confidence."))
					.field("note", "source.note"),
				CitationForm::getUrl, (row) -> Objects.requireNonNull(row.getUrl()));
	}

}
