package org.bcua.registry.agreement;

import org.bcua.registry.shared.NotFoundException;

/**
 * No published agreement with the slug asked for.
 */
public class AgreementNotFoundException extends NotFoundException {

	public AgreementNotFoundException(String slug) {
		super("agreement", slug);
	}

}
