package org.bcua.registry.university;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.SingleLine;
import org.bcua.registry.source.CitationForm;

/**
 * A university as an editor records or edits it: names, place, identifiers, membership in
 * the association, other names and sources; with the version the form was made from.
 */
public class UniversityForm {

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

	@NotNull
	private Country country = Country.BY;

	@SingleLine
	@Size(max = 100)
	private @Nullable String city;

	@SingleLine
	@Size(max = 100)
	private @Nullable String region;

	@Min(800)
	@Max(2100)
	private @Nullable Integer foundedYear;

	@SingleLine
	@Size(max = 300)
	private @Nullable String website;

	@Pattern(regexp = "0[a-z0-9]{6}[0-9]{2}", message = "{university.error.ror}")
	private @Nullable String rorId;

	@Pattern(regexp = "Q[1-9][0-9]*", message = "{university.error.wikidata}")
	private @Nullable String wikidataId;

	@NotNull
	private MembershipRole membershipRole = MembershipRole.NONE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate membershipSince;

	@Size(max = 1000)
	private @Nullable String membershipNote;

	@Valid
	@Size(max = 100)
	private List<AliasForm> aliases = new ArrayList<>();

	@Valid
	@Size(max = 50)
	private List<CitationForm> sources = new ArrayList<>();

	/**
	 * An empty form, with a row for an alias and one for a source.
	 */
	public static UniversityForm empty() {
		UniversityForm form = new UniversityForm();
		form.aliases.add(new AliasForm());
		form.sources.add(new CitationForm());
		return form;
	}

	/**
	 * The form of a recorded university, with aliases and sources loaded.
	 */
	public static UniversityForm of(University university) {
		UniversityForm form = new UniversityForm();
		form.version = university.getVersion();
		LocalizedName names = university.getNames();
		form.nameEn = names.en();
		form.nameRu = names.ru();
		form.nameBe = names.be();
		form.nameZh = names.zh();
		form.country = university.getCountry();
		form.city = university.getCity();
		form.region = university.getRegion();
		form.foundedYear = (university.getFoundedYear() != null) ? university.getFoundedYear().intValue() : null;
		form.website = university.getWebsite();
		form.rorId = university.getRorId();
		form.wikidataId = university.getWikidataId();
		form.membershipRole = university.getMembershipRole();
		form.membershipSince = university.getMembershipSince();
		form.membershipNote = university.getMembershipNote();
		university.getAliases().forEach((alias) -> form.aliases.add(AliasForm.of(alias)));
		university.getSources().forEach((citation) -> form.sources.add(CitationForm.of(citation)));
		form.aliases.add(new AliasForm());
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

	public void addAlias() {
		this.aliases.add(new AliasForm());
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

	public Country getCountry() {
		return this.country;
	}

	public void setCountry(Country country) {
		this.country = country;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable Integer getFoundedYear() {
		return this.foundedYear;
	}

	public void setFoundedYear(@Nullable Integer foundedYear) {
		this.foundedYear = foundedYear;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable String getRorId() {
		return this.rorId;
	}

	public void setRorId(@Nullable String rorId) {
		this.rorId = rorId;
	}

	public @Nullable String getWikidataId() {
		return this.wikidataId;
	}

	public void setWikidataId(@Nullable String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public MembershipRole getMembershipRole() {
		return this.membershipRole;
	}

	public void setMembershipRole(MembershipRole membershipRole) {
		this.membershipRole = membershipRole;
	}

	public @Nullable LocalDate getMembershipSince() {
		return this.membershipSince;
	}

	public void setMembershipSince(@Nullable LocalDate membershipSince) {
		this.membershipSince = membershipSince;
	}

	public @Nullable String getMembershipNote() {
		return this.membershipNote;
	}

	public void setMembershipNote(@Nullable String membershipNote) {
		this.membershipNote = membershipNote;
	}

	public List<AliasForm> getAliases() {
		return this.aliases;
	}

	public void setAliases(List<AliasForm> aliases) {
		this.aliases = aliases;
	}

	public List<CitationForm> getSources() {
		return this.sources;
	}

	public void setSources(List<CitationForm> sources) {
		this.sources = sources;
	}

}
