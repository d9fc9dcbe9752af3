/**
 * People who sign agreements or lead universities, with the positions they hold.
 */
@NullMarked
package org.bcua.registry.person;

import org.jspecify.annotations.NullMarked;
