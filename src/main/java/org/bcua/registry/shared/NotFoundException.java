package org.bcua.registry.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record asked for by a slug that the registry does not have (or does not show to the
 * public). Rendered as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	private final String slug;

	protected NotFoundException(String kind, String slug) {
		super("No " + kind + " with slug '" + slug + "'");
		this.slug = slug;
	}

	public String getSlug() {
		return this.slug;
	}

}
