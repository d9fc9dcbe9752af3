-- Records in the reader's language (issue 14), after V9 loaded the names: position titles as a
-- vocabulary, and the inferred Belarusian names of ../shared/data/names/unsourced.txt section A.

-- ------------------------------------------------------------------------------------------
-- Position titles: a vocabulary (person.PositionTitle, its words in the four languages are
-- message keys position.title.*) with the free text kept. A position's own text in a language
-- stays what the page shows in that language (a source's wording); the vocabulary's word fills
-- the languages it has no text in. A title that fits none keeps title_kind null.
-- ------------------------------------------------------------------------------------------
alter table position add column title_kind varchar(30);
alter table position add constraint position_title_kind check (title_kind in
    ('RECTOR', 'PRESIDENT', 'VICE_RECTOR', 'PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'CHAIRMAN'));
alter table position_aud add column title_kind varchar(30);

-- The kinds of the titles stored, from their English text (the data holds Rector, President,
-- Vice-Rector, Party Secretary, Secretary of the Party Committee, Deputy Party Secretary and
-- Chairman). The audit rows get the same classification of the same text: the kind is a reading
-- of what every revision already said, not a change anyone made, so the next editor's save does
-- not show it as theirs.
update position set title_kind = case lower(btrim(title_en))
        when 'rector' then 'RECTOR'
        when 'president' then 'PRESIDENT'
        when 'vice-rector' then 'VICE_RECTOR'
        when 'vice rector' then 'VICE_RECTOR'
        when 'party secretary' then 'PARTY_SECRETARY'
        when 'secretary of the party committee' then 'PARTY_SECRETARY'
        when 'deputy party secretary' then 'DEPUTY_PARTY_SECRETARY'
        when 'chairman' then 'CHAIRMAN'
    end;
update position_aud set title_kind = case lower(btrim(title_en))
        when 'rector' then 'RECTOR'
        when 'president' then 'PRESIDENT'
        when 'vice-rector' then 'VICE_RECTOR'
        when 'vice rector' then 'VICE_RECTOR'
        when 'party secretary' then 'PARTY_SECRETARY'
        when 'secretary of the party committee' then 'PARTY_SECRETARY'
        when 'deputy party secretary' then 'DEPUTY_PARTY_SECRETARY'
        when 'chairman' then 'CHAIRMAN'
    end;

-- ------------------------------------------------------------------------------------------
-- Belarusian names inferred from an inflected form (names/unsourced.txt, section A): a source
-- gives the name only in the genitive, so the nominative is a grammatical derivation, not a
-- quotation. They ship as other names of the university (not as its Belarusian name), each with
-- a note saying it is inferred and from what, shown next to it on the university's page, and the
-- source cited on the university with medium confidence. The source URLs are those V9 loaded.
-- Not shipped from section A: Hao Ping (not a person of the registry), the Belarusian title of
-- the 3rd meeting and the more formal Russian title of the Declaration (meetings and agreements
-- have no other titles to hold a marked inference; their titles stay the quoted ones).
-- ------------------------------------------------------------------------------------------
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі', 'be', 'VARIANT', 'Inferred: the nominative of the genitive «Беларускага дзяржаўнага ўніверсітэта інфарматыкі і радыёэлектронікі» in the source (gsu.by); not a quotation.', 20 from university where slug = 'bsuir'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsuir'), (select id from source where url = 'http://gsu.by/index.php/be/node/4845'), 'MEDIUM',
        'Gives the Belarusian name in the genitive, «Беларускага дзяржаўнага ўніверсітэта інфарматыкі і радыёэлектронікі»; the nominative «Беларускі дзяржаўны ўніверсітэт інфарматыкі і радыёэлектронікі» is inferred from it.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Беларускі нацыянальны тэхнічны ўніверсітэт', 'be', 'VARIANT', 'Inferred: the nominative of the genitive «Беларускага нацыянальнага тэхнічнага ўніверсітэта» in the source (president.gov.by); not a quotation.', 20 from university where slug = 'bntu'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bntu'), (select id from source where url = 'https://president.gov.by/be/events/vinsavanne-kalektyvu-belaruskaga-nacyanal-naga-tehnicnaga-universiteta'), 'MEDIUM',
        'Gives the Belarusian name in the genitive, «Беларускага нацыянальнага тэхнічнага ўніверсітэта»; the nominative «Беларускі нацыянальны тэхнічны ўніверсітэт» is inferred from it.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Даляньскі політэхнічны ўніверсітэт', 'be', 'VARIANT', 'Inferred: the nominative of the genitive «Даляньскага політэхнічнага ўніверсітэта» in the source (news.by); not a quotation.', 20 from university where slug = 'dut'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'dut'), (select id from source where url = 'https://news.by/by/news/obshchestvo/belarus-i-kitay-padpisali-deklaratsyyu-yakaya-adkrye-novyya-perspektyvy-dlya-vnu-dzvyukh-krain'), 'MEDIUM',
        'Gives the Belarusian name in the genitive, «Даляньскага політэхнічнага ўніверсітэта»; the nominative «Даляньскі політэхнічны ўніверсітэт» is inferred from it.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Пекінскі ўніверсітэт', 'be', 'VARIANT', 'Inferred: the nominative of the genitive «Пекінскага ўніверсітэта» in the source (www.gazeta.bsu.by); not a quotation.', 20 from university where slug = 'pku'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'pku'), (select id from source where url = 'http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/'), 'MEDIUM',
        'Gives the Belarusian name in the genitive, «Пекінскага ўніверсітэта»; the nominative «Пекінскі ўніверсітэт» is inferred from it.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Брэсцкі дзяржаўны тэхнічны ўніверсітэт', 'be', 'VARIANT', 'Inferred: the nominative of the genitive «Брэсцкага дзяржаўнага тэхнічнага ўніверсітэта» in the source (kb.brl.by); not a quotation.', 20 from university where slug = 'brstu'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'brstu'), (select id from source where url = 'https://kb.brl.by/index.php/heritage/item/962-1-krasavika-2016-g-50-gadou-z-chasu-adkrytstsya-brestskaga-dzyarzhaunaga-tekhnichnaga-universiteta-bujnoga-navukova-vuchebnaga-tsentra-belarusi-1966'), 'MEDIUM',
        'Gives the Belarusian name in the genitive, «Брэсцкага дзяржаўнага тэхнічнага ўніверсітэта»; the nominative «Брэсцкі дзяржаўны тэхнічны ўніверсітэт» is inferred from it.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;

-- ------------------------------------------------------------------------------------------
-- People of names_people.csv the registry did not hold. By ../shared/data/README.md a person is
-- shipped when a citable source of high or medium confidence names them, and the registry holds
-- people who sign or lead its universities: the rectors and party secretaries. So two are added,
-- each leading a university of the registry: Igor Zhuk, Rector of GrSMU (grsmu.by, high: he took
-- part in the third meeting), and Hao Ping, Party Secretary of Peking University (events.csv,
-- 2024-06-25, president.gov.by, high). Not added: the ministers, vice-ministers, the ambassador,
-- the vice-governor and the library director (Chen Jie, Wang Libo, Xie Xiaoyong, A. Bakhanovich,
-- Andrei Ivanets, Igor Karpenko, Vadim Gigin), who neither sign for nor lead a university.
-- Hao Ping's Belarusian name is only inferred (unsourced.txt, section A) and a person has no
-- other names to mark it on, so it is left out.
-- ------------------------------------------------------------------------------------------
insert into source (url, publisher, created_by, updated_by) values
    ('https://president.gov.by/en/events/vstreca-s-sekretarem-partijnogo-komiteta-pekinskogo-universiteta-hao-pinom-i-predstavitelami-kitajskih-universitetov', 'president.gov.by', 'import', 'import'),
    ('https://souzveche.ru/news/84492/?sphrase_id=8852762', 'souzveche.ru', 'import', 'import'),
    ('https://tvs.by/?p=2820', 'tvs.by', 'import', 'import')
on conflict (url) do nothing;

insert into person (slug, name_en, name_ru, name_zh, created_by, updated_by) values
    ('igor-zhuk', 'Igor Zhuk', 'Игорь Георгиевич Жук', null, 'import', 'import'),
    ('hao-ping', 'Hao Ping', 'Хао Пин', '郝平', 'import', 'import')
on conflict (slug) do nothing;

insert into position (person_id, university_id, organization, title_en, title_ru, title_kind, held_from,
                      held_from_precision, held_to, held_to_precision, note, sort_order) values
    ((select id from person where slug = 'igor-zhuk'), (select id from university where slug = 'grsmu'), null,
        'Rector', 'ректор', 'RECTOR', date '2025-01-01', 'YEAR', date '2025-01-01', 'YEAR',
        'Attested on 2025-10-13, when he took part in the third meeting of the association (grsmu.by); term of office not stated.', 1),
    ((select id from person where slug = 'hao-ping'), (select id from university where slug = 'pku'), null,
        'Party Secretary', null, 'PARTY_SECRETARY', date '2024-01-01', 'YEAR', date '2024-01-01', 'YEAR',
        'Attested on 2024-06-25, when President Lukashenko met him and heads of Chinese universities in Minsk (president.gov.by); term of office not stated.', 1);
update position set title_zh = '党委书记'
    where person_id = (select id from person where slug = 'hao-ping') and sort_order = 1;

insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'igor-zhuk'),
        (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'),
        'HIGH', 'Names him «Ректор ГрГМУ Игорь Георгиевич Жук», taking part in the third meeting of the association (2025-10-13).'),
    ((select id from person where slug = 'hao-ping'),
        (select id from source where url = 'https://president.gov.by/en/events/vstreca-s-sekretarem-partijnogo-komiteta-pekinskogo-universiteta-hao-pinom-i-predstavitelami-kitajskih-universitetov'),
        'HIGH', 'President Lukashenko meets Peking University Party Secretary Hao Ping (2024-06-25).'),
    ((select id from person where slug = 'hao-ping'), (select id from source where url = 'https://rezervbur.com/news/info/1002/24797.htm'),
        'MEDIUM', 'Writes the name in Chinese «郝平» and the title «党委书记».'),
    ((select id from person where slug = 'hao-ping'), (select id from source where url = 'https://souzveche.ru/news/84492/?sphrase_id=8852762'),
        'MEDIUM', 'Writes the name in Russian «Хао Пин».'),
    ((select id from person where slug = 'hao-ping'), (select id from source where url = 'https://tvs.by/?p=2820'),
        'MEDIUM', 'Gives the title in Russian «секретарь партийного комитета Пекинского университета».');

-- The history: the names, people, positions and citations above become one revision by 'import', as V9 did (the
-- same statements), so that the next editor's save is not shown as having made them; the
-- position kinds are already in the audit rows and differ from nothing.
insert into revinfo (changed_at, changed_by) values (now(), 'import');

do $$
declare
    r bigint := (select max(rev) from revinfo);
    entity record;
    cols text;
    tcols text;
    lcols text;
begin
    -- the citation sets: (table, owner column, owner table)
    create temporary table v12_changed_owner (owner_table text, owner_id bigint) on commit drop;
    for entity in select * from (values ('university_source', 'university_id', 'university'),
                                        ('person_source', 'person_id', 'person'),
                                        ('agreement_source', 'agreement_id', 'agreement'),
                                        ('meeting_source', 'meeting_id', 'meeting')) as v(tab, owner, owner_table) loop
        select string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position),
               string_agg('t.' || quote_ident(c.column_name), ', ' order by c.ordinal_position),
               string_agg('l.' || quote_ident(c.column_name), ', ' order by c.ordinal_position)
            into cols, tcols, lcols
            from information_schema.columns c
            where c.table_schema = current_schema() and c.table_name = entity.tab
                and exists (select from information_schema.columns a where a.table_schema = current_schema()
                            and a.table_name = entity.tab || '_aud' and a.column_name = c.column_name);
        -- the citations the history knows now: the latest audit row of each, unless a removal
        execute format('create temporary table v12_live on commit drop as
            select * from %1$I a where a.revtype <> 2 and a.rev = (select max(b.rev) from %1$I b
                where (%2$s, b.setordinal) is not distinct from (%3$s, a.setordinal))',
            entity.tab || '_aud', replace(tcols, 't.', 'b.'), replace(tcols, 't.', 'a.'));
        execute format('insert into v12_changed_owner select %L, owner from (
                select l.%2$I as owner from v12_live l where not exists (select from %3$I t where (%4$s) is not distinct from (%5$s))
                union select t.%2$I from %3$I t where not exists (select from v12_live l where (%5$s) is not distinct from (%4$s))) o',
            entity.owner_table, entity.owner, entity.tab, tcols, lcols);
        execute format('insert into %1$I (rev, revtype, setordinal, %2$s)
                select %3$s, 2, l.setordinal, %4$s from v12_live l
                where not exists (select from %5$I t where (%6$s) is not distinct from (%4$s))',
            entity.tab || '_aud', cols, r, lcols, entity.tab, tcols);
        execute format('insert into %1$I (rev, revtype, setordinal, %2$s)
                select %3$s, 0, coalesce((select max(x.setordinal) from %1$I x where x.%4$I = t.%4$I), -1)
                       + row_number() over (partition by t.%4$I order by t.source_id), %5$s
                from %6$I t where not exists (select from v12_live l where (%7$s) is not distinct from (%5$s))',
            entity.tab || '_aud', cols, r, entity.owner, tcols, entity.tab, lcols);
        drop table v12_live;
    end loop;

    -- the records' children: other names, positions, parties (table, owner column, owner table)
    for entity in select * from (values ('university_alias', 'university_id', 'university'),
                                        ('position', 'person_id', 'person'),
                                        ('agreement_party', 'agreement_id', 'agreement')) as v(tab, owner, owner_table) loop
        select string_agg('t.' || quote_ident(c.column_name), ', ' order by c.ordinal_position),
               string_agg('l.' || quote_ident(c.column_name), ', ' order by c.ordinal_position)
            into tcols, lcols
            from information_schema.columns c
            where c.table_schema = current_schema() and c.table_name = entity.tab
                and exists (select from information_schema.columns a where a.table_schema = current_schema()
                            and a.table_name = entity.tab || '_aud' and a.column_name = c.column_name);
        execute format('insert into v12_changed_owner select %L, t.%I from %I t
                where not exists (select from (select distinct on (id) * from %I order by id, rev desc) l
                                  where l.id = t.id and (%s) is not distinct from (%s))',
            entity.owner_table, entity.owner, entity.tab, entity.tab || '_aud', lcols, tcols);
    end loop;

    -- a new version for every record whose children or citations changed (their own rows are
    -- compared below)
    for entity in select distinct owner_table from v12_changed_owner loop
        execute format('update %I set version = version + 1 where id in (select owner_id from v12_changed_owner where owner_table = %L)',
            entity.owner_table, entity.owner_table);
    end loop;

    -- every audited record table: an audit row where the row differs from its latest history
    for entity in select * from (values ('source'), ('university'), ('university_alias'), ('person'), ('position'),
                                        ('agreement'), ('agreement_party'), ('meeting')) as v(tab) loop
        select string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position),
               string_agg('t.' || quote_ident(c.column_name), ', ' order by c.ordinal_position),
               string_agg('l.' || quote_ident(c.column_name), ', ' order by c.ordinal_position)
            into cols, tcols, lcols
            from information_schema.columns c
            where c.table_schema = current_schema() and c.table_name = entity.tab and c.column_name <> 'version'
                and exists (select from information_schema.columns a where a.table_schema = current_schema()
                            and a.table_name = entity.tab || '_aud' and a.column_name = c.column_name);
        -- a changed record's own row gets a new version too, unless it got one above
        if exists (select from information_schema.columns where table_schema = current_schema()
                   and table_name = entity.tab and column_name = 'version') then
            execute format('update %1$I t set version = t.version + 1
                    where exists (select from %2$I a where a.id = t.id)
                      and not exists (select from (select distinct on (id) * from %2$I order by id, rev desc) l
                                      where l.id = t.id and (%3$s) is not distinct from (%4$s))
                      and t.id not in (select owner_id from v12_changed_owner where owner_table = %1$L)',
                entity.tab, entity.tab || '_aud', lcols, tcols);
            cols := cols || ', version';
            tcols := tcols || ', t.version';
            lcols := lcols || ', l.version';
        end if;
        execute format('insert into %1$I (rev, revtype, %2$s)
                select %3$s, case when exists (select from %1$I a where a.id = t.id) then 1 else 0 end, %4$s
                from %5$I t
                where not exists (select from (select distinct on (id) * from %1$I order by id, rev desc) l
                                  where l.id = t.id and (%6$s) is not distinct from (%4$s))',
            entity.tab || '_aud', cols, r, tcols, entity.tab, lcols);
    end loop;
end
$$;
