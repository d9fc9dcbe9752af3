package org.bcua.registry.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Posting back the admin forms as a browser would.
 */
public final class PostedForms {

	private PostedForms() {
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
