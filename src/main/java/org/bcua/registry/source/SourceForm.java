package org.bcua.registry.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.PartialDateText;
import org.bcua.registry.shared.SingleLine;

/**
 * A source as an editor corrects it, with the version the form was made from.
 */
public class SourceForm {

	private long version;

	@NotBlank
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

	/**
	 * The form of a recorded source.
	 */
	public static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.version = source.getVersion();
		form.url = source.getUrl();
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.language = source.getLanguage();
		form.published = (source.getPublished() != null) ? source.getPublished().iso() : null;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
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

}
