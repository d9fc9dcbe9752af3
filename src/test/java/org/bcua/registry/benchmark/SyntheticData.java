package org.bcua.registry.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates a large, clearly synthetic registry for benchmarks: universities in Belarus
 * and China with names in English, Russian, Belarusian and Chinese and abbreviations as
 * aliases, people, meetings, and agreements with two to five parties, areas of
 * cooperation, drafts and archived ones. Every record's slug starts with
 * {@code synthetic-}, its creator is {@code synthetic}, and its only source is
 * {@value #SOURCE_URL}.
 * <p>
 * Rows are written with {@code COPY}, in a few seconds; no save announces them, so the
 * caller writes their derived data after the load ({@code AgreementFacets.rebuild()},
 * {@code SearchIndex.rebuild()}). Meant for a fresh database of a test context, never for
 * the application's own database.
 */
public final class SyntheticData {

	/** The source every synthetic record cites; the domain cannot exist. */
	public static final String SOURCE_URL = "https://example.invalid/synthetic";

	/** Ids of synthetic records start here, far above the real data's. */
	static final long FIRST_ID = 1_000_000;

	private static final String BY_CREATOR = "synthetic";

	private static final String[][] CHINESE_CITIES = { { "Dalian", "大连", "Далянь", "Liaoning" },
			{ "Shenyang", "沈阳", "Шэньян", "Liaoning" }, { "Beijing", "北京", "Пекин", "Beijing" },
			{ "Shanghai", "上海", "Шанхай", "Shanghai" }, { "Tianjin", "天津", "Тяньцзинь", "Tianjin" },
			{ "Nanjing", "南京", "Нанкин", "Jiangsu" }, { "Suzhou", "苏州", "Сучжоу", "Jiangsu" },
			{ "Hangzhou", "杭州", "Ханчжоу", "Zhejiang" }, { "Harbin", "哈尔滨", "Харбин", "Heilongjiang" },
			{ "Changchun", "长春", "Чанчунь", "Jilin" }, { "Jinan", "济南", "Цзинань", "Shandong" },
			{ "Qingdao", "青岛", "Циндао", "Shandong" }, { "Wuhan", "武汉", "Ухань", "Hubei" },
			{ "Chengdu", "成都", "Чэнду", "Sichuan" }, { "Chongqing", "重庆", "Чунцин", "Chongqing" },
			{ "Xi'an", "西安", "Сиань", "Shaanxi" }, { "Lanzhou", "兰州", "Ланьчжоу", "Gansu" },
			{ "Kunming", "昆明", "Куньмин", "Yunnan" }, { "Guangzhou", "广州", "Гуанчжоу", "Guangdong" },
			{ "Xiamen", "厦门", "Сямынь", "Fujian" }, { "Taiyuan", "太原", "Тайюань", "Shanxi" },
			{ "Zhengzhou", "郑州", "Чжэнчжоу", "Henan" }, { "Changsha", "长沙", "Чанша", "Hunan" },
			{ "Hefei", "合肥", "Хэфэй", "Anhui" } };

	private static final String[][] BELARUSIAN_CITIES = { { "Minsk", "Минск", "Мінск", "明斯克" },
			{ "Brest", "Брест", "Брэст", "布列斯特" }, { "Grodno", "Гродно", "Гродна", "格罗德诺" },
			{ "Gomel", "Гомель", "Гомель", "戈梅利" }, { "Vitebsk", "Витебск", "Віцебск", "维捷布斯克" },
			{ "Mogilev", "Могилёв", "Магілёў", "莫吉廖夫" }, { "Baranovichi", "Барановичи", "Баранавічы", "巴拉诺维奇" },
			{ "Pinsk", "Пинск", "Пінск", "平斯克" }, { "Polotsk", "Полоцк", "Полацк", "波洛茨克" },
			{ "Bobruisk", "Бобруйск", "Бабруйск", "博布鲁伊斯克" }, { "Mozyr", "Мозырь", "Мазыр", "莫济里" },
			{ "Borisov", "Борисов", "Барысаў", "鲍里索夫" } };

	private static final String[][] SUBJECTS = {
			{ "Technical University", "Технический университет", "Тэхнічны ўніверсітэт", "工业大学" },
			{ "Medical University", "Медицинский университет", "Медыцынскі ўніверсітэт", "医科大学" },
			{ "Pedagogical University", "Педагогический университет", "Педагагічны ўніверсітэт", "师范大学" },
			{ "Agrarian University", "Аграрный университет", "Аграрны ўніверсітэт", "农业大学" },
			{ "University of Economics", "Экономический университет", "Эканамічны ўніверсітэт", "财经大学" },
			{ "Linguistic University", "Лингвистический университет", "Лінгвістычны ўніверсітэт", "外国语大学" },
			{ "University of Technology", "Политехнический университет", "Політэхнічны ўніверсітэт", "理工大学" },
			{ "State University", "Государственный университет", "Дзяржаўны ўніверсітэт", "大学" },
			{ "University of Science and Technology", "Университет науки и технологий",
					"Універсітэт навукі і тэхналогій", "科技大学" },
			{ "Transport University", "Транспортный университет", "Транспартны ўніверсітэт", "交通大学" },
			{ "University of Architecture", "Архитектурный университет", "Архітэктурны ўніверсітэт", "建筑大学" },
			{ "Maritime University", "Морской университет", "Марскі ўніверсітэт", "海事大学" } };

	private static final String[][] CHINESE_SURNAMES = { { "Wang", "王", "Ван" }, { "Li", "李", "Ли" },
			{ "Zhang", "张", "Чжан" }, { "Liu", "刘", "Лю" }, { "Chen", "陈", "Чэнь" }, { "Yang", "杨", "Ян" },
			{ "Zhao", "赵", "Чжао" }, { "Huang", "黄", "Хуан" }, { "Zhou", "周", "Чжоу" }, { "Wu", "吴", "У" },
			{ "Xu", "徐", "Сюй" }, { "Sun", "孙", "Сунь" }, { "Ma", "马", "Ма" }, { "Zhu", "朱", "Чжу" },
			{ "Hu", "胡", "Ху" }, { "Guo", "郭", "Го" } };

	private static final String[][] CHINESE_GIVEN_NAMES = { { "Wei", "伟", "Вэй" }, { "Fang", "芳", "Фан" },
			{ "Min", "敏", "Минь" }, { "Jing", "静", "Цзин" }, { "Qiang", "强", "Цян" }, { "Lei", "磊", "Лэй" },
			{ "Jun", "军", "Цзюнь" }, { "Yong", "勇", "Юн" }, { "Jie", "杰", "Цзе" }, { "Tao", "涛", "Тао" },
			{ "Ming", "明", "Мин" }, { "Chao", "超", "Чао" }, { "Xiulan", "秀兰", "Сюлань" }, { "Hua", "华", "Хуа" } };

	private static final String[][] BELARUSIAN_FIRST_NAMES = { { "Alexander", "Александр", "Аляксандр" },
			{ "Sergei", "Сергей", "Сяргей" }, { "Andrei", "Андрей", "Андрэй" }, { "Dmitry", "Дмитрий", "Дзмітрый" },
			{ "Vladimir", "Владимир", "Уладзімір" }, { "Olga", "Ольга", "Вольга" }, { "Natalia", "Наталья", "Наталля" },
			{ "Elena", "Елена", "Алена" }, { "Igor", "Игорь", "Ігар" }, { "Viktor", "Виктор", "Віктар" } };

	private static final String[][] BELARUSIAN_SURNAMES = { { "Ivanov", "Иванов", "Іваноў" },
			{ "Kovalenko", "Коваленко", "Каваленка" }, { "Novik", "Новик", "Новік" }, { "Moroz", "Мороз", "Мароз" },
			{ "Kozlov", "Козлов", "Казлоў" }, { "Shevchenko", "Шевченко", "Шаўчэнка" },
			{ "Bondarenko", "Бондаренко", "Бандарэнка" }, { "Klimovich", "Климович", "Клімовіч" },
			{ "Zhuk", "Жук", "Жук" }, { "Kravchenko", "Кравченко", "Краўчэнка" } };

	private static final String[][] KINDS = { { "DECLARATION", "Declaration", "Декларация", "宣言" },
			{ "FRAMEWORK_AGREEMENT", "Framework agreement", "Рамочное соглашение", "框架协议" },
			{ "MEMORANDUM", "Memorandum of understanding", "Меморандум о взаимопонимании", "谅解备忘录" },
			{ "COOPERATION_AGREEMENT", "Cooperation agreement", "Соглашение о сотрудничестве", "合作协议" },
			{ "JOINT_INSTITUTE", "Agreement on a joint institute", "Соглашение о совместном институте", "联合学院协议" },
			{ "JOINT_PROGRAMME", "Agreement on a joint programme", "Соглашение о совместной программе", "联合培养项目协议" } };

	private static final String[][] TOPICS = { { "student exchange", "обмене студентами" },
			{ "joint training of engineers", "совместной подготовке инженеров" },
			{ "research in materials science", "исследованиях в материаловедении" },
			{ "a joint laboratory of artificial intelligence", "совместной лаборатории искусственного интеллекта" },
			{ "digital education", "цифровом образовании" },
			{ "Chinese language teaching", "преподавании китайского языка" },
			{ "medical research", "медицинских исследованиях" }, { "agricultural innovation", "аграрных инновациях" },
			{ "logistics and transport", "логистике и транспорте" }, { "historical memory", "исторической памяти" } };

	private static final String[] STATUSES = { "SIGNED", "SIGNED", "SIGNED", "IN_FORCE", "IN_FORCE", "EXPIRED",
			"TERMINATED", "SUPERSEDED" };

	private static final String[] ROLES = { "MEMBER", "MEMBER", "PARTICIPANT", "PARTICIPANT", "NONE", "CO_LEAD" };

	private SyntheticData() {
	}

	/**
	 * Writes the synthetic registry into the database, on top of what it holds.
	 * @param universities how many universities (about two in five in Belarus)
	 * @param agreements how many agreements (about 95% published, 1% archived)
	 * @param seed the seed of the random choices, for repeatable data
	 * @return what was written
	 */
	public static Counts load(DataSource dataSource, int universities, int agreements, long seed)
			throws SQLException, IOException {
		Random random = new Random(seed);
		int people = Math.max(10, universities / 2);
		int meetings = Math.max(3, agreements / 2000);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long sourceId;
			List<Long> areas = new ArrayList<>();
			try (Statement statement = connection.createStatement()) {
				try (var result = statement
					.executeQuery("insert into source (url, title, publisher, created_by, " + "updated_by) values ('"
							+ SOURCE_URL + "', 'Synthetic data for benchmarks', 'example.invalid', '" + BY_CREATOR
							+ "', '" + BY_CREATOR + "') returning id")) {
					result.next();
					sourceId = result.getLong(1);
				}
				try (var result = statement.executeQuery("select id from area order by id")) {
					while (result.next()) {
						areas.add(result.getLong(1));
					}
				}
			}
			Universities written = universities(copy, universities, sourceId, random);
			people(copy, people, random);
			meetings(copy, meetings, random);
			agreements(copy, agreements, written, people, meetings, areas, sourceId, random);
			try (Statement statement = connection.createStatement()) {
				for (String table : new String[] { "university", "person", "meeting", "agreement" }) {
					statement.execute("select setval(pg_get_serial_sequence('" + table
							+ "', 'id'), (select max(id) from " + table + "))");
				}
			}
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				statement.execute("analyze");
			}
		}
		return new Counts(universities, people, agreements, meetings);
	}

	/**
	 * How many synthetic universities and agreements the database holds.
	 */
	public static long count(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("select (select count(*) from university where slug like "
						+ "'synthetic-%') + (select count(*) from agreement where slug like 'synthetic-%')")) {
			result.next();
			return result.getLong(1);
		}
	}

	private static Universities universities(CopyManager copy, int count, long sourceId, Random random)
			throws SQLException, IOException {
		Csv rows = new Csv();
		Csv aliases = new Csv();
		Csv sources = new Csv();
		String[] en = new String[count];
		String[] ru = new String[count];
		String[] zh = new String[count];
		String[] country = new String[count];
		for (int i = 0; i < count; i++) {
			long id = FIRST_ID + i;
			String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
			int number = i / 10 + 1;
			String region = null;
			String city;
			String be = null;
			if (random.nextInt(5) < 2) {
				String[] place = BELARUSIAN_CITIES[random.nextInt(BELARUSIAN_CITIES.length)];
				country[i] = "BY";
				city = place[0];
				en[i] = place[0] + " " + subject[0] + " No. " + number;
				ru[i] = subject[1] + " г. " + place[1] + " № " + number;
				be = subject[2] + " г. " + place[2] + " № " + number;
				zh[i] = (random.nextInt(3) == 0) ? place[3] + subject[3] + "第" + number + "号" : null;
			}
			else {
				String[] place = CHINESE_CITIES[random.nextInt(CHINESE_CITIES.length)];
				country[i] = "CN";
				city = place[0];
				region = place[3];
				en[i] = place[0] + " " + subject[0] + " No. " + number;
				ru[i] = (random.nextInt(3) == 0) ? subject[1] + " г. " + place[2] + " № " + number : null;
				zh[i] = place[1] + subject[3] + "第" + number + "号";
			}
			rows.row(id, "synthetic-u-" + id, en[i], ru[i], be, zh[i], country[i], city, region,
					1900 + random.nextInt(120), null, ROLES[random.nextInt(ROLES.length)], BY_CREATOR, BY_CREATOR);
			if (random.nextBoolean()) {
				aliases.row(id, initials(en[i]) + number, "en", "ABBREVIATION", 1);
			}
			sources.row(id, sourceId, "MEDIUM", "Synthetic record for benchmarks");
		}
		copy.copyIn(
				"copy university (id, slug, name_en, name_ru, name_be, name_zh, country, city, region, "
						+ "founded_year, website, membership_role, created_by, updated_by) from stdin (format csv)",
				rows.reader());
		copy.copyIn("copy university_alias (university_id, name, language, kind, sort_order) from stdin (format csv)",
				aliases.reader());
		copy.copyIn("copy university_source (university_id, source_id, confidence, note) from stdin (format csv)",
				sources.reader());
		return new Universities(en, ru, zh, country);
	}

	private static void people(CopyManager copy, int count, Random random) throws SQLException, IOException {
		Csv rows = new Csv();
		for (int i = 0; i < count; i++) {
			long id = FIRST_ID + i;
			if (random.nextBoolean()) {
				String[] surname = CHINESE_SURNAMES[random.nextInt(CHINESE_SURNAMES.length)];
				String[] given = CHINESE_GIVEN_NAMES[random.nextInt(CHINESE_GIVEN_NAMES.length)];
				rows.row(id, "synthetic-p-" + id, surname[0] + " " + given[0], surname[2] + " " + given[2],
						surname[1] + given[1], BY_CREATOR, BY_CREATOR);
			}
			else {
				String[] first = BELARUSIAN_FIRST_NAMES[random.nextInt(BELARUSIAN_FIRST_NAMES.length)];
				String[] surname = BELARUSIAN_SURNAMES[random.nextInt(BELARUSIAN_SURNAMES.length)];
				rows.row(id, "synthetic-p-" + id, first[0] + " " + surname[0], first[1] + " " + surname[1], null,
						BY_CREATOR, BY_CREATOR);
			}
		}
		copy.copyIn("copy person (id, slug, name_en, name_ru, name_zh, created_by, updated_by) from stdin (format csv)",
				rows.reader());
	}

	private static void meetings(CopyManager copy, int count, Random random) throws SQLException, IOException {
		Csv rows = new Csv();
		for (int i = 0; i < count; i++) {
			long id = FIRST_ID + i;
			boolean inBelarus = random.nextBoolean();
			String[] place = inBelarus ? BELARUSIAN_CITIES[random.nextInt(BELARUSIAN_CITIES.length)]
					: CHINESE_CITIES[random.nextInt(CHINESE_CITIES.length)];
			LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
			rows.row(id, "synthetic-m-" + id, "Synthetic forum of universities in " + place[0] + " (" + day + ")",
					"Синтетический форум университетов, " + (inBelarus ? place[1] : place[2]), null, day, place[0],
					inBelarus ? "BY" : "CN", "Synthetic record for benchmarks.", BY_CREATOR, BY_CREATOR);
		}
		copy.copyIn("copy meeting (id, slug, title_en, title_ru, title_zh, starts_on, city, country, summary, "
				+ "created_by, updated_by) from stdin (format csv)", rows.reader());
	}

	private static void agreements(CopyManager copy, int count, Universities universities, int people, int meetings,
			List<Long> areas, long sourceId, Random random) throws SQLException, IOException {
		Csv rows = new Csv();
		Csv parties = new Csv();
		Csv areaRows = new Csv();
		Csv sources = new Csv();
		int universityCount = universities.en().length;
		for (int i = 0; i < count; i++) {
			long id = FIRST_ID + i;
			String[] kind = KINDS[random.nextInt(KINDS.length)];
			String[] topic = TOPICS[random.nextInt(TOPICS.length)];
			int partyCount = (random.nextInt(10) == 0) ? 3 + random.nextInt(3) : 2;
			List<Integer> chosen = new ArrayList<>();
			while (chosen.size() < partyCount) {
				int party = random.nextInt(universityCount);
				if (!chosen.contains(party)) {
					chosen.add(party);
				}
			}
			int first = chosen.get(0);
			int second = chosen.get(1);
			String titleEn = kind[1] + " between " + universities.en()[first] + " and " + universities.en()[second]
					+ " on " + topic[0];
			String titleRu = (random.nextInt(3) == 0 && universities.ru()[first] != null
					&& universities.ru()[second] != null)
							? kind[2] + " между " + universities.ru()[first] + " и " + universities.ru()[second]
									+ " об " + topic[1]
							: null;
			String titleZh = (random.nextInt(3) == 0 && universities.zh()[first] != null
					&& universities.zh()[second] != null)
							? universities.zh()[first] + "与" + universities.zh()[second] + kind[3] : null;
			LocalDate signed = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9400));
			int precision = random.nextInt(10);
			String signedPrecision = (precision == 0) ? "YEAR" : (precision == 1) ? "MONTH" : "DAY";
			signed = (precision == 0) ? signed.withDayOfYear(1) : (precision == 1) ? signed.withDayOfMonth(1) : signed;
			String publication = (random.nextInt(20) == 0) ? "DRAFT" : "PUBLISHED";
			String archived = (random.nextInt(100) == 0) ? "2025-01-01 00:00:00+00" : null;
			Long meeting = (random.nextInt(20) == 0) ? FIRST_ID + random.nextInt(meetings) : null;
			rows.row(id, "synthetic-a-" + id, kind[0], titleEn, titleRu, titleZh,
					"Synthetic record for benchmarks: " + kind[1].toLowerCase(Locale.ROOT) + " on " + topic[0] + ".",
					signed, signedPrecision, STATUSES[random.nextInt(STATUSES.length)], universities.city(first),
					meeting, random.nextInt(50) == 0, publication, archived, BY_CREATOR, BY_CREATOR);
			for (int p = 0; p < chosen.size(); p++) {
				Long signatory = (random.nextInt(3) == 0) ? FIRST_ID + random.nextInt(people) : null;
				parties.row(id, FIRST_ID + chosen.get(p), p + 1, signatory, signed, signedPrecision);
			}
			int areaCount = random.nextInt(3);
			List<Long> chosenAreas = new ArrayList<>();
			while (chosenAreas.size() < areaCount && !areas.isEmpty()) {
				Long area = areas.get(random.nextInt(areas.size()));
				if (!chosenAreas.contains(area)) {
					chosenAreas.add(area);
					areaRows.row(id, area);
				}
			}
			sources.row(id, sourceId, "MEDIUM", "Synthetic record for benchmarks");
		}
		copy.copyIn(
				"copy agreement (id, slug, kind, title_en, title_ru, title_zh, summary, signed_on, signed_precision, "
						+ "status, place, meeting_id, association_instrument, publication, archived_at, created_by, updated_by) "
						+ "from stdin (format csv)",
				rows.reader());
		copy.copyIn("copy agreement_party (agreement_id, university_id, sort_order, signatory_id, signed_on, "
				+ "signed_precision) from stdin (format csv)", parties.reader());
		copy.copyIn("copy agreement_area (agreement_id, area_id) from stdin (format csv)", areaRows.reader());
		copy.copyIn("copy agreement_source (agreement_id, source_id, confidence, note) from stdin (format csv)",
				sources.reader());
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[^\\p{L}]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	/**
	 * How many records of each kind were written.
	 */
	public record Counts(int universities, int people, int agreements, int meetings) {

	}

	private record Universities(String[] en, String[] ru, String[] zh, String[] country) {

		String city(int index) {
			String name = this.en[index];
			return name.substring(0, name.indexOf(' '));
		}

	}

	/**
	 * Rows in PostgreSQL's CSV format: {@code null} is an empty field, text is quoted.
	 */
	private static final class Csv {

		private final StringBuilder text = new StringBuilder();

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.text.append(',');
				}
				Object value = values[i];
				if (value instanceof String string) {
					this.text.append('"').append(string.replace("\"", "\"\"")).append('"');
				}
				else if (value != null) {
					this.text.append(value);
				}
			}
			this.text.append('\n');
		}

		StringReader reader() {
			return new StringReader(this.text.toString());
		}

	}

}
