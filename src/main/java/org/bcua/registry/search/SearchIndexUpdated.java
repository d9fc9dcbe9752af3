package org.bcua.registry.search;

/**
 * Published (as a Spring application event) when the search index took in records written
 * without a {@code RecordChanged} event, so search results and lists may have changed;
 * and when another instance of the registry committed a write
 * ({@link ChangesAcrossInstances}), so that what this one keeps (rendered pages, counts,
 * the dump) is dropped here too.
 *
 * @param entries how many entries were indexed (0 when not known)
 * @param elsewhere whether the change was made through another instance
 */
public record SearchIndexUpdated(int entries, boolean elsewhere) {

	/**
	 * Records written through this instance, by another path than a save.
	 */
	public SearchIndexUpdated(int entries) {
		this(entries, false);
	}

}
