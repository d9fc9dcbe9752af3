-- The agreements list matches a text query on its own narrow rows.
--
-- Until now a query's matches came from search_entry (rows of about 1 kB, so the matches of a broad
-- query lay on most of its pages) and were then joined to agreement_facet, which read every facet
-- row. agreement_facet now carries the words of the agreement's search entry (its document without
-- positions or weights, which the list neither ranks by nor restricts to names): one index scan of
-- one table gives the matches with the values they are counted by.

alter table agreement_facet add column words tsvector not null default '';

-- The counts change only when a counted value does: an update of the words alone leaves them.
create or replace function agreement_facet_count_updated() returns trigger language plpgsql as $$
begin
    perform agreement_facet_count_add(array(
        select cast(row(o.*) as agreement_facet) from previous o join changed n using (agreement_id)
        where (o.visible, o.kind, o.status, o.year, o.countries, o.areas)
              is distinct from (n.visible, n.kind, n.status, n.year, n.countries, n.areas)), -1);
    perform agreement_facet_count_add(array(
        select cast(row(n.*) as agreement_facet) from previous o join changed n using (agreement_id)
        where (o.visible, o.kind, o.status, o.year, o.countries, o.areas)
              is distinct from (n.visible, n.kind, n.status, n.year, n.countries, n.areas)), 1);
    return null;
end
$$;

-- The application writes the text of a search entry (whose document PostgreSQL then computes) when
-- it indexes the record; the words of an agreement follow in the same statement.
create function agreement_facet_copy_words() returns trigger language plpgsql as $$
begin
    update agreement_facet f set words = strip(c.document)
    from changed c
    where c.kind = 'AGREEMENT' and f.agreement_id = c.record_id and f.words <> strip(c.document);
    return null;
end
$$;

create trigger search_entry_agreement_words after update on search_entry
    referencing new table as changed for each statement execute function agreement_facet_copy_words();

update agreement_facet f set words = strip(e.document)
from search_entry e
where e.kind = 'AGREEMENT' and e.record_id = f.agreement_id;

create index agreement_facet_words on agreement_facet using gin (words) where visible;

-- agreement_facet is no longer narrow: a list filtered down to a few agreements (a year and a few
-- more facets) finds them through these indexes instead of reading every row.
create index agreement_facet_year on agreement_facet (year) where visible;
create index agreement_facet_areas on agreement_facet using gin (areas) where visible;
