package org.bcua.registry.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.source.Source;

/**
 * The history of a record, from the revisions Hibernate Envers keeps: every create,
 * update and archive with who, when, and each field before and after. The admin area sees
 * everything; public pages get a change log of dates and simple fields, without the
 * editors.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	/** The most revisions a history shows, newest first. */
	public static final int MAX_REVISIONS = 200;

	/** The most records the dashboard names for one revision. */
	public static final int RECORDS_PER_REVISION = 6;

	/**
	 * The order in which the history lists the fields of a record: names and titles
	 * first, then what describes the record, its parts and its state; other fields after,
	 * alphabetically.
	 */
	private static final List<String> ORDER = List.of("titleEn", "titleRu", "titleBe", "titleZh", "nameEn", "nameRu",
			"nameBe", "nameZh", "url", "title", "publisher", "language", "publishedOn", "publishedPrecision", "kind",
			"status", "number", "numberInferred", "country", "city", "region", "venue", "summary", "signedOn",
			"signedPrecision", "inForceOn", "inForcePrecision", "expiresOn", "expiresPrecision", "startsOn", "endsOn",
			"place", "meeting", "parties", "positions", "hosts", "aliases", "areas", "relations", "sources",
			"publication", "published", "archivedAt", "slug");

	/**
	 * The records the given revisions wrote, with the kind of each change: created,
	 * removed, archived, published or unpublished (compared with the record's revision
	 * before), else changed; and the record's current names (or, for a record removed
	 * since, its English name then); at most {@code :shown} of each revision (the import
	 * of the data wrote every record in one), with how many it wrote.
	 */
	private static final String RECENT_RECORDS = """
			with touched as (
			    select 'Agreement' as kind, a.id, a.rev, a.revtype, a.publication = 'PUBLISHED' as public,
			           a.archived_at is not null as archived, a.title_en as label
			    from agreement_aud a where a.id in (select id from agreement_aud where rev in (:revisions))
			    union all
			    select 'University', u.id, u.rev, u.revtype, null, u.archived_at is not null, u.name_en
			    from university_aud u where u.id in (select id from university_aud where rev in (:revisions))
			    union all
			    select 'Person', p.id, p.rev, p.revtype, p.published, p.archived_at is not null, p.name_en
			    from person_aud p where p.id in (select id from person_aud where rev in (:revisions))
			    union all
			    select 'Meeting', m.id, m.rev, m.revtype, null, m.archived_at is not null, m.title_en
			    from meeting_aud m where m.id in (select id from meeting_aud where rev in (:revisions))
			    union all
			    select 'Source', s.id, s.rev, s.revtype, null, false, coalesce(s.title, s.url)
			    from source_aud s where s.rev in (:revisions)
			),
			changes as (
			    select t.*, lag(t.public) over w as was_public, lag(t.archived) over w as was_archived
			    from touched t window w as (partition by t.kind, t.id order by t.rev)
			)
			select kind, id, rev, change, en, ru, be, zh, total from (
			    select c.kind, c.id, c.rev,
			           case when c.revtype = 0 then 'CREATED'
			                when c.revtype = 2 then 'REMOVED'
			                when c.archived and not coalesce(c.was_archived, false) then 'ARCHIVED'
			                when c.public and not coalesce(c.was_public, false) then 'PUBLISHED'
			                when not c.public and coalesce(c.was_public, false) then 'UNPUBLISHED'
			                else 'CHANGED' end as change,
			           coalesce(a.title_en, u.name_en, p.name_en, m.title_en, s.title, s.url, c.label, '?') as en,
			           coalesce(a.title_ru, u.name_ru, p.name_ru, m.title_ru) as ru,
			           coalesce(a.title_be, u.name_be, p.name_be, m.title_be) as be,
			           coalesce(a.title_zh, u.name_zh, p.name_zh, m.title_zh) as zh,
			           count(*) over (partition by c.rev) as total,
			           row_number() over (partition by c.rev order by c.kind, c.id) as position
			    from changes c
			    left join agreement a on c.kind = 'Agreement' and a.id = c.id
			    left join university u on c.kind = 'University' and u.id = c.id
			    left join person p on c.kind = 'Person' and p.id = c.id
			    left join meeting m on c.kind = 'Meeting' and m.id = c.id
			    left join source s on c.kind = 'Source' and s.id = c.id
			    where c.rev in (:revisions)
			) r
			where position <= :shown
			order by rev desc, position
			""";

	private static final Set<String> BOOKKEEPING = Set.of("createdAt", "createdBy", "updatedAt", "updatedBy",
			"version");

	private final EntityManager entityManager;

	private final MessageSource messages;

	HistoryService(EntityManager entityManager, MessageSource messages) {
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/**
	 * Admin area: every revision of a record, newest first, each with the editor and the
	 * fields it changed, collections (parties, positions, sources...) included.
	 */
	public List<HistoryEntry> of(Class<?> type, long id) {
		return newestFirst(entries(type, id, true, true));
	}

	/**
	 * The public change log of a record, newest first: when it was recorded and changed,
	 * and which of its simple fields changed. No editor, and one query whatever the
	 * number of revisions.
	 */
	public List<HistoryEntry> publicLog(Class<?> type, long id) {
		return newestFirst(entries(type, id, false, false));
	}

	/**
	 * Admin area: what changed in a record after it had the given version (what a stale
	 * form missed), newest first.
	 */
	public List<HistoryEntry> since(Class<?> type, long id, long version) {
		List<Snapshot> snapshots = snapshots(type, id, true);
		List<HistoryEntry> entries = diff(snapshots, true);
		List<HistoryEntry> after = new ArrayList<>();
		for (int i = 0; i < snapshots.size(); i++) {
			Object snapshotVersion = snapshots.get(i).raw().get("version");
			if (snapshotVersion instanceof Number number && number.longValue() > version) {
				after.add(entries.get(i));
			}
		}
		return newestFirst(after);
	}

	/**
	 * Admin area: a record as it was when it had the given version (what an editor's form
	 * was made from), read from its history and turned into what the caller needs while
	 * the history is open (its parts load lazily).
	 * @param reading reads the record as it was; never given {@code null}
	 * @return empty when no revision of the record had that version (a removal does not
	 * count)
	 */
	public <T, R> Optional<R> atVersion(Class<T> type, long id, long version, Function<? super T, R> reading) {
		List<?> found = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, true, false)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.property("version").eq(version))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return found.stream().findFirst().map((entity) -> reading.apply(type.cast(entity)));
	}

	/**
	 * Admin area: the latest revisions of the whole registry, newest first: when, by
	 * whom, which records they wrote (universities, people, meetings, agreements and
	 * sources: each with its current names and what kind of change it was), and which
	 * kinds of records (simple class names, e.g. {@code Agreement}). Three statements,
	 * whatever the number of revisions and records.
	 */
	public List<RecentChange> recent(int count) {
		List<Revision> revisions = this.entityManager
			.createQuery("select r from Revision r order by r.id desc", Revision.class)
			.setMaxResults(count)
			.getResultList();
		if (revisions.isEmpty()) {
			return List.of();
		}
		List<Long> ids = revisions.stream().map(Revision::getId).toList();
		Map<Long, List<String>> kinds = new HashMap<>();
		for (Object row : this.entityManager
			.createNativeQuery("select rev, entityname from revchanges where rev in (:revisions)")
			.setParameter("revisions", ids)
			.getResultList()) {
			Object[] columns = (Object[]) row;
			String name = (String) columns[1];
			kinds.computeIfAbsent(((Number) columns[0]).longValue(), (rev) -> new ArrayList<>())
				.add(name.substring(name.lastIndexOf('.') + 1));
		}
		Map<Long, List<RecordChange>> records = new HashMap<>();
		Map<Long, Integer> totals = new HashMap<>();
		for (Object row : this.entityManager.createNativeQuery(RECENT_RECORDS)
			.setParameter("revisions", ids)
			.setParameter("shown", RECORDS_PER_REVISION)
			.getResultList()) {
			Object[] columns = (Object[]) row;
			totals.put(((Number) columns[2]).longValue(), ((Number) columns[8]).intValue());
			records.computeIfAbsent(((Number) columns[2]).longValue(), (rev) -> new ArrayList<>())
				.add(new RecordChange((String) columns[0], ((Number) columns[1]).longValue(),
						HistoryEntry.Kind.valueOf((String) columns[3]), new LocalizedName((String) columns[4],
								(String) columns[5], (String) columns[6], (String) columns[7])));
		}
		List<RecentChange> recent = new ArrayList<>();
		for (Revision revision : revisions) {
			List<RecordChange> written = records.getOrDefault(revision.getId(), List.of());
			recent.add(new RecentChange(revision.getId(), revision.getChangedAt(), revision.getChangedBy(),
					kinds.getOrDefault(revision.getId(), List.of()).stream().sorted().toList(), written,
					totals.getOrDefault(revision.getId(), 0) - written.size()));
		}
		return recent;
	}

	/**
	 * One revision of the registry for the dashboard.
	 *
	 * @param revision the revision number
	 * @param at when
	 * @param by the editor
	 * @param kinds the simple names of the entity classes written
	 * @param records the records written, with what kind of change (at most
	 * {@link #RECORDS_PER_REVISION})
	 * @param moreRecords how many more records it wrote
	 */
	public record RecentChange(long revision, Instant at, String by, List<String> kinds, List<RecordChange> records,
			int moreRecords) {

	}

	/**
	 * A record a revision wrote.
	 *
	 * @param kind the simple name of its class ({@code Agreement}, {@code University},
	 * {@code Person}, {@code Meeting}, {@code Source})
	 * @param id its id
	 * @param change what kind of change
	 * @param names its current names (a source's title or URL in English)
	 */
	public record RecordChange(String kind, long id, HistoryEntry.Kind change, LocalizedName names) {

	}

	private List<HistoryEntry> entries(Class<?> type, long id, boolean collections, boolean editors) {
		return diff(snapshots(type, id, collections), editors);
	}

	@SuppressWarnings("unchecked")
	private List<Snapshot> snapshots(Class<?> type, long id, boolean collections) {
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(MAX_REVISIONS)
			.getResultList();
		EntityPersister persister = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(type);
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		List<Integer> indexes = new ArrayList<>();
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			indexes.add(i);
			byName.put(names[i], i);
		}
		HistoryText text = new HistoryText(this.messages, LocaleContextHolder.getLocale());
		indexes.sort(java.util.Comparator.comparing((Integer i) -> rank(names[i])).thenComparing((i) -> names[i]));
		List<Snapshot> snapshots = new ArrayList<>();
		for (int r = rows.size() - 1; r >= 0; r--) {
			Object[] row = rows.get(r);
			Object entity = row[0];
			Revision revision = (Revision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			Map<String, Shown> values = new LinkedHashMap<>();
			Map<String, Object> raw = new LinkedHashMap<>();
			Object[] propertyValues = persister.getValues(entity);
			for (int i : indexes) {
				raw.put(names[i], propertyValues[i]);
				if (BOOKKEEPING.contains(names[i]) || isPrecisionOfADate(names[i], byName)) {
					continue;
				}
				boolean simple = !types[i].isAssociationType() && !types[i].isCollectionType();
				if (simple || collections) {
					Object value = propertyValues[i];
					Integer precision = byName.get(precisionOf(names[i]));
					if (precision != null && value instanceof LocalDate day) {
						value = PartialDate.of(day, (DatePrecision) propertyValues[precision]);
					}
					values.put(names[i], show(value, text));
				}
			}
			snapshots.add(new Snapshot(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), revisionType,
					values, raw));
		}
		return snapshots;
	}

	private static List<HistoryEntry> diff(List<Snapshot> snapshots, boolean editors) {
		List<HistoryEntry> entries = new ArrayList<>();
		Map<String, Shown> before = Map.of();
		for (Snapshot snapshot : snapshots) {
			List<HistoryEntry.FieldChange> fields = new ArrayList<>();
			for (Map.Entry<String, Shown> value : snapshot.values().entrySet()) {
				Shown previous = before.getOrDefault(value.getKey(), Shown.NONE);
				Shown current = value.getValue();
				if (!previous.raw().equals(current.raw())) {
					fields.add(new HistoryEntry.FieldChange(value.getKey(), previous.raw(), current.raw(),
							previous.text(), current.text()));
				}
			}
			entries.add(new HistoryEntry(snapshot.revision(), snapshot.at(), editors ? snapshot.by() : null,
					kind(snapshot, fields), fields));
			before = snapshot.values();
		}
		return entries;
	}

	private static HistoryEntry.Kind kind(Snapshot snapshot, List<HistoryEntry.FieldChange> fields) {
		if (snapshot.type() == RevisionType.ADD) {
			return HistoryEntry.Kind.CREATED;
		}
		if (snapshot.type() == RevisionType.DEL) {
			return HistoryEntry.Kind.REMOVED;
		}
		for (HistoryEntry.FieldChange field : fields) {
			if (field.field().equals("archivedAt") && field.before().isEmpty()) {
				return HistoryEntry.Kind.ARCHIVED;
			}
			if (field.field().equals("publication") || field.field().equals("published")) {
				return (field.after().equals("PUBLISHED") || field.after().equals("true")) ? HistoryEntry.Kind.PUBLISHED
						: HistoryEntry.Kind.UNPUBLISHED;
			}
		}
		return HistoryEntry.Kind.CHANGED;
	}

	/**
	 * A value as the history compares it: records by their label, collections as sorted
	 * lines, everything else as text (codes of vocabulary values, ISO dates).
	 */
	static String render(@Nullable Object value) {
		return show(value, null).raw();
	}

	/**
	 * A value as the history compares it and as a reader sees it in the interface
	 * language ({@code text}; {@code null} for the comparable text only): records by
	 * their label, vocabulary values by their labels, dates with their precision, yes or
	 * no, collections as lines in the order of their comparable texts.
	 */
	static Shown show(@Nullable Object value, @Nullable HistoryText text) {
		if (value == null) {
			return Shown.NONE;
		}
		if (value instanceof Collection<?> collection) {
			List<Shown> lines = collection.stream()
				.map((element) -> show(element, text))
				.filter((line) -> !line.raw().isEmpty())
				.sorted(java.util.Comparator.comparing(Shown::raw))
				.toList();
			return new Shown(lines.stream().map(Shown::raw).collect(Collectors.joining("\n")),
					lines.stream().map(Shown::text).collect(Collectors.joining("\n")));
		}
		String raw;
		if (value instanceof Labelled labelled) {
			raw = labelled.historyLabel();
		}
		else if (value instanceof Enum<?> constant) {
			raw = constant.name();
		}
		else {
			raw = Objects.toString(value);
		}
		if (text == null) {
			return new Shown(raw, raw);
		}
		if (value instanceof Labelled labelled) {
			return new Shown(raw, labelled.historyLabel(text));
		}
		if (value instanceof Keyed keyed) {
			return new Shown(raw, text.label(keyed));
		}
		if (value instanceof Boolean yes) {
			return new Shown(raw, text.yesNo(yes));
		}
		if (value instanceof PartialDate date) {
			return new Shown(raw, text.date(date));
		}
		if (value instanceof LocalDate day) {
			return new Shown(raw, text.date(PartialDate.ofDay(day)));
		}
		if (value instanceof Instant instant) {
			return new Shown(raw, text.moment(instant));
		}
		return new Shown(raw, raw);
	}

	/**
	 * Whether a property is the precision of a date property beside it
	 * ({@code signedPrecision} of {@code signedOn}): the history shows both as one
	 * partial date.
	 */
	private static boolean isPrecisionOfADate(String property, Map<String, Integer> properties) {
		return property.endsWith("Precision")
				&& properties.containsKey(property.substring(0, property.length() - "Precision".length()) + "On");
	}

	private static String precisionOf(String dateProperty) {
		return dateProperty.endsWith("On") ? dateProperty.substring(0, dateProperty.length() - 2) + "Precision" : "";
	}

	private static int rank(String property) {
		int index = ORDER.indexOf(property);
		return (index >= 0) ? index : ORDER.size();
	}

	private static List<HistoryEntry> newestFirst(List<HistoryEntry> entries) {
		List<HistoryEntry> reversed = new ArrayList<>(entries);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	private record Snapshot(long revision, Instant at, String by, RevisionType type, Map<String, Shown> values,
			Map<String, Object> raw) {

	}

	/**
	 * A value as the history compares it and as a reader sees it.
	 *
	 * @param raw the comparable text: codes, ISO dates, English labels
	 * @param text what a reader sees, in the interface language
	 */
	record Shown(String raw, String text) {

		static final Shown NONE = new Shown("", "");

	}

}
