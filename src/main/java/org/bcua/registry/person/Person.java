package org.bcua.registry.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.Citation;
import org.bcua.registry.university.University;

/**
 * Someone who signs agreements or leads a university.
 */
@Audited
@Entity
@Table(name = "person")
public class Person extends AuditedEntity implements Labelled {

	@Column(nullable = false, unique = true)
	private String slug = "";

	@Column(name = "name_en", nullable = false)
	private String nameEn = "";

	@Column(name = "name_ru")
	private @Nullable String nameRu;

	@Column(name = "name_be")
	private @Nullable String nameBe;

	@Column(name = "name_zh")
	private @Nullable String nameZh;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Column(nullable = false)
	private boolean published = true;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("heldFrom desc nulls last, sortOrder, id")
	private List<Position> positions = new ArrayList<>();

	@ElementCollection
	@OrderBy("confidence")
	@CollectionTable(name = "person_source", joinColumns = @JoinColumn(name = "person_id"))
	private Set<Citation> sources = new LinkedHashSet<>();

	protected Person() {
	}

	Person(String slug, LocalizedName names, boolean published) {
		this.slug = slug;
		this.published = published;
		rename(names);
	}

	/**
	 * Sets the names, and marks the person changed.
	 */
	void rename(LocalizedName names) {
		this.nameEn = names.en();
		this.nameRu = names.ru();
		this.nameBe = names.be();
		this.nameZh = names.zh();
		markChanged();
	}

	/**
	 * Makes a person recorded with a draft agreement public (when the agreement is
	 * published).
	 */
	void publish() {
		if (!this.published) {
			this.published = true;
			markChanged();
		}
	}

	void archive(Instant at) {
		this.archivedAt = at;
		markChanged();
	}

	void replaceSources(Set<Citation> sources) {
		this.sources.retainAll(sources);
		this.sources.addAll(sources);
	}

	Position addPosition(@Nullable University university, @Nullable String organization, LocalizedName titles,
			@Nullable PartialDate from, @Nullable PartialDate to, @Nullable String note) {
		Position position = new Position(this, this.positions.size());
		position.describe(university, organization, titles, from, to, note);
		this.positions.add(position);
		markChanged();
		return position;
	}

	/**
	 * Keeps only the given positions.
	 */
	void keepPositions(java.util.Collection<Position> kept) {
		if (this.positions.removeIf((position) -> !kept.contains(position))) {
			markChanged();
		}
	}

	@Override
	public String historyLabel() {
		return this.nameEn;
	}

	@Override
	public String historyLabel(HistoryText text) {
		return text.name(getNames());
	}

	public String getSlug() {
		return this.slug;
	}

	public LocalizedName getNames() {
		return new LocalizedName(this.nameEn, this.nameRu, this.nameBe, this.nameZh);
	}

	public String name(Locale locale) {
		return getNames().in(locale);
	}

	/**
	 * The name in Chinese or Russian script when it differs from the one shown.
	 * @return the name in another script, or {@code null}
	 */
	public @Nullable String originalName(Locale shownIn) {
		String chinese = getNames().alongside("zh", shownIn);
		return (chinese != null) ? chinese : getNames().alongside("ru", shownIn);
	}

	/**
	 * Whether the public sees the person: false only for a signatory added with an
	 * agreement that is still a draft.
	 */
	public boolean isPublished() {
		return this.published;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public List<Position> getPositions() {
		return this.positions;
	}

	public Set<Citation> getSources() {
		return this.sources;
	}

}
