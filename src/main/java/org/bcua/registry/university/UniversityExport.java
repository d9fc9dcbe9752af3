package org.bcua.registry.university;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import org.bcua.registry.source.CitationColumns;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.Exports;

/**
 * The universities list as a table, for the CSV and JSON exports and the full dump: every
 * listed university that meets the list's criteria, in the list's order, read in batches
 * (see {@link Exports}).
 */
@Service
public class UniversityExport {

	private final UniversityListing listing;

	private final UniversityService universities;

	private final Exports exports;

	UniversityExport(UniversityListing listing, UniversityService universities, Exports exports) {
		this.listing = listing;
		this.universities = universities;
		this.exports = exports;
	}

	/**
	 * Passes every listed university that meets the criteria, in the given order, with
	 * aliases and sources readable, to {@code row}; calls {@code afterBatch} after each
	 * batch.
	 */
	public void each(UniversityCriteria criteria, UniversitySort sort, Locale locale, Consumer<University> row,
			Runnable afterBatch) {
		List<Long> ids = this.exports.ids(() -> this.listing.ids(criteria, sort, locale));
		this.exports.each(ids, this.universities::listedByIds, row, afterBatch);
	}

	/**
	 * The columns of a university: names in all four languages, links under the given
	 * address of the site.
	 */
	public List<ExportColumn<University>> columns(String base) {
		List<ExportColumn<University>> columns = new ArrayList<>(List.of(ExportColumn.of("slug", University::getSlug),
				ExportColumn.of("url", (university) -> base + "/universities/" + university.getSlug()),
				ExportColumn.of("name_en", (university) -> university.getNames().en()),
				ExportColumn.of("name_ru", (university) -> university.getNames().ru()),
				ExportColumn.of("name_be", (university) -> university.getNames().be()),
				ExportColumn.of("name_zh", (university) -> university.getNames().zh()),
				ExportColumn.of("aliases",
						(university) -> university.getAliases().stream().map(UniversityAlias::getName).toList()),
				ExportColumn.of("country", University::getCountry), ExportColumn.of("region", University::getRegion),
				ExportColumn.of("city", University::getCity), ExportColumn.of("founded", University::getFoundedYear),
				ExportColumn.of("website", University::getWebsiteUrl), ExportColumn.of("ror", University::getRorId),
				ExportColumn.of("wikidata", University::getWikidataId),
				ExportColumn.of("membership", University::getMembershipRole),
				ExportColumn.of("membership_since", University::getMembershipSince)));
		columns.addAll(CitationColumns.of(University::getSources));
		return columns;
	}

}
