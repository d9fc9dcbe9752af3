package org.bcua.registry.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.bcua.registry.web.PageCache.Key;
import org.bcua.registry.web.PageCache.Page;

/**
 * Serves anonymous visitors' public pages from the {@link PageCache} and keeps what it
 * renders for them; tells HTTP caches how to keep them ({@code Cache-Control},
 * {@code Vary}) and answers a request whose {@code If-None-Match} names the page's entity
 * tag with a 304 without rendering anything.
 *
 * It runs after Spring Security's filters, which add their headers to every answer and
 * know who is signed in. It leaves alone, rendering them as usual with Spring Security's
 * {@code Cache-Control: no-store}: anything but GET and HEAD, the admin area, sign-in and
 * sign-out, static files, the API ({@code /api}) and a page asked for in JSON (its
 * record's JSON, with its own entity tag), downloads (exports and the dump), requests of
 * a signed-in editor or with a session (a sign-in form's token, a message after a
 * redirect), and a change of language (it sets the language cookie). Of what it renders
 * it keeps only a 200 HTML page that sets no cookie, opened no session and carries no
 * form token.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Paths that are never public pages. */
	private static final List<String> NOT_PAGES = List.of("/admin", "/login", "/logout", "/error", "/css/", "/js/",
			"/actuator", "/api");

	private static final byte[] FORM_TOKEN = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);

	static final String VARY = "Cookie, Accept-Language, Accept";

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final PageCache cache;

	private final LocaleResolver locales;

	private final String cacheControl;

	PageCacheFilter(PageCache cache, LocaleResolver locales, String cacheControl) {
		this.cache = cache;
		this.locales = locales;
		this.cacheControl = cacheControl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAnonymousPageRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(url(request), this.locales.resolveLocale(request).getLanguage());
		Page page = this.cache.get(key);
		if (page != null) {
			send(page, request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (isKeepable(request, rendered)) {
			page = Page.of(rendered.getContentAsByteArray(), rendered.getContentType(), rendered.getLocale());
			this.cache.put(key, page, generation);
			describe(page, response);
			if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
				return;
			}
		}
		rendered.copyBodyToResponse();
	}

	private boolean isAnonymousPageRequest(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String notPage : NOT_PAGES) {
			if (path.startsWith(notPage)) {
				return false;
			}
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains("json")) {
			return false;
		}
		if (Download.isDownload(path)) {
			// streamed as they are read, never held whole in memory
			return false;
		}
		return request.getParameter("lang") == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getSession(false) == null
				&& !this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	private boolean isKeepable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		String contentType = rendered.getContentType();
		String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		return "GET".equals(request.getMethod()) && rendered.getStatus() == HttpStatus.OK.value() && contentType != null
				&& contentType.startsWith(MediaType.TEXT_HTML_VALUE)
				&& rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && cacheControl == null
				&& request.getSession(false) == null && !contains(rendered.getContentAsByteArray(), FORM_TOKEN);
	}

	private void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		describe(page, response);
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentLength(page.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	private void describe(Page page, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.setHeader(HttpHeaders.VARY, VARY);
		response.setHeader(HttpHeaders.ETAG, page.etag());
	}

	/**
	 * The page's full address: pages carry absolute links to themselves (canonical,
	 * languages, feeds), so a page rendered for one host name is never served for
	 * another.
	 */
	private static String url(HttpServletRequest request) {
		String query = request.getQueryString();
		String url = request.getRequestURL().toString();
		return (query != null) ? url + "?" + query : url;
	}

	private static boolean contains(byte[] text, byte[] part) {
		outer: for (int i = 0; i <= text.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (text[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
