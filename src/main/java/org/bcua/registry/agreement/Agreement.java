package org.bcua.registry.agreement;

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
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.Citation;
import org.bcua.registry.university.University;

/**
 * An instrument signed by two or more universities (or recorded with the parties its
 * sources name): a declaration, an agreement, a memorandum or a joint institute.
 */
@Audited
@Entity
@Table(name = "agreement")
public class Agreement extends AuditedEntity implements Labelled {

	@Column(nullable = false, unique = true)
	private String slug = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind = AgreementKind.COOPERATION_AGREEMENT;

	@Column(name = "title_en", nullable = false)
	private String titleEn = "";

	@Column(name = "title_ru")
	private @Nullable String titleRu;

	@Column(name = "title_be")
	private @Nullable String titleBe;

	@Column(name = "title_zh")
	private @Nullable String titleZh;

	private @Nullable String summary;

	@Column(name = "signed_on")
	private @Nullable LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "signed_precision")
	private @Nullable DatePrecision signedPrecision;

	@Column(name = "in_force_on")
	private @Nullable LocalDate inForceOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "in_force_precision")
	private @Nullable DatePrecision inForcePrecision;

	@Column(name = "expires_on")
	private @Nullable LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "expires_precision")
	private @Nullable DatePrecision expiresPrecision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status = AgreementStatus.SIGNED;

	private @Nullable String place;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private @Nullable Meeting meeting;

	@Column(name = "association_instrument", nullable = false)
	private boolean associationInstrument;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Publication publication = Publication.DRAFT;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	/** See {@link AgreementService#likelyDuplicates}: bookkeeping, not in the history. */
	@NotAudited
	@Column(name = "look_alikes_confirmed")
	private @Nullable String lookAlikesConfirmed;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder, id")
	private List<AgreementParty> parties = new ArrayList<>();

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<AgreementRelation> relations = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "area_id"))
	@OrderBy("sortOrder")
	private Set<Area> areas = new LinkedHashSet<>();

	@ElementCollection
	@OrderBy("confidence")
	@CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
	private Set<Citation> sources = new LinkedHashSet<>();

	protected Agreement() {
	}

	Agreement(String slug) {
		this.slug = slug;
	}

	/**
	 * Sets everything that describes the agreement itself (not its parties, areas,
	 * relations or sources), and marks it changed.
	 */
	void describe(AgreementKind kind, LocalizedName titles, @Nullable String summary, @Nullable String place,
			@Nullable Meeting meeting, @Nullable PartialDate signed, @Nullable PartialDate inForce,
			@Nullable PartialDate expires, AgreementStatus status, boolean associationInstrument) {
		this.kind = kind;
		this.titleEn = titles.en();
		this.titleRu = titles.ru();
		this.titleBe = titles.be();
		this.titleZh = titles.zh();
		this.summary = summary;
		this.place = place;
		this.meeting = meeting;
		this.signedOn = PartialDate.valueOf(signed);
		this.signedPrecision = PartialDate.precisionOf(signed);
		this.inForceOn = PartialDate.valueOf(inForce);
		this.inForcePrecision = PartialDate.precisionOf(inForce);
		this.expiresOn = PartialDate.valueOf(expires);
		this.expiresPrecision = PartialDate.precisionOf(expires);
		this.status = status;
		this.associationInstrument = associationInstrument;
		markChanged();
	}

	/**
	 * Remembers that an editor confirmed this is not a duplicate of the records it looked
	 * like, by a digest of what made it look like them.
	 */
	void confirmLookAlikes(String digest) {
		this.lookAlikesConfirmed = digest;
	}

	@Nullable String getLookAlikesConfirmed() {
		return this.lookAlikesConfirmed;
	}

	void publish() {
		this.publication = Publication.PUBLISHED;
		markChanged();
	}

	void unpublish() {
		this.publication = Publication.DRAFT;
		markChanged();
	}

	void archive(Instant at) {
		this.archivedAt = at;
		markChanged();
	}

	void replaceAreas(Set<Area> areas) {
		this.areas.retainAll(areas);
		this.areas.addAll(areas);
	}

	void replaceSources(Set<Citation> sources) {
		this.sources.retainAll(sources);
		this.sources.addAll(sources);
	}

	/**
	 * The party of the given university, added (last) when it is not a party yet.
	 */
	AgreementParty partyOf(University university) {
		for (AgreementParty party : this.parties) {
			if (party.getUniversity().equals(university)) {
				return party;
			}
		}
		AgreementParty party = new AgreementParty(this, university, this.parties.size());
		this.parties.add(party);
		return party;
	}

	/**
	 * Keeps only the parties of the given universities.
	 */
	void keepParties(Set<University> universities) {
		this.parties.removeIf((party) -> !universities.contains(party.getUniversity()));
	}

	/**
	 * Makes the relations from this agreement exactly the given ones, keeping those that
	 * stay.
	 */
	void replaceRelations(Set<AgreementRelation.Target> targets) {
		this.relations.removeIf((relation) -> !targets.contains(relation.target()));
		Set<AgreementRelation.Target> present = new java.util.HashSet<>();
		this.relations.forEach((relation) -> present.add(relation.target()));
		for (AgreementRelation.Target target : targets) {
			if (!present.contains(target)) {
				this.relations.add(new AgreementRelation(this, target.related(), target.kind()));
			}
		}
	}

	@Override
	public String historyLabel() {
		return this.titleEn;
	}

	@Override
	public String historyLabel(HistoryText text) {
		return text.name(getTitles());
	}

	public String getSlug() {
		return this.slug;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public LocalizedName getTitles() {
		return new LocalizedName(this.titleEn, this.titleRu, this.titleBe, this.titleZh);
	}

	public String title(Locale locale) {
		return getTitles().in(locale);
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public @Nullable PartialDate getSigned() {
		return PartialDate.of(this.signedOn, this.signedPrecision);
	}

	public @Nullable PartialDate getInForce() {
		return PartialDate.of(this.inForceOn, this.inForcePrecision);
	}

	/**
	 * The date lists show and sort by: the signing, else the entry into force (joint
	 * institutes are often known only by the date they were established).
	 * @return the date, or {@code null} when neither is known
	 */
	public @Nullable PartialDate getDate() {
		PartialDate signed = getSigned();
		return (signed != null) ? signed : getInForce();
	}

	/**
	 * Whether {@link #getDate()} is the entry into force rather than the signing.
	 */
	public boolean isDatedByEntryIntoForce() {
		return this.signedOn == null && this.inForceOn != null;
	}

	public @Nullable PartialDate getExpires() {
		return PartialDate.of(this.expiresOn, this.expiresPrecision);
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public @Nullable String getPlace() {
		return this.place;
	}

	public @Nullable Meeting getMeeting() {
		return this.meeting;
	}

	public boolean isAssociationInstrument() {
		return this.associationInstrument;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public List<AgreementParty> getParties() {
		return this.parties;
	}

	/**
	 * The parties other than the given university: its counterparts.
	 */
	public List<AgreementParty> partiesExcept(@Nullable Long universityId) {
		return this.parties.stream()
			.filter((party) -> !java.util.Objects.equals(party.getUniversity().getId(), universityId))
			.toList();
	}

	/**
	 * The relations from this agreement to earlier ones (all of them, whatever the
	 * publication of the other agreement).
	 */
	public List<AgreementRelation> getRelations() {
		return this.relations;
	}

	public Set<Area> getAreas() {
		return this.areas;
	}

	public Set<Citation> getSources() {
		return this.sources;
	}

}
