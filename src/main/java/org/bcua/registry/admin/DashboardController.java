package org.bcua.registry.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of the admin area.
 */
@Controller
class DashboardController {

	@GetMapping("/admin")
	String dashboard() {
		return "admin/index";
	}

}
