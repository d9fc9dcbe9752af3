package org.bcua.registry.search;

/**
 * Published (as a Spring application event) when the search index took in records written
 * without a {@code RecordChanged} event, so search results and lists may have changed.
 *
 * @param entries how many entries were indexed
 */
public record SearchIndexUpdated(int entries) {

}
