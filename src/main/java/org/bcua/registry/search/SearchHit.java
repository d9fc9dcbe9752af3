package org.bcua.registry.search;

/**
 * An entry of the index that matched a query.
 *
 * @param kind the kind of record
 * @param id the record's id
 * @param score how well it matched
 * @param total how many entries of its kind matched, up to the window searched
 */
public record SearchHit(SearchKind kind, long id, double score, long total) {

}
