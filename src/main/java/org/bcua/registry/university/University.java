package org.bcua.registry.university;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.bcua.registry.source.Citation;

/**
 * A member or partner university.
 */
@Audited
@Entity
@Table(name = "university")
public class University extends AuditedEntity implements Labelled {

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Country country = Country.BY;

	private @Nullable String city;

	private @Nullable String region;

	@Column(name = "founded_year")
	private @Nullable Short foundedYear;

	private @Nullable String website;

	@Column(name = "ror_id")
	private @Nullable String rorId;

	@Column(name = "wikidata_id")
	private @Nullable String wikidataId;

	@Enumerated(EnumType.STRING)
	@Column(name = "membership_role", nullable = false)
	private MembershipRole membershipRole = MembershipRole.NONE;

	@Column(name = "membership_since")
	private @Nullable LocalDate membershipSince;

	@Column(name = "membership_note")
	private @Nullable String membershipNote;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@OneToMany(mappedBy = "university", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder, id")
	private List<UniversityAlias> aliases = new ArrayList<>();

	@OneToMany(mappedBy = "university")
	@OrderBy("occurredOn, id")
	private List<MembershipEvidence> evidence = new ArrayList<>();

	@ElementCollection
	@OrderBy("confidence")
	@CollectionTable(name = "university_source", joinColumns = @JoinColumn(name = "university_id"))
	private Set<Citation> sources = new LinkedHashSet<>();

	protected University() {
	}

	University(String slug) {
		this.slug = slug;
	}

	/**
	 * Sets names, place, identifiers and membership, and marks the university changed.
	 */
	void describe(LocalizedName names, Country country, @Nullable String city, @Nullable String region,
			@Nullable Short foundedYear, @Nullable String website, @Nullable String rorId, @Nullable String wikidataId,
			MembershipRole membershipRole, @Nullable LocalDate membershipSince, @Nullable String membershipNote) {
		this.nameEn = names.en();
		this.nameRu = names.ru();
		this.nameBe = names.be();
		this.nameZh = names.zh();
		this.country = country;
		this.city = city;
		this.region = region;
		this.foundedYear = foundedYear;
		this.website = website;
		this.rorId = rorId;
		this.wikidataId = wikidataId;
		this.membershipRole = membershipRole;
		this.membershipSince = membershipSince;
		this.membershipNote = membershipNote;
		markChanged();
	}

	void archive(Instant at) {
		this.archivedAt = at;
		markChanged();
	}

	void replaceSources(Set<Citation> sources) {
		this.sources.retainAll(sources);
		this.sources.addAll(sources);
	}

	/**
	 * Makes the aliases exactly the given ones, in their order, keeping (and updating) an
	 * alias whose name and language stay.
	 */
	void replaceAliases(List<UniversityAlias.Data> aliases) {
		java.util.Map<String, UniversityAlias.Data> wanted = new java.util.LinkedHashMap<>();
		aliases.forEach((alias) -> wanted.putIfAbsent(alias.key(), alias));
		this.aliases.removeIf((alias) -> !wanted.containsKey(alias.key()));
		int order = 0;
		for (UniversityAlias.Data data : wanted.values()) {
			UniversityAlias alias = this.aliases.stream()
				.filter((existing) -> existing.key().equals(data.key()))
				.findFirst()
				.orElse(null);
			if (alias == null) {
				alias = new UniversityAlias(this, data.name(), data.language());
				this.aliases.add(alias);
			}
			alias.describe(data.kind(), data.note(), order++);
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

	/**
	 * The name in the given language, with the fallback of {@link LocalizedName#in}.
	 */
	public String name(Locale locale) {
		return getNames().in(locale);
	}

	/**
	 * The name in the university's own official language when it differs from the name
	 * shown in the given language.
	 * @return the original name, or {@code null}
	 */
	public @Nullable String originalName(Locale shownIn) {
		return getNames().alongside(this.country.officialLanguage(), shownIn);
	}

	public Country getCountry() {
		return this.country;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public @Nullable Short getFoundedYear() {
		return this.foundedYear;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

	/**
	 * The website as a link target: the stored domain with {@code https://} when it has
	 * no scheme.
	 */
	public @Nullable String getWebsiteUrl() {
		if (this.website == null || this.website.isBlank()) {
			return null;
		}
		return this.website.matches("(?i)^https?://.*") ? this.website : "https://" + this.website;
	}

	public @Nullable String getRorId() {
		return this.rorId;
	}

	public @Nullable String getWikidataId() {
		return this.wikidataId;
	}

	public MembershipRole getMembershipRole() {
		return this.membershipRole;
	}

	public @Nullable LocalDate getMembershipSince() {
		return this.membershipSince;
	}

	public @Nullable String getMembershipNote() {
		return this.membershipNote;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public List<UniversityAlias> getAliases() {
		return this.aliases;
	}

	public List<MembershipEvidence> getEvidence() {
		return this.evidence;
	}

	public Set<Citation> getSources() {
		return this.sources;
	}

}
