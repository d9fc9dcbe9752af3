-- Names, titles and places in the reader's language (issue 14), and corrections to the data.
-- Generated from ../shared/data/names on 2026-11-30 (a throwaway script over its CSVs; rows of
-- confidence high and medium only), then the corrections of names/README.md by hand at the end.
-- Records are found by slug, English name or URL, never by id.
--
-- Not shipped: the low rows (dpu's «ДТУ», the DPU-BSTU joint institute), sections B and D of
-- unsourced.txt, the inferred nominatives of section A (left for the lead), the names and titles
-- of people the registry does not hold (Chen Jie, Wang Libo, Xie Xiaoyong, A. Bakhanovich,
-- Andrei Ivanets, Vadim Gigin, Igor Karpenko, Hao Ping, Igor Zhuk), Hu Haiyan's title 校长
-- (the registry records no position for him) and the titles of the 2024-06-25 meeting with
-- President Lukashenko (not a record of the registry).

-- ------------------------------------------------------------------------------------------
-- Places: the names of cities and provinces (stored in English in university.city / region and
-- meeting.city) in other languages, with the source and confidence of each. The pages show the
-- form in the reader's language and fall back to the stored text. A fixed vocabulary that only
-- migrations change, read by the application once.
-- ------------------------------------------------------------------------------------------

create table place_name (
    place_en    varchar(100) not null,
    language    varchar(8) not null,
    name        varchar(100) not null,
    source_id   bigint not null references source (id),
    confidence  varchar(10) not null,
    primary key (place_en, language),
    constraint place_name_language check (language in ('ru', 'be', 'zh')),
    constraint place_name_confidence check (confidence in ('HIGH', 'MEDIUM'))
);
create index place_name_source_idx on place_name (source_id);

-- ------------------------------------------------------------------------------------------
-- Sources not yet in the registry: one row per URL, publisher = host of the URL, as in V2.
-- ------------------------------------------------------------------------------------------
insert into source (url, publisher, created_by, updated_by) values
    ('http://president.gov.by/ru/news_ru/view/pozdravlenie-kollektivu-belorusskogo-gosudarstvennogo-universiteta-informatiki-i-radioelektroniki-20685', 'president.gov.by', 'import', 'import'),
    ('http://dutdice.dlut.edu.cn/info/1005/14379.htm', 'dutdice.dlut.edu.cn', 'import', 'import'),
    ('https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov', 'bgaa.by', 'import', 'import'),
    ('https://bis.nlb.by/by/news/100100', 'bis.nlb.by', 'import', 'import'),
    ('https://be.m.wikipedia.org/wiki/%D0%91%D0%B5%D0%BB%D0%B0%D1%80%D1%83%D1%81%D0%BA%D1%96_%D0%B4%D0%B7%D1%8F%D1%80%D0%B6%D0%B0%D1%9E%D0%BD%D1%8B_%D1%9E%D0%BD%D1%96%D0%B2%D0%B5%D1%80%D1%81%D1%96%D1%82%D1%8D%D1%82', 'be.m.wikipedia.org', 'import', 'import'),
    ('https://bsu.by/be/main.aspx?guid=32821', 'bsu.by', 'import', 'import'),
    ('https://belta.by/amp/society/view/dose-k-95-letnemu-jubileju-bgu-216752-2016', 'belta.by', 'import', 'import'),
    ('http://www.dongsenyule.com/news/2021092331.shtml', 'dongsenyule.com', 'import', 'import'),
    ('https://president.gov.by/be/events/vinsavanne-kalektyvu-belaruskaga-nacyanal-naga-tehnicnaga-universiteta', 'president.gov.by', 'import', 'import'),
    ('http://belta.by/president/view/lukashenko-pozdravil-kollektiv-bntu-s-105-letiem-obrazovanija-vuza-753253-2025', 'belta.by', 'import', 'import'),
    ('https://news.tongji.edu.cn/info/1003/89308.htm', 'news.tongji.edu.cn', 'import', 'import'),
    ('https://cist.bntu.by/?p=11204', 'cist.bntu.by', 'import', 'import'),
    ('http://wiki-org.ru/wiki/%D0%92%D0%B8%D1%82%D0%B5%D0%B1%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9_%D1%83%D0%BD%D0%B8%D0%B2%D0%B5%D1%80%D1%81%D0%B8%D1%82%D0%B5%D1%82_%D0%B8%D0%BC%D0%B5%D0%BD%D0%B8_%D0%9F._%D0%9C._%D0%9C%D0%B0%D1%88%D0%B5%D1%80%D0%BE%D0%B2%D0%B0', 'wiki-org.ru', 'import', 'import'),
    ('https://news.by/by/news/obshchestvo/vitsebskamu-dzyarzhuniversitetu-imya-p-m-masherava-115-gado', 'news.by', 'import', 'import'),
    ('https://rsml.by/ru/vgmu89', 'rsml.by', 'import', 'import'),
    ('http://zhejianglong.com/c/120413c452021.html', 'zhejianglong.com', 'import', 'import'),
    ('http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/', 'gazeta.bsu.by', 'import', 'import'),
    ('https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1', 'sb.by', 'import', 'import'),
    ('http://www.fx361.com/page/2020/1102/7174342.shtml', 'fx361.com', 'import', 'import'),
    ('https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/', 'russianculture.cn', 'import', 'import'),
    ('https://worddisk.com/wiki/Suzhou_University_of_Science_and_Technology', 'worddisk.com', 'import', 'import'),
    ('https://en.wikipedia.org/wiki/Francisk_Skorina_Gomel_State_University', 'en.wikipedia.org', 'import', 'import'),
    ('http://gsu.by/index.php/be/node/4845', 'gsu.by', 'import', 'import'),
    ('http://gsu.by/be/node/574', 'gsu.by', 'import', 'import'),
    ('https://gsu.by/zh-hans/node/9521', 'gsu.by', 'import', 'import'),
    ('https://m.jjl.cn/article/234752.html', 'm.jjl.cn', 'import', 'import'),
    ('https://kb.brl.by/index.php/heritage/item/962-1-krasavika-2016-g-50-gadou-z-chasu-adkrytstsya-brestskaga-dzyarzhaunaga-tekhnichnaga-universiteta-bujnoga-navukova-vuchebnaga-tsentra-belarusi-1966', 'kb.brl.by', 'import', 'import'),
    ('https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom', 'gorodfm.by', 'import', 'import'),
    ('https://news.usts.edu.cn/info/1040/24194.htm', 'news.usts.edu.cn', 'import', 'import'),
    ('https://www.psu.by/be/universitet/409-pra-universitet/5060-pryvitalnae-slova-rektara', 'psu.by', 'import', 'import'),
    ('https://be.m.wikipedia.org/wiki/%D0%9D%D0%B0%D0%B2%D0%B0%D0%BF%D0%BE%D0%BB%D0%B0%D1%86%D0%BA%D1%96_%D0%BF%D0%BE%D0%BB%D1%96%D1%82%D1%8D%D1%85%D0%BD%D1%96%D1%87%D0%BD%D1%8B_%D1%96%D0%BD%D1%81%D1%82%D1%8B%D1%82%D1%83%D1%82', 'be.m.wikipedia.org', 'import', 'import'),
    ('https://en.wikipedia.org/wiki/Saint_Euphrosyne_Polotsk_State_University', 'en.wikipedia.org', 'import', 'import'),
    ('http://ru.m.wiki.x.io/wiki/%D0%9F%D0%BE%D0%BB%D0%BE%D1%86%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9_%D1%83%D0%BD%D0%B8%D0%B2%D0%B5%D1%80%D1%81%D0%B8%D1%82%D0%B5%D1%82', 'ru.m.wiki.x.io', 'import', 'import'),
    ('http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html', 'grsmu.by', 'import', 'import'),
    ('https://wx.ihwrm.com/baokan/article/info.html?doc_id=4269836', 'wx.ihwrm.com', 'import', 'import'),
    ('http://www.gsu.by/ru/node/1516', 'gsu.by', 'import', 'import'),
    ('http://confucius.gsu.by/be/node/96', 'confucius.gsu.by', 'import', 'import'),
    ('http://rwxy.zjsru.edu.cn/info/1022/2802.htm', 'rwxy.zjsru.edu.cn', 'import', 'import'),
    ('https://belta.by/special/interview/view/nasledie-i-praktika-primenenija-pedagogicheskoj-mysli-konfutsija-v-kitajskom-universitete-8966', 'belta.by', 'import', 'import'),
    ('https://drbrecher.com/xww/mtlg/a60779.htm', 'drbrecher.com', 'import', 'import'),
    ('https://hbly.edu.cn/gjjlhzzx/info/1050/1204.htm', 'hbly.edu.cn', 'import', 'import'),
    ('https://studyinby.com/news/bgu_rasshiryaet_i_uglublyaet_partnerskie_svyazi_s_kitaem/?special_version=Y', 'studyinby.com', 'import', 'import'),
    ('https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya', 'news.by', 'import', 'import'),
    ('http://cissc.dlut.edu.cn/info/1008/1350.htm', 'cissc.dlut.edu.cn', 'import', 'import'),
    ('https://news.by/by/news/obshchestvo/li-si-raskazali-pra-dasyagnenni-rikk-bdu', 'news.by', 'import', 'import'),
    ('https://rezervbur.com/news/info/1002/24797.htm', 'rezervbur.com', 'import', 'import'),
    ('http://by.china-embassy.gov.cn/sssgxwdt/202506/t20250626_11659638.htm', 'by.china-embassy.gov.cn', 'import', 'import'),
    ('https://www.belta.by/interview/view/pri-podgotovke-spetsialistov-bntu-vsegda-na-dva-shaga-operezhaet-vremja-7580/', 'belta.by', 'import', 'import'),
    ('https://studyinby.com/news/vstrecha_rektora_s_v_kharitonchika_s_aktivom_soveta_zemlyachestv_bntu/', 'studyinby.com', 'import', 'import'),
    ('http://www.liuweiwei.org/news256722', 'liuweiwei.org', 'import', 'import'),
    ('https://news.by/news/obshchestvo/belarus-i-kitay-podpisali-deklaratsiyu-kotoraya-otkroet-novye-perspektivy-dlya-vuzov-dvukh-stran', 'news.by', 'import', 'import'),
    ('http://m.flowergirlmurrieta.com/redianzixun/77897.html', 'm.flowergirlmurrieta.com', 'import', 'import'),
    ('https://news.by/by/news/obshchestvo/belarus-i-kitay-padpisali-deklaratsyyu-yakaya-adkrye-novyya-perspektyvy-dlya-vnu-dzvyukh-krain', 'news.by', 'import', 'import'),
    ('https://www.r5cybba.xyz/2025/0627/c13338a221402/page.htm', 'r5cybba.xyz', 'import', 'import'),
    ('https://belarus-news.by/news/belorussko-kitayskiy-molodyozhnyy-forum-vpervye-proydyot-v-bgu', 'belarus-news.by', 'import', 'import'),
    ('https://momotik.ru/ramoefepusav/Минск/index.html', 'momotik.ru', 'import', 'import'),
    ('http://denpasar.ru/city.php?city=DLC', 'denpasar.ru', 'import', 'import'),
    ('https://simple.m.wikipedia.org/wiki/Dalian', 'simple.m.wikipedia.org', 'import', 'import'),
    ('https://mdsite.deno.dev/https://ruchina.org/?id=478', 'mdsite.deno.dev', 'import', 'import'),
    ('https://www.poisknews.ru/magazine/nashi-lyudi-v-podnebesnoj-2/', 'poisknews.ru', 'import', 'import'),
    ('https://belarus.by/ru/press-center/speeches-and-interviews/kolodets-drakona-i-glubiny-skoriny-chto-pritjagivaet-studentov-universiteta-shuzhen-k-belorusskomu-tsentru_i_163706.html', 'belarus.by', 'import', 'import'),
    ('http://paradewiki.com/index.php?oldid=39261&title=%E7%BB%B4%E6%8D%B7%E5%B8%83%E6%96%AF%E5%85%8B%E5%B7%9E', 'paradewiki.com', 'import', 'import'),
    ('https://wonilvalve.com/index.php?q=https%3A%2F%2Fbe-tarask.wikipedia.org%2Fwiki%2F%D0%93%D0%BE%D0%BC%D0%B5%D0%BB%D1%8C', 'wonilvalve.com', 'import', 'import'),
    ('https://www.belarus.by/cn/press-center/press-release/i_0000103549.html', 'belarus.by', 'import', 'import')
on conflict (url) do nothing;
-- ------------------------------------------------------------------------------------------
-- Places: city and province names as a fixed vocabulary (standard exonyms), one row per place
-- and language with the source of the first row of highest confidence.
-- ------------------------------------------------------------------------------------------
insert into place_name (place_en, language, name, source_id, confidence) values
    ('Minsk', 'ru', 'Минск', (select id from source where url = 'https://momotik.ru/ramoefepusav/Минск/index.html'), 'MEDIUM'),
    ('Minsk', 'be', 'Мінск', (select id from source where url = 'https://momotik.ru/ramoefepusav/Минск/index.html'), 'MEDIUM'),
    ('Minsk', 'zh', '明斯克', (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'MEDIUM'),
    ('Dalian', 'ru', 'Далянь', (select id from source where url = 'http://denpasar.ru/city.php?city=DLC'), 'MEDIUM'),
    ('Dalian', 'zh', '大连', (select id from source where url = 'https://simple.m.wikipedia.org/wiki/Dalian'), 'MEDIUM'),
    ('Liaoning', 'ru', 'Ляонин', (select id from source where url = 'http://denpasar.ru/city.php?city=DLC'), 'MEDIUM'),
    ('Liaoning', 'zh', '辽宁', (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'MEDIUM'),
    ('Beijing', 'ru', 'Пекин', (select id from source where url = 'https://mdsite.deno.dev/https://ruchina.org/?id=478'), 'MEDIUM'),
    ('Beijing', 'zh', '北京', (select id from source where url = 'https://mdsite.deno.dev/https://ruchina.org/?id=478'), 'MEDIUM'),
    ('Harbin', 'ru', 'Харбин', (select id from source where url = 'https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/'), 'MEDIUM'),
    ('Harbin', 'zh', '哈尔滨', (select id from source where url = 'https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/'), 'MEDIUM'),
    ('Heilongjiang', 'ru', 'Хэйлунцзян', (select id from source where url = 'https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/'), 'MEDIUM'),
    ('Heilongjiang', 'zh', '黑龙江', (select id from source where url = 'https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/'), 'MEDIUM'),
    ('Jiangsu', 'ru', 'Цзянсу', (select id from source where url = 'http://confucius.gsu.by/be/node/96'), 'MEDIUM'),
    ('Xuzhou', 'ru', 'Сюйчжоу', (select id from source where url = 'https://www.poisknews.ru/magazine/nashi-lyudi-v-podnebesnoj-2/'), 'MEDIUM'),
    ('Hangzhou', 'ru', 'Ханчжоу', (select id from source where url = 'https://belarus.by/ru/press-center/speeches-and-interviews/kolodets-drakona-i-glubiny-skoriny-chto-pritjagivaet-studentov-universiteta-shuzhen-k-belorusskomu-tsentru_i_163706.html'), 'MEDIUM'),
    ('Zhejiang', 'ru', 'Чжэцзян', (select id from source where url = 'https://belarus.by/ru/press-center/speeches-and-interviews/kolodets-drakona-i-glubiny-skoriny-chto-pritjagivaet-studentov-universiteta-shuzhen-k-belorusskomu-tsentru_i_163706.html'), 'MEDIUM'),
    ('Vitebsk', 'zh', '维捷布斯克', (select id from source where url = 'http://paradewiki.com/index.php?oldid=39261&title=%E7%BB%B4%E6%8D%B7%E5%B8%83%E6%96%AF%E5%85%8B%E5%B7%9E'), 'MEDIUM'),
    ('Gomel', 'be', 'Гомель', (select id from source where url = 'https://wonilvalve.com/index.php?q=https%3A%2F%2Fbe-tarask.wikipedia.org%2Fwiki%2F%D0%93%D0%BE%D0%BC%D0%B5%D0%BB%D1%8C'), 'MEDIUM'),
    ('Brest', 'zh', '布列斯特', (select id from source where url = 'https://www.belarus.by/cn/press-center/press-release/i_0000103549.html'), 'MEDIUM');
-- ------------------------------------------------------------------------------------------
-- Universities: a name fills name_<lang> only where it is empty (or, for Zhejiang Shuren, where
-- the university's own form is the official one); a name that differs from the stored one is
-- kept as an alias in that language, abbreviations as aliases. The schema has no source per
-- name, so each row's source is attached to the university with a note quoting the form.
-- ------------------------------------------------------------------------------------------
update university set name_ru = 'Даляньский политехнический университет', updated_by = 'import', updated_at = now() where slug = 'dut' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Даляньский политехнический университет', 'ru', 'VARIANT', null, 10 from university where slug = 'dut' and name_ru <> 'Даляньский политехнический университет'
    on conflict (university_id, name, language) do nothing;
update university set name_be = 'Беларускі дзяржаўны ўніверсітэт', updated_by = 'import', updated_at = now() where slug = 'bsu' and name_be is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Беларускі дзяржаўны ўніверсітэт', 'be', 'VARIANT', null, 10 from university where slug = 'bsu' and name_be <> 'Беларускі дзяржаўны ўніверсітэт'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '白俄罗斯国立技术大学', updated_by = 'import', updated_at = now() where slug = 'bntu' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '白俄罗斯国立技术大学', 'zh', 'VARIANT', null, 10 from university where slug = 'bntu' and name_zh <> '白俄罗斯国立技术大学'
    on conflict (university_id, name, language) do nothing;
update university set name_be = 'Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава', updated_by = 'import', updated_at = now() where slug = 'vsu' and name_be is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава', 'be', 'VARIANT', null, 10 from university where slug = 'vsu' and name_be <> 'Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Віцебскі дзяржаўны ўніверсітэт імя Пятра Машэрава', 'be', 'VARIANT', null, 10 from university where slug = 'vsu' and name_be <> 'Віцебскі дзяржаўны ўніверсітэт імя Пятра Машэрава'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Витебский государственный ордена Дружбы народов медицинский университет', updated_by = 'import', updated_at = now() where slug = 'vsmu' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Витебский государственный ордена Дружбы народов медицинский университет', 'ru', 'VARIANT', null, 10 from university where slug = 'vsmu' and name_ru <> 'Витебский государственный ордена Дружбы народов медицинский университет'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '维捷布斯克国立医科大学', updated_by = 'import', updated_at = now() where slug = 'vsmu' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '维捷布斯克国立医科大学', 'zh', 'VARIANT', null, 10 from university where slug = 'vsmu' and name_zh <> '维捷布斯克国立医科大学'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Пекинский университет', updated_by = 'import', updated_at = now() where slug = 'pku' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Пекинский университет', 'ru', 'VARIANT', null, 10 from university where slug = 'pku' and name_ru <> 'Пекинский университет'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Харбинский политехнический университет', updated_by = 'import', updated_at = now() where slug = 'hit' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Харбинский политехнический университет', 'ru', 'VARIANT', null, 10 from university where slug = 'hit' and name_ru <> 'Харбинский политехнический университет'
    on conflict (university_id, name, language) do nothing;
update university set name_be = 'Гомельскі дзяржаўны ўніверсітэт імя Францыска Скарыны', updated_by = 'import', updated_at = now() where slug = 'gsu-skorina' and name_be is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Гомельскі дзяржаўны ўніверсітэт імя Францыска Скарыны', 'be', 'VARIANT', null, 10 from university where slug = 'gsu-skorina' and name_be <> 'Гомельскі дзяржаўны ўніверсітэт імя Францыска Скарыны'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '戈梅利国立大学', updated_by = 'import', updated_at = now() where slug = 'gsu-skorina' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '戈梅利国立大学', 'zh', 'VARIANT', null, 10 from university where slug = 'gsu-skorina' and name_zh <> '戈梅利国立大学'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '布列斯特国立技术大学', updated_by = 'import', updated_at = now() where slug = 'brstu' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '布列斯特国立技术大学', 'zh', 'VARIANT', null, 10 from university where slug = 'brstu' and name_zh <> '布列斯特国立技术大学'
    on conflict (university_id, name, language) do nothing;
update university set name_be = 'Полацкі дзяржаўны ўніверсітэт', updated_by = 'import', updated_at = now() where slug = 'psu-polotsk' and name_be is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Полацкі дзяржаўны ўніверсітэт', 'be', 'VARIANT', null, 10 from university where slug = 'psu-polotsk' and name_be <> 'Полацкі дзяржаўны ўніверсітэт'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Полацкі дзяржаўны ўніверсітэт імя Ефрасінні Полацкай', 'be', 'VARIANT', null, 10 from university where slug = 'psu-polotsk' and name_be <> 'Полацкі дзяржаўны ўніверсітэт імя Ефрасінні Полацкай'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '波洛茨克国立大学', updated_by = 'import', updated_at = now() where slug = 'psu-polotsk' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '波洛茨克国立大学', 'zh', 'VARIANT', null, 10 from university where slug = 'psu-polotsk' and name_zh <> '波洛茨克国立大学'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '白俄罗斯国立医科大学', updated_by = 'import', updated_at = now() where slug = 'bsmu' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '白俄罗斯国立医科大学', 'zh', 'VARIANT', null, 10 from university where slug = 'bsmu' and name_zh <> '白俄罗斯国立医科大学'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Нанкинский университет науки и технологии', updated_by = 'import', updated_at = now() where slug = 'njust' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Нанкинский университет науки и технологии', 'ru', 'VARIANT', null, 10 from university where slug = 'njust' and name_ru <> 'Нанкинский университет науки и технологии'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Нанкинский университет науки и технологий', 'ru', 'VARIANT', null, 10 from university where slug = 'njust' and name_ru <> 'Нанкинский университет науки и технологий'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Нанкинский медицинский университет', updated_by = 'import', updated_at = now() where slug = 'njmu' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Нанкинский медицинский университет', 'ru', 'VARIANT', null, 10 from university where slug = 'njmu' and name_ru <> 'Нанкинский медицинский университет'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Сюйчжоуский медицинский университет', updated_by = 'import', updated_at = now() where slug = 'xzmu' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Сюйчжоуский медицинский университет', 'ru', 'VARIANT', null, 10 from university where slug = 'xzmu' and name_ru <> 'Сюйчжоуский медицинский университет'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '同济大学', updated_by = 'import', updated_at = now() where slug = 'tongji' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '同济大学', 'zh', 'VARIANT', null, 10 from university where slug = 'tongji' and name_zh <> '同济大学'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '浙江树人学院', updated_by = 'import', updated_at = now() where slug = 'zjsru';
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '浙江树人学院', 'zh', 'VARIANT', null, 10 from university where slug = 'zjsru' and name_zh <> '浙江树人学院'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Чжэцзянский университет Шужэнь', updated_by = 'import', updated_at = now() where slug = 'zjsru' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Чжэцзянский университет Шужэнь', 'ru', 'VARIANT', null, 10 from university where slug = 'zjsru' and name_ru <> 'Чжэцзянский университет Шужэнь'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '北京理工大学', updated_by = 'import', updated_at = now() where slug = 'bit' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '北京理工大学', 'zh', 'VARIANT', null, 10 from university where slug = 'bit' and name_zh <> '北京理工大学'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '鲍曼莫斯科国立技术大学', updated_by = 'import', updated_at = now() where slug = 'bmstu' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '鲍曼莫斯科国立技术大学', 'zh', 'VARIANT', null, 10 from university where slug = 'bmstu' and name_zh <> '鲍曼莫斯科国立技术大学'
    on conflict (university_id, name, language) do nothing;
update university set name_zh = '巴拉诺维奇国立大学', updated_by = 'import', updated_at = now() where slug = 'baranovichi-state' and name_zh is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '巴拉诺维奇国立大学', 'zh', 'VARIANT', null, 10 from university where slug = 'baranovichi-state' and name_zh <> '巴拉诺维奇国立大学'
    on conflict (university_id, name, language) do nothing;
update university set name_ru = 'Сычуаньский университет иностранных языков', updated_by = 'import', updated_at = now() where slug = 'sisu' and name_ru is null;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'Сычуаньский университет иностранных языков', 'ru', 'VARIANT', null, 10 from university where slug = 'sisu' and name_ru <> 'Сычуаньский университет иностранных языков'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БГУИР', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'bsuir'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '大工', 'zh', 'ABBREVIATION', null, 10 from university where slug = 'dut'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БДУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'bsu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БГУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'bsu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '白大', 'zh', 'ABBREVIATION', null, 10 from university where slug = 'bsu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БНТУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'bntu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БНТУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'bntu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ВГУ имени П.М. Машерова', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'vsu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ВГМУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'vsmu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ПКУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'pku'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ХПУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'hit'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '哈工大', 'zh', 'ABBREVIATION', null, 10 from university where slug = 'hit'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, '苏科大', 'zh', 'ABBREVIATION', null, 10 from university where slug = 'usts'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ГДУ імя Ф. Скарыны', 'be', 'ABBREVIATION', null, 10 from university where slug = 'gsu-skorina'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ГДУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'gsu-skorina'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ГГУ имени Ф. Скорины', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'gsu-skorina'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БрДТУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'brstu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БрГТУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'brstu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ПДУ', 'be', 'ABBREVIATION', null, 10 from university where slug = 'psu-polotsk'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ПГУ имени Евфросинии Полоцкой', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'psu-polotsk'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'ГрГМУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'grsmu'
    on conflict (university_id, name, language) do nothing;
insert into university_alias (university_id, name, language, kind, note, sort_order)
    select id, 'БГМУ', 'ru', 'ABBREVIATION', null, 10 from university where slug = 'bsmu'
    on conflict (university_id, name, language) do nothing;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsuir'), (select id from source where url = 'http://president.gov.by/ru/news_ru/view/pozdravlenie-kollektivu-belorusskogo-gosudarstvennogo-universiteta-informatiki-i-radioelektroniki-20685'), 'HIGH', 'Gives the Russian abbreviation «БГУИР».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'dut'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Gives the Chinese abbreviation «大工».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'dut'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Gives the Russian name «Даляньский политехнический университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsu'), (select id from source where url = 'https://bis.nlb.by/by/news/100100'), 'MEDIUM', 'Gives the Belarusian name «Беларускі дзяржаўны ўніверсітэт».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsu'), (select id from source where url = 'https://be.m.wikipedia.org/wiki/%D0%91%D0%B5%D0%BB%D0%B0%D1%80%D1%83%D1%81%D0%BA%D1%96_%D0%B4%D0%B7%D1%8F%D1%80%D0%B6%D0%B0%D1%9E%D0%BD%D1%8B_%D1%9E%D0%BD%D1%96%D0%B2%D0%B5%D1%80%D1%81%D1%96%D1%82%D1%8D%D1%82'), 'MEDIUM', 'Gives the Belarusian name «Беларускі дзяржаўны ўніверсітэт».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsu'), (select id from source where url = 'https://bsu.by/be/main.aspx?guid=32821'), 'HIGH', 'Gives the Belarusian abbreviation «БДУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsu'), (select id from source where url = 'https://belta.by/amp/society/view/dose-k-95-letnemu-jubileju-bgu-216752-2016'), 'MEDIUM', 'Gives the Russian abbreviation «БГУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsu'), (select id from source where url = 'http://www.dongsenyule.com/news/2021092331.shtml'), 'MEDIUM', 'Gives the Chinese abbreviation «白大».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bntu'), (select id from source where url = 'https://president.gov.by/be/events/vinsavanne-kalektyvu-belaruskaga-nacyanal-naga-tehnicnaga-universiteta'), 'HIGH', 'Gives the Belarusian abbreviation «БНТУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bntu'), (select id from source where url = 'http://belta.by/president/view/lukashenko-pozdravil-kollektiv-bntu-s-105-letiem-obrazovanija-vuza-753253-2025'), 'MEDIUM', 'Gives the Russian abbreviation «БНТУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bntu'), (select id from source where url = 'https://news.tongji.edu.cn/info/1003/89308.htm'), 'HIGH', 'Gives the Chinese name «白俄罗斯国立技术大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bntu'), (select id from source where url = 'https://cist.bntu.by/?p=11204'), 'HIGH', 'Gives the Chinese name «白俄罗斯国立技术大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsu'), (select id from source where url = 'http://wiki-org.ru/wiki/%D0%92%D0%B8%D1%82%D0%B5%D0%B1%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9_%D1%83%D0%BD%D0%B8%D0%B2%D0%B5%D1%80%D1%81%D0%B8%D1%82%D0%B5%D1%82_%D0%B8%D0%BC%D0%B5%D0%BD%D0%B8_%D0%9F._%D0%9C._%D0%9C%D0%B0%D1%88%D0%B5%D1%80%D0%BE%D0%B2%D0%B0'), 'MEDIUM', 'Gives the Belarusian name «Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsu'), (select id from source where url = 'https://news.by/by/news/obshchestvo/vitsebskamu-dzyarzhuniversitetu-imya-p-m-masherava-115-gado'), 'MEDIUM', 'Gives the Belarusian name «Віцебскі дзяржаўны ўніверсітэт імя Пятра Машэрава».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsu'), (select id from source where url = 'http://wiki-org.ru/wiki/%D0%92%D0%B8%D1%82%D0%B5%D0%B1%D1%81%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9_%D1%83%D0%BD%D0%B8%D0%B2%D0%B5%D1%80%D1%81%D0%B8%D1%82%D0%B5%D1%82_%D0%B8%D0%BC%D0%B5%D0%BD%D0%B8_%D0%9F._%D0%9C._%D0%9C%D0%B0%D1%88%D0%B5%D1%80%D0%BE%D0%B2%D0%B0'), 'MEDIUM', 'Gives the Russian abbreviation «ВГУ имени П.М. Машерова».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsmu'), (select id from source where url = 'https://rsml.by/ru/vgmu89'), 'MEDIUM', 'Gives the Russian name «Витебский государственный ордена Дружбы народов медицинский университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsmu'), (select id from source where url = 'https://rsml.by/ru/vgmu89'), 'MEDIUM', 'Gives the Russian abbreviation «ВГМУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'vsmu'), (select id from source where url = 'http://zhejianglong.com/c/120413c452021.html'), 'MEDIUM', 'Gives the Chinese name «维捷布斯克国立医科大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'pku'), (select id from source where url = 'http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/'), 'HIGH', 'Gives the Belarusian abbreviation «ПКУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'pku'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Gives the Russian name «Пекинский университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'hit'), (select id from source where url = 'http://www.fx361.com/page/2020/1102/7174342.shtml'), 'MEDIUM', 'Gives the Russian name «Харбинский политехнический университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'hit'), (select id from source where url = 'https://russianculture.cn/ru/prodolzhaetsya-sotrudnichestvo-sankt-peterburgskogo-gosudarstvennogo-universiteta-s-universitetami-harbina/'), 'MEDIUM', 'Gives the Russian name «Харбинский политехнический университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'hit'), (select id from source where url = 'http://www.fx361.com/page/2020/1102/7174342.shtml'), 'MEDIUM', 'Gives the Russian abbreviation «ХПУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'hit'), (select id from source where url = 'http://www.fx361.com/page/2020/1102/7174342.shtml'), 'MEDIUM', 'Gives the Chinese abbreviation «哈工大».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'usts'), (select id from source where url = 'https://worddisk.com/wiki/Suzhou_University_of_Science_and_Technology'), 'MEDIUM', 'Gives the Chinese abbreviation «苏科大».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'gsu-skorina'), (select id from source where url = 'https://en.wikipedia.org/wiki/Francisk_Skorina_Gomel_State_University'), 'MEDIUM', 'Gives the Belarusian name «Гомельскі дзяржаўны ўніверсітэт імя Францыска Скарыны».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'gsu-skorina'), (select id from source where url = 'http://gsu.by/index.php/be/node/4845'), 'HIGH', 'Gives the Belarusian abbreviation «ГДУ імя Ф. Скарыны».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'gsu-skorina'), (select id from source where url = 'http://gsu.by/be/node/574'), 'HIGH', 'Gives the Belarusian abbreviation «ГДУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'gsu-skorina'), (select id from source where url = 'https://gsu.by/zh-hans/node/9521'), 'HIGH', 'Gives the Russian abbreviation «ГГУ имени Ф. Скорины».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'gsu-skorina'), (select id from source where url = 'https://m.jjl.cn/article/234752.html'), 'MEDIUM', 'Gives the Chinese name «戈梅利国立大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'brstu'), (select id from source where url = 'https://kb.brl.by/index.php/heritage/item/962-1-krasavika-2016-g-50-gadou-z-chasu-adkrytstsya-brestskaga-dzyarzhaunaga-tekhnichnaga-universiteta-bujnoga-navukova-vuchebnaga-tsentra-belarusi-1966'), 'MEDIUM', 'Gives the Belarusian abbreviation «БрДТУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'brstu'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Gives the Russian abbreviation «БрГТУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'brstu'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Gives the Chinese name «布列斯特国立技术大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'https://www.psu.by/be/universitet/409-pra-universitet/5060-pryvitalnae-slova-rektara'), 'HIGH', 'Gives the Belarusian name «Полацкі дзяржаўны ўніверсітэт».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'https://be.m.wikipedia.org/wiki/%D0%9D%D0%B0%D0%B2%D0%B0%D0%BF%D0%BE%D0%BB%D0%B0%D1%86%D0%BA%D1%96_%D0%BF%D0%BE%D0%BB%D1%96%D1%82%D1%8D%D1%85%D0%BD%D1%96%D1%87%D0%BD%D1%8B_%D1%96%D0%BD%D1%81%D1%82%D1%8B%D1%82%D1%83%D1%82'), 'MEDIUM', 'Gives the Belarusian name «Полацкі дзяржаўны ўніверсітэт імя Ефрасінні Полацкай».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'https://en.wikipedia.org/wiki/Saint_Euphrosyne_Polotsk_State_University'), 'MEDIUM', 'Gives the Belarusian name «Полацкі дзяржаўны ўніверсітэт імя Ефрасінні Полацкай».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'https://www.psu.by/be/universitet/409-pra-universitet/5060-pryvitalnae-slova-rektara'), 'HIGH', 'Gives the Belarusian abbreviation «ПДУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'http://ru.m.wiki.x.io/wiki/%D0%9F%D0%BE%D0%BB%D0%BE%D1%86%D0%BA%D0%B8%D0%B9_%D0%B3%D0%BE%D1%81%D1%83%D0%B4%D0%B0%D1%80%D1%81%D1%82%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9_%D1%83%D0%BD%D0%B8%D0%B2%D0%B5%D1%80%D1%81%D0%B8%D1%82%D0%B5%D1%82'), 'MEDIUM', 'Gives the Russian abbreviation «ПГУ имени Евфросинии Полоцкой».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Gives the Chinese name «波洛茨克国立大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'grsmu'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian abbreviation «ГрГМУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsmu'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian abbreviation «БГМУ».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bsmu'), (select id from source where url = 'https://wx.ihwrm.com/baokan/article/info.html?doc_id=4269836'), 'MEDIUM', 'Gives the Chinese name «白俄罗斯国立医科大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'njust'), (select id from source where url = 'http://www.gsu.by/ru/node/1516'), 'HIGH', 'Gives the Russian name «Нанкинский университет науки и технологии».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'njust'), (select id from source where url = 'http://confucius.gsu.by/be/node/96'), 'HIGH', 'Gives the Russian name «Нанкинский университет науки и технологий».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'njmu'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian name «Нанкинский медицинский университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'xzmu'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian name «Сюйчжоуский медицинский университет».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'tongji'), (select id from source where url = 'https://news.tongji.edu.cn/info/1003/89308.htm'), 'HIGH', 'Gives the Chinese name «同济大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'zjsru'), (select id from source where url = 'http://rwxy.zjsru.edu.cn/info/1022/2802.htm'), 'HIGH', 'Gives the Chinese name «浙江树人学院».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'zjsru'), (select id from source where url = 'https://belta.by/special/interview/view/nasledie-i-praktika-primenenija-pedagogicheskoj-mysli-konfutsija-v-kitajskom-universitete-8966'), 'MEDIUM', 'Gives the Russian name «Чжэцзянский университет Шужэнь».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bit'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Gives the Chinese name «北京理工大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'bmstu'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Gives the Chinese name «鲍曼莫斯科国立技术大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'baranovichi-state'), (select id from source where url = 'https://hbly.edu.cn/gjjlhzzx/info/1050/1204.htm'), 'HIGH', 'Gives the Chinese name «巴拉诺维奇国立大学».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'sisu'), (select id from source where url = 'https://studyinby.com/news/bgu_rasshiryaet_i_uglublyaet_partnerskie_svyazi_s_kitaem/?special_version=Y'), 'MEDIUM', 'Gives the Russian name «Сычуаньский университет иностранных языков».')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;
-- ------------------------------------------------------------------------------------------
-- People: a name fills name_<lang> only where empty; the other forms (people have no aliases)
-- stay quoted in the note of their source, which the person's page shows.
-- Titles (rows written 'Name|title') fill title_<lang> of the position they name, where empty.
-- ------------------------------------------------------------------------------------------
update person set name_zh = '项昌乐', updated_by = 'import', updated_at = now() where slug = 'xiang-changle' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'xiang-changle'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Writes the name in Chinese «项昌乐».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Сян Чан-лэ', updated_by = 'import', updated_at = now() where slug = 'xiang-changle' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'xiang-changle'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Writes the name in Russian «Сян Чан-лэ».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'xiang-changle'), (select id from source where url = 'https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya'), 'MEDIUM', 'Writes the name in Russian «Сян Чан-лэ».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '贾振元', updated_by = 'import', updated_at = now() where slug = 'jia-zhenyuan' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jia-zhenyuan'), (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'HIGH', 'Writes the name in Chinese «贾振元».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Цзя Чжэньюань', updated_by = 'import', updated_at = now() where slug = 'jia-zhenyuan' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jia-zhenyuan'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Writes the name in Russian «Цзя Чжэньюань».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Вадим Богуш', updated_by = 'import', updated_at = now() where slug = 'vadim-bogush' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Writes the name in Russian «Вадим Богуш».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya'), 'MEDIUM', 'Writes the name in Russian «Вадим Богуш».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '瓦季姆·博古什', updated_by = 'import', updated_at = now() where slug = 'vadim-bogush' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Writes the name in Chinese «瓦季姆·博古什».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'HIGH', 'Writes the name in Chinese «博古什·瓦季姆».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Андрей Король', updated_by = 'import', updated_at = now() where slug = 'andrei-karol' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Writes the name in Russian «Андрей Король».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_be = 'Андрэй Кароль', updated_by = 'import', updated_at = now() where slug = 'andrei-karol' and name_be is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/'), 'HIGH', 'Writes the name in Belarusian «Андрэй Кароль».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'https://news.by/by/news/obshchestvo/li-si-raskazali-pra-dasyagnenni-rikk-bdu'), 'MEDIUM', 'Writes the name in Belarusian «Андрэй Кароль».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '科罗利', updated_by = 'import', updated_at = now() where slug = 'andrei-karol' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'https://rezervbur.com/news/info/1002/24797.htm'), 'MEDIUM', 'Writes the name in Chinese «安德烈·卡罗尔».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'http://www.dongsenyule.com/news/2021092331.shtml'), 'MEDIUM', 'Writes the name in Chinese «安德烈·科罗尔».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'http://by.china-embassy.gov.cn/sssgxwdt/202506/t20250626_11659638.htm'), 'HIGH', 'Writes the name in Chinese «科罗利».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Гун Цихуан', updated_by = 'import', updated_at = now() where slug = 'gong-qihuang' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'gong-qihuang'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Writes the name in Russian «Гун Цихуан».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Сергей Харитончик', updated_by = 'import', updated_at = now() where slug = 'sergei-kharitonchik' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kharitonchik'), (select id from source where url = 'https://www.belta.by/interview/view/pri-podgotovke-spetsialistov-bntu-vsegda-na-dva-shaga-operezhaet-vremja-7580/'), 'MEDIUM', 'Writes the name in Russian «Сергей Харитончик».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '谢尔盖·哈里顿契克', updated_by = 'import', updated_at = now() where slug = 'sergei-kharitonchik' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kharitonchik'), (select id from source where url = 'https://news.tongji.edu.cn/info/1003/89308.htm'), 'HIGH', 'Writes the name in Chinese «谢尔盖·哈里顿契克».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kharitonchik'), (select id from source where url = 'https://cist.bntu.by/?p=11204'), 'HIGH', 'Writes the name in Chinese «谢尔盖·哈里通契克».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Сергей Хахомов', updated_by = 'import', updated_at = now() where slug = 'sergey-khakhomov' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergey-khakhomov'), (select id from source where url = 'https://gsu.by/zh-hans/node/9521'), 'HIGH', 'Writes the name in Russian «Сергей Хахомов».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_be = 'С.А. Хахомаў', updated_by = 'import', updated_at = now() where slug = 'sergey-khakhomov' and name_be is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergey-khakhomov'), (select id from source where url = 'http://gsu.by/index.php/be/node/4845'), 'HIGH', 'Writes the name in Belarusian «С.А. Хахомаў».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '谢尔盖·哈霍莫夫', updated_by = 'import', updated_at = now() where slug = 'sergey-khakhomov' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergey-khakhomov'), (select id from source where url = 'https://m.jjl.cn/article/234752.html'), 'MEDIUM', 'Writes the name in Chinese «谢尔盖·哈霍莫夫».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Сергей Касперович', updated_by = 'import', updated_at = now() where slug = 'sergei-kasperovich' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kasperovich'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Writes the name in Russian «Сергей Касперович».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '卡斯佩罗维奇·谢尔盖·安东诺维奇', updated_by = 'import', updated_at = now() where slug = 'sergei-kasperovich' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kasperovich'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Writes the name in Chinese «卡斯佩罗维奇·谢尔盖·安东诺维奇».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Юрий Николайчик', updated_by = 'import', updated_at = now() where slug = 'yuri-nikolaichik' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'yuri-nikolaichik'), (select id from source where url = 'https://studyinby.com/news/vstrecha_rektora_s_v_kharitonchika_s_aktivom_soveta_zemlyachestv_bntu/'), 'MEDIUM', 'Writes the name in Russian «Юрий Николайчик».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '尤里·尼古拉依契克', updated_by = 'import', updated_at = now() where slug = 'yuri-nikolaichik' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'yuri-nikolaichik'), (select id from source where url = 'https://cist.bntu.by/?p=11204'), 'HIGH', 'Writes the name in Chinese «尤里·尼古拉依契克».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '鲍里斯.M.赫鲁斯塔廖夫', updated_by = 'import', updated_at = now() where slug = 'boris-khroustalev' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'boris-khroustalev'), (select id from source where url = 'http://www.liuweiwei.org/news256722'), 'MEDIUM', 'Writes the name in Chinese «鲍里斯.M.赫鲁斯塔廖夫».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '胡海岩', updated_by = 'import', updated_at = now() where slug = 'hu-haiyan' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'hu-haiyan'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Writes the name in Chinese «胡海岩».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_ru = 'Ли Лу', updated_by = 'import', updated_at = now() where slug = 'li-lu' and name_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'li-lu'), (select id from source where url = 'https://belta.by/special/interview/view/nasledie-i-praktika-primenenija-pedagogicheskoj-mysli-konfutsija-v-kitajskom-universitete-8966'), 'MEDIUM', 'Writes the name in Russian «Ли Лу».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update person set name_zh = '姜朋明', updated_by = 'import', updated_at = now() where slug = 'jiang-pengming' and name_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jiang-pengming'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Writes the name in Chinese «姜朋明».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '党委书记' where person_id = (select id from person where slug = 'xiang-changle') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'xiang-changle'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Gives the title in Chinese «党委书记».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'секретарь партийного комитета' where person_id = (select id from person where slug = 'xiang-changle') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'xiang-changle'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Gives the title in Russian «секретарь партийного комитета».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '校长' where person_id = (select id from person where slug = 'jia-zhenyuan') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jia-zhenyuan'), (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'HIGH', 'Gives the title in Chinese «校长».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'jia-zhenyuan') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jia-zhenyuan'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'vadim-bogush') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'председатель Республиканского совета ректоров вузов' where person_id = (select id from person where slug = 'vadim-bogush') and organization = 'Republican Council of Rectors' and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'https://news.by/news/obshchestvo/belarus-i-kitay-podpisali-deklaratsiyu-kotoraya-otkroet-novye-perspektivy-dlya-vuzov-dvukh-stran'), 'MEDIUM', 'Gives the title in Russian «председатель Республиканского совета ректоров вузов».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '校长' where person_id = (select id from person where slug = 'vadim-bogush') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'vadim-bogush'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Gives the title in Chinese «校长».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'andrei-karol') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_be = 'рэктар' where person_id = (select id from person where slug = 'andrei-karol') and university_id is not null and sort_order = 1 and title_be is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'andrei-karol'), (select id from source where url = 'http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/'), 'HIGH', 'Gives the title in Belarusian «рэктар».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'gong-qihuang') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'gong-qihuang'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'sergei-kharitonchik') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kharitonchik'), (select id from source where url = 'https://www.belta.by/interview/view/pri-podgotovke-spetsialistov-bntu-vsegda-na-dva-shaga-operezhaet-vremja-7580/'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '校长' where person_id = (select id from person where slug = 'sergei-kharitonchik') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kharitonchik'), (select id from source where url = 'https://cist.bntu.by/?p=11204'), 'HIGH', 'Gives the title in Chinese «校长».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'sergey-khakhomov') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergey-khakhomov'), (select id from source where url = 'https://gsu.by/zh-hans/node/9521'), 'HIGH', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_be = 'рэктар' where person_id = (select id from person where slug = 'sergey-khakhomov') and university_id is not null and sort_order = 1 and title_be is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergey-khakhomov'), (select id from source where url = 'http://gsu.by/index.php/be/node/4845'), 'HIGH', 'Gives the title in Belarusian «рэктар».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'sergei-kasperovich') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kasperovich'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'проректор по учебной работе' where person_id = (select id from person where slug = 'yuri-nikolaichik') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'yuri-nikolaichik'), (select id from source where url = 'https://studyinby.com/news/vstrecha_rektora_s_v_kharitonchika_s_aktivom_soveta_zemlyachestv_bntu/'), 'MEDIUM', 'Gives the title in Russian «проректор по учебной работе».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '副校长' where person_id = (select id from person where slug = 'yuri-nikolaichik') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'yuri-nikolaichik'), (select id from source where url = 'https://cist.bntu.by/?p=11204'), 'HIGH', 'Gives the title in Chinese «副校长».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '校长' where person_id = (select id from person where slug = 'hu-haiyan') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'hu-haiyan'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Gives the title in Chinese «校长».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_ru = 'ректор' where person_id = (select id from person where slug = 'li-lu') and university_id is not null and sort_order = 1 and title_ru is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'li-lu'), (select id from source where url = 'https://belta.by/special/interview/view/nasledie-i-praktika-primenenija-pedagogicheskoj-mysli-konfutsija-v-kitajskom-universitete-8966'), 'MEDIUM', 'Gives the title in Russian «ректор».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
update position set title_zh = '党委书记' where person_id = (select id from person where slug = 'jiang-pengming') and university_id is not null and sort_order = 1 and title_zh is null;
insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'jiang-pengming'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Gives the title in Chinese «党委书记».')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;
-- ------------------------------------------------------------------------------------------
-- Titles of agreements and meetings: title_<lang> only where empty, from the row of highest
-- confidence that names the record itself (headlines and names of sections or forums are
-- cited, not used as titles); each row's source is attached to the record with the form quoted.
-- ------------------------------------------------------------------------------------------
update agreement set title_zh = '《中国-白俄罗斯大学联盟成立协议》', updated_by = 'import', updated_at = now() where slug = '2023-11-21-founding-agreement' and title_zh is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2023-11-21-founding-agreement'), (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'HIGH', 'Gives the Chinese title «《中国-白俄罗斯大学联盟成立协议》».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2023-11-21-founding-agreement'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Gives the Chinese title «《中国--白俄罗斯大学联盟成立协议》».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update meeting set title_zh = '“中国-白俄罗斯大学联盟”成立仪式', updated_by = 'import', updated_at = now() where slug = '2023-11-21-minsk' and title_zh is null;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2023-11-21-minsk'), (select id from source where url = 'http://cissc.dlut.edu.cn/info/1008/1350.htm'), 'HIGH', 'Gives the Chinese title «“中国-白俄罗斯大学联盟”成立仪式».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2023-11-21-minsk'), (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'HIGH', 'Gives the Chinese title «中白大学校长论坛».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2023-11-21-minsk'), (select id from source where url = 'http://m.flowergirlmurrieta.com/redianzixun/77897.html'), 'MEDIUM', 'Gives the Chinese title «第一届白中高等教育机构校长论坛».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
update meeting set title_zh = '2024年中国-白俄罗斯大学联盟全体大会暨联盟集群机制成立大会', updated_by = 'import', updated_at = now() where slug = '2024-05-22-dalian' and title_zh is null;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2024-05-22-dalian'), (select id from source where url = 'http://dutdice.dlut.edu.cn/info/1005/14379.htm'), 'HIGH', 'Gives the Chinese title «2024年中国-白俄罗斯大学联盟全体大会暨联盟集群机制成立大会».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
update meeting set title_ru = 'III заседание Китайско-Белорусской ассоциации университетов', updated_by = 'import', updated_at = now() where slug = '2025-10-13-minsk' and title_ru is null;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2025-10-13-minsk'), (select id from source where url = 'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'), 'HIGH', 'Gives the Russian title «III заседание Китайско-Белорусской ассоциации университетов».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2025-10-13-minsk'), (select id from source where url = 'https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya'), 'MEDIUM', 'Gives the Russian title «третье заседание Ассоциации университетов Беларуси и Китая».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2025-10-13-minsk'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian title «секция «Биотехнологии и здравоохранение»».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
insert into meeting_source (meeting_id, source_id, confidence, note) values
    ((select id from meeting where slug = '2025-10-13-minsk'), (select id from source where url = 'http://www.grsmu.by/ru/press_centr/news/rektor-grgmu-igor-georgievich-zhuk-prinyal-uchastie-v-iii-zasedanii-kitajsko-belorusskoj-associacii-universitetov.html'), 'HIGH', 'Gives the Russian title «Ректор ГрГМУ Игорь Георгиевич Жук принял участие в III заседании Китайско-Белорусской ассоциации университетов».')
    on conflict (meeting_id, source_id) do update set note = coalesce(meeting_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'декларация о сотрудничестве в сфере высшего образования между китайскими и белорусскими университетами', updated_by = 'import', updated_at = now() where slug = '2025-10-13-declaration-higher-education' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-10-13-declaration-higher-education'), (select id from source where url = 'https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya'), 'MEDIUM', 'Gives the Russian title «декларация о сотрудничестве в сфере высшего образования между китайскими и белорусскими университетами».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-10-13-declaration-higher-education'), (select id from source where url = 'https://news.by/news/politika/belarus-i-kitay-podpisali-deklaratsiyu-ob-uglublenii-sotrudnichestva-v-sfere-vysshego-obrazovaniya'), 'MEDIUM', 'Gives the Russian title «совместная декларация, направленная на углубление сотрудничества в сфере высшего образования».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_be = 'адкрыццё сумеснай лабараторыі БДУ і Даляньскага політэхнічнага ўніверсітэта ў рамках ініцыятывы "Адзін пояс - адзін шлях"', updated_by = 'import', updated_at = now() where slug = '2025-10-13-bsu-dut-joint-laboratory' and title_be is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-10-13-bsu-dut-joint-laboratory'), (select id from source where url = 'https://news.by/by/news/obshchestvo/belarus-i-kitay-padpisali-deklaratsyyu-yakaya-adkrye-novyya-perspektyvy-dlya-vnu-dzvyukh-krain'), 'MEDIUM', 'Gives the Belarusian title «адкрыццё сумеснай лабараторыі БДУ і Даляньскага політэхнічнага ўніверсітэта ў рамках ініцыятывы "Адзін пояс - адзін шлях"».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_zh = '大连理工大学白俄罗斯国立大学联合学院（简称“中白学院”）', updated_by = 'import', updated_at = now() where slug = '2017-03-29-dut-bsu-joint-institute' and title_zh is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2017-03-29-dut-bsu-joint-institute'), (select id from source where url = 'http://www.dongsenyule.com/news/2021092331.shtml'), 'MEDIUM', 'Gives the Chinese title «大连理工大学白俄罗斯国立大学联合学院（简称“中白学院”）».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'меморандум о создании Белорусско-китайского центра фундаментальных научных исследований', updated_by = 'import', updated_at = now() where slug = '2024-11-04-bsu-pku-memorandum-fundamental-research-center' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2024-11-04-bsu-pku-memorandum-fundamental-research-center'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Gives the Russian title «меморандум о создании Белорусско-китайского центра фундаментальных научных исследований».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_be = 'адкрыццё ў БДУ Беларуска-кітайскага цэнтра фундаментальных навуковых даследаванняў', updated_by = 'import', updated_at = now() where slug = '2025-07-15-bsu-pku-fundamental-research-center' and title_be is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-07-15-bsu-pku-fundamental-research-center'), (select id from source where url = 'http://www.gazeta.bsu.by/2025/08/navuka-bez-mezhau-bdu-i-pekinski-universitet-adkryli-sumesny-dasledchy-centr/'), 'HIGH', 'Gives the Belarusian title «адкрыццё ў БДУ Беларуска-кітайскага цэнтра фундаментальных навуковых даследаванняў».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-07-15-bsu-pku-fundamental-research-center'), (select id from source where url = 'https://sb.by/articles/na-baze-bgu-i-pekinskogo-universiteta-sozdadut-belorussko-kitayskiy-tsentr-fundamentalnykh-nauchnykh.html?amp=1'), 'MEDIUM', 'Gives the Russian title «Белорусско-китайский центр фундаментальных научных исследований».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_zh = '中国—白俄罗斯青年论坛', updated_by = 'import', updated_at = now() where slug = '2025-06-24-youth-declaration' and title_zh is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-06-24-youth-declaration'), (select id from source where url = 'http://by.china-embassy.gov.cn/sssgxwdt/202506/t20250626_11659638.htm'), 'HIGH', 'Gives the Chinese title «中国—白俄罗斯青年论坛».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-06-24-youth-declaration'), (select id from source where url = 'https://www.r5cybba.xyz/2025/0627/c13338a221402/page.htm'), 'MEDIUM', 'Gives the Chinese title «“中国-白俄罗斯青年论坛”（主题“青年·创新·伙伴关系”）».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-06-24-youth-declaration'), (select id from source where url = 'https://www.r5cybba.xyz/2025/0627/c13338a221402/page.htm'), 'MEDIUM', 'Gives the Chinese title «《中国与白俄罗斯青年联合宣言》».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'Белорусско-китайский молодежный форум', updated_by = 'import', updated_at = now() where slug = '2025-06-24-youth-declaration' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2025-06-24-youth-declaration'), (select id from source where url = 'https://belarus-news.by/news/belorussko-kitayskiy-molodyozhnyy-forum-vpervye-proydyot-v-bgu'), 'MEDIUM', 'Gives the Russian title «Белорусско-китайский молодежный форум».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_zh = '《中国-俄罗斯-白俄罗斯大学联盟框架协议》', updated_by = 'import', updated_at = now() where slug = '2010-09-26-china-russia-belarus-university-alliance' and title_zh is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2010-09-26-china-russia-belarus-university-alliance'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Gives the Chinese title «《中国-俄罗斯-白俄罗斯大学联盟框架协议》».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2010-09-26-china-russia-belarus-university-alliance'), (select id from source where url = 'https://drbrecher.com/xww/mtlg/a60779.htm'), 'MEDIUM', 'Gives the Chinese title «“中国-俄罗斯-白俄罗斯大学联盟”成立会议».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'институт Конфуция ГГУ им. Ф. Скорины', updated_by = 'import', updated_at = now() where slug = '2017-gsu-confucius-institute' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2017-gsu-confucius-institute'), (select id from source where url = 'http://www.gsu.by/ru/node/1516'), 'HIGH', 'Gives the Russian title «институт Конфуция ГГУ им. Ф. Скорины».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2017-gsu-confucius-institute'), (select id from source where url = 'http://www.gsu.by/ru/node/1516'), 'HIGH', 'Gives the Russian title «исполнительное соглашение о создании института Конфуция (подписано 10 декабря 2017 года)».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'меморандум о взаимопонимании с Сычуаньским университетом иностранных языков', updated_by = 'import', updated_at = now() where slug = '2023-11-bsu-sisu-memorandum' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2023-11-bsu-sisu-memorandum'), (select id from source where url = 'https://studyinby.com/news/bgu_rasshiryaet_i_uglublyaet_partnerskie_svyazi_s_kitaem/?special_version=Y'), 'MEDIUM', 'Gives the Russian title «меморандум о взаимопонимании с Сычуаньским университетом иностранных языков».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
update agreement set title_ru = 'соглашение о сотрудничестве (подписано в рамках форума Китайско-Белорусской ассоциации университетов)', updated_by = 'import', updated_at = now() where slug = 'brstu-dut-cooperation-agreement' and title_ru is null;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = 'brstu-dut-cooperation-agreement'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Gives the Russian title «соглашение о сотрудничестве (подписано в рамках форума Китайско-Белорусской ассоциации университетов)».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = 'brstu-dut-cooperation-agreement'), (select id from source where url = 'https://gorodfm.by/novosti/2550-brgtu-budet-sotrudnichat-s-dalyanskim-politekhnicheskim-universitetom'), 'MEDIUM', 'Gives the Russian title «БрГТУ будет сотрудничать с Даляньским политехническим университетом».')
    on conflict (agreement_id, source_id) do update set note = coalesce(agreement_source.note || ' ', '') || excluded.note;
-- ==========================================================================================
-- Corrections (names/README.md and section E of names/unsourced.txt)
-- ==========================================================================================

-- Zhejiang Shuren's own Chinese name is 浙江树人学院 (set above, where the name was empty).

-- Jiang Pengming: USTS's own page calls him 党委书记 (Party Secretary), not President. V2 already
-- records him as Party Secretary; his Chinese title is set above. Nothing else to correct.

-- Sergei Kasperovich became rector of the Belarusian State Technological University (BSTU) in
-- November 2025 (news.by, 2025-11-20): his BrSTU position ends then. BSTU itself is not a
-- university of the registry (its only row is of low confidence), so the position names it as
-- an organization.
insert into source (url, publisher, language, published_on, published_precision, created_by, updated_by) values
    ('https://news.by/news/prezident/novye-rektory-naznacheny-v-bgtu-i-mgu-im-kuleshova-lukashenko-rassmotrel-kadrovye-voprosy',
        'news.by', 'ru', date '2025-11-20', 'DAY', 'import', 'import')
    on conflict (url) do nothing;

update position set held_to = date '2025-11-01', held_to_precision = 'MONTH',
        note = 'Rector when he signed the BrSTU-DUT cooperation agreement (the source gives no date); the position ended in November 2025, when he became Rector of BSTU (news.by, 2025-11-20).'
    where person_id = (select id from person where slug = 'sergei-kasperovich')
        and university_id = (select id from university where slug = 'brstu');

insert into position (person_id, university_id, organization, title_en, title_ru, held_from, held_from_precision,
                      note, sort_order) values
    ((select id from person where slug = 'sergei-kasperovich'), null, 'Belarusian State Technological University (BSTU)',
        'Rector', 'ректор', date '2025-11-01', 'MONTH',
        'Appointed in November 2025 (news.by, 2025-11-20).', 2);

insert into person_source (person_id, source_id, confidence, note) values
    ((select id from person where slug = 'sergei-kasperovich'),
        (select id from source where url = 'https://news.by/news/prezident/novye-rektory-naznacheny-v-bgtu-i-mgu-im-kuleshova-lukashenko-rassmotrel-kadrovye-voprosy'),
        'MEDIUM', 'Appointed Rector of BSTU in November 2025 (2025-11-20), leaving BrSTU.')
    on conflict (person_id, source_id) do update set note = coalesce(person_source.note || ' ', '') || excluded.note;

-- Polotsk State University's rector: the sources disagree and neither is picked. The ZJSRU page
-- (2022) names the Polotsk signatory «Romanov Oleg Alexandrovich»; the USTS page (2023, high)
-- names PSU's rector 罗曼诺夫斯基·尤里·亚岑托维奇 (Yury Romanovsky), and so does Russian Wikipedia
-- (Романовский, Юрий Яцентович). The registry keeps no signatory for Polotsk and says so where
-- the pages show it: the party's note on the agreement page, and the notes of both sources on
-- the agreement and on the university.
update agreement_party
    set role_note = 'Signed by the rector of Polotsk State University. The sources disagree on his name: the ZJSRU page (2022) names «Romanov Oleg Alexandrovich», the USTS page (2023) names the rector of PSU 罗曼诺夫斯基·尤里·亚岑托维奇 (Yury Romanovsky). No signatory is recorded until a source settles it.'
    where agreement_id = (select id from agreement where slug = '2022-04-08-zjsru-polotsk-cooperation-agreement')
        and university_id = (select id from university where slug = 'psu-polotsk');

update agreement_source
    set note = 'Names the rector of Polotsk State University who signed «Romanov Oleg Alexandrovich»; the USTS page (2023) names him differently.'
    where agreement_id = (select id from agreement where slug = '2022-04-08-zjsru-polotsk-cooperation-agreement')
        and source_id = (select id from source where url = 'http://english.zjsru.edu.cn/info/1033/2023.htm');

insert into agreement_source (agreement_id, source_id, confidence, note) values
    ((select id from agreement where slug = '2022-04-08-zjsru-polotsk-cooperation-agreement'),
        (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm'), 'MEDIUM',
        'Does not concern this agreement, but names the rector of Polotsk State University in 2023 罗曼诺夫斯基·尤里·亚岑托维奇 (Yury Romanovsky), unlike the ZJSRU page («Romanov Oleg Alexandrovich»).');

insert into university_source (university_id, source_id, confidence, note) values
    ((select id from university where slug = 'psu-polotsk'),
        (select id from source where url = 'http://english.zjsru.edu.cn/info/1033/2023.htm'), 'MEDIUM',
        'Names the rector of Polotsk State University in 2022 «Romanov Oleg Alexandrovich»; the USTS page (2023) names him 罗曼诺夫斯基·尤里·亚岑托维奇 (Yury Romanovsky). The sources disagree.')
    on conflict (university_id, source_id) do update set note = coalesce(university_source.note || ' ', '') || excluded.note;

update university_source
    set note = coalesce(note || ' ', '') || 'Names the rector of Polotsk State University in 2023 罗曼诺夫斯基·尤里·亚岑托维奇 (Yury Romanovsky); the ZJSRU page (2022) names him «Romanov Oleg Alexandrovich». The sources disagree.'
    where university_id = (select id from university where slug = 'psu-polotsk')
        and source_id = (select id from source where url = 'https://news.usts.edu.cn/info/1040/24194.htm');

-- The history: everything above becomes one revision by 'import', as V4 recorded the first load,
-- so that the history of each record shows these names, titles and sources as the import's and
-- the next editor's save is not shown as having made them. Every row of an audited table that
-- differs from the latest state its history knows gets an audit row of this revision (revtype 0
-- new, 1 changed; for the citation sets, 2 for a citation replaced and 0 for the new one), and
-- the records whose own rows, other names, positions, parties or citations changed get a new
-- version, so that an editing form opened before this migration is refused and merged, never
-- saved over these changes. Columns are those the table and its audit twin share.
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
    create temporary table v9_changed_owner (owner_table text, owner_id bigint) on commit drop;
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
        execute format('create temporary table v9_live on commit drop as
            select * from %1$I a where a.revtype <> 2 and a.rev = (select max(b.rev) from %1$I b
                where (%2$s, b.setordinal) is not distinct from (%3$s, a.setordinal))',
            entity.tab || '_aud', replace(tcols, 't.', 'b.'), replace(tcols, 't.', 'a.'));
        execute format('insert into v9_changed_owner select %L, owner from (
                select l.%2$I as owner from v9_live l where not exists (select from %3$I t where (%4$s) is not distinct from (%5$s))
                union select t.%2$I from %3$I t where not exists (select from v9_live l where (%5$s) is not distinct from (%4$s))) o',
            entity.owner_table, entity.owner, entity.tab, tcols, lcols);
        execute format('insert into %1$I (rev, revtype, setordinal, %2$s)
                select %3$s, 2, l.setordinal, %4$s from v9_live l
                where not exists (select from %5$I t where (%6$s) is not distinct from (%4$s))',
            entity.tab || '_aud', cols, r, lcols, entity.tab, tcols);
        execute format('insert into %1$I (rev, revtype, setordinal, %2$s)
                select %3$s, 0, coalesce((select max(x.setordinal) from %1$I x where x.%4$I = t.%4$I), -1)
                       + row_number() over (partition by t.%4$I order by t.source_id), %5$s
                from %6$I t where not exists (select from v9_live l where (%7$s) is not distinct from (%5$s))',
            entity.tab || '_aud', cols, r, entity.owner, tcols, entity.tab, lcols);
        drop table v9_live;
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
        execute format('insert into v9_changed_owner select %L, t.%I from %I t
                where not exists (select from (select distinct on (id) * from %I order by id, rev desc) l
                                  where l.id = t.id and (%s) is not distinct from (%s))',
            entity.owner_table, entity.owner, entity.tab, entity.tab || '_aud', lcols, tcols);
    end loop;

    -- a new version for every record whose children or citations changed (their own rows are
    -- compared below)
    for entity in select distinct owner_table from v9_changed_owner loop
        execute format('update %I set version = version + 1 where id in (select owner_id from v9_changed_owner where owner_table = %L)',
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
                      and t.id not in (select owner_id from v9_changed_owner where owner_table = %1$L)',
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
