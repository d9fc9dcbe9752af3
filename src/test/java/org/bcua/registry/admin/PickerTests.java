package org.bcua.registry.admin;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.site.PickerKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pickers of the admin forms find a university, a person or a meeting as the search
 * does: by abbreviations, aliases, and names in other scripts or transliterated. Each
 * option carries its keys ({@code data-names}); what the picker keeps for a typed text is
 * what {@link PickerKeys#matches} keeps (the same rule as {@code picker.js}, which the
 * browser suite exercises).
 */
@AdminTest
class PickerTests {

	private static final RequestPostProcessor EDITOR = user("editor-picker").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void universityPickersFindAbbreviationsAliasesAndOtherScripts() {
		Document agreement = page("/admin/agreements/new");
		String bsuir = "Belarusian State University of Informatics and Radioelectronics (Belarus)";
		String dut = "Dalian University of Technology (China)";
		for (String typed : List.of("BSUIR", "bsuir", "БГУИР", "Belarusian informatics")) {
			assertThat(kept(agreement, "parties0.universityId", typed)).as(typed).contains(bsuir).doesNotContain(dut);
		}
		for (String typed : List.of("DUT", "大连理工", "Dalian Technology", "dalian ligong",
				"Даляньский политехнический")) {
			assertThat(kept(agreement, "parties0.universityId", typed)).as(typed).contains(dut).doesNotContain(bsuir);
		}
		assertThat(kept(page("/admin/people/new"), "positions0.universityId", "БГУИР"))
			.containsExactly("Belarusian State University of Informatics and Radioelectronics");
		assertThat(kept(page("/admin/meetings/new"), "hostIds", "DUT")).contains("Dalian University of Technology")
			.hasSize(1);
	}

	@Test
	void signatoryAndMeetingPickersFindOtherScriptsAndTransliterations() {
		Document agreement = page("/admin/agreements/new");
		for (String typed : List.of("Богуш", "bogush", "Vadim")) {
			assertThat(kept(agreement, "parties0.signatoryId", typed)).as(typed).containsExactly("Vadim Bogush");
		}
		for (String typed : List.of("项昌乐", "Сян", "xiang changle")) {
			assertThat(kept(agreement, "parties0.signatoryId", typed)).as(typed).containsExactly("Xiang Changle");
		}
		assertThat(kept(agreement, "meetingId", "заседание")).singleElement().asString().startsWith("3rd meeting");
		assertThat(kept(agreement, "meetingId", "zasedaniye")).singleElement().asString().startsWith("3rd meeting");
		assertThat(kept(agreement, "meetingId", "2024 Dalian")).singleElement()
			.asString()
			.startsWith("2024 General Conference");
	}

	private Document page(String url) {
		return parse(this.mvc.get().uri(url).with(EDITOR).exchange());
	}

	/**
	 * The options of a picker kept for the typed text: their texts.
	 */
	private static List<String> kept(Document page, String id, String typed) {
		Element select = page.getElementById(id);
		assertThat(select).as(id).isNotNull();
		assertThat(select.hasAttr("data-picker")).as(id + " is a picker").isTrue();
		return select.select("option[data-names]")
			.stream()
			.filter((option) -> PickerKeys.matches(option.attr("data-names"), typed))
			.map(Element::text)
			.toList();
	}

}
