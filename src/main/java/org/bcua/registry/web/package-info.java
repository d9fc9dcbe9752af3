/**
 * The public pages: they compose what the feature services read. Also the layout, the
 * language of the interface, formatting of partial dates, and error pages.
 */
@NullMarked
package org.bcua.registry.web;

import org.jspecify.annotations.NullMarked;
