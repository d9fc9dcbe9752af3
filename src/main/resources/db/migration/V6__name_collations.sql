-- Names are listed in the order readers of each language expect, whatever the database's own
-- collation (the embedded cluster uses C.UTF-8, which orders by code point): Chinese by pinyin with
-- Han names first, Russian with ё beside е, Belarusian with і and ў in their places in the alphabet.
create collation registry_en (provider = icu, locale = 'en');
create collation registry_ru (provider = icu, locale = 'ru');
create collation registry_be (provider = icu, locale = 'be');
create collation registry_zh (provider = icu, locale = 'zh');
