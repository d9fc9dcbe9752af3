package org.bcua.registry.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records in the reader's language, on the real data: a Chinese reader finds the Chinese
 * name of every record that has one on its page, and no page of the four languages shows
 * a name, title, place or note in another language without saying so, in markup (a
 * {@code lang} attribute) and visibly (a language tag).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderLanguageTests {

	/** An ASCII comma, colon or semicolon between Chinese characters. */
	private static final Pattern CHINESE_WITH_ASCII_PUNCTUATION = Pattern.compile("\\p{IsHan}\\s*[,:;]\\s*\\p{IsHan}");

	/** A quotation in guillemets or a web address. */
	private static final Pattern QUOTED_OR_URL = Pattern.compile("«[^»]*»|https?://\\S+");

	/** Words whose language a page must mark where they appear, by language. */
	private static final Map<String, List<String>> KNOWN_WORDS = new LinkedHashMap<>();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyRecordWithAChineseNameShowsItOnItsChinesePage() {
		Map<String, String> chinese = new LinkedHashMap<>();
		this.jdbc.query("select slug, name_zh from university where archived_at is null and name_zh is not null",
				(row) -> {
					chinese.put("/universities/" + row.getString(1), row.getString(2));
				});
		this.jdbc.query(
				"select slug, name_zh from person where archived_at is null and published and name_zh is not null",
				(row) -> {
					chinese.put("/people/" + row.getString(1), row.getString(2));
				});
		this.jdbc.query("select slug, title_zh from agreement where archived_at is null and publication = 'PUBLISHED'"
				+ " and title_zh is not null", (row) -> {
					chinese.put("/agreements/" + row.getString(1), row.getString(2));
				});
		this.jdbc.query("select slug, title_zh from meeting where archived_at is null and title_zh is not null",
				(row) -> {
					chinese.put("/meetings/" + row.getString(1), row.getString(2));
				});
		assertThat(chinese).hasSizeGreaterThan(20);
		chinese.forEach((path, name) -> {
			Element heading = page(path + "?lang=zh").selectFirst("h1");
			assertThat(heading).as(path).isNotNull();
			assertThat(heading.text()).as(path).isEqualTo(name);
			assertThat(heading.select("[lang]")).as(path).isEmpty();
		});
	}

	@Test
	void aPositionTitleOfTheVocabularyIsTranslatedAndAFreeTextOneIsTagged() {
		// Andrei Karol: Rector (vocabulary; no Chinese text of his own)
		Document karol = page("/people/andrei-karol?lang=zh");
		Element title = karol.selectFirst("#positions-heading + ul li > span");
		assertThat(title.text()).isEqualTo("校长");
		assertThat(title.hasAttr("lang")).isFalse();
		// Jiang Pengming: Party Secretary; Belarusian from the vocabulary
		assertThat(page("/people/jiang-pengming?lang=be").select("#positions-heading + ul li").text())
			.contains("сакратар партыйнага камітэта");
		// Vadim Bogush chairs the Republican Council of Rectors: the organisation stays
		// English, tagged
		Element council = page("/people/vadim-bogush?lang=zh").selectFirst("span[lang=en]:containsOwn(Council)");
		assertThat(council).isNotNull();
		assertThat(council.nextElementSibling()).isNotNull();
		assertThat(council.nextElementSibling().hasClass("lang-tag")).isTrue();
		assertThat(council.nextElementSibling().select("[aria-hidden=true]").text()).isEqualTo("EN");
		assertThat(council.nextElementSibling().select(".visually-hidden").text()).isEqualTo("英文");
	}

	/**
	 * The nominatives inferred from a genitive (names/unsourced.txt, section A) are other
	 * names marked "Inferred" next to them, with their source cited; what sections B and
	 * D list (unsourced) is nowhere.
	 */
	@Test
	void inferredNamesAreMarkedAndUnsourcedOnesAreNotShipped() {
		Document bsuir = page("/universities/bsuir?lang=be");
		Element row = bsuir
			.selectFirst("td:has(span[lang=be]:containsOwn(Беларускі дзяржаўны ўніверсітэт інфарматыкі))");
		assertThat(row).isNotNull();
		assertThat(row.select(".note").text()).startsWith("Inferred").contains("gsu.by");
		assertThat(bsuir.select(".sources").text()).contains("gsu.by");
		for (String slug : List.of("bntu", "dut", "pku", "brstu")) {
			assertThat(this.jdbc.queryForObject("select count(*) from university_alias a join university u"
					+ " on u.id = a.university_id where u.slug = ? and a.language = 'be' and a.note like 'Inferred%'",
					Integer.class, slug))
				.as(slug)
				.isEqualTo(1);
		}
		// section B (no URL) and D (no source)
		assertThat(this.jdbc.queryForObject("select count(*) from university_alias where name in ('БДУІР', '北大', '天大')",
				Integer.class))
			.isZero();
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from person where name_zh in ('龚旗煌', '彭震伟', '李鲁', '郭东明', '田学军')"
								+ " or name_be in ('Вадзім Богуш', 'Сяргей Харытончык', 'Сяргей Касперовіч')",
						Integer.class))
			.isZero();
	}

	/**
	 * Of the people names_people.csv names that the registry did not hold, those who lead
	 * a university of the registry are shipped with their sources; officials who neither
	 * sign nor lead one are not.
	 */
	@Test
	void peopleWhoLeadAUniversityAreShippedAndOfficialsAreNot() {
		Document zhuk = page("/people/igor-zhuk?lang=ru");
		assertThat(zhuk.selectFirst("h1").text()).isEqualTo("Игорь Георгиевич Жук");
		assertThat(zhuk.select("#positions-heading + ul li").text()).contains("ректор");
		assertThat(zhuk.select(".sources").text()).contains("grsmu.by");
		assertThat(page("/universities/grsmu").text()).contains("Igor Zhuk");
		Document hao = page("/people/hao-ping?lang=zh");
		assertThat(hao.selectFirst("h1").text()).isEqualTo("郝平");
		assertThat(hao.select("#positions-heading + ul li > span").first().text()).isEqualTo("党委书记");
		assertThat(hao.select(".sources").text()).contains("president.gov.by");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from person where name_en in ('Chen Jie', 'Wang Libo',"
						+ " 'Xie Xiaoyong', 'A. Bakhanovich', 'Andrei Ivanets', 'Igor Karpenko', 'Vadim Gigin')",
				Integer.class))
			.isZero();
	}

	@Test
	void aPlaceTheVocabularyDoesNotKnowIsShownInEnglishWithItsTag() {
		Document gomel = page("/universities/gsu-skorina?lang=zh");
		Element city = gomel.selectFirst("dl.facts span[lang=en]");
		assertThat(city).isNotNull();
		assertThat(city.text()).isEqualTo("Gomel");
		assertThat(city.nextElementSibling().hasClass("lang-tag")).isTrue();
		Document minsk = page("/universities/bsu?lang=zh");
		assertThat(minsk.select("dl.facts").text()).contains("明斯克");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ru", "be", "zh" })
	void noPageShowsTextInAnotherLanguageWithoutItsTag(String language) {
		List<String> problems = new ArrayList<>();
		for (String path : pages()) {
			Document document = page(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language);
			Element body = document.body();
			for (Element marked : body.select("[lang]")) {
				if (marked.attr("lang").equals(language) || marked.closest(".lang-tag, .languages") != null) {
					continue;
				}
				if (!tagged(marked)) {
					problems.add(path + ": " + marked.outerHtml());
				}
			}
			if (language.equals("zh")) {
				Matcher ascii = CHINESE_WITH_ASCII_PUNCTUATION.matcher(body.text());
				if (ascii.find()) {
					problems.add(path + ": ASCII punctuation in Chinese text “" + ascii.group() + "”");
				}
			}
			NodeTraversor.traverse((node, depth) -> {
				if (node instanceof TextNode text && !text.isBlank()) {
					checkWords(path, language, text, problems);
				}
			}, body);
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Whether an element in another language is followed by its language tag (or holds
	 * one at its end), or stands in a row that names its language.
	 */
	private static boolean tagged(Element marked) {
		// a list of a record's names in every language names each one's language in full
		Element item = marked.closest("tr, li");
		if (item != null && item.selectFirst(".lang-name") != null) {
			return true;
		}
		Element next = marked.nextElementSibling();
		if (next != null && next.hasClass("lang-tag")) {
			return true;
		}
		Element last = marked.children().last();
		return last != null && last.hasClass("lang-tag");
	}

	/**
	 * Known position titles and city names of a language other than the page's must stand
	 * in an element marked with that language.
	 */
	private static void checkWords(String path, String pageLanguage, TextNode text, List<String> problems) {
		Element parent = text.parent();
		// a citation to copy is one text whatever its parts' languages; a URL is no word
		if (parent == null || parent.closest("script, style, textarea, .lang-tag, .languages") != null) {
			return;
		}
		// a source's wording quoted in a note («ректор») is a quotation, not the page's
		// text
		String plain = QUOTED_OR_URL.matcher(text.text()).replaceAll(" ");
		Element withLang = parent.closest("[lang]");
		String language = (withLang != null) ? withLang.attr("lang") : pageLanguage;
		knownWords().forEach((wordLanguage, words) -> {
			if (wordLanguage.equals(pageLanguage) || wordLanguage.equals(language)) {
				return;
			}
			for (String word : words) {
				Matcher found = Pattern
					.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])", Pattern.UNICODE_CHARACTER_CLASS)
					.matcher(plain);
				if (found.find()) {
					problems.add(path + ": “" + word + "” (" + wordLanguage + ") in “" + text.text().strip()
							+ "” marked " + language);
				}
			}
		});
	}

	/**
	 * The position titles of the vocabulary in English and Russian, and the city names of
	 * the places vocabulary in English and Russian.
	 */
	private static Map<String, List<String>> knownWords() {
		synchronized (KNOWN_WORDS) {
			if (KNOWN_WORDS.isEmpty()) {
				KNOWN_WORDS.put("en", new ArrayList<>(List.of("Rector", "President", "Vice-Rector", "Party Secretary",
						"Deputy Party Secretary", "Chairman", "Secretary of the Party Committee", "Minsk", "Dalian",
						"Beijing", "Harbin", "Gomel", "Vitebsk", "Brest", "Hangzhou", "Xuzhou", "Liaoning", "Jiangsu",
						"Zhejiang", "Heilongjiang", "Grodno", "Polotsk", "Nanjing", "Suzhou", "Tianjin")));
				KNOWN_WORDS.put("ru", new ArrayList<>(List.of("ректор", "проректор", "Минск", "Пекин", "Харбин",
						"Ляонин", "Ханчжоу", "Сюйчжоу", "Чжэцзян", "Хэйлунцзян")));
				Properties russian = messages("_ru");
				russian.stringPropertyNames()
					.stream()
					.filter((key) -> key.startsWith("position.title."))
					.map(russian::getProperty)
					.distinct()
					.filter((word) -> !KNOWN_WORDS.get("ru").contains(word))
					.forEach(KNOWN_WORDS.get("ru")::add);
			}
			return KNOWN_WORDS;
		}
	}

	private static Properties messages(String suffix) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(
				Path.of("src", "main", "resources", "messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	/**
	 * Every record page of the real data, the lists, the home page and a search.
	 */
	private List<String> pages() {
		List<String> paths = new ArrayList<>(List.of("/", "/universities?size=100", "/people", "/agreements?size=100",
				"/meetings", "/search?q=minsk", "/search?q=rector"));
		paths.addAll(this.jdbc.queryForList("select '/universities/' || slug from university where archived_at is null",
				String.class));
		paths.addAll(this.jdbc.queryForList(
				"select '/people/' || slug from person where archived_at is null and published", String.class));
		paths.addAll(this.jdbc.queryForList(
				"select '/agreements/' || slug from agreement where archived_at is null and publication = 'PUBLISHED'",
				String.class));
		paths.addAll(this.jdbc.queryForList("select '/meetings/' || slug from meeting where archived_at is null",
				String.class));
		return paths;
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatus(HttpStatus.OK);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
