package org.bcua.registry.source;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bcua.registry.web.ExportColumn;

/**
 * The columns of an export that cite a record's sources: their URLs, and the confidence
 * of each in the same order.
 */
public final class CitationColumns {

	private CitationColumns() {
	}

	public static <T> List<ExportColumn<T>> of(Function<T, Set<Citation>> citations) {
		return List.of(
				ExportColumn.of("sources",
						(record) -> citations.apply(record).stream().map((c) -> c.getSource().getUrl()).toList()),
				ExportColumn.of("source_confidences",
						(record) -> citations.apply(record).stream().map(Citation::getConfidence).toList()));
	}

}
