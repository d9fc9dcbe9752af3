-- Derived data is written by the application, in the transaction that saves a record, by code
-- that can be read and stepped through: the search entries by search/SearchIndex (from each
-- feature's SearchSource), the facet rows of the agreements list by agreement/AgreementFacets.
-- The triggers and functions that kept them (V3, V4.9, V5, V7: 18 triggers, 14 functions) go,
-- with what only they used: the stale marks and revisions of the entries, the words copied into
-- the facet rows, and the counts per combination of facet values (the list counts its facets
-- with plain group by queries over agreement_facet).

drop trigger if exists university_search on university;
drop trigger if exists person_search on person;
drop trigger if exists meeting_search on meeting;
drop trigger if exists agreement_search on agreement;
drop trigger if exists university_alias_search on university_alias;

drop trigger if exists agreement_facet_count_insert on agreement_facet;
drop trigger if exists agreement_facet_count_update on agreement_facet;
drop trigger if exists agreement_facet_count_delete on agreement_facet;
drop trigger if exists agreement_facet_insert on agreement;
drop trigger if exists agreement_facet_update on agreement;
drop trigger if exists agreement_party_facet_insert on agreement_party;
drop trigger if exists agreement_party_facet_update on agreement_party;
drop trigger if exists agreement_party_facet_delete on agreement_party;
drop trigger if exists agreement_area_facet_insert on agreement_area;
drop trigger if exists agreement_area_facet_update on agreement_area;
drop trigger if exists agreement_area_facet_delete on agreement_area;
drop trigger if exists university_facet_update on university;
drop trigger if exists search_entry_agreement_words on search_entry;

drop function if exists search_entry_track();
drop function if exists search_entry_track_agreement();
drop function if exists search_entry_track_alias();
drop function if exists search_entry_track_person();
drop function if exists agreement_facet_count_inserted();
drop function if exists agreement_facet_count_updated();
drop function if exists agreement_facet_count_deleted();
drop function if exists agreement_facet_count_add(agreement_facet[], integer);
drop function if exists agreement_facet_refresh(bigint[]);
drop function if exists agreement_facet_track_agreements();
drop function if exists agreement_facet_track_parts();
drop function if exists agreement_facet_track_parts_update();
drop function if exists agreement_facet_track_universities();
drop function if exists agreement_facet_copy_words();

drop table agreement_facet_count;
drop table agreement_area_count;

drop index agreement_facet_words;
alter table agreement_facet drop column words;

-- An entry is written whole by the application (never marked stale to be written later): the
-- entries still stale here were written by a record change after the application last indexed
-- them, and are written again at its next start (it writes every entry of an older format).
update search_entry set format = 0 where stale;
drop index search_entry_stale;
alter table search_entry drop column stale, drop column revision;
