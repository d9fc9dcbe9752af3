package org.bcua.registry.discovery;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The links of a page's {@code <head>} that tell other programs about it: its canonical
 * address, the same page in each interface language ({@code hreflang}, with the canonical
 * address as {@code x-default}, where the visitor's browser chooses), and the Atom feed
 * of the agreements it lists, if any.
 *
 * @param canonical the absolute canonical address
 * @param languages the page in each language
 * @param feed the absolute address of its feed, or {@code null}
 */
public record PageLinks(String canonical, List<Alternate> languages, @Nullable String feed) {

	/**
	 * The page in one language.
	 *
	 * @param language the language tag
	 * @param href the absolute address
	 */
	public record Alternate(String language, String href) {

	}

}
