package org.bcua.registry.agreement;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * "This agreement amends (renews, supersedes, implements) that one", as chosen in the
 * form. A row without an agreement chosen is ignored.
 */
public class RelationForm {

	@NotNull
	private RelationKind kind = RelationKind.IMPLEMENTS;

	private @Nullable Long relatedId;

	static RelationForm of(AgreementRelation relation) {
		RelationForm form = new RelationForm();
		form.kind = relation.getKind();
		form.relatedId = relation.getRelated().getId();
		return form;
	}

	public RelationKind getKind() {
		return this.kind;
	}

	public void setKind(RelationKind kind) {
		this.kind = kind;
	}

	public @Nullable Long getRelatedId() {
		return this.relatedId;
	}

	public void setRelatedId(@Nullable Long relatedId) {
		this.relatedId = relatedId;
	}

}
