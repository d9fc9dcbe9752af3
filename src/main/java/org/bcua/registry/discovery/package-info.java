/**
 * What lets other programs find and reuse the registry: the sitemap and robots.txt, the
 * canonical address and the other languages of every page with the feed it offers, and
 * the "cite this record" texts. It reads the feature services; nothing depends on it.
 */
@NullMarked
package org.bcua.registry.discovery;

import org.jspecify.annotations.NullMarked;
