package org.bcua.registry.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.bcua.registry.meeting.MeetingForm;
import org.bcua.registry.source.CitationForm;
import org.bcua.registry.university.AliasForm;
import org.bcua.registry.university.AliasKind;
import org.bcua.registry.university.UniversityForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three-way merge on its own: which value each property takes, when it is a conflict,
 * rows by key, choices, and the editor's choices applied.
 */
class FormMergeTests {

	private static final FormMerge<UniversityForm> UNIVERSITY = CitationForm
		.withSources(FormMerge.of(UniversityForm::new)
			.field("city", "history.field.city")
			.field("region", "history.field.region")
			.rows("aliases", "history.field.aliases", FormMerge.of(AliasForm::new).field("note", "source.note"),
					(alias) -> (alias.getName() != null) ? Arrays.asList(alias.getLanguage(), alias.getName()) : null,
					AliasForm::getName));

	@Test
	void eachSideKeepsWhatOnlyItChangedAndBothChangingDifferentlyIsAConflict() {
		UniversityForm base = university("Minsk", "Minsk Region");
		UniversityForm theirs = university("Minsk (Miensk)", "Minsk Region");
		UniversityForm mine = university("Minsk", "Central Region");
		assertThat(UNIVERSITY.merge(base, theirs, mine, Set.of())).isEmpty();
		assertThat(mine.getCity()).isEqualTo("Minsk (Miensk)");
		assertThat(mine.getRegion()).isEqualTo("Central Region");

		UniversityForm both = university("Miensk", "Minsk Region");
		List<FormMerge.Conflict> conflicts = UNIVERSITY.merge(base, theirs, both, Set.of());
		assertThat(conflicts).singleElement().satisfies((conflict) -> {
			assertThat(conflict.path()).isEqualTo("city");
			assertThat(conflict.mine().text()).isEqualTo("Miensk");
			assertThat(conflict.theirs().text()).isEqualTo("Minsk (Miensk)");
		});
		assertThat(both.getCity()).as("the editor's value stays until chosen").isEqualTo("Miensk");

		UniversityForm same = university("Minsk (Miensk)", "Minsk Region");
		assertThat(UNIVERSITY.merge(base, theirs, same, Set.of())).as("the same change on both sides").isEmpty();
	}

	@Test
	void withoutTheBaseEveryDifferenceIsAConflictAndAnOpenConflictStaysOne() {
		UniversityForm theirs = university("Brest", "Brest Region");
		UniversityForm mine = university("Brest", "West");
		assertThat(UNIVERSITY.merge(null, theirs, mine, Set.of())).extracting(FormMerge.Conflict::path)
			.containsExactly("region");
		UniversityForm base = university("Brest", "Brest Region");
		assertThat(UNIVERSITY.merge(base, theirs, university("Brest", "West"), Set.of("region")))
			.as("not settled yet, though only the editor changed it since")
			.extracting(FormMerge.Conflict::path)
			.containsExactly("region");
	}

	@Test
	void rowsAreMatchedByTheirKey() {
		UniversityForm base = university("Grodno", null, alias("GrSU", null), alias("ГрГУ", null));
		UniversityForm theirs = university("Grodno", null, alias("GrSU", "abbreviation"), alias("Kupala", null));
		UniversityForm mine = university("Grodno", null, alias("ГрГУ", null), alias("GrSU", null), alias("YKSU", null),
				new AliasForm());
		assertThat(UNIVERSITY.merge(base, theirs, mine, Set.of())).isEmpty();
		assertThat(mine.getAliases()).extracting(AliasForm::getName)
			.as("removed by them, added by each, the blank row last")
			.containsExactly("GrSU", "YKSU", "Kupala", null);
		assertThat(mine.getAliases().get(0).getNote()).isEqualTo("abbreviation");
	}

	@Test
	void aRowRemovedByOneAndChangedByTheOtherIsSettledByChoosing() {
		UniversityForm base = university("Vitebsk", null, alias("VSU", null));
		UniversityForm theirs = university("Vitebsk", null);
		UniversityForm mine = university("Vitebsk", null, alias("VSU", "Masherov"));
		List<FormMerge.Conflict> conflicts = UNIVERSITY.merge(base, theirs, mine, Set.of());
		assertThat(conflicts).extracting(FormMerge.Conflict::path).containsExactly("aliases|[en, VSU]|");
		assertThat(mine.getAliases()).hasSize(1);

		Map<String, FormMerge.@Nullable Side> choices = new LinkedHashMap<>();
		choices.put("aliases|[en, VSU]|", FormMerge.Side.THEIRS);
		assertThat(UNIVERSITY.settle(mine, theirs, choices)).isEmpty();
		assertThat(mine.getAliases()).as("removed, as they did").isEmpty();

		UniversityForm undecided = university("Vitebsk", null, alias("VSU", "Masherov"));
		choices.put("aliases|[en, VSU]|", null);
		assertThat(UNIVERSITY.settle(undecided, theirs, choices)).containsExactly("aliases|[en, VSU]|");
		assertThat(UNIVERSITY.describe("aliases|[en, VSU]|", undecided, theirs, true)).satisfies((conflict) -> {
			assertThat(conflict.row()).isEqualTo("VSU");
			assertThat(conflict.mine().code()).isEqualTo("merge.row.yours");
			assertThat(conflict.theirs().code()).isEqualTo("merge.row.removed");
			assertThat(conflict.missing()).isTrue();
		});
	}

	@Test
	void sourcesKnownByAnAddressWithAnyCharacterSettleByField() {
		UniversityForm base = university("Polotsk", null);
		base.getSources().add(citation("https://example.org/a|b", "old"));
		UniversityForm theirs = university("Polotsk", null);
		theirs.getSources().add(citation("https://example.org/a|b", "theirs"));
		UniversityForm mine = university("Polotsk", null);
		mine.getSources().add(citation("https://example.org/a|b", "mine"));
		List<FormMerge.Conflict> conflicts = UNIVERSITY.merge(base, theirs, mine, Set.of());
		assertThat(conflicts).extracting(FormMerge.Conflict::path)
			.containsExactly("sources|https://example.org/a|b|note");
		Map<String, FormMerge.@Nullable Side> choices = Map.of(conflicts.get(0).path(), FormMerge.Side.THEIRS);
		assertThat(UNIVERSITY.settle(mine, theirs, choices)).isEmpty();
		assertThat(mine.getSources().get(0).getNote()).isEqualTo("theirs");
	}

	@Test
	void choicesMergeOneByOne() {
		FormMerge<MeetingForm> merge = FormMerge.of(MeetingForm::new).choices("hostIds");
		MeetingForm base = meeting(1L, 2L);
		MeetingForm theirs = meeting(2L, 3L);
		MeetingForm mine = meeting(1L, 2L, 4L);
		assertThat(merge.merge(base, theirs, mine, Set.of())).isEmpty();
		assertThat(mine.getHostIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
	}

	private static UniversityForm university(String city, @Nullable String region, AliasForm... aliases) {
		UniversityForm form = new UniversityForm();
		form.setCity(city);
		form.setRegion(region);
		form.getAliases().addAll(List.of(aliases));
		return form;
	}

	private static AliasForm alias(String name, @Nullable String note) {
		AliasForm alias = new AliasForm();
		alias.setName(name);
		alias.setLanguage("en");
		alias.setKind(AliasKind.VARIANT);
		alias.setNote(note);
		return alias;
	}

	private static CitationForm citation(String url, String note) {
		CitationForm citation = new CitationForm();
		citation.setUrl(url);
		citation.setNote(note);
		return citation;
	}

	private static MeetingForm meeting(Long... hosts) {
		MeetingForm form = new MeetingForm();
		form.getHostIds().addAll(List.of(hosts));
		return form;
	}

}
