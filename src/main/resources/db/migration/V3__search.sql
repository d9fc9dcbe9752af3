-- Search across scripts: one entry per university, person, agreement and meeting.
--
-- The text columns are written by the application (org.bcua.registry.search.SearchIndex), which
-- lowercases the names, strips accents and transliterates them with ICU4J (Cyrillic to Latin by
-- BGN/PCGN, Han to pinyin without tones). The database keeps the rest honest on its own:
--   * triggers create an entry for every new record and mark it stale whenever the record (or a
--     university's alias) changes, so no write path can leave the index silently out of date;
--     stale entries are re-indexed right after the write, by a sweep every few seconds, and at start;
--   * the same triggers copy the record's visibility (not archived; for agreements also published)
--     into the entry in the same transaction, so a draft or archived record never shows in search.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table search_entry (
    kind        varchar(20) not null,
    record_id   bigint not null,
    -- copied from the record by the triggers below
    visible     boolean not null,
    -- the record changed since the application last wrote names, latin and body
    stale       boolean not null default true,
    -- counts the changes of the record, so that indexing a version already outdated keeps it stale
    revision    bigint not null default 0,
    -- the version of the application's indexing rules that wrote the entry (0: never indexed)
    format      smallint not null default 0,
    -- every name, alias and abbreviation (given or computed from the initials), in its own script,
    -- lowercased and without accents, separated by ' | '
    names       text not null default '',
    -- the same names transliterated to Latin: BGN/PCGN for Cyrillic, pinyin (spaced and joined) for Han
    latin       text not null default '',
    -- longer text found by full-text search only: summaries, places, cities
    body        text not null default '',
    document    tsvector generated always as (
                    setweight(to_tsvector('simple', names), 'A')
                    || setweight(to_tsvector('simple', latin), 'B')
                    || setweight(to_tsvector('simple', body), 'D')) stored,
    indexed_at  timestamptz,
    primary key (kind, record_id),
    constraint search_entry_kind check (kind in ('UNIVERSITY', 'PERSON', 'AGREEMENT', 'MEETING'))
);

create index search_entry_names_trgm on search_entry using gin (names gin_trgm_ops);
create index search_entry_latin_trgm on search_entry using gin (latin gin_trgm_ops);
create index search_entry_document on search_entry using gin (document);
create index search_entry_stale on search_entry (kind, record_id) where stale;

-- Universities, people and meetings are visible unless archived ---------------------------

create function search_entry_track() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_entry where kind = tg_argv[0] and record_id = old.id;
        return old;
    end if;
    insert into search_entry (kind, record_id, visible, stale)
        values (tg_argv[0], new.id, new.archived_at is null, true)
        on conflict (kind, record_id) do update
            set visible = excluded.visible, stale = true, revision = search_entry.revision + 1;
    return new;
end
$$;

-- Agreements are visible when published and not archived ----------------------------------

create function search_entry_track_agreement() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_entry where kind = 'AGREEMENT' and record_id = old.id;
        return old;
    end if;
    insert into search_entry (kind, record_id, visible, stale)
        values ('AGREEMENT', new.id, new.publication = 'PUBLISHED' and new.archived_at is null, true)
        on conflict (kind, record_id) do update
            set visible = excluded.visible, stale = true, revision = search_entry.revision + 1;
    return new;
end
$$;

-- An alias is part of its university's names ------------------------------------------------

create function search_entry_track_alias() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update search_entry set stale = true, revision = revision + 1
            where kind = 'UNIVERSITY' and record_id = old.university_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update search_entry set stale = true, revision = revision + 1
            where kind = 'UNIVERSITY' and record_id = new.university_id;
    end if;
    return null;
end
$$;

create trigger university_search after insert or update or delete on university
    for each row execute function search_entry_track('UNIVERSITY');
create trigger person_search after insert or update or delete on person
    for each row execute function search_entry_track('PERSON');
create trigger meeting_search after insert or update or delete on meeting
    for each row execute function search_entry_track('MEETING');
create trigger agreement_search after insert or update or delete on agreement
    for each row execute function search_entry_track_agreement();
create trigger university_alias_search after insert or update or delete on university_alias
    for each row execute function search_entry_track_alias();

-- Entries for the records already loaded; the application indexes them at its next start.

insert into search_entry (kind, record_id, visible)
    select 'UNIVERSITY', id, archived_at is null from university;
insert into search_entry (kind, record_id, visible)
    select 'PERSON', id, archived_at is null from person;
insert into search_entry (kind, record_id, visible)
    select 'MEETING', id, archived_at is null from meeting;
insert into search_entry (kind, record_id, visible)
    select 'AGREEMENT', id, publication = 'PUBLISHED' and archived_at is null from agreement;
