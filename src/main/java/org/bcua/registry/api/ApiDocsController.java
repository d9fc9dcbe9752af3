package org.bcua.registry.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api} opens Swagger UI, which springdoc serves from its webjar.
 */
@Controller
@Hidden
class ApiDocsController {

	static final String SWAGGER_UI = "/api/swagger-ui/index.html";

	@GetMapping({ "/api", "/api/" })
	String docs() {
		return "redirect:" + SWAGGER_UI;
	}

}
