package org.bcua.registry.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private static final Set<String> BOOKKEEPING = Set.of("createdAt", "createdBy", "updatedAt", "updatedBy",
			"version");

	private final EntityManager entityManager;

	HistoryService(EntityManager entityManager) {
		this.entityManager = entityManager;
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
	 * whom, and which kinds of records they wrote (simple class names, e.g.
	 * {@code Agreement}).
	 */
	public List<RecentChange> recent(int count) {
		List<Revision> revisions = this.entityManager
			.createQuery("select r from Revision r order by r.id desc", Revision.class)
			.setMaxResults(count)
			.getResultList();
		List<RecentChange> recent = new ArrayList<>();
		for (Revision revision : revisions) {
			List<String> kinds = revision.getChangedEntityNames()
				.stream()
				.map((name) -> name.substring(name.lastIndexOf('.') + 1))
				.sorted()
				.toList();
			recent.add(new RecentChange(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), kinds));
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
	 */
	public record RecentChange(long revision, Instant at, String by, List<String> kinds) {

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
		for (int i = 0; i < names.length; i++) {
			indexes.add(i);
		}
		indexes.sort(java.util.Comparator.comparing((Integer i) -> rank(names[i])).thenComparing((i) -> names[i]));
		List<Snapshot> snapshots = new ArrayList<>();
		for (int r = rows.size() - 1; r >= 0; r--) {
			Object[] row = rows.get(r);
			Object entity = row[0];
			Revision revision = (Revision) row[1];
			RevisionType revisionType = (RevisionType) row[2];
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, Object> raw = new LinkedHashMap<>();
			Object[] propertyValues = persister.getValues(entity);
			for (int i : indexes) {
				raw.put(names[i], propertyValues[i]);
				if (BOOKKEEPING.contains(names[i])) {
					continue;
				}
				boolean simple = !types[i].isAssociationType() && !types[i].isCollectionType();
				if (simple || collections) {
					values.put(names[i], render(propertyValues[i]));
				}
			}
			snapshots.add(new Snapshot(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), revisionType,
					values, raw));
		}
		return snapshots;
	}

	private static List<HistoryEntry> diff(List<Snapshot> snapshots, boolean editors) {
		List<HistoryEntry> entries = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (Snapshot snapshot : snapshots) {
			List<HistoryEntry.FieldChange> fields = new ArrayList<>();
			for (Map.Entry<String, String> value : snapshot.values().entrySet()) {
				String previous = before.getOrDefault(value.getKey(), "");
				if (!previous.equals(value.getValue())) {
					fields.add(new HistoryEntry.FieldChange(value.getKey(), previous, value.getValue()));
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
	 * A value as the history shows it: records by their label, collections as sorted
	 * lines, everything else as text.
	 */
	static String render(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.map(HistoryService::render)
				.filter((text) -> !text.isEmpty())
				.sorted()
				.collect(Collectors.joining("\n"));
		}
		if (value instanceof Labelled labelled) {
			return labelled.historyLabel();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return Objects.toString(value);
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

	private record Snapshot(long revision, Instant at, String by, RevisionType type, Map<String, String> values,
			Map<String, Object> raw) {

	}

}
