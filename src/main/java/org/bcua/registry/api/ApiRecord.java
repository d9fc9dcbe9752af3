package org.bcua.registry.api;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * The answer for one record of the API.
 */
public final class ApiRecord {

	private ApiRecord() {
	}

	/**
	 * The record with {@code Cache-Control: no-cache}: a client or cache may keep it and
	 * asks again each time, with the {@code ETag} or {@code Last-Modified} the API's
	 * {@link ApiEtagFilter} gives.
	 */
	public static <T> ResponseEntity<T> of(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
	}

}
