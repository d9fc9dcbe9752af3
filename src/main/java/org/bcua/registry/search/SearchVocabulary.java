package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The words of the registry's names ({@code search_word}), for the words of a query that
 * are spelled differently: a typo ("Dalain" for "dalian"), or a transliteration that does
 * not follow the spelling the names use ("Далянь" gives "dalyan", the names say
 * "dalian"). Close words are found by trigram similarity in the vocabulary's index, then
 * kept when at most one edit away (two for words of eight letters or more). Runs in the
 * caller's transaction.
 */
@Component
public class SearchVocabulary {

	/**
	 * How similar by trigrams a word must be to be considered ("dalain" and "dalian":
	 * 0.27).
	 */
	public static final String THRESHOLD = "0.25";

	public static final int MAX_SPELLINGS = 3;

	private static final int CANDIDATES = 20;

	private final EntityManager entityManager;

	public SearchVocabulary(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The query, searching also for the registry's spellings of the words it
	 * transliterated from Cyrillic (or another script): two statements for such a query,
	 * none for a query in Latin or Han characters.
	 */
	public SearchQuery withSpellings(SearchQuery query) {
		List<String> words = query.transliteratedWords();
		if (words.isEmpty()) {
			return query;
		}
		Map<String, List<String>> spellings = new LinkedHashMap<>();
		close(words).forEach((word, close) -> {
			List<String> others = close.stream().filter((other) -> !other.equals(word)).limit(MAX_SPELLINGS).toList();
			if (!others.isEmpty()) {
				spellings.put(word, others);
			}
		});
		return spellings.isEmpty() ? query : query.withSpellings(spellings);
	}

	/**
	 * The query with each of its words that is not a word of the names replaced by the
	 * closest word that is.
	 * @return the corrected query, or {@code null} when no word could be corrected
	 */
	public @Nullable SearchQuery corrected(SearchQuery query) {
		Map<String, String> replacements = new LinkedHashMap<>();
		close(query.correctableWords()).forEach((word, close) -> {
			if (!close.isEmpty() && !close.contains(word)) {
				replacements.put(word, close.get(0));
			}
		});
		return replacements.isEmpty() ? null : query.replacing(replacements);
	}

	/**
	 * For each word, the words of the vocabulary at most one or two edits away, closest
	 * first (the word itself included when it is one).
	 */
	public Map<String, List<String>> close(List<String> words) {
		if (words.isEmpty()) {
			return Map.of();
		}
		this.entityManager.createNativeQuery("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
			.setParameter("threshold", THRESHOLD)
			.getSingleResult();
		String values = IntStream.range(0, words.size())
			.mapToObj((i) -> "(cast(:w" + i + " as text))")
			.collect(Collectors.joining(", "));
		Query sql = this.entityManager.createNativeQuery("select v.word, s.word from (values " + values
				+ ") as v(word) cross join lateral (select w.word from search_word w where w.word % v.word"
				+ " order by w.word <-> v.word, w.word limit " + CANDIDATES + ") as s");
		for (int i = 0; i < words.size(); i++) {
			sql.setParameter("w" + i, words.get(i));
		}
		Map<String, List<String>> candidates = new LinkedHashMap<>();
		words.forEach((word) -> candidates.put(word, new ArrayList<>()));
		for (Object row : sql.getResultList()) {
			Object[] columns = (Object[]) row;
			candidates.get((String) columns[0]).add((String) columns[1]);
		}
		Map<String, List<String>> close = new LinkedHashMap<>();
		candidates.forEach((word, list) -> {
			int allowed = (word.length() < 8) ? 1 : 2;
			close.put(word, list.stream()
				.filter((candidate) -> Highlighter.editDistance(candidate, word) <= allowed)
				.sorted(Comparator.comparingInt((String candidate) -> Highlighter.editDistance(candidate, word)))
				.toList());
		});
		return close;
	}

}
