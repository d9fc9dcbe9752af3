package org.bcua.registry.source;

import java.net.URI;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.PartialDate;

/**
 * A published page that states facts of the registry.
 */
@Audited
@Entity
@Table(name = "source")
public class Source extends AuditedEntity implements Labelled {

	@Column(nullable = false)
	private String url = "";

	private @Nullable String title;

	private @Nullable String publisher;

	private @Nullable String language;

	@Column(name = "published_on")
	private @Nullable LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_precision")
	private @Nullable DatePrecision publishedPrecision;

	protected Source() {
	}

	public Source(String url) {
		this.url = url;
	}

	/**
	 * Sets what describes the source; a blank value clears it.
	 */
	void describe(String url, @Nullable String title, @Nullable String publisher, @Nullable String language,
			@Nullable PartialDate published) {
		this.url = url;
		this.title = title;
		this.publisher = publisher;
		this.language = language;
		this.publishedOn = PartialDate.valueOf(published);
		this.publishedPrecision = PartialDate.precisionOf(published);
		markChanged();
	}

	/**
	 * Fills in what is unknown of the source from a citation typed elsewhere, keeping
	 * what is known.
	 * @return whether anything was filled in
	 */
	boolean complete(@Nullable String title, @Nullable String publisher, @Nullable String language,
			@Nullable PartialDate published) {
		boolean changed = false;
		if (this.title == null && title != null) {
			this.title = title;
			changed = true;
		}
		if (this.publisher == null && publisher != null) {
			this.publisher = publisher;
			changed = true;
		}
		if (this.language == null && language != null) {
			this.language = language;
			changed = true;
		}
		if (this.publishedOn == null && published != null) {
			this.publishedOn = published.value();
			this.publishedPrecision = published.precision();
			changed = true;
		}
		if (changed) {
			markChanged();
		}
		return changed;
	}

	@Override
	public String historyLabel() {
		return this.url;
	}

	public String getUrl() {
		return this.url;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable String getPublisher() {
		return this.publisher;
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public @Nullable PartialDate getPublished() {
		return PartialDate.of(this.publishedOn, this.publishedPrecision);
	}

	/**
	 * What to call the source where it is listed: its title, else its publisher, else the
	 * host of its URL.
	 */
	public String getLabel() {
		if (this.title != null && !this.title.isBlank()) {
			return this.title;
		}
		if (this.publisher != null && !this.publisher.isBlank()) {
			return this.publisher;
		}
		try {
			String host = URI.create(this.url).getHost();
			return (host != null) ? host : this.url;
		}
		catch (IllegalArgumentException ex) {
			return this.url;
		}
	}

}
