package org.bcua.registry.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Posting back the admin forms as a browser would.
 */
public final class PostedForms {

	private PostedForms() {
	}

	/**
	 * Posts a form with its CSRF token as {@code user}, pressing the button
	 * {@code action}.
	 */
	public static MvcTestResult post(MockMvcTester mvc, String url, Map<String, String> form, String action,
			RequestPostProcessor user) {
		var request = mvc.post().uri(url).with(user).with(csrf()).param("action", action);
		form.forEach(request::param);
		return request.exchange();
	}

	/**
	 * What a browser posts from a rendered form: every input, checked box or radio
	 * button, selected option and text area of the page's {@code form.form} (the CSRF
	 * token and the buttons left out), with the markers Spring adds for check boxes.
	 */
	public static Map<String, String> formOf(Document page) {
		Map<String, String> form = new LinkedHashMap<>();
		for (Element element : page.select("form.form input[name], form.form textarea[name], form.form select[name]")) {
			String name = element.attr("name");
			if (name.equals("_csrf") || name.equals("action")) {
				continue;
			}
			switch (element.normalName()) {
				case "select" -> {
					Element selected = element.selectFirst("option[selected]");
					form.put(name, (selected != null) ? selected.val() : "");
				}
				case "textarea" -> form.put(name, element.text());
				default -> {
					if (element.attr("type").equals("checkbox") || element.attr("type").equals("radio")) {
						if (element.hasAttr("checked")) {
							form.put(name, element.val());
						}
					}
					else {
						form.putIfAbsent(name, element.val());
					}
				}
			}
		}
		return form;
	}

}
