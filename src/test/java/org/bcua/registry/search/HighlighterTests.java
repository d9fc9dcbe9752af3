package org.bcua.registry.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search marks in the names it shows, across scripts.
 */
class HighlighterTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dalian        | Dalian University of Technology | [Dalian] University of Technology
					dalian univ   | Dalian University of Technology | [Dalian] [University] of Technology
					Dalain        | Dalian University of Technology | [Dalian] University of Technology
					Далянь        | Dalian University of Technology | [Dalian] University of Technology
					大连           | Dalian University of Technology | [Dalian] University of Technology
					Dalian        | 大连理工大学                      | [大连]理工大学
					大连理工        | 大连理工大学                      | [大连理工]大学
					理工           | 大连理工大学                      | 大连[理工]大学
					Xiang         | 项昌乐                           | [项]昌乐
					Dalian        | Даляньский политехнический университет | [Даляньский] политехнический университет
					Bogush        | Вадим Богуш                     | Вадим [Богуш]
					БГУИР         | Белорусский государственный университет информатики и радиоэлектроники | [Белорусский] [государственный] [университет] [информатики] и [радиоэлектроники]
					BSUIR         | Belarusian State University of Informatics and Radioelectronics | [Belarusian] [State] [University] of [Informatics] and [Radioelectronics]
					DUT           | The source gives no date | The source gives no date
					大连           | The source gives no date | The source gives no date
					<b>           | <b>Dalian</b> & co       | <[b]>Dalian</[b]> & co
					""")
	void marksWhatMatched(String query, String text, String marked) {
		assertThat(new Highlighter(SearchQuery.of(query)).highlight(text)).hasToString(marked);
	}

	@Test
	void cutsAPassageAroundTheFirstMatch() {
		String summary = "A joint laboratory of Belarusian State University and Dalian University of Technology "
				+ "within the Belt and Road initiative was opened as an outcome of the 3rd meeting of the association.";
		Highlight passage = new Highlighter(SearchQuery.of("Belt Road")).snippet(summary, 20);
		assertThat(passage).isNotNull();
		assertThat(passage.toString()).startsWith("…").endsWith("…").contains("[Belt] and [Road]");
		assertThat(new Highlighter(SearchQuery.of("nothing")).snippet(summary, 20)).isNull();
		assertThat(new Highlighter(SearchQuery.of("joint")).snippet(summary, 20).toString()).startsWith("A [joint]");
	}

}
