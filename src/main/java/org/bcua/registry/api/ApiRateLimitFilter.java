package org.bcua.registry.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The per-client rate limit of {@code /api}: a token bucket (Bucket4j) per client IP
 * address (as the server sees it: behind a proxy, with
 * {@code server.forward-headers-strategy} set, the client's), kept in memory. A request
 * over the limit is a 429 problem detail with {@code Retry-After}; every answer says how
 * many requests are left ({@code X-RateLimit-Remaining}). CORS preflights and Swagger
 * UI's own files are not counted.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	static final String LIMIT = "X-RateLimit-Limit";

	static final String REMAINING = "X-RateLimit-Remaining";

	private final ApiProperties.RateLimit limit;

	private final ApiProblems problems;

	private final Cache<String, Bucket> buckets;

	ApiRateLimitFilter(ApiProperties.RateLimit limit, ApiProblems problems) {
		this.limit = limit;
		this.problems = problems;
		long idleMillis = Math.max(limit.period().toMillis() * 2, 60_000);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(limit.clients())
			.expireAfterAccess(idleMillis, TimeUnit.MILLISECONDS)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.limit.enabled() || !Api.isApiRequest(request) || "OPTIONS".equals(request.getMethod())
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/swagger-ui/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), (client) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader(LIMIT, String.valueOf(this.limit.requests()));
		response.setHeader(REMAINING, String.valueOf(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"More than " + this.limit.requests() + " requests in " + this.limit.period()
						+ " from this address; try again in " + seconds + " s");
		this.problems.write(problem, request, response);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.burst())
				.refillGreedy(this.limit.requests(), this.limit.period())
				.build())
			.build();
	}

}
