package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the index: the entries that best match a query, of every kind or of one.
 */
@Service
@Transactional(readOnly = true)
public class SearchMatches {

	private final EntityManager entityManager;

	SearchMatches(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The best entries matching the query, at most {@code perKind} of each kind (or of
	 * the one kind asked for), with the number of matches of each kind up to the window.
	 * <p>
	 * First, up to a window of matches of each kind are read in any order, through a
	 * full-text index of that kind's entries; when a kind has fewer matches than the
	 * window, they are all there and the best are chosen among them. For a kind with
	 * more, the window is read again in the order of prominence (through an index on the
	 * rank, which stops early when most entries match), a second statement. The best are
	 * the entries one of whose names is the whole query (an abbreviation), then those
	 * whose names match, then by full-text rank, prominence and shorter names.
	 * @param window how many matches of each kind to read and count at most
	 * @param only the kind to search, or {@code null} for every kind
	 */
	public List<SearchHit> best(SearchQuery query, int perKind, int window, @Nullable SearchKind only) {
		SearchMatch match = new SearchMatch(query);
		List<SearchKind> kinds = (only != null) ? List.of(only) : List.of(SearchKind.values());
		List<SearchHit> hits = hits(match, kinds, false, perKind, window);
		List<SearchKind> crowded = kinds.stream()
			.filter((kind) -> hits.stream().anyMatch((hit) -> hit.kind() == kind && hit.total() >= window))
			.toList();
		if (crowded.isEmpty()) {
			return hits;
		}
		List<SearchHit> best = new ArrayList<>(hits.stream().filter((hit) -> !crowded.contains(hit.kind())).toList());
		best.addAll(hits(match, crowded, true, perKind, window));
		best.sort(Comparator.comparing(SearchHit::kind));
		return best;
	}

	/**
	 * The ids of every visible record of the kind that matches the query, those with a
	 * name that is the whole query first, then those whose names match, then by
	 * prominence: for an export of all matches, however many.
	 */
	@SuppressWarnings("unchecked")
	public List<Long> all(SearchQuery query, SearchKind kind) {
		SearchMatch match = new SearchMatch(query);
		Query sql = this.entityManager.createNativeQuery("select e.record_id from search_entry e where e.kind = '"
				+ kind.name() + "' and e.visible and " + match.condition() + " order by " + match.exactCondition()
				+ " desc, " + match.namesCondition() + " desc, e.rank desc, e.record_id");
		return ((List<Number>) match.bindExact(match.bindWithNames(sql)).getResultList()).stream()
			.map(Number::longValue)
			.toList();
	}

	private List<SearchHit> hits(SearchMatch match, List<SearchKind> kinds, boolean byRank, int perKind, int window) {
		String candidates = kinds.stream()
			// how well an entry matches is computed only for the window, not for every
			// match the window is chosen from
			.map((kind) -> """
					(select e.kind, e.record_id, e.rank, %5$s as exact, %2$s as in_names,
					        ts_rank(e.document, to_tsquery('simple', :matchAll)) as score, length(e.names) as length
					 from (select e.kind, e.record_id, e.rank, e.document, e.names, e.latin from search_entry e
					       where e.kind = '%1$s' and e.visible and %3$s
					       %4$s limit :window) e)
					""".formatted(kind.name(), match.namesCondition(), match.condition(),
					byRank ? "order by e.rank desc, e.record_id" : "", match.exactCondition()))
			.collect(Collectors.joining(" union all "));
		Query sql = this.entityManager.createNativeQuery(
				"""
						with candidates as (%s),
						ranked as (
						    select c.kind, c.record_id, c.score, count(*) over (partition by c.kind) as total,
						           row_number() over (partition by c.kind
						                              order by c.exact desc, c.in_names desc, c.score desc, c.rank desc, c.length, c.record_id)
						               as position
						    from candidates c
						)
						select kind, record_id, score, total from ranked where position <= :limit order by kind, position
						"""
					.formatted(candidates));
		match.bindExact(match.bindWithNames(sql)).setParameter("window", window).setParameter("limit", perKind);
		List<SearchHit> hits = new ArrayList<>();
		for (Object row : sql.getResultList()) {
			Object[] columns = (Object[]) row;
			hits.add(new SearchHit(SearchKind.valueOf((String) columns[0]), ((Number) columns[1]).longValue(),
					((Number) columns[2]).doubleValue(), ((Number) columns[3]).longValue()));
		}
		return hits;
	}

}
