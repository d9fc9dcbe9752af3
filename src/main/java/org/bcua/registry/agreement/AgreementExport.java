package org.bcua.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.person.Position;
import org.bcua.registry.shared.Records;
import org.bcua.registry.source.CitationColumns;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.Exports;

/**
 * The agreements list as a table, for the CSV and JSON exports and the full dump: every
 * published agreement that meets the list's criteria, in the list's order, read in
 * batches (see {@link Exports}), and, for the dump, their parties as a table of their
 * own.
 */
@Service
public class AgreementExport {

	private final AgreementListing listing;

	private final AgreementService agreements;

	private final AgreementRepository repository;

	private final Exports exports;

	AgreementExport(AgreementListing listing, AgreementService agreements, AgreementRepository repository,
			Exports exports) {
		this.listing = listing;
		this.agreements = agreements;
		this.repository = repository;
		this.exports = exports;
	}

	/**
	 * Passes every published agreement that meets the criteria, latest first, with
	 * parties, signatories, areas, meeting and sources readable, to {@code row}; calls
	 * {@code afterBatch} after each batch.
	 */
	public void each(AgreementCriteria criteria, Consumer<Agreement> row, Runnable afterBatch) {
		List<Long> ids = this.exports.ids(() -> this.listing.ids(criteria));
		this.exports.each(ids, this::load, row, afterBatch);
	}

	private List<Agreement> load(List<Long> ids) {
		List<Agreement> batch = this.agreements.publicByIds(ids);
		if (!batch.isEmpty()) {
			this.repository.fetchAreas(Records.ids(batch));
		}
		return batch;
	}

	/**
	 * The columns of an agreement: names of parties, signatories and positions in the
	 * given language, titles in all four, links under the given address of the site.
	 */
	public List<ExportColumn<Agreement>> columns(Locale locale, String base) {
		List<ExportColumn<Agreement>> columns = List.of(ExportColumn.of("slug", Agreement::getSlug),
				ExportColumn.of("url", (agreement) -> base + "/agreements/" + agreement.getSlug()),
				ExportColumn.of("title_en", (agreement) -> agreement.getTitles().en()),
				ExportColumn.of("title_ru", (agreement) -> agreement.getTitles().ru()),
				ExportColumn.of("title_be", (agreement) -> agreement.getTitles().be()),
				ExportColumn.of("title_zh", (agreement) -> agreement.getTitles().zh()),
				ExportColumn.of("kind", Agreement::getKind), ExportColumn.of("status", Agreement::getStatus),
				ExportColumn.date("signed", Agreement::getSigned), ExportColumn.date("in_force", Agreement::getInForce),
				ExportColumn.date("expires", Agreement::getExpires), ExportColumn.of("place", Agreement::getPlace),
				ExportColumn.of("association_instrument", Agreement::isAssociationInstrument),
				ExportColumn.of("parties",
						(agreement) -> agreement.getParties()
							.stream()
							.map((party) -> party.getUniversity().getSlug())
							.toList()),
				ExportColumn.of("party_names",
						(agreement) -> agreement.getParties()
							.stream()
							.map((party) -> party.getUniversity().name(locale))
							.toList()),
				ExportColumn.of("signatories",
						(agreement) -> agreement.getParties()
							.stream()
							.map((party) -> signatory(party, locale))
							.filter(java.util.Objects::nonNull)
							.toList()),
				ExportColumn.of("meeting", (agreement) -> slug(agreement.getMeeting())),
				ExportColumn.of("areas", (agreement) -> agreement.getAreas().stream().map(Area::getSlug).toList()));
		List<ExportColumn<Agreement>> all = new ArrayList<>(columns);
		all.addAll(CitationColumns.of(Agreement::getSources));
		return all;
	}

	/**
	 * The columns of a party to an agreement, for the dump's table of parties.
	 */
	public List<ExportColumn<AgreementParty>> partyColumns(Locale locale) {
		return List.of(ExportColumn.of("agreement", (party) -> party.getAgreement().getSlug()),
				ExportColumn.of("university", (party) -> party.getUniversity().getSlug()),
				ExportColumn.of("university_name", (party) -> party.getUniversity().name(locale)),
				ExportColumn.of("role", AgreementParty::getRoleNote),
				ExportColumn.of("signatory",
						(party) -> (party.getSignatory() != null) ? party.getSignatory().getSlug() : null),
				ExportColumn.of("signatory_name",
						(party) -> (party.getSignatory() != null) ? party.getSignatory().name(locale) : null),
				ExportColumn.of("signatory_position", (party) -> position(party, locale)),
				ExportColumn.date("signed", AgreementParty::getSigned));
	}

	/**
	 * "Name (position)" of a party's signatory, or {@code null} when it is not known.
	 */
	private static @Nullable String signatory(AgreementParty party, Locale locale) {
		if (party.getSignatory() == null) {
			return null;
		}
		String position = position(party, locale);
		String name = party.getSignatory().name(locale);
		return (position != null) ? name + " (" + position + ")" : name;
	}

	private static @Nullable String position(AgreementParty party, Locale locale) {
		Position position = party.getSignatoryPosition();
		if (position != null) {
			return position.title(locale);
		}
		return party.getSignatoryTitle();
	}

	private static @Nullable String slug(@Nullable Meeting meeting) {
		return (meeting != null) ? meeting.getSlug() : null;
	}

}
