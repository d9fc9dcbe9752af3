package org.bcua.registry.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.CitationColumns;
import org.bcua.registry.university.University;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.Exports;

/**
 * The meetings list as a table, for the CSV and JSON exports and the full dump: every
 * listed meeting, latest first, read in batches (see {@link Exports}).
 */
@Service
public class MeetingExport {

	private final MeetingService meetings;

	private final Exports exports;

	MeetingExport(MeetingService meetings, Exports exports) {
		this.meetings = meetings;
		this.exports = exports;
	}

	/**
	 * Passes every listed meeting, latest first, with hosts and sources readable, to
	 * {@code row}; calls {@code afterBatch} after each batch.
	 */
	public void each(Consumer<Meeting> row, Runnable afterBatch) {
		List<Long> ids = this.exports
			.ids(() -> this.meetings.list().stream().map((meeting) -> (long) meeting.getId()).toList());
		this.exports.each(ids, this.meetings::listedByIds, row, afterBatch);
	}

	/**
	 * The columns of a meeting: titles in all four languages, hosts' names in the given
	 * one, links under the given address of the site.
	 */
	public List<ExportColumn<Meeting>> columns(Locale locale, String base) {
		List<ExportColumn<Meeting>> columns = new ArrayList<>(List.of(ExportColumn.of("slug", Meeting::getSlug),
				ExportColumn.of("url", (meeting) -> base + "/meetings/" + meeting.getSlug()),
				ExportColumn.of("number", Meeting::getNumber),
				ExportColumn.of("number_inferred", Meeting::isNumberInferred),
				ExportColumn.of("title_en", (meeting) -> meeting.getTitles().en()),
				ExportColumn.of("title_ru", (meeting) -> meeting.getTitles().ru()),
				ExportColumn.of("title_be", (meeting) -> meeting.getTitles().be()),
				ExportColumn.of("title_zh", (meeting) -> meeting.getTitles().zh()),
				ExportColumn.date("starts", (meeting) -> PartialDate.ofDay(meeting.getStartsOn())),
				ExportColumn.date("ends",
						(meeting) -> (meeting.getEndsOn() != null) ? PartialDate.ofDay(meeting.getEndsOn()) : null),
				ExportColumn.of("city", Meeting::getCity), ExportColumn.of("country", Meeting::getCountry),
				ExportColumn.of("venue", Meeting::getVenue),
				ExportColumn.of("hosts", (meeting) -> meeting.getHosts().stream().map(University::getSlug).toList()),
				ExportColumn.of("host_names",
						(meeting) -> meeting.getHosts().stream().map((host) -> host.name(locale)).toList()),
				ExportColumn.of("universities_attending", Meeting::getUniversitiesAttending),
				ExportColumn.of("participants", Meeting::getParticipants)));
		columns.addAll(CitationColumns.of(Meeting::getSources));
		return columns;
	}

}
