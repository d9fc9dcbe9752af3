package org.bcua.registry.university;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;

/**
 * Another name of a university: an abbreviation, a former name, or a rendering in the
 * press, in a given language.
 */
@Audited
@Entity
@Table(name = "university_alias")
public class UniversityAlias implements Labelled {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "university_id", nullable = false)
	private @Nullable University university;

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private String language = "en";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AliasKind kind = AliasKind.VARIANT;

	private @Nullable String note;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected UniversityAlias() {
	}

	UniversityAlias(University university, String name, String language) {
		this.university = university;
		this.name = name;
		this.language = language;
	}

	void describe(AliasKind kind, @Nullable String note, int sortOrder) {
		this.kind = kind;
		this.note = note;
		this.sortOrder = sortOrder;
	}

	/**
	 * What identifies an alias within its university: name and language.
	 */
	String key() {
		return this.language + "|" + this.name;
	}

	/**
	 * An alias as written by an editor.
	 *
	 * @param name the other name
	 * @param language its language code
	 * @param kind what kind of name it is
	 * @param note a note, or {@code null}
	 */
	record Data(String name, String language, AliasKind kind, @Nullable String note) {

		String key() {
			return this.language + "|" + this.name;
		}

	}

	@Override
	public String historyLabel() {
		return this.name + " [" + this.language + ", " + this.kind + "]" + ((this.note != null) ? " " + this.note : "");
	}

	@Override
	public String historyLabel(HistoryText text) {
		return this.name + " [" + this.language + ", " + text.label(this.kind) + "]"
				+ ((this.note != null) ? " " + this.note : "");
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getLanguage() {
		return this.language;
	}

	public AliasKind getKind() {
		return this.kind;
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
