package org.bcua.registry.api;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request to an {@link ApiController} that carries a parameter the handler does
 * not declare with {@link RequestParam}: a misspelt filter ({@code contry=BY}) would
 * otherwise silently answer the whole list.
 */
class ApiParameterCheck implements HandlerInterceptor {

	private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class)) {
			Set<String> known = this.declared.computeIfAbsent(method, ApiParameterCheck::parameters);
			for (String name : request.getParameterMap().keySet()) {
				if (!known.contains(name)) {
					throw new ApiParameterException(name, "is not a parameter of this address"
							+ (known.isEmpty() ? "" : "; it takes " + known.stream().sorted().toList()));
				}
			}
		}
		return true;
	}

	private static Set<String> parameters(HandlerMethod method) {
		return Stream.of(method.getMethodParameters())
			.map(ApiParameterCheck::name)
			.filter(StringUtils::hasText)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String name(MethodParameter parameter) {
		RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
		if (annotation == null) {
			return "";
		}
		if (StringUtils.hasText(annotation.name())) {
			return annotation.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "";
	}

}
