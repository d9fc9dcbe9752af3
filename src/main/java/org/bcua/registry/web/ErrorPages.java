package org.bcua.registry.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.bcua.registry.shared.NotFoundException;

/**
 * Renders the site's own 404 and 400 pages for unknown records and addresses, for
 * parameters a page does not accept, and for query strings the server cannot decode (a
 * broken percent-encoding such as {@code %E0%A4%A}). Other errors reach Spring Boot's
 * error page, which uses the same templates.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Exception ex) {
		logger.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler({ BadRequestException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, InvalidParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception ex) {
		logger.debug("Bad request: {}", ex.getMessage());
		return "error/400";
	}

}
