package org.bcua.registry.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.web.CurrentRequest;
import org.bcua.registry.web.Download;
import org.bcua.registry.web.DownloadLinks;
import org.bcua.registry.web.Paging;

/**
 * The people list and each person's page: positions held and agreements signed.
 */
@Controller
class PersonController {

	private final PersonService people;

	private final List<PersonPageSection> pageSections;

	private final HistoryService history;

	private final PersonExport export;

	PersonController(PersonService people, List<PersonPageSection> pageSections, HistoryService history,
			PersonExport export) {
		this.export = export;
		this.people = people;
		this.pageSections = pageSections;
		this.history = history;
	}

	@GetMapping("/people")
	String list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Locale locale, HttpServletRequest request,
			Model model) {
		Paging paging = Paging.of(page, size);
		Page<Person> result = this.people.list(locale, paging.index(), paging.size());
		model.addAttribute("people", result.getContent());
		model.addAttribute("links", Paging.links(result, CurrentRequest.uri(request)));
		model.addAttribute("downloads", DownloadLinks.of(request, "/people"));
		return "people/list";
	}

	/**
	 * Every person of the list (all pages of it), as CSV or JSON, streamed as it is read.
	 */
	@GetMapping({ "/people.csv", "/people.json" })
	void export(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Download download = Download.of("people", request, response);
		download.write(this.export.columns(locale, download.base()),
				(row, batchDone) -> this.export.each(locale, row, batchDone));
	}

	@GetMapping("/people/{slug}")
	String show(@PathVariable String slug, Model model) {
		Person person = this.people.profile(slug);
		model.addAttribute("person", person);
		this.pageSections.forEach((section) -> section.addTo(person, model));
		model.addAttribute("changeLog", this.history.publicLog(Person.class, person.getId()));
		model.addAttribute("linkedData", PersonLinkedData.of(person, Permalinks.base()));
		return "people/show";
	}

	/**
	 * The person's schema.org description (the JSON-LD its page carries), for a client
	 * that asks its page's address for {@code application/ld+json}.
	 */
	@GetMapping(path = "/people/{slug}", produces = LinkedData.MEDIA_TYPE)
	@ResponseBody
	Map<String, Object> linkedData(@PathVariable String slug) {
		return PersonLinkedData.of(this.people.profile(slug), Permalinks.base());
	}

}
