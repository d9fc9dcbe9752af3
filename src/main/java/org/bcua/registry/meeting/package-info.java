/**
 * Meetings of the association: number (possibly inferred), dates, place, hosts and
 * attendance.
 */
@NullMarked
package org.bcua.registry.meeting;

import org.jspecify.annotations.NullMarked;
