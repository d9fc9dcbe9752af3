package org.bcua.registry.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.source.Citation;
import org.bcua.registry.university.University;

/**
 * A meeting of the association. Its number is marked inferred when no source states it.
 */
@Audited
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity implements Labelled {

	@Column(nullable = false, unique = true)
	private String slug = "";

	private @Nullable Integer number;

	@Column(name = "number_inferred", nullable = false)
	private boolean numberInferred;

	@Column(name = "title_en", nullable = false)
	private String titleEn = "";

	@Column(name = "title_ru")
	private @Nullable String titleRu;

	@Column(name = "title_be")
	private @Nullable String titleBe;

	@Column(name = "title_zh")
	private @Nullable String titleZh;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn = LocalDate.EPOCH;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	private @Nullable String city;

	private @Nullable String venue;

	private @Nullable String country;

	private @Nullable String summary;

	@Column(name = "universities_attending")
	private @Nullable Integer universitiesAttending;

	private @Nullable Integer participants;

	@Column(name = "attendance_note")
	private @Nullable String attendanceNote;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@ManyToMany
	@JoinTable(name = "meeting_host", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "university_id"))
	@OrderBy("nameEn")
	private Set<University> hosts = new LinkedHashSet<>();

	@ElementCollection
	@OrderBy("confidence")
	@CollectionTable(name = "meeting_source", joinColumns = @JoinColumn(name = "meeting_id"))
	private Set<Citation> sources = new LinkedHashSet<>();

	protected Meeting() {
	}

	Meeting(String slug) {
		this.slug = slug;
	}

	/**
	 * Sets everything but hosts and sources, and marks the meeting changed.
	 */
	void describe(@Nullable Integer number, boolean numberInferred, LocalizedName titles, LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable String city, @Nullable String venue, @Nullable String country,
			@Nullable String summary, @Nullable Integer universitiesAttending, @Nullable Integer participants,
			@Nullable String attendanceNote) {
		this.number = number;
		this.numberInferred = numberInferred;
		this.titleEn = titles.en();
		this.titleRu = titles.ru();
		this.titleBe = titles.be();
		this.titleZh = titles.zh();
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.city = city;
		this.venue = venue;
		this.country = country;
		this.summary = summary;
		this.universitiesAttending = universitiesAttending;
		this.participants = participants;
		this.attendanceNote = attendanceNote;
		markChanged();
	}

	void replaceHosts(Set<University> hosts) {
		this.hosts.retainAll(hosts);
		this.hosts.addAll(hosts);
	}

	void replaceSources(Set<Citation> sources) {
		this.sources.retainAll(sources);
		this.sources.addAll(sources);
	}

	void archive(Instant at) {
		this.archivedAt = at;
		markChanged();
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

	public @Nullable Integer getNumber() {
		return this.number;
	}

	public boolean isNumberInferred() {
		return this.numberInferred;
	}

	public LocalizedName getTitles() {
		return new LocalizedName(this.titleEn, this.titleRu, this.titleBe, this.titleZh);
	}

	public String title(Locale locale) {
		return getTitles().in(locale);
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public @Nullable String getVenue() {
		return this.venue;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public @Nullable Integer getUniversitiesAttending() {
		return this.universitiesAttending;
	}

	public @Nullable Integer getParticipants() {
		return this.participants;
	}

	public @Nullable String getAttendanceNote() {
		return this.attendanceNote;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public Set<University> getHosts() {
		return this.hosts;
	}

	public Set<Citation> getSources() {
		return this.sources;
	}

}
