package org.bcua.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.PartialDateText;
import org.bcua.registry.shared.SingleLine;
import org.bcua.registry.source.CitationForm;

/**
 * An agreement as an editor records or edits it: what the form posts, checked field by
 * field here and as a whole by {@link AgreementService#check}. Dates are typed with their
 * precision ({@code 2019}, {@code 2025-05}, {@code 2025-10-13}). The version is the one
 * the form was made from (optimistic locking).
 */
public class AgreementForm {

	/** Party rows of a new form. */
	public static final int NEW_PARTIES = 2;

	private long version;

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
	private AgreementKind kind = AgreementKind.COOPERATION_AGREEMENT;

	@Size(max = 10000)
	private @Nullable String summary;

	private List<Long> areaIds = new ArrayList<>();

	@SingleLine
	@Size(max = 300)
	private @Nullable String place;

	private @Nullable Long meetingId;

	@PartialDateText
	private @Nullable String signed;

	@PartialDateText
	private @Nullable String inForce;

	@PartialDateText
	private @Nullable String expires;

	@NotNull
	private AgreementStatus status = AgreementStatus.SIGNED;

	private boolean associationInstrument;

	@Valid
	@Size(max = 200)
	private List<PartyForm> parties = new ArrayList<>();

	@Valid
	@Size(max = 50)
	private List<CitationForm> sources = new ArrayList<>();

	@Valid
	@Size(max = 50)
	private List<RelationForm> relations = new ArrayList<>();

	private boolean duplicateConfirmed;

	/**
	 * An empty form: two party rows and one source row.
	 */
	public static AgreementForm empty() {
		AgreementForm form = new AgreementForm();
		for (int i = 0; i < NEW_PARTIES; i++) {
			form.parties.add(new PartyForm());
		}
		form.sources.add(new CitationForm());
		return form;
	}

	/**
	 * The form of a recorded agreement, with its parties, areas, sources and relations
	 * loaded.
	 */
	public static AgreementForm of(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		form.version = agreement.getVersion();
		LocalizedName titles = agreement.getTitles();
		form.titleEn = titles.en();
		form.titleRu = titles.ru();
		form.titleBe = titles.be();
		form.titleZh = titles.zh();
		form.kind = agreement.getKind();
		form.summary = agreement.getSummary();
		agreement.getAreas().forEach((area) -> form.areaIds.add(area.getId()));
		form.place = agreement.getPlace();
		form.meetingId = (agreement.getMeeting() != null) ? agreement.getMeeting().getId() : null;
		form.signed = iso(agreement.getSigned());
		form.inForce = iso(agreement.getInForce());
		form.expires = iso(agreement.getExpires());
		form.status = agreement.getStatus();
		form.associationInstrument = agreement.isAssociationInstrument();
		agreement.getParties().forEach((party) -> form.parties.add(PartyForm.of(party)));
		agreement.getSources().forEach((citation) -> form.sources.add(CitationForm.of(citation)));
		agreement.getRelations().forEach((relation) -> form.relations.add(RelationForm.of(relation)));
		if (form.sources.isEmpty()) {
			form.sources.add(new CitationForm());
		}
		return form;
	}

	private static @Nullable String iso(@Nullable PartialDate date) {
		return (date != null) ? date.iso() : null;
	}

	/**
	 * The titles typed.
	 */
	public LocalizedName titles() {
		return new LocalizedName(Objects.requireNonNullElse(this.titleEn, ""), this.titleRu, this.titleBe,
				this.titleZh);
	}

	/**
	 * Adds an empty party row (the "add a party" button, which works without JavaScript).
	 */
	public void addParty() {
		this.parties.add(new PartyForm());
	}

	/**
	 * Adds an empty source row.
	 */
	public void addSource() {
		this.sources.add(new CitationForm());
	}

	/**
	 * Adds an empty relation row.
	 */
	public void addRelation() {
		this.relations.add(new RelationForm());
	}

	/**
	 * Removes a party row, if there is one at the index.
	 */
	public void removeParty(int index) {
		if (index >= 0 && index < this.parties.size()) {
			this.parties.remove(index);
		}
	}

	/**
	 * The party rows with anything typed in them.
	 */
	public List<PartyForm> filledParties() {
		return this.parties.stream().filter((party) -> !party.isBlank()).toList();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
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

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public List<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(List<Long> areaIds) {
		this.areaIds = areaIds;
	}

	public @Nullable String getPlace() {
		return this.place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable Long getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(@Nullable Long meetingId) {
		this.meetingId = meetingId;
	}

	public @Nullable String getSigned() {
		return this.signed;
	}

	public void setSigned(@Nullable String signed) {
		this.signed = signed;
	}

	public @Nullable String getInForce() {
		return this.inForce;
	}

	public void setInForce(@Nullable String inForce) {
		this.inForce = inForce;
	}

	public @Nullable String getExpires() {
		return this.expires;
	}

	public void setExpires(@Nullable String expires) {
		this.expires = expires;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public boolean isAssociationInstrument() {
		return this.associationInstrument;
	}

	public void setAssociationInstrument(boolean associationInstrument) {
		this.associationInstrument = associationInstrument;
	}

	public List<PartyForm> getParties() {
		return this.parties;
	}

	public void setParties(List<PartyForm> parties) {
		this.parties = parties;
	}

	public List<CitationForm> getSources() {
		return this.sources;
	}

	public void setSources(List<CitationForm> sources) {
		this.sources = sources;
	}

	public List<RelationForm> getRelations() {
		return this.relations;
	}

	public void setRelations(List<RelationForm> relations) {
		this.relations = relations;
	}

	public boolean isDuplicateConfirmed() {
		return this.duplicateConfirmed;
	}

	public void setDuplicateConfirmed(boolean duplicateConfirmed) {
		this.duplicateConfirmed = duplicateConfirmed;
	}

}
