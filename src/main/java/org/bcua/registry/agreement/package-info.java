/**
 * Agreements of every kind (declarations, founding and cooperation agreements, memoranda,
 * joint institutes), their parties and signatures, areas of cooperation and relations.
 */
@NullMarked
package org.bcua.registry.agreement;

import org.jspecify.annotations.NullMarked;
