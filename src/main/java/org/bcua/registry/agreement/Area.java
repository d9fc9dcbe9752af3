package org.bcua.registry.agreement;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.LocalizedName;

/**
 * An area of cooperation from the registry's controlled vocabulary.
 */
@Audited
@Entity
@Table(name = "area")
public class Area extends AuditedEntity implements Labelled {

	@Column(nullable = false, unique = true)
	private String slug = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AreaKind kind = AreaKind.TOPIC;

	@Column(name = "name_en", nullable = false)
	private String nameEn = "";

	@Column(name = "name_ru")
	private @Nullable String nameRu;

	@Column(name = "name_be")
	private @Nullable String nameBe;

	@Column(name = "name_zh")
	private @Nullable String nameZh;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Area() {
	}

	@Override
	public String historyLabel() {
		return this.nameEn;
	}

	@Override
	public String historyLabel(HistoryText text) {
		return text.name(getNames());
	}

	public String getSlug() {
		return this.slug;
	}

	public AreaKind getKind() {
		return this.kind;
	}

	public LocalizedName getNames() {
		return new LocalizedName(this.nameEn, this.nameRu, this.nameBe, this.nameZh);
	}

	public String name(Locale locale) {
		return getNames().in(locale);
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
