package org.bcua.registry.web;

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

import org.bcua.registry.agreement.AgreementFilter;
import org.bcua.registry.agreement.AgreementKind;
import org.bcua.registry.agreement.AgreementNotFoundException;
import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.agreement.AgreementStatus;
import org.bcua.registry.university.UniversityService;

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

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AgreementService agreements;

	@MockitoBean
	private UniversityService universities;

	@Test
	void passesTheFiltersAndTheZeroBasedPageToTheService() {
		given(this.agreements.list(any(), anyInt(), anyInt())).willReturn(Page.empty());
		assertThat(
				this.mvc.get().uri("/agreements?kind=MEMORANDUM&status=SIGNED&year=2019&university=bsu&page=3&size=10"))
			.hasStatusOk()
			.hasViewName("agreements/list");
		then(this.agreements).should()
			.list(eq(new AgreementFilter(AgreementKind.MEMORANDUM, AgreementStatus.SIGNED, 2019, "bsu")), eq(2),
					eq(10));
	}

	@Test
	void anEmptyFilterMeansAny() {
		given(this.agreements.list(any(), anyInt(), anyInt())).willReturn(Page.empty());
		given(this.agreements.years()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/agreements?kind=&status=&university=")).hasStatusOk();
		then(this.agreements).should().list(eq(AgreementFilter.none()), eq(0), eq(Paging.DEFAULT_SIZE));
	}

	@Test
	void refusesParametersOutsideTheirRangeWithoutAskingTheService() {
		assertThat(this.mvc.get().uri("/agreements?page=0")).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error/400");
		assertThat(this.mvc.get().uri("/agreements?size=101")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/agreements?kind=TREATY")).hasStatus(HttpStatus.BAD_REQUEST);
		then(this.agreements).should(never()).list(any(), anyInt(), anyInt());
	}

	@Test
	void anUnknownSlugIsNotFound() {
		given(this.agreements.show("missing")).willThrow(new AgreementNotFoundException("missing"));
		assertThat(this.mvc.get().uri("/agreements/missing")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

}
