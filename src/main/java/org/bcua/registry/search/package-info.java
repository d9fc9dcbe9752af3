/**
 * Search across the registry in any script: an index of the names of universities,
 * people, agreements and meetings with their transliterations, the search page's results,
 * type-ahead suggestions, and the faceted lists of universities and agreements.
 */
@NullMarked
package org.bcua.registry.search;

import org.jspecify.annotations.NullMarked;
