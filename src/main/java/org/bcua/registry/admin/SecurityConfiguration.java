package org.bcua.registry.admin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.bcua.registry.admin.accounts.AccountService;
import org.bcua.registry.admin.accounts.AccountUserDetailsService;

/**
 * The one security filter chain: public pages are open to read; everything under
 * {@code /admin} needs a signed-in editor, and accounts and archiving need an
 * administrator (ADMIN includes EDITOR). Sign-in is a form at {@code /login} against the
 * accounts of the database, throttled after repeated failures; sign-out is a POST. CSRF
 * protection is on for every write, the session id changes at sign-in, and every response
 * carries the security headers (and {@code Cache-Control: no-store};
 * {@code Strict-Transport-Security} when the request came over HTTPS).
 * <p>
 * A server session begins only at sign-in: before it, the CSRF token and the page asked
 * for live in cookies. Every signed-in session is registered, so that a change of the
 * account's rights ends its sessions at once (the next request goes to the sign-in page),
 * and none lives longer than {@link SessionProperties#absoluteTimeout()}. Redirects are
 * relative: they never repeat the {@code Host} header a client sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (the API's documentation, {@code /api/swagger-ui/}) sets a style inline,
	 * which the site's policy refuses; its pages alone may do so. Scripts stay its own.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AccountService accounts, SessionRegistry sessions, SessionProperties sessionProperties) throws Exception {
		RequestCache requestCache = new CookieRequestCache();
		LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
		signInPage.setFavorRelativeUris(true);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login")
			.permitAll()
			.requestMatchers("/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/admin/*/*/archive")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.denyAll());
		http.authenticationManager(authenticationManager);
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(new SignInLog.Success(accounts, requestCache))
			.failureHandler(new SignInLog.Failure())
			.permitAll());
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.csrf((csrf) -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.addLogoutHandler(new SignInLog.SignOut())
			.logoutSuccessUrl("/login?logout")
			.deleteCookies(SessionConfiguration.COOKIE)
			.invalidateHttpSession(true));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessions)
			.expiredUrl("/login?ended"));
		http.addFilterBefore(new AbsoluteSessionTimeout(sessionProperties.absoluteTimeout(), Clock.systemUTC()),
				SecurityContextHolderFilter.class);
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler())
			.authenticationEntryPoint(signInPage));
		RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**");
		http.headers((headers) -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		http.httpBasic((basic) -> basic.disable());
		// the public API (api.ApiConfiguration's corsConfigurationSource): readable from
		// any
		// origin; the filter answers CORS preflights before the rules above refuse
		// OPTIONS
		http.cors(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * A sign-in form whose CSRF token expired with its session goes back to the sign-in
	 * page with a note; every other refusal is the 403 page.
	 */
	private static AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return new AccessDeniedHandler() {
			@Override
			public void handle(HttpServletRequest request, HttpServletResponse response,
					AccessDeniedException exception) throws IOException, ServletException {
				if (exception instanceof CsrfException
						&& (request.getContextPath() + "/login").equals(request.getRequestURI())) {
					response.sendRedirect(request.getContextPath() + "/login?expired");
					return;
				}
				forbidden.handle(request, response, exception);
			}
		};
	}

	/**
	 * No observation of each security filter, authentication and authorization: with the
	 * page cache's metrics registry present, Spring Security would otherwise time every
	 * filter of every request, which costs more than serving a cached page.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR").build();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, org.springframework.context.ApplicationEventPublisher events) {
		DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(users);
		accounts.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(accounts, throttle));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

}
