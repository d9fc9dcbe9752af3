package org.bcua.registry.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A text cut into the parts that matched a search and the parts that did not, for a
 * template to show the matches marked ({@code <mark>}) while escaping every part.
 *
 * @param segments the parts, in order; together they are the whole text
 */
public record Highlight(List<Segment> segments) {

	public Highlight {
		segments = List.copyOf(segments);
	}

	/**
	 * The text without marks.
	 */
	public String text() {
		return this.segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	/**
	 * Whether any part matched.
	 */
	public boolean matched() {
		return this.segments.stream().anyMatch(Segment::match);
	}

	@Override
	public String toString() {
		return this.segments.stream()
			.map((segment) -> segment.match() ? "[" + segment.text() + "]" : segment.text())
			.collect(Collectors.joining());
	}

	/**
	 * A part of the text.
	 *
	 * @param text the part
	 * @param match whether it matched the search
	 */
	public record Segment(String text, boolean match) {

	}

}
