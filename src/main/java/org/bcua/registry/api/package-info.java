/**
 * What every part of the public read-only API ({@code /api/v1}) shares: the
 * {@link ApiController} annotation, checked parameters, pages with their links, RFC 9457
 * problem details for every error, entity tags, CORS, the per-client rate limit and the
 * OpenAPI document. The features keep their own API controllers and JSON records; this
 * module depends on nothing above {@code web} and {@code shared}.
 */
@NullMarked
package org.bcua.registry.api;

import org.jspecify.annotations.NullMarked;
