package org.bcua.registry.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.SingleLine;
import org.bcua.registry.source.CitationForm;

/**
 * A meeting of the association as an editor records or edits it, with the version the
 * form was made from.
 */
public class MeetingForm {

	private long version;

	@Min(1)
	private @Nullable Integer number;

	private boolean numberInferred;

	@SingleLine
	@NotBlank
	@Size(max = 500)
	private @Nullable String titleEn;

	@SingleLine
	@Size(max = 500)
	private @Nullable String titleRu;

	@SingleLine
	@Size(max = 500)
	private @Nullable String titleBe;

	@SingleLine
	@Size(max = 500)
	private @Nullable String titleZh;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	@SingleLine
	@Size(max = 100)
	private @Nullable String city;

	@SingleLine
	@Size(max = 300)
	private @Nullable String venue;

	@Pattern(regexp = "BY|CN|RU", message = "{form.error.unknown}")
	private @Nullable String country;

	@Size(max = 10000)
	private @Nullable String summary;

	@Min(0)
	private @Nullable Integer universitiesAttending;

	@Min(0)
	private @Nullable Integer participants;

	@Size(max = 1000)
	private @Nullable String attendanceNote;

	private List<Long> hostIds = new ArrayList<>();

	@Valid
	@Size(max = 50)
	private List<CitationForm> sources = new ArrayList<>();

	/**
	 * An empty form with one source row.
	 */
	public static MeetingForm empty() {
		MeetingForm form = new MeetingForm();
		form.sources.add(new CitationForm());
		return form;
	}

	/**
	 * The form of a recorded meeting, with hosts and sources loaded.
	 */
	public static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.version = meeting.getVersion();
		form.number = meeting.getNumber();
		form.numberInferred = meeting.isNumberInferred();
		LocalizedName titles = meeting.getTitles();
		form.titleEn = titles.en();
		form.titleRu = titles.ru();
		form.titleBe = titles.be();
		form.titleZh = titles.zh();
		form.startsOn = meeting.getStartsOn();
		form.endsOn = meeting.getEndsOn();
		form.city = meeting.getCity();
		form.venue = meeting.getVenue();
		form.country = meeting.getCountry();
		form.summary = meeting.getSummary();
		form.universitiesAttending = meeting.getUniversitiesAttending();
		form.participants = meeting.getParticipants();
		form.attendanceNote = meeting.getAttendanceNote();
		meeting.getHosts().forEach((host) -> form.hostIds.add(host.getId()));
		meeting.getSources().forEach((citation) -> form.sources.add(CitationForm.of(citation)));
		if (form.sources.isEmpty()) {
			form.sources.add(new CitationForm());
		}
		return form;
	}

	/**
	 * The titles typed.
	 */
	public LocalizedName titles() {
		return new LocalizedName(Objects.requireNonNullElse(this.titleEn, ""), this.titleRu, this.titleBe,
				this.titleZh);
	}

	public void addSource() {
		this.sources.add(new CitationForm());
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable Integer getNumber() {
		return this.number;
	}

	public void setNumber(@Nullable Integer number) {
		this.number = number;
	}

	public boolean isNumberInferred() {
		return this.numberInferred;
	}

	public void setNumberInferred(boolean numberInferred) {
		this.numberInferred = numberInferred;
	}

	public @Nullable String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable String getTitleRu() {
		return this.titleRu;
	}

	public void setTitleRu(@Nullable String titleRu) {
		this.titleRu = titleRu;
	}

	public @Nullable String getTitleBe() {
		return this.titleBe;
	}

	public void setTitleBe(@Nullable String titleBe) {
		this.titleBe = titleBe;
	}

	public @Nullable String getTitleZh() {
		return this.titleZh;
	}

	public void setTitleZh(@Nullable String titleZh) {
		this.titleZh = titleZh;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getVenue() {
		return this.venue;
	}

	public void setVenue(@Nullable String venue) {
		this.venue = venue;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable Integer getUniversitiesAttending() {
		return this.universitiesAttending;
	}

	public void setUniversitiesAttending(@Nullable Integer universitiesAttending) {
		this.universitiesAttending = universitiesAttending;
	}

	public @Nullable Integer getParticipants() {
		return this.participants;
	}

	public void setParticipants(@Nullable Integer participants) {
		this.participants = participants;
	}

	public @Nullable String getAttendanceNote() {
		return this.attendanceNote;
	}

	public void setAttendanceNote(@Nullable String attendanceNote) {
		this.attendanceNote = attendanceNote;
	}

	public List<Long> getHostIds() {
		return this.hostIds;
	}

	public void setHostIds(List<Long> hostIds) {
		this.hostIds = hostIds;
	}

	public List<CitationForm> getSources() {
		return this.sources;
	}

	public void setSources(List<CitationForm> sources) {
		this.sources = sources;
	}

}
