-- The agreements list matches a text query on its own narrow rows.
--
-- Until now a query's matches came from search_entry (rows of about 1 kB, so the matches of a broad
-- query lay on most of its pages) and were then joined to agreement_facet, which read every facet
-- row. agreement_facet now carries the words of the agreement's search entry (its document without
-- positions or weights, which the list neither ranks by nor restricts to names): one index scan of
-- one table gives the matches with the values they are counted by.

alter table agreement_facet add column words tsvector not null default '';

-- The counts change only by the difference between the counted values before and after an update
-- (as multisets: agreement_facet_count_add would subtract and add back every updated row, which the
-- words of every indexed agreement would now cost).
create or replace function agreement_facet_count_updated() returns trigger language plpgsql as $$
begin
    with difference as (
        select r.visible, r.kind, r.status, coalesce(r.year, 0) as year, r.countries, r.areas, -1 as delta
        from (select visible, kind, status, year, countries, areas from previous
              except all
              select visible, kind, status, year, countries, areas from changed) r
        union all
        select a.visible, a.kind, a.status, coalesce(a.year, 0), a.countries, a.areas, 1
        from (select visible, kind, status, year, countries, areas from changed
              except all
              select visible, kind, status, year, countries, areas from previous) a),
    by_facets as (
        insert into agreement_facet_count as c (kind, status, year, countries, agreements)
        select d.kind, d.status, d.year, d.countries, sum(d.delta)
        from difference d where d.visible
        group by d.kind, d.status, d.year, d.countries
        having sum(d.delta) <> 0
        on conflict (kind, status, year, countries) do update set agreements = c.agreements + excluded.agreements)
    insert into agreement_area_count as c (area_id, kind, status, year, countries, agreements)
    select x.area_id, d.kind, d.status, d.year, d.countries, sum(d.delta)
    from difference d cross join unnest(d.areas) as x(area_id) where d.visible
    group by x.area_id, d.kind, d.status, d.year, d.countries
    having sum(d.delta) <> 0
    on conflict (area_id, kind, status, year, countries) do update set agreements = c.agreements + excluded.agreements;
    delete from agreement_facet_count where agreements = 0;
    delete from agreement_area_count where agreements = 0;
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
