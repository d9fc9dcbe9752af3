package org.bcua.registry.shared;

import java.time.Instant;

/**
 * When a public record last changed, by its slug: a line of the sitemap.
 *
 * @param slug the record's permanent slug
 * @param at the record's last change
 */
public record LastChange(String slug, Instant at) {

}
