package org.bcua.registry.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.bcua.registry.shared.Citation;
import org.bcua.registry.shared.LocalizedName;

/**
 * Someone who signs agreements or leads a university.
 */
@Audited
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {

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

	@OneToMany(mappedBy = "person")
	@OrderBy("heldFrom desc nulls last, sortOrder, id")
	private List<Position> positions = new ArrayList<>();

	@ElementCollection
	@OrderBy("confidence")
	@CollectionTable(name = "person_source", joinColumns = @JoinColumn(name = "person_id"))
	private Set<Citation> sources = new LinkedHashSet<>();

	protected Person() {
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
