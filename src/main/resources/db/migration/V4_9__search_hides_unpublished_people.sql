-- People recorded with a draft agreement are not published (V4): the search index must not
-- show them either. Their search entry is visible only when published and not archived.

create function search_entry_track_person() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from search_entry where kind = 'PERSON' and record_id = old.id;
        return old;
    end if;
    insert into search_entry (kind, record_id, visible, stale)
        values ('PERSON', new.id, new.published and new.archived_at is null, true)
        on conflict (kind, record_id) do update
            set visible = excluded.visible, stale = true, revision = search_entry.revision + 1;
    return new;
end
$$;

drop trigger person_search on person;
create trigger person_search after insert or update or delete on person
    for each row execute function search_entry_track_person();

update search_entry e set visible = p.published and p.archived_at is null
    from person p where e.kind = 'PERSON' and e.record_id = p.id;
