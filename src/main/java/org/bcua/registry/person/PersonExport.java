package org.bcua.registry.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.bcua.registry.shared.NameOrder;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.Records;
import org.bcua.registry.source.CitationColumns;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.Exports;

/**
 * The people list as a table, for the CSV and JSON exports and the full dump: every
 * listed person (never one recorded with a draft agreement only), by name in the language
 * of the list, read in batches (see {@link Exports}), and, for the dump, their positions
 * as a table of their own.
 */
@Service
public class PersonExport {

	private final PersonRepository people;

	private final PersonService service;

	private final Exports exports;

	PersonExport(PersonRepository people, PersonService service, Exports exports) {
		this.people = people;
		this.service = service;
		this.exports = exports;
	}

	/**
	 * Passes every listed person, by name in the given language, with positions and
	 * sources readable, to {@code row}; calls {@code afterBatch} after each batch.
	 */
	public void each(Locale locale, Consumer<Person> row, Runnable afterBatch) {
		List<Long> ids = this.exports.ids(() -> this.people.findListedIds(NameOrder.in(locale, "p")));
		this.exports.each(ids, this::load, row, afterBatch);
	}

	private List<Person> load(List<Long> ids) {
		List<Person> batch = this.service.listedByIds(ids);
		if (!batch.isEmpty()) {
			this.people.fetchPositions(Records.ids(batch));
		}
		return batch;
	}

	/**
	 * The columns of a person: names in all four languages, positions in the given one,
	 * links under the given address of the site.
	 */
	public List<ExportColumn<Person>> columns(Locale locale, String base) {
		List<ExportColumn<Person>> columns = new ArrayList<>(List.of(ExportColumn.of("slug", Person::getSlug),
				ExportColumn.of("url", (person) -> base + "/people/" + person.getSlug()),
				ExportColumn.of("name_en", (person) -> person.getNames().en()),
				ExportColumn.of("name_ru", (person) -> person.getNames().ru()),
				ExportColumn.of("name_be", (person) -> person.getNames().be()),
				ExportColumn.of("name_zh", (person) -> person.getNames().zh()), ExportColumn.of("positions", (
						person) -> person.getPositions().stream().map((position) -> held(position, locale)).toList())));
		columns.addAll(CitationColumns.of(Person::getSources));
		return columns;
	}

	/**
	 * The columns of a position, for the dump's table of positions.
	 */
	public List<ExportColumn<Position>> positionColumns(Locale locale) {
		return List.of(ExportColumn.of("person", (position) -> position.getPerson().getSlug()),
				ExportColumn.of("university",
						(position) -> (position.getUniversity() != null) ? position.getUniversity().getSlug() : null),
				ExportColumn.of("organization", (position) -> at(position, locale)),
				ExportColumn.of("title_en", (position) -> position.getTitles().en()),
				ExportColumn.of("title_ru", (position) -> position.getTitles().ru()),
				ExportColumn.of("title_be", (position) -> position.getTitles().be()),
				ExportColumn.of("title_zh", (position) -> position.getTitles().zh()),
				ExportColumn.date("from", Position::getHeldFrom), ExportColumn.date("to", Position::getHeldTo),
				ExportColumn.of("note", Position::getNote));
	}

	/**
	 * "Rector, Belarusian State University, 2017–2024": the title, where, and when as far
	 * as it is known (ISO 8601).
	 */
	private static String held(Position position, Locale locale) {
		StringBuilder text = new StringBuilder(position.title(locale));
		String at = at(position, locale);
		if (at != null) {
			text.append(", ").append(at);
		}
		PartialDate from = position.getHeldFrom();
		PartialDate to = position.getHeldTo();
		if (from != null || to != null) {
			text.append(", ").append((from != null) ? from.iso() : "").append('–').append((to != null) ? to.iso() : "");
		}
		return text.toString();
	}

	private static @Nullable String at(Position position, Locale locale) {
		return (position.getUniversity() != null) ? position.getUniversity().name(locale) : position.getOrganization();
	}

}
