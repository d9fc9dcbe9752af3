/**
 * Member and partner universities: their names in four languages, aliases, identifiers
 * and membership in the association with its evidence.
 */
@NullMarked
package org.bcua.registry.university;

import org.jspecify.annotations.NullMarked;
