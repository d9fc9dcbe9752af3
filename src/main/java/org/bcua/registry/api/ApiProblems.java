package org.bcua.registry.api;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import org.bcua.registry.shared.NotFoundException;

/**
 * Every error of the API is an RFC 9457 problem detail
 * ({@code application/problem+json}), never an HTML page and never a 500 for what a
 * client sent: an unknown or malformed parameter is a 400 naming it in
 * {@code invalid-params}, an unknown record or address a 404, a failing database a 503
 * with {@code Retry-After}. It answers the requests under {@code /api} and those a
 * handler answers in JSON (a record's page asked for JSON); it runs before the site's
 * error pages ({@code web.ErrorPages}), which keep answering everything else.
 */
class ApiProblems implements HandlerExceptionResolver, Ordered {

	static final String INVALID_PARAMS = "invalid-params";

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		// before Spring MVC's own resolvers, after Spring Boot's DefaultErrorAttributes
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!Api.isApiRequest(request) && !isApiHandler(handler) || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem = problem(ex, response);
		try {
			write(problem, request, response);
		}
		catch (IOException failure) {
			logger.debug("Could not send a problem detail", failure);
		}
		return new ModelAndView();
	}

	/**
	 * Writes a problem detail as the answer.
	 */
	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", (problem.getTitle() != null) ? problem.getTitle()
				: HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * Whether the handler is an {@link ApiController}'s (which also answers a record's
	 * page asked for in JSON).
	 */
	private static boolean isApiHandler(@Nullable Object handler) {
		return handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class);
	}

	private static ProblemDetail problem(Exception ex, HttpServletResponse response) {
		if (ex instanceof ApiParameterException invalid) {
			return invalid(invalid.getName(), invalid.getReason());
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = (mismatch instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
					: String.valueOf(mismatch.getPropertyName());
			return invalid(name, reason(mismatch));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return invalid(missing.getParameterName(), "is required");
		}
		if (ex instanceof NotFoundException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
			problem.setTitle("Not Found");
			return problem;
		}
		if (ex instanceof org.apache.tomcat.util.http.InvalidParameterException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The query string cannot be decoded");
		}
		if (isDatabaseFailure(ex)) {
			logger.error("Database failure; the request was not served", ex);
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The registry cannot read its data right now; try again in a while");
		}
		if (ex instanceof ErrorResponse error) {
			ProblemDetail body = error.getBody();
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			ProblemDetail problem = ProblemDetail.forStatus(body.getStatus());
			problem.setDetail(body.getDetail());
			return problem;
		}
		logger.error("Unexpected failure of an API request", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure");
	}

	static ProblemDetail invalid(String name, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid parameter '" + name + "': " + reason);
		problem.setType(URI.create("about:blank"));
		problem.setProperty(INVALID_PARAMS, List.of(Map.of("name", name, "reason", reason)));
		return problem;
	}

	private static String reason(TypeMismatchException mismatch) {
		Class<?> type = mismatch.getRequiredType();
		if (type != null && type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList();
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "must be a whole number";
		}
		return "is not a valid value";
	}

	private static boolean isDatabaseFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

}
