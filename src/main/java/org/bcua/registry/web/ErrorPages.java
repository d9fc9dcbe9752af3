package org.bcua.registry.web;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.bcua.registry.shared.NotFoundException;

/**
 * Renders the site's own 404 and 400 pages for unknown records and addresses, for
 * parameters a page or form does not accept, and for query strings the server cannot
 * decode (a broken percent-encoding such as {@code %E0%A4%A}); and the 503 page when the
 * database fails. Other errors reach Spring Boot's error page, which uses the same
 * templates; none shows a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Exception ex) {
		logger.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler({ BadRequestException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, InvalidParameterException.class,
			InvalidPropertyException.class, HttpMessageNotReadableException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception ex) {
		logger.debug("Bad request: {}", ex.getMessage());
		return "error/400";
	}

	/**
	 * The database failed (it is unreachable, a statement failed, a transaction could not
	 * be committed): the transaction of the save was rolled back, so nothing of it was
	 * written. The page says so and asks to try again.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			SQLException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String unavailable(Exception ex, HttpServletResponse response) {
		logger.error("Database failure; the request was not served", ex);
		DatabaseFailures.unavailable(response);
		return "error/503";
	}

}
