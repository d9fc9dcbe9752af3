/**
 * Small pieces every feature uses: partial dates, names in four languages, sources with
 * their confidence, the audited base entity and the not-found exception.
 */
@NullMarked
package org.bcua.registry.shared;

import org.jspecify.annotations.NullMarked;
