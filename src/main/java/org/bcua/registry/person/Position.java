package org.bcua.registry.person;

import java.time.LocalDate;
import java.util.Locale;

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

import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.university.University;

/**
 * A position a person holds or held, at a university or another organisation, for a
 * period known to its precision.
 */
@Audited
@Entity
@Table(name = "position")
public class Position implements Labelled {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private @Nullable Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "university_id")
	private @Nullable University university;

	private @Nullable String organization;

	@Column(name = "title_en", nullable = false)
	private String titleEn = "";

	@Column(name = "title_ru")
	private @Nullable String titleRu;

	@Column(name = "title_be")
	private @Nullable String titleBe;

	@Column(name = "title_zh")
	private @Nullable String titleZh;

	@Enumerated(EnumType.STRING)
	@Column(name = "title_kind")
	private @Nullable PositionTitle titleKind;

	@Column(name = "held_from")
	private @Nullable LocalDate heldFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "held_from_precision")
	private @Nullable DatePrecision heldFromPrecision;

	@Column(name = "held_to")
	private @Nullable LocalDate heldTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "held_to_precision")
	private @Nullable DatePrecision heldToPrecision;

	private @Nullable String note;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Position() {
	}

	Position(Person person, int sortOrder) {
		this.person = person;
		this.sortOrder = sortOrder;
	}

	void describe(@Nullable University university, @Nullable String organization, LocalizedName titles,
			@Nullable PartialDate from, @Nullable PartialDate to, @Nullable String note) {
		this.university = university;
		this.organization = organization;
		this.titleEn = titles.en();
		this.titleRu = titles.ru();
		this.titleBe = titles.be();
		this.titleZh = titles.zh();
		this.heldFrom = PartialDate.valueOf(from);
		this.heldFromPrecision = PartialDate.precisionOf(from);
		this.heldTo = PartialDate.valueOf(to);
		this.heldToPrecision = PartialDate.precisionOf(to);
		this.note = note;
	}

	@Override
	public String historyLabel() {
		String at = (this.university != null) ? this.university.historyLabel() : this.organization;
		PartialDate from = getHeldFrom();
		PartialDate to = getHeldTo();
		String period = (from != null || to != null)
				? " (" + ((from != null) ? from.iso() : "…") + " – " + ((to != null) ? to.iso() : "…") + ")" : "";
		return this.titleEn + ", " + at + period;
	}

	@Override
	public String historyLabel(HistoryText text) {
		String at = (this.university != null) ? this.university.historyLabel(text) : this.organization;
		String period = text.range(getHeldFrom(), getHeldTo());
		return text.name(getTitles()) + ", " + at + (period.isEmpty() ? "" : " (" + period + ")");
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Person getPerson() {
		if (this.person == null) {
			throw new IllegalStateException("Position without a person");
		}
		return this.person;
	}

	public @Nullable University getUniversity() {
		return this.university;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	/**
	 * The title in each language: the position's own text in that language where it has
	 * one (a source's wording, which may be more precise), else the vocabulary's word for
	 * its kind, else nothing (pages fall back to the English text).
	 */
	public LocalizedName getTitles() {
		PositionTitle kind = this.titleKind;
		if (kind == null) {
			return getOwnTitles();
		}
		return new LocalizedName(this.titleEn, orWord(this.titleRu, kind, "ru"), orWord(this.titleBe, kind, "be"),
				orWord(this.titleZh, kind, "zh"));
	}

	/**
	 * The title as typed (free text), without the vocabulary's words: what the editing
	 * form shows.
	 */
	public LocalizedName getOwnTitles() {
		return new LocalizedName(this.titleEn, this.titleRu, this.titleBe, this.titleZh);
	}

	/**
	 * The kind of the title in the vocabulary.
	 * @return {@code null} for a title that fits none (free text)
	 */
	public @Nullable PositionTitle getTitleKind() {
		return this.titleKind;
	}

	void classify(@Nullable PositionTitle kind) {
		this.titleKind = kind;
	}

	private static String orWord(@Nullable String own, PositionTitle kind, String language) {
		return (own != null && !own.isBlank()) ? own : kind.in(language);
	}

	public String title(Locale locale) {
		return getTitles().in(locale);
	}

	public @Nullable PartialDate getHeldFrom() {
		return PartialDate.of(this.heldFrom, this.heldFromPrecision);
	}

	public @Nullable PartialDate getHeldTo() {
		return PartialDate.of(this.heldTo, this.heldToPrecision);
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
