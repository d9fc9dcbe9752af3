package org.bcua.registry.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the interface strings honest: the four message bundles carry the same keys, the
 * translations are not English copied over, every key a template asks for exists and
 * every key is used, and the templates show no text that does not come from a bundle.
 * Reads the files from the source tree; no application context is needed.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path JAVA = Path.of("src", "main", "java");

	private static final List<String> TRANSLATIONS = List.of("ru", "be", "zh");

	/**
	 * Keys whose value may equal the English one: the language switcher labels, each
	 * language's name in itself, the date patterns, which are not text, and the
	 * punctuation that joins a filter's name to its value ("Country: " but "国家：").
	 */
	private static final Pattern SAME_AS_ENGLISH_ALLOWED = Pattern
		.compile("language\\.[a-z]{2}|date\\.format\\..+|filters\\.chip\\.facet");

	/**
	 * Literal text the templates may show: data that is not translated, such as the names
	 * of identifier registries and the domains that label source links.
	 */
	private static final Set<String> LITERAL_TEXT_ALLOWED = Set.of("ROR", "Wikidata", "cissc.dlut.edu.cn",
			"nasb.gov.by");

	/**
	 * Attributes whose content Thymeleaf replaces, so that the element's literal content
	 * is only prototype text.
	 */
	private static final List<String> CONTENT_REPLACING = List.of("text", "utext", "replace", "insert");

	/**
	 * Attributes a visitor reads or hears: they need a {@code th:} counterpart.
	 */
	private static final List<String> READABLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription");

	private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

	private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

	private static final Pattern MESSAGE_START = Pattern.compile("#\\{");

	private static final Pattern STATIC_KEY = Pattern.compile("\\s*([A-Za-z0-9_.\\-]+)\\s*[(}]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("\\s*'([A-Za-z0-9_.\\-]+)'\\s*\\+");

	private static final Pattern MESSAGES_UTILITY = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([A-Za-z0-9_.\\-]+)'");

	private static final Pattern JAVA_PREFIX_LITERAL = Pattern
		.compile("\"([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*\\.)\"");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern ONE_SEGMENT = Pattern.compile("[A-Za-z0-9_\\-]+");

	// (a)
	@Test
	void bundlesHaveTheSameKeysInTheSameOrder() throws IOException {
		Bundle english = Bundle.load("");
		List<String> problems = new ArrayList<>(english.duplicateProblems());
		for (String language : TRANSLATIONS) {
			Bundle bundle = Bundle.load(language);
			problems.addAll(bundle.duplicateProblems());
			Set<String> missing = new LinkedHashSet<>(english.keys());
			missing.removeAll(bundle.keys());
			Set<String> extra = new LinkedHashSet<>(bundle.keys());
			extra.removeAll(english.keys());
			missing.forEach((key) -> problems.add(bundle.file() + ": missing key " + key));
			extra.forEach((key) -> problems.add(bundle.file() + ": extra key " + key));
			if (missing.isEmpty() && extra.isEmpty()
					&& !List.copyOf(bundle.keys()).equals(List.copyOf(english.keys()))) {
				problems.add(bundle.file() + ": keys are not in the order of messages.properties, first difference at "
						+ firstDifference(english.keys(), bundle.keys()));
			}
		}
		assertNoProblems("Message bundles differ in their keys", problems);
	}

	// (b)
	@Test
	void translationsAreNotEnglishCopied() throws IOException {
		Bundle english = Bundle.load("");
		List<String> problems = new ArrayList<>();
		for (String language : TRANSLATIONS) {
			Bundle bundle = Bundle.load(language);
			bundle.messages().forEach((key, value) -> {
				String englishValue = english.messages().get(key);
				if (value.equals(englishValue) && !SAME_AS_ENGLISH_ALLOWED.matcher(key).matches()
						&& hasLetters(value)) {
					problems.add(bundle.file() + ": " + key + " is the English text \"" + value + "\"");
				}
			});
		}
		assertNoProblems("Translations identical to the English text", problems);
	}

	/**
	 * Chinese text takes Chinese punctuation: no ASCII comma, colon, semicolon or
	 * parenthesis next to a Chinese character (an argument or a space between them counts
	 * as next to it).
	 */
	@Test
	void chineseTextHasChinesePunctuation() throws IOException {
		Pattern ascii = Pattern
			.compile("\\p{IsHan}\\s*(?:\\{\\d+}\\s*)?[,:;()]|[,:;()]\\s*(?:\\{\\d+}\\s*)?\\p{IsHan}");
		List<String> problems = new ArrayList<>();
		Bundle.load("zh").messages().forEach((key, value) -> {
			Matcher found = ascii.matcher(value);
			if (found.find()) {
				problems.add("messages_zh.properties: " + key + " has \"" + found.group() + "\"");
			}
		});
		assertNoProblems("ASCII punctuation in Chinese text", problems);
	}

	/**
	 * One word per concept in each language: the association has one name (what precedes
	 * or follows its word is always the same), and the registry one word (Chinese: 资料库,
	 * as in the site's name).
	 */
	@Test
	void theAssociationAndTheRegistryHaveOneNamePerLanguage() throws IOException {
		Map<String, List<Pattern>> wrong = new LinkedHashMap<>();
		wrong.put("", List.of(Pattern.compile("Association of (?!Universities of Belarus and China)"),
				Pattern.compile("(?i)\\bregister\\b")));
		wrong.put("ru", List.of(Pattern.compile("(?iu)ассоциаци\\p{L}* университетов(?! Беларуси и Китая)"),
				Pattern.compile("(?iu)регистр")));
		wrong.put("be", List.of(Pattern.compile("(?iu)(?<!кітайска-беларуск\\p{L}{1,3} )асацыяцы\\p{L}* ўніверсітэтаў"),
				Pattern.compile("(?iu)рэгістр")));
		wrong.put("zh",
				List.of(Pattern.compile("(?<!中国-白俄罗斯)大学联盟"), Pattern.compile("协会"), Pattern.compile("登记册|名录|注册表")));
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<Pattern>> language : wrong.entrySet()) {
			Bundle bundle = Bundle.load(language.getKey());
			bundle.messages().forEach((key, value) -> {
				for (Pattern pattern : language.getValue()) {
					Matcher found = pattern.matcher(value);
					if (found.find()) {
						problems.add(bundle.file() + ": " + key + " has \"" + found.group() + "\"");
					}
				}
			});
		}
		Bundle chinese = Bundle.load("zh");
		assertThat(chinese.messages().get("site.name")).contains("资料库").contains("中国-白俄罗斯大学联盟");
		assertThat(chinese.messages().get("login.heading")).contains("资料库");
		assertNoProblems("Another word for the association or the registry", problems);
	}

	@Test
	void languageSwitcherLabelsAreTheSameInEveryBundle() throws IOException {
		Bundle english = Bundle.load("");
		List<String> problems = new ArrayList<>();
		for (String language : TRANSLATIONS) {
			Bundle bundle = Bundle.load(language);
			english.messages().forEach((key, value) -> {
				if (key.matches("language\\.[a-z]{2}") && !value.equals(bundle.messages().get(key))) {
					problems.add(bundle.file() + ": " + key + " is \"" + bundle.messages().get(key) + "\", not \""
							+ value + "\"");
				}
			});
		}
		assertNoProblems("Language switcher labels differ between bundles", problems);
	}

	@Test
	void argumentsAndApostrophesSurviveMessageFormat() throws IOException {
		List<String> problems = new ArrayList<>();
		Bundle english = Bundle.load("");
		for (String language : bundleLanguages()) {
			Bundle bundle = Bundle.load(language);
			bundle.messages().forEach((key, value) -> {
				String englishValue = english.messages().getOrDefault(key, value);
				Set<String> expected = arguments(englishValue);
				if (!arguments(value).equals(expected)) {
					problems.add(bundle.file() + ": " + key + " has arguments " + arguments(value) + ", English has "
							+ expected);
				}
				if (expected.isEmpty()) {
					if (value.contains("''")) {
						problems.add(bundle.file() + ": " + key
								+ " has no arguments, so '' is shown doubled; write a single apostrophe or ’");
					}
					return;
				}
				if (value.replace("''", "").contains("'")) {
					problems.add(bundle.file() + ": " + key
							+ " has arguments, so a single apostrophe starts a quoted section; double it ('')");
				}
				Object[] markers = expected.stream().map((index) -> "⟦" + index + "⟧").toArray();
				Object[] arguments = new Object[expected.stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1];
				expected.forEach((index) -> arguments[Integer.parseInt(index)] = "⟦" + index + "⟧");
				try {
					String formatted = new MessageFormat(value, Locale.forLanguageTag(language)).format(arguments);
					for (Object marker : markers) {
						if (!formatted.contains((String) marker)) {
							problems.add(bundle.file() + ": " + key + " loses argument " + marker + " when formatted: "
									+ formatted);
						}
					}
				}
				catch (IllegalArgumentException ex) {
					problems
						.add(bundle.file() + ": " + key + " is not a valid MessageFormat pattern: " + ex.getMessage());
				}
			});
		}
		assertNoProblems("Messages broken by MessageFormat", problems);
	}

	@Test
	void datePatternsFormatInEachLanguage() throws IOException {
		LocalDate date = LocalDate.of(2025, 10, 13);
		Map<String, List<String>> expected = Map.of("", List.of("13 October 2025", "October 2025", "2025"), "ru",
				List.of("13 октября 2025", "октябрь 2025", "2025"), "be",
				List.of("13 кастрычніка 2025", "кастрычнік 2025", "2025"), "zh",
				List.of("2025年10月13日", "2025年10月", "2025年"));
		List<String> keys = List.of("date.format.day", "date.format.month", "date.format.year");
		List<String> problems = new ArrayList<>();
		for (String language : bundleLanguages()) {
			Bundle bundle = Bundle.load(language);
			Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
			for (int i = 0; i < keys.size(); i++) {
				String pattern = bundle.messages().get(keys.get(i));
				String formatted = (pattern != null) ? DateTimeFormatter.ofPattern(pattern, locale).format(date) : null;
				if (!expected.get(language).get(i).equals(formatted)) {
					problems.add(bundle.file() + ": " + keys.get(i) + "=" + pattern + " formats 2025-10-13 as \""
							+ formatted + "\", expected \"" + expected.get(language).get(i) + "\"");
				}
			}
		}
		assertNoProblems("Date patterns", problems);
	}

	// (c)
	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = Bundle.load("").keys();
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			TemplateKeys used = TemplateKeys.of(Files.readString(template));
			String file = TEMPLATES.relativize(template).toString();
			used.keys()
				.stream()
				.filter((key) -> !keys.contains(key))
				.forEach((key) -> problems.add(file + ": #{" + key + "} is not in messages.properties"));
			used.prefixes()
				.stream()
				.filter((prefix) -> keys.stream().noneMatch((key) -> key.startsWith(prefix)))
				.forEach((prefix) -> problems.add(file + ": no key in messages.properties starts with '" + prefix
						+ "' (used as #{'" + prefix + "' + ...})"));
			used.unrecognised()
				.forEach((expression) -> problems.add(file + ": cannot check the message expression " + expression));
		}
		assertNoProblems("Message keys used by templates", problems);
	}

	// (c)
	@Test
	void everyKeyIsUsed() throws IOException {
		List<String> sources = new ArrayList<>();
		Set<String> prefixes = new TreeSet<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			sources.add(text);
			prefixes.addAll(TemplateKeys.of(text).prefixes());
		}
		for (Path java : files(JAVA, ".java")) {
			String text = Files.readString(java);
			sources.add(text);
			Matcher literal = JAVA_PREFIX_LITERAL.matcher(text);
			while (literal.find()) {
				prefixes.add(literal.group(1));
			}
		}
		List<String> problems = new ArrayList<>();
		for (String key : Bundle.load("").keys()) {
			Pattern token = Pattern.compile("(?<![\\w.\\-])" + Pattern.quote(key) + "(?![\\w\\-]|\\.\\w)");
			boolean named = sources.stream().anyMatch((source) -> token.matcher(source).find());
			boolean byPrefix = prefixes.stream()
				.anyMatch((prefix) -> key.startsWith(prefix)
						&& ONE_SEGMENT.matcher(key.substring(prefix.length())).matches());
			if (!named && !byPrefix) {
				problems.add("messages.properties: " + key + " is used by no template and no Java code");
			}
		}
		assertNoProblems("Unused message keys", problems);
	}

	// (d)
	@Test
	void templatesShowNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String file = TEMPLATES.relativize(template).toString();
			Document document = rendered(template);
			boolean fragmentsOnly = isFragmentsOnly(Jsoup.parse(Files.readString(template)));
			for (Element element : document.getAllElements()) {
				String tag = element.normalName();
				if (tag.equals("script") || tag.equals("style") || (fragmentsOnly && tag.equals("title"))) {
					continue;
				}
				for (TextNode node : element.textNodes()) {
					String text = INLINE_EXPRESSION.matcher(node.text()).replaceAll("").strip();
					if (!PUNCTUATION_ONLY.matcher(text).matches() && !LITERAL_TEXT_ALLOWED.contains(text)) {
						problems.add(file + ": <" + tag + "> shows literal text \"" + text + "\"");
					}
				}
			}
		}
		assertNoProblems("Literal text in templates (use th:text with a message key)", problems);
	}

	// (d), attributes
	@Test
	void templatesHaveNoLiteralReadableAttributes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String file = TEMPLATES.relativize(template).toString();
			for (Element element : rendered(template).getAllElements()) {
				for (String name : READABLE_ATTRIBUTES) {
					String value = element.attr(name);
					if (hasLetters(value) && !hasThymeleafAttribute(element, name)
							&& !hasThymeleafAttribute(element, "attr")) {
						problems.add(file + ": <" + element.normalName() + "> has literal " + name + "=\"" + value
								+ "\" without th:" + name);
					}
				}
			}
		}
		assertNoProblems("Literal readable attributes in templates", problems);
	}

	// (e)
	@Test
	void templatesDoNotUseUnescapedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String file = TEMPLATES.relativize(template).toString();
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (hasThymeleafAttribute(element, "utext")) {
					problems.add(file + ": <" + element.normalName() + "> uses th:utext");
				}
				for (TextNode node : element.textNodes()) {
					if (node.getWholeText().contains("[(")) {
						problems.add(file + ": <" + element.normalName() + "> uses unescaped inlining [(...)]");
					}
				}
			}
		}
		assertNoProblems("Unescaped text in templates", problems);
	}

	/**
	 * The template as a visitor could see it: without the elements whose content
	 * Thymeleaf replaces or removes. The root element is kept: a page replaces it with
	 * the layout but passes its own fragments into it.
	 */
	private static Document rendered(Path template) throws IOException {
		Document document = Jsoup.parse(Files.readString(template));
		List<Element> replaced = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (element == document || element.normalName().equals("html")) {
				continue;
			}
			boolean replacing = CONTENT_REPLACING.stream().anyMatch((name) -> hasThymeleafAttribute(element, name));
			String remove = thymeleafAttribute(element, "remove");
			if (replacing || (remove != null && Set.of("all", "body", "all-but-first").contains(remove.strip()))) {
				replaced.add(element);
			}
		}
		replaced.forEach(Element::remove);
		return document;
	}

	/**
	 * A file that only holds fragments for other templates: its own page (the title) is
	 * never rendered.
	 */
	private static boolean isFragmentsOnly(Document document) {
		Element html = document.selectFirst("html");
		boolean page = html != null && (hasThymeleafAttribute(html, "fragment")
				|| hasThymeleafAttribute(html, "replace") || hasThymeleafAttribute(html, "insert"));
		return !page
				&& document.getAllElements().stream().anyMatch((element) -> hasThymeleafAttribute(element, "fragment"));
	}

	private static boolean hasThymeleafAttribute(Element element, String name) {
		return thymeleafAttribute(element, name) != null;
	}

	private static String thymeleafAttribute(Element element, String name) {
		for (Attribute attribute : element.attributes()) {
			String key = attribute.getKey().toLowerCase(Locale.ROOT);
			if (key.equals("th:" + name) || key.equals("data-th-" + name)) {
				return attribute.getValue();
			}
		}
		return null;
	}

	private static boolean hasLetters(String value) {
		return value.codePoints().anyMatch(Character::isLetter);
	}

	private static Set<String> arguments(String value) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(value);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	private static String firstDifference(Set<String> expected, Set<String> actual) {
		List<String> left = new ArrayList<>(expected);
		List<String> right = new ArrayList<>(actual);
		for (int i = 0; i < left.size(); i++) {
			if (!left.get(i).equals(right.get(i))) {
				return "line of key " + left.get(i) + " (found " + right.get(i) + ")";
			}
		}
		return "end";
	}

	private static List<String> bundleLanguages() {
		return Stream.concat(Stream.of(""), TRANSLATIONS.stream()).toList();
	}

	private static List<Path> templates() throws IOException {
		List<Path> templates = files(TEMPLATES, ".html");
		assertThat(templates).as("templates under %s", TEMPLATES.toAbsolutePath()).isNotEmpty();
		return templates;
	}

	private static List<Path> files(Path root, String extension) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(extension)).sorted().toList();
		}
	}

	private static void assertNoProblems(String title, List<String> problems) {
		assertThat(problems)
			.withFailMessage(() -> title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems))
			.isEmpty();
	}

	/**
	 * One message bundle, its entries in file order, and the keys it defines twice.
	 */
	private record Bundle(String file, Map<String, String> messages, List<String> duplicates) {

		static Bundle load(String language) throws IOException {
			String file = language.isEmpty() ? "messages.properties" : "messages_" + language + ".properties";
			Map<String, String> messages = new LinkedHashMap<>();
			List<String> duplicates = new ArrayList<>();
			Properties properties = new Properties() {

				@Override
				public synchronized Object put(Object key, Object value) {
					if (messages.containsKey(key)) {
						duplicates.add((String) key);
					}
					messages.put((String) key, (String) value);
					return super.put(key, value);
				}

			};
			// A strict UTF-8 reader: a file in another encoding fails here
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			return new Bundle(file, messages, duplicates);
		}

		Set<String> keys() {
			return this.messages.keySet();
		}

		List<String> duplicateProblems() {
			return this.duplicates.stream().map((key) -> this.file + ": key " + key + " is defined twice").toList();
		}

	}

	/**
	 * The message keys a template names: {@code #{key}}, {@code #{key(args)}} and
	 * {@code #messages.msg('key')}; the prefixes of {@code #{'prefix.' + ${...}}}; and
	 * any other message expression, which cannot be checked.
	 */
	private record TemplateKeys(Set<String> keys, Set<String> prefixes, Set<String> unrecognised) {

		static TemplateKeys of(String text) {
			Set<String> keys = new TreeSet<>();
			Set<String> prefixes = new TreeSet<>();
			Set<String> unrecognised = new TreeSet<>();
			Matcher start = MESSAGE_START.matcher(text);
			while (start.find()) {
				Matcher key = STATIC_KEY.matcher(text).region(start.end(), text.length());
				Matcher prefix = DYNAMIC_KEY.matcher(text).region(start.end(), text.length());
				if (key.lookingAt()) {
					keys.add(key.group(1));
				}
				else if (prefix.lookingAt()) {
					prefixes.add(prefix.group(1));
				}
				else {
					unrecognised.add(text.substring(start.start(), closingBrace(text, start.end())));
				}
			}
			Matcher utility = MESSAGES_UTILITY.matcher(text);
			while (utility.find()) {
				keys.add(utility.group(1));
			}
			return new TemplateKeys(keys, prefixes, unrecognised);
		}

		/**
		 * The end of the expression that opens just before {@code from}: after its
		 * matching closing brace.
		 */
		private static int closingBrace(String text, int from) {
			int depth = 1;
			for (int i = from; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}' && --depth == 0) {
					return i + 1;
				}
			}
			return text.length();
		}

	}

}
