package org.bcua.registry.agreement;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.bcua.registry.search.FacetedPage;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.university.Country;
import org.bcua.registry.university.UniversityService;
import org.bcua.registry.web.Formats;
import org.bcua.registry.web.Paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The agreements pages' handling of request parameters, with the services mocked.
 */
@WebMvcTest(AgreementController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Formats.class)
class AgreementControllerTests {

	private static final FacetedPage<Agreement> EMPTY = new FacetedPage<>(Page.empty(), List.of());

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AgreementService agreements;

	@MockitoBean
	private AgreementListing listing;

	@MockitoBean
	private UniversityService universities;

	@MockitoBean
	private HistoryService history;

	@MockitoBean
	private AgreementExport export;

	@Test
	void passesTheFiltersAndTheZeroBasedPageToTheListing() {
		given(this.listing.find(any(), any(), anyInt(), anyInt())).willReturn(EMPTY);
		assertThat(this.mvc.get()
			.uri("/agreements?kind=MEMORANDUM&status=SIGNED&year=2019&country=CN&area=innovation&university=bsu"
					+ "&q=Peking&page=3&size=10"))
			.hasStatusOk()
			.hasViewName("agreements/list");
		then(this.listing).should()
			.find(eq(new AgreementCriteria(SearchQuery.of("Peking"), AgreementKind.MEMORANDUM, 2019,
					AgreementStatus.SIGNED, Country.CN, "innovation", "bsu")), any(), eq(2), eq(10));
	}

	@Test
	void anEmptyFilterMeansAny() {
		given(this.listing.find(any(), any(), anyInt(), anyInt())).willReturn(EMPTY);
		assertThat(this.mvc.get().uri("/agreements?kind=&status=&university=&area=&q=")).hasStatusOk();
		then(this.listing).should()
			.find(eq(new AgreementCriteria(SearchQuery.of(""), null, null, null, null, null, null)), any(), eq(0),
					eq(Paging.DEFAULT_SIZE));
	}

	@Test
	void refusesParametersOutsideTheirRangeWithoutAskingTheListing() {
		assertThat(this.mvc.get().uri("/agreements?page=0")).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error/400");
		assertThat(this.mvc.get().uri("/agreements?size=101")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/agreements?kind=TREATY")).hasStatus(HttpStatus.BAD_REQUEST);
		then(this.listing).should(never()).find(any(), any(), anyInt(), anyInt());
	}

	@Test
	void anUnknownSlugIsNotFound() {
		given(this.agreements.show("missing")).willThrow(new AgreementNotFoundException("missing"));
		assertThat(this.mvc.get().uri("/agreements/missing")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

}
