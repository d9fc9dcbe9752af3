package org.bcua.registry.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout writes a page's linked data with Thymeleaf's JavaScript inlining, as in
 * {@code fragments/layout.html} (with Spring's expression language, as the application).
 * A name that contains {@code </script>} (or quotes, apostrophes, line separators) must
 * neither end the script element nor break the JSON.
 */
class LinkedDataScriptTests {

	private static final String TEMPLATE = """
			<!DOCTYPE html><html><head>
			<script type="application/ld+json" th:inline="javascript">/*[[${linkedData}]]*/ {}</script>
			</head><body><p>after</p></body></html>""";

	@Test
	void aNameCannotBreakOutOfTheScriptElement() throws Exception {
		String evil = "Evil </script><script>alert(1)</script> U \"q\" 'a' \u2028 <!-- & </SCRIPT >";
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "CollegeOrUniversity");
		data.put("name", List.of(Map.of("@value", evil, "@language", "en")));
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		Context context = new Context();
		context.setVariable("linkedData", data);
		String html = engine.process(TEMPLATE, context);

		assertThat(html.toLowerCase()).containsOnlyOnce("</script");
		Document page = Jsoup.parse(html);
		assertThat(page.select("script")).hasSize(1);
		assertThat(page.select("body p").text()).isEqualTo("after");
		Element script = page.selectFirst("script");
		@SuppressWarnings("unchecked")
		Map<String, Object> parsed = JsonMapper.builder().build().readValue(script.data(), Map.class);
		assertThat(parsed).isEqualTo(data);
	}

}
