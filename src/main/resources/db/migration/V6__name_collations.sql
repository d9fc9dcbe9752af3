-- Names are listed in the order readers of each language expect, whatever the database's own
-- collation (the embedded cluster uses C.UTF-8, which orders by code point): Chinese by pinyin with
-- Han names first, Russian with ё beside е, Belarusian with і and ў in their places in the alphabet.
create collation registry_en (provider = icu, locale = 'en');
create collation registry_ru (provider = icu, locale = 'ru');
create collation registry_be (provider = icu, locale = 'be');
create collation registry_zh (provider = icu, locale = 'zh');

-- The universities list reads a page in name order through these instead of sorting every row.
create index university_name_en on university ((name_en collate registry_en), id) where archived_at is null;
create index university_name_ru on university ((coalesce(name_ru, name_en) collate registry_ru), id)
    where archived_at is null;
create index university_name_be on university ((coalesce(name_be, name_ru, name_en) collate registry_be), id)
    where archived_at is null;
create index university_name_zh on university ((coalesce(name_zh, name_en) collate registry_zh), id)
    where archived_at is null;
