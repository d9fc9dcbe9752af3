package org.bcua.registry.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.SingleLine;
import org.bcua.registry.source.CitationForm;

/**
 * A person as an editor records or edits them: names, positions and sources, with the
 * version the form was made from.
 */
public class PersonForm {

	private long version;

	@SingleLine
	@NotBlank
	@Size(max = 300)
	private @Nullable String nameEn;

	@SingleLine
	@Size(max = 300)
	private @Nullable String nameRu;

	@SingleLine
	@Size(max = 300)
	private @Nullable String nameBe;

	@SingleLine
	@Size(max = 300)
	private @Nullable String nameZh;

	@Valid
	@Size(max = 100)
	private List<PositionForm> positions = new ArrayList<>();

	@Valid
	@Size(max = 50)
	private List<CitationForm> sources = new ArrayList<>();

	/**
	 * An empty form, with a row for a position and one for a source.
	 */
	public static PersonForm empty() {
		PersonForm form = new PersonForm();
		form.positions.add(new PositionForm());
		form.sources.add(new CitationForm());
		return form;
	}

	/**
	 * The form of a recorded person, with positions and sources loaded.
	 */
	public static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.version = person.getVersion();
		LocalizedName names = person.getNames();
		form.nameEn = names.en();
		form.nameRu = names.ru();
		form.nameBe = names.be();
		form.nameZh = names.zh();
		person.getPositions().forEach((position) -> form.positions.add(PositionForm.of(position)));
		person.getSources().forEach((citation) -> form.sources.add(CitationForm.of(citation)));
		form.positions.add(new PositionForm());
		if (form.sources.isEmpty()) {
			form.sources.add(new CitationForm());
		}
		return form;
	}

	/**
	 * The names typed.
	 */
	public LocalizedName names() {
		return new LocalizedName(Objects.requireNonNullElse(this.nameEn, ""), this.nameRu, this.nameBe, this.nameZh);
	}

	public void addPosition() {
		this.positions.add(new PositionForm());
	}

	public void addSource() {
		this.sources.add(new CitationForm());
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn;
	}

	public @Nullable String getNameRu() {
		return this.nameRu;
	}

	public void setNameRu(@Nullable String nameRu) {
		this.nameRu = nameRu;
	}

	public @Nullable String getNameBe() {
		return this.nameBe;
	}

	public void setNameBe(@Nullable String nameBe) {
		this.nameBe = nameBe;
	}

	public @Nullable String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(@Nullable String nameZh) {
		this.nameZh = nameZh;
	}

	public List<PositionForm> getPositions() {
		return this.positions;
	}

	public void setPositions(List<PositionForm> positions) {
		this.positions = positions;
	}

	public List<CitationForm> getSources() {
		return this.sources;
	}

	public void setSources(List<CitationForm> sources) {
		this.sources = sources;
	}

}
