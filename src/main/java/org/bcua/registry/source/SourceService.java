package org.bcua.registry.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.StaleRecordException;

/**
 * Sources: found by URL when a record cites them (recorded when new), listed and
 * corrected in the admin area.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	private final ApplicationEventPublisher events;

	SourceService(SourceRepository sources, ApplicationEventPublisher events) {
		this.sources = sources;
		this.events = events;
	}

	/**
	 * One page of sources, the latest recorded first.
	 * @param page zero-based page number
	 */
	public Page<Source> list(int page, int size) {
		return this.sources.findLatestFirst(PageRequest.of(page, size));
	}

	/**
	 * One page of the sources that public records cite, by id.
	 * @param page zero-based page number
	 */
	public Page<Source> citedPublicly(int page, int size) {
		return this.sources.findCitedPublicly(PageRequest.of(page, size));
	}

	/**
	 * One page of the sources that public records cite and that changed at or after the
	 * given moment, in the order of change.
	 * @param page zero-based page number
	 */
	public Page<Source> citedPubliclyChangedSince(Instant since, int page, int size) {
		return this.sources.findCitedPubliclyChangedSince(since, PageRequest.of(page, size));
	}

	/**
	 * A source that a public record cites.
	 * @throws SourceNotFoundException when there is none with the id, or only drafts and
	 * archived records cite it
	 */
	public Source citedPublicly(long id) {
		return this.sources.findCitedPublicly(id).orElseThrow(() -> new SourceNotFoundException(id));
	}

	/**
	 * One source.
	 * @throws SourceNotFoundException when there is none with the id
	 */
	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
	}

	/**
	 * Checks the rows of cited sources beyond what each field says on its own: a URL in
	 * every row that has anything typed, and no URL twice.
	 * @param path the property path of the rows in the form, e.g. {@code sources}
	 */
	public void check(List<CitationForm> rows, Errors errors, String path) {
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			CitationForm row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String field = path + "[" + i + "].url";
			if (row.getUrl() == null) {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, "source.error.urlMissing");
				}
			}
			else if (!seen.add(row.getUrl()) && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "source.error.twice");
			}
		}
	}

	/**
	 * The citations of the typed rows: each source found by its URL or recorded, blank
	 * rows left out. What an existing source does not state yet (title, publisher,
	 * language, date) is filled in from the row; what it states is kept.
	 */
	@Transactional
	public Set<Citation> cite(List<CitationForm> rows) {
		Map<String, Citation> citations = new LinkedHashMap<>();
		for (CitationForm row : rows) {
			if (row.isBlank() || row.getUrl() == null || citations.containsKey(row.getUrl())) {
				continue;
			}
			String url = Objects.requireNonNull(row.getUrl());
			PartialDate published = PartialDate.parse(row.getPublished());
			Source source = this.sources.findByUrl(url).orElse(null);
			if (source == null) {
				source = new Source(url);
				source.describe(url, row.getTitle(), row.getPublisher(), row.getLanguage(), published);
				source = this.sources.save(source);
				this.sources.flush();
				changed(source, RecordChanged.Change.CREATED);
			}
			else if (source.complete(row.getTitle(), row.getPublisher(), row.getLanguage(), published)) {
				changed(source, RecordChanged.Change.UPDATED);
			}
			citations.put(url, new Citation(source, row.getConfidence(), row.getNote()));
		}
		return new LinkedHashSet<>(citations.values());
	}

	/**
	 * Corrects a source.
	 * @throws StaleRecordException when the source changed since the form was made
	 * @throws SourceNotFoundException when there is none with the id
	 */
	@Transactional
	public Source update(long id, SourceForm form, Errors errors) {
		Source source = get(id);
		if (source.getVersion() != form.getVersion()) {
			throw new StaleRecordException(RecordKind.SOURCE, id, form.getVersion());
		}
		String url = Objects.requireNonNull(form.getUrl());
		Source other = this.sources.findByUrl(url).orElse(null);
		if (other != null && !other.equals(source)) {
			errors.rejectValue("url", "source.error.taken");
			return source;
		}
		source.describe(url, form.getTitle(), form.getPublisher(), form.getLanguage(),
				PartialDate.parse(form.getPublished()));
		this.sources.flush();
		changed(source, RecordChanged.Change.UPDATED);
		return source;
	}

	private void changed(Source source, RecordChanged.Change change) {
		this.events.publishEvent(new RecordChanged(RecordKind.SOURCE, Objects.requireNonNull(source.getId()), change));
	}

}
