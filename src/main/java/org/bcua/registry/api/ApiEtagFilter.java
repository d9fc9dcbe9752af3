package org.bcua.registry.api;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional requests of the API (and of a record's page asked for in JSON): an entity
 * tag of every answer (a hash of its body; a GET whose {@code If-None-Match} names it
 * gets a 304), and a {@code Last-Modified}: the latest write to the registry, that is the
 * time of the latest revision of the history (every save writes one) or the start of the
 * application (migrations may have written before it), whichever is later. A record's
 * answer shows other records (its parties' names, the agreements that name it), so only a
 * time that covers every record is right for all of them; one indexed row read, and a GET
 * whose {@code If-Modified-Since} is not older gets a 304 without any other work. HTML
 * pages have their own ({@code web.PageCacheFilter}).
 */
class ApiEtagFilter extends ShallowEtagHeaderFilter {

	private static final Logger logger = LoggerFactory.getLogger(ApiEtagFilter.class);

	private final JdbcTemplate jdbc;

	private final Instant started;

	ApiEtagFilter(JdbcTemplate jdbc, Instant started) {
		this.jdbc = jdbc;
		this.started = started;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Api.isApiRequest(request) && !asksForJson(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		if (!Api.isApiRequest(request)) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		Instant lastModified = isRead(request) ? lastWrite() : null;
		if (lastModified != null) {
			if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
					&& new ServletWebRequest(request, response).checkNotModified(lastModified.toEpochMilli())) {
				return;
			}
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
		}
		super.doFilterInternal(request, response, filterChain);
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private @Nullable Instant lastWrite() {
		try {
			Timestamp latest = this.jdbc.query("select changed_at from revinfo order by rev desc limit 1",
					(rows) -> rows.next() ? rows.getTimestamp(1) : null);
			Instant revision = (latest != null) ? latest.toInstant() : Instant.EPOCH;
			return revision.isAfter(this.started) ? revision : this.started;
		}
		catch (DataAccessException ex) {
			logger.debug("No Last-Modified: the database did not answer", ex);
			return null;
		}
	}

	static boolean asksForJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json");
	}

}
