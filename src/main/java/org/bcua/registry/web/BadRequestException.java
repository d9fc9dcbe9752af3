package org.bcua.registry.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request parameter outside what a page accepts (a page number below 1, a page size
 * above the maximum). Rendered as the 400 page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadRequestException extends RuntimeException {

	BadRequestException(String message) {
		super(message);
	}

}
