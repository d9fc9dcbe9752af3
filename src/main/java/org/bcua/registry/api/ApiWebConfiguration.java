package org.bcua.registry.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The check of the API's parameters ({@link ApiParameterCheck}) for every request under
 * {@code /api}. Apart from {@link ApiConfiguration}, whose filters and beans need the
 * whole application: a Spring MVC slice test takes this in and nothing else of the API.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ApiParameterCheck()).addPathPatterns("/api/**");
	}

}
