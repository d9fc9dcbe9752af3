/**
 * The embedded PostgreSQL server the registry starts when no database URL is configured,
 * and what the registry asks of PostgreSQL whichever server it is: migrations on
 * connections without the timeouts of pages, lists of ids bound as arrays in queries.
 */
@NullMarked
package org.bcua.registry.database;

import org.jspecify.annotations.NullMarked;
