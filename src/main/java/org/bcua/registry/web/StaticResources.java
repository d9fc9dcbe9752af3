package org.bcua.registry.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The style sheet and scripts are linked under names that carry a hash of their content
 * ({@code /css/registry-1b2c….css}, written by {@code @{/css/registry.css}} in
 * templates), so any cache may keep them for a year without asking: a changed file gets a
 * new name. These two folders are the only static files: Spring Boot's own handler of
 * every path is off ({@code spring.web.resources.add-mappings=false}), so rewriting the
 * links of a page (each {@code @{...}} passes through {@link ResourceUrlEncodingFilter})
 * looks up only addresses under them, not every link of the page in four classpath
 * folders.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * A file under its hashed name is kept for a year; under its plain name (linked only
	 * from pages rendered without a handler, such as the 404 page of an unknown address)
	 * it is revalidated every time. Both resolve names through the content hash, which
	 * also gives the links of pages their hashed names.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			String location = "classpath:/static/" + folder + "/";
			registry.addResourceHandler("/" + folder + "/{file:.+-[0-9a-f]{32}\\." + folder + "}")
				.addResourceLocations(location)
				.setCacheControl(FOR_A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations(location)
				.setCacheControl(CacheControl.noCache())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
