/**
 * The embedded PostgreSQL server the registry starts when no database URL is configured.
 */
@NullMarked
package org.bcua.registry.database;

import org.jspecify.annotations.NullMarked;
