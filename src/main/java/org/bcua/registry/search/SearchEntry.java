package org.bcua.registry.search;

/**
 * What the index holds for one record: its text, and whether the public sees the record
 * (drafts, unpublished people and archived records are kept in the index but never
 * found).
 *
 * @param visible whether search may find the record
 * @param document the record's text
 */
public record SearchEntry(boolean visible, SearchDocument document) {

}
