package org.bcua.registry.discovery;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every public page the links of {@link PageLinks} as the model attribute
 * {@code discovery}, which the layout's {@code <head>} writes out. The admin area and the
 * sign-in page get none (they are not for search engines). Error pages get none either:
 * they are rendered with a model of their own.
 */
@ControllerAdvice
class DiscoveryLinks {

	/** The interface languages, as the layout's language switcher offers them. */
	static final List<String> LANGUAGES = List.of("en", "ru", "be", "zh");

	/**
	 * Record pages, whose canonical address is their permalink, without any parameter.
	 */
	private static final List<String> RECORD_PAGES = List.of("/universities/{slug}", "/people/{slug}",
			"/meetings/{slug}", "/agreements/{slug}");

	/** Record pages with a feed of their agreements at {@code <page>/agreements.atom}. */
	private static final List<String> PAGES_WITH_FEEDS = List.of("/universities/{slug}", "/people/{slug}",
			"/meetings/{slug}");

	@ModelAttribute
	void links(HttpServletRequest request, Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/error")) {
			return;
		}
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		String canonical = PageAddress.canonical(request, !RECORD_PAGES.contains(pattern));
		List<PageLinks.Alternate> languages = LANGUAGES.stream()
			.map((language) -> new PageLinks.Alternate(language, PageAddress.inLanguage(canonical, language)))
			.toList();
		model.addAttribute("discovery", new PageLinks(canonical, languages, feed(request, pattern)));
	}

	/**
	 * The feed of the agreements a page lists: a university's, a person's, a meeting's,
	 * the list's (of an area or a university when it is filtered by one) or, on the home
	 * page, every agreement's.
	 */
	private static @Nullable String feed(HttpServletRequest request, String pattern) {
		UriComponentsBuilder site = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null);
		if (PAGES_WITH_FEEDS.contains(pattern)) {
			String slug = slug(request);
			return (slug != null) ? site.path(pattern.replace("{slug}", slug) + "/agreements.atom").toUriString()
					: null;
		}
		if ("/agreements".equals(pattern)) {
			String university = request.getParameter("university");
			if (university != null && !university.isBlank()) {
				return site.path("/universities/{slug}/agreements.atom")
					.buildAndExpand(university.strip())
					.encode()
					.toUriString();
			}
			String area = request.getParameter("area");
			if (area != null && !area.isBlank()) {
				return site.path("/feeds/agreements.atom")
					.queryParam("area", "{area}")
					.buildAndExpand(area.strip())
					.encode()
					.toUriString();
			}
			return site.path("/feeds/agreements.atom").toUriString();
		}
		if ("/".equals(pattern)) {
			return site.path("/feeds/agreements.atom").toUriString();
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable String slug(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (String) ((Map<String, String>) map).get("slug") : null;
	}

}
