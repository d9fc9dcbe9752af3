-- Search and the agreements list for a registry of tens of thousands of records.
--
-- search_entry is rebuilt, partitioned by kind (every query names one kind), with two more columns:
-- terms (every suffix of each Han word, in Han and in pinyin, so that "理工" or "ligong" find
-- 大连理工大学) and rank (how prominent a record is among its kind, so that a query matching most of
-- the registry reads the most prominent matches first and stops). Matching is full-text on word
-- prefixes through a GIN index; the trigram indexes on names go. search_word keeps every word of
-- the names, to correct a typo in a query that matches nothing ("Dalain" -> "dalian").
--
-- Every entry is created again stale here, with the visibility its record has now (the triggers
-- of V3 and V4.9 keep it from then on); the application writes their text at its next start.
--
-- agreement_facet: what the agreements list filters and counts by, one narrow row per agreement,
-- kept exact by triggers, so that a page of the list reads one small table instead of joining
-- parties, universities and areas of every agreement; agreement_facet_count and
-- agreement_area_count: how many visible agreements share each combination of facet values, so
-- that the facets of the list without a text query are summed from a few thousand rows.

drop table search_entry;

create table search_entry (
    kind        varchar(20) not null,
    record_id   bigint not null,
    -- copied from the record by the triggers of V3 and V4.9
    visible     boolean not null,
    -- the record changed since the application last wrote the text columns
    stale       boolean not null default true,
    -- counts the changes of the record, so that indexing a version already outdated keeps it stale
    revision    bigint not null default 0,
    -- the version of the application's indexing rules that wrote the entry (0: never indexed)
    format      smallint not null default 0,
    -- every name, alias and abbreviation (given, or computed from the initials of a name), in its
    -- own script, lowercased and without accents, separated by ' | '
    names       text not null default '',
    -- the same names transliterated to Latin, the syllables of a Han word joined
    latin       text not null default '',
    -- more words to match by prefix: every suffix of each Han word, in Han and in pinyin, so that
    -- a part of a Chinese name ("理工", "ligong") is found as well as its beginning
    terms       text not null default '',
    -- longer text, found with a lower weight: summaries, places, cities
    body        text not null default '',
    -- how prominent the record is among those of its kind, for the order of equally good matches:
    -- membership for universities, recency for agreements and meetings
    rank        double precision not null default 0,
    document    tsvector generated always as (
                    setweight(to_tsvector('simple', names), 'A')
                    || setweight(to_tsvector('simple', latin || ' ' || terms), 'B')
                    || setweight(to_tsvector('simple', body), 'D')) stored,
    indexed_at  timestamptz,
    primary key (kind, record_id),
    constraint search_entry_kind check (kind in ('UNIVERSITY', 'PERSON', 'AGREEMENT', 'MEETING'))
) partition by list (kind);

-- A partition per kind: every query names one kind, so it reads only that kind's entries, and the
-- planner knows how many of them match (100,000 agreements say nothing about 5,000 people).
create table search_entry_university partition of search_entry for values in ('UNIVERSITY');
create table search_entry_person partition of search_entry for values in ('PERSON');
create table search_entry_agreement partition of search_entry for values in ('AGREEMENT');
create table search_entry_meeting partition of search_entry for values in ('MEETING');

-- the visible entries whose text matches, whatever their number
create index search_entry_document on search_entry using gin (document) where visible;
-- the most prominent matches first, when a query matches too many to rank them all
create index search_entry_rank on search_entry (rank desc, record_id) where visible;
create index search_entry_stale on search_entry (kind, record_id) where stale;

-- Every word of the names, to correct a typo in a query that matches nothing ("Dalain")
create table search_word (
    word  text primary key
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);

-- Every record's entry, stale, visible as the triggers would make it.
insert into search_entry (kind, record_id, visible)
    select 'UNIVERSITY', id, archived_at is null from university;
insert into search_entry (kind, record_id, visible)
    select 'PERSON', id, published and archived_at is null from person;
insert into search_entry (kind, record_id, visible)
    select 'MEETING', id, archived_at is null from meeting;
insert into search_entry (kind, record_id, visible)
    select 'AGREEMENT', id, publication = 'PUBLISHED' and archived_at is null from agreement;

-- Facets of the agreements list -----------------------------------------------------------------

create table agreement_facet (
    agreement_id  bigint primary key references agreement (id) on delete cascade,
    visible       boolean not null,
    kind          varchar(30) not null,
    status        varchar(20) not null,
    -- the agreement's date: its signing, else its entry into force
    dated         date,
    year          integer,
    -- countries of the parties and ids of the areas, each sorted
    countries     varchar(2)[] not null,
    areas         bigint[] not null
);
create index agreement_facet_dated on agreement_facet (dated desc nulls last, agreement_id desc) where visible;
-- the agreements with a party of a country, however few (a list of them would otherwise read every
-- agreement in date order to find the rare ones)
create index agreement_facet_countries on agreement_facet using gin (countries) where visible;

-- Counts of visible agreements per combination of kind, status, year (0: no date) and party
-- countries, and the same per area: the facets of the list without a text query are summed from
-- these few thousand rows instead of counting every agreement. Kept by triggers on
-- agreement_facet, in the same transaction as the write.
create table agreement_facet_count (
    kind        varchar(30) not null,
    status      varchar(20) not null,
    year        integer not null,
    countries   varchar(2)[] not null,
    agreements  bigint not null,
    primary key (kind, status, year, countries)
);

create table agreement_area_count (
    area_id     bigint not null,
    kind        varchar(30) not null,
    status      varchar(20) not null,
    year        integer not null,
    countries   varchar(2)[] not null,
    agreements  bigint not null,
    primary key (area_id, kind, status, year, countries)
);

-- Adds (delta 1) or removes (delta -1) the visible ones among the given facet rows to the counts.
create function agreement_facet_count_add(facets agreement_facet[], delta integer) returns void language sql as $$
    insert into agreement_facet_count as c (kind, status, year, countries, agreements)
    select f.kind, f.status, coalesce(f.year, 0), f.countries, delta * count(*)
    from unnest(facets) f where f.visible
    group by f.kind, f.status, coalesce(f.year, 0), f.countries
    on conflict (kind, status, year, countries) do update set agreements = c.agreements + excluded.agreements;
    insert into agreement_area_count as c (area_id, kind, status, year, countries, agreements)
    select x.area_id, f.kind, f.status, coalesce(f.year, 0), f.countries, delta * count(*)
    from unnest(facets) f cross join unnest(f.areas) as x(area_id) where f.visible
    group by x.area_id, f.kind, f.status, coalesce(f.year, 0), f.countries
    on conflict (area_id, kind, status, year, countries) do update set agreements = c.agreements + excluded.agreements;
    delete from agreement_facet_count where agreements = 0;
    delete from agreement_area_count where agreements = 0;
$$;

create function agreement_facet_count_inserted() returns trigger language plpgsql as $$
begin
    perform agreement_facet_count_add(array(select cast(row(f.*) as agreement_facet) from changed f), 1);
    return null;
end
$$;

create function agreement_facet_count_updated() returns trigger language plpgsql as $$
begin
    perform agreement_facet_count_add(array(select cast(row(f.*) as agreement_facet) from previous f), -1);
    perform agreement_facet_count_add(array(select cast(row(f.*) as agreement_facet) from changed f), 1);
    return null;
end
$$;

create function agreement_facet_count_deleted() returns trigger language plpgsql as $$
begin
    perform agreement_facet_count_add(array(select cast(row(f.*) as agreement_facet) from previous f), -1);
    return null;
end
$$;

create trigger agreement_facet_count_insert after insert on agreement_facet
    referencing new table as changed for each statement execute function agreement_facet_count_inserted();
create trigger agreement_facet_count_update after update on agreement_facet
    referencing old table as previous new table as changed
    for each statement execute function agreement_facet_count_updated();
create trigger agreement_facet_count_delete after delete on agreement_facet
    referencing old table as previous for each statement execute function agreement_facet_count_deleted();

-- Writes the facet rows of the given agreements from their current state.
create function agreement_facet_refresh(ids bigint[]) returns void language sql as $$
    insert into agreement_facet (agreement_id, visible, kind, status, dated, year, countries, areas)
    select a.id,
           a.publication = 'PUBLISHED' and a.archived_at is null,
           a.kind,
           a.status,
           coalesce(a.signed_on, a.in_force_on),
           cast(extract(year from coalesce(a.signed_on, a.in_force_on)) as integer),
           array(select distinct u.country from agreement_party p join university u on u.id = p.university_id
                 where p.agreement_id = a.id order by u.country),
           array(select aa.area_id from agreement_area aa where aa.agreement_id = a.id order by aa.area_id)
    from agreement a
    where a.id = any(ids)
    on conflict (agreement_id) do update
        set visible = excluded.visible, kind = excluded.kind, status = excluded.status, dated = excluded.dated,
            year = excluded.year, countries = excluded.countries, areas = excluded.areas;
$$;

-- Statement-level triggers with transition tables: a bulk write refreshes each agreement once.

create function agreement_facet_track_agreements() returns trigger language plpgsql as $$
begin
    perform agreement_facet_refresh(array(select id from changed));
    return null;
end
$$;

create function agreement_facet_track_parts() returns trigger language plpgsql as $$
begin
    perform agreement_facet_refresh(array(select distinct agreement_id from changed));
    return null;
end
$$;

create function agreement_facet_track_parts_update() returns trigger language plpgsql as $$
begin
    perform agreement_facet_refresh(array(select agreement_id from changed union select agreement_id from previous));
    return null;
end
$$;

create function agreement_facet_track_universities() returns trigger language plpgsql as $$
begin
    perform agreement_facet_refresh(array(
        select distinct p.agreement_id from agreement_party p
        join changed c on c.id = p.university_id
        join previous o on o.id = c.id
        where c.country is distinct from o.country));
    return null;
end
$$;

create trigger agreement_facet_insert after insert on agreement
    referencing new table as changed for each statement execute function agreement_facet_track_agreements();
create trigger agreement_facet_update after update on agreement
    referencing new table as changed for each statement execute function agreement_facet_track_agreements();
create trigger agreement_party_facet_insert after insert on agreement_party
    referencing new table as changed for each statement execute function agreement_facet_track_parts();
create trigger agreement_party_facet_update after update on agreement_party
    referencing new table as changed old table as previous
    for each statement execute function agreement_facet_track_parts_update();
create trigger agreement_party_facet_delete after delete on agreement_party
    referencing old table as changed for each statement execute function agreement_facet_track_parts();
create trigger agreement_area_facet_insert after insert on agreement_area
    referencing new table as changed for each statement execute function agreement_facet_track_parts();
create trigger agreement_area_facet_update after update on agreement_area
    referencing new table as changed old table as previous
    for each statement execute function agreement_facet_track_parts_update();
create trigger agreement_area_facet_delete after delete on agreement_area
    referencing old table as changed for each statement execute function agreement_facet_track_parts();
create trigger university_facet_update after update on university
    referencing new table as changed old table as previous
    for each statement execute function agreement_facet_track_universities();

select agreement_facet_refresh(array(select id from agreement));
