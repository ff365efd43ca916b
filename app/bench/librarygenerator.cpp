#include "librarygenerator.h"

#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

namespace lectern {

namespace {

// Steeper than 1 so the head dominates like in real prose; the tail still
// holds thousands of words that appear in only a few per cent of articles.
constexpr double wordExponent = 1.05;

QStringList words(const char *spaceSeparated)
{
    return QString::fromUtf8(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Where real words sit in a ranked vocabulary. `top` takes the first ranks in
// order, `fixed` pins words to chosen ranks (how common a query term is
// decides what the benchmark measures), `spread` is scattered from
// `spreadFrom` every `spreadStep` ranks; the rest is filled with pseudo-words.
struct VocabularyPlan
{
    QStringList top;
    QList<std::pair<int, QString>> fixed;
    QStringList spread;
    int spreadFrom = 0;
    int spreadStep = 1;
    int total = 0;
};

QStringList rankedWords(const VocabularyPlan &plan, const std::function<QString()> &pseudoWord)
{
    QStringList ranks(plan.total);
    QSet<QString> used;
    const auto place = [&](int rank, const QString &word) {
        while (rank < plan.total && !ranks[rank].isEmpty())
            ++rank;
        if (rank < plan.total && !used.contains(word)) {
            ranks[rank] = word;
            used.insert(word);
        }
    };
    for (int i = 0; i < plan.top.size(); ++i)
        place(i, plan.top[i]);
    for (const auto &[rank, word] : plan.fixed)
        place(rank, word);
    for (int i = 0; i < plan.spread.size(); ++i)
        place(plan.spreadFrom + i * plan.spreadStep, plan.spread[i]);
    for (QString &slot : ranks) {
        while (slot.isEmpty()) {
            const QString candidate = pseudoWord();
            if (!used.contains(candidate)) {
                slot = candidate;
                used.insert(candidate);
            }
        }
    }
    return ranks;
}

template <typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list[random.bounded(int(list.size()))];
}

int between(QRandomGenerator &random, int low, int high)
{
    return random.bounded(low, high + 1);
}

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

// Phrases that occur as units in English prose, so a quoted-phrase query has
// real matches and not just accidental neighbours.
const QStringList englishPhrases = words("belt_and_road higher_education silk_road central_asia "
                                         "student_exchange academic_mobility joint_research");

const QStringList englishTop =
    words("the of and to in a is that for on with as by was at from are it this be has have an "
          "which will were its their also more new said between after about year been not but "
          "or they two first other than into over many most such these");

const QStringList englishSpread =
    words("china education university cooperation students international research program "
          "government development minister president trade economic culture language exchange "
          "agreement ukraine kyiv beijing region forum delegation rector professor faculty "
          "scholarship campus degree academic science technology innovation energy railway "
          "infrastructure partnership conference memorandum signed visit meeting leaders officials "
          "ministry policy future school teachers graduates courses training institute library "
          "history economy investment companies market transport logistics border customs tourism "
          "journalists media festival exhibition museum heritage music sports youth volunteers "
          "grants funding budget reform quality standards accreditation diploma admission "
          "applications dormitory laboratory engineering medicine agriculture water climate "
          "environment security digital online platform network internet data artificial "
          "intelligence robotics physics chemistry biology mathematics linguistics translation "
          "chinese ukrainian english russian kazakh uzbek kyrgyz friendship dialogue mutual "
          "benefit strategic bilateral multilateral regional global summer winter spring autumn "
          "week month today yesterday city capital province country nation people community");

const QList<std::pair<int, QString>> englishFixed{
    {300, QStringLiteral("summit")},    {700, QStringLiteral("kazakhstan")},
    {1200, QStringLiteral("visa")},     {1600, QStringLiteral("xian")},
    {2500, QStringLiteral("tashkent")}, {3500, QStringLiteral("caravan")},
    {4200, QStringLiteral("almaty")},   {4800, QStringLiteral("samarkand")},
};

const QStringList englishOnsets = words("b c d f g h j k l m n p r s t v w z br cr dr gr pr st tr "
                                        "ch sh th pl cl fl sl sp");
const QStringList englishVowels = words("a e i o u a e i o ai ea ou io");
const QStringList englishCodas = words("_ _ _ n r l s t m nd st rt ng ck");
const QStringList englishSuffixes = words("_ _ _ _ _ tion ment ing ed er ly ity al ous");

const QStringList chineseTop = words("的 是 在 和 了 与 对 将 为 也 等 中 有 这 上 并");

const QStringList chineseSpread = words(
    "中国 合作 教育 大学 发展 西安 峰会 中亚 文化 国家 经济 学生 交流 项目 国际 人民 政府 研究 "
    "学院 留学 贸易 投资 建设 企业 技术 创新 历史 语言 学习 老师 会议 主席 领导人 双方 关系 友好 "
    "未来 共同 推动 加强 促进 支持 重要 今年 北京 上海 丝绸之路 乌克兰 基辅 欧洲 亚洲 世界 社会 "
    "科学 工程 医学 农业 能源 交通 铁路 城市 地区 合作伙伴 机制 平台 中心 孔子学院 奖学金 培训 "
    "人才 青年 旅游 体育 艺术 媒体 新闻 报道 记者 宣布 签署 协议 备忘录 举行 开幕 仪式 代表团 "
    "访问 参观 论坛 成果 问题 方面 工作 进行 提供 实现 提高 全面 深化 新时代 高质量 互利共赢 "
    "乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 签证 校长 教授 课程 毕业 招生 实验室");

const QList<std::pair<int, QString>> chineseFixed{
    {180, QStringLiteral("一带一路")},
    {450, QStringLiteral("哈萨克斯坦")},
    {1500, QStringLiteral("撒马尔罕")},
};

// Frequent characters, recombined into pseudo-words: realistic for the
// tokenizer, which indexes every overlapping character pair.
const QString chineseCharacters = QStringLiteral(
    "国家人民大学中心发展工作社会经济文化教育科学技术研究合作交流关系政府地区城市企业市场产业项目"
    "建设管理服务生活历史语言艺术体育卫生健康环境能源交通信息网络数据安全政策制度改革创新开放世界"
    "亚洲欧洲东西南北新老高长多少重要主基本全面共同积极深入推进加强促进提实现保持坚支参与组织举办"
    "开展进行提供时间年月日学校师生课程知识理论方法问题结果成功友好和平团结青春未来传统现代农业工"
    "业商业金融银行资金投资贸易运输铁路港口航空旅游酒店音乐电影书籍报纸广播电视法律规划设计");

const QStringList ukrainianTop =
    words("і в на з що до не та як для у від це за про його але також було буде року після під "
          "час які який між їх вже ще");

const QStringList ukrainianSpread =
    words("україна київ освіта університет співпраця студенти навчання міжнародна програма проєкт "
          "уряд міністерство наука розвиток китай саміт візит делегація угода підписали ректор "
          "професор конференція форум обмін культура мова історія економіка торгівля інвестиції "
          "технології інновації молодь стипендія партнерство центральна азія шовковий шлях львів "
          "харків одеса дніпро європа світ країна громада місто школа факультет кафедра "
          "дослідження грант фонд відновлення студентів викладачі магістратура аспірантура "
          "бакалавр диплом вступ лабораторія бібліотека гуртожиток енергетика транспорт логістика "
          "туризм музей фестиваль виставка спадщина спорт волонтери бюджет реформа якість "
          "акредитація цифрова платформа мережа дані безпека клімат довкілля медицина інженерія");

const QList<std::pair<int, QString>> ukrainianFixed{
    {350, QStringLiteral("казахстан")},
    {900, QStringLiteral("візи")},
    {2000, QStringLiteral("самарканд")},
};

const QStringList ukrainianConsonants = words("б в г д ж з к л м н п р с т ф х ц ч ш");
const QStringList ukrainianVowels = words("а е и і о у я ю а о");
const QStringList ukrainianEndings = words("_ _ _ ння ський ості ами ові ка ник ення ити ів");

QString fromParts(const QString &text)
{
    QString word = text;
    word.remove(QLatin1Char('_'));
    return word;
}

const QStringList tagSeeds =
    words("belt_and_road higher_education central_asia student_exchange visa_policy xian_summit "
          "academic_mobility joint_research scholarships admissions rankings partnerships "
          "language_courses chinese_language ukrainian_language culture_week alumni "
          "science_diplomacy trade energy railways digital_economy climate agriculture medicine "
          "engineering robotics artificial_intelligence tourism heritage museums sports youth "
          "volunteers grants reform accreditation double_degree summer_school winter_school "
          "internships conferences forums delegations memoranda rectors teachers research_funding "
          "一带一路 高等教育 中亚 留学 签证 奖学金 孔子学院 丝绸之路 人文交流 科技合作 "
          "освіта співпраця стипендії обмін_студентами вступ наука культура мобільність "
          "партнерство візи");

const QStringList categoryNames = words(
    "News Education Economy Culture Science Diplomacy Events Interviews Analysis Opinion Travel "
    "Sport Technology Health History Languages Scholarships Admissions Research Partnerships "
    "Alumni Campus_life Policy Trade Energy Transport Media Arts Youth Announcements");

const QStringList englishFirstNames =
    words("James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan "
          "Richard Jessica Thomas Sarah Daniel Karen Matthew Emily Anna Peter Laura Mark");
const QStringList englishLastNames = words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Clark Lewis "
    "Walker Hall Young King Wright Green Baker");
const QStringList chineseSurnames = words("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 胡 朱 郭");
const QStringList chineseGivenNames =
    words("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 晓明 建华");
const QStringList ukrainianFirstNames =
    words("Олена Андрій Іван Оксана Наталія Олександр Марія Сергій Тетяна Юлія Дмитро Ірина Василь "
          "Ольга Петро Катерина Богдан Софія");
const QStringList ukrainianLastNames = words(
    "Коваленко Шевченко Бондаренко Ткаченко Кравченко Олійник Мельник Поліщук Лисенко Савченко "
    "Руденко Марченко Петренко Гончаренко Левченко");

QStringList withSpaces(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list)
        result.append(QString(item).replace(QLatin1Char('_'), QLatin1Char(' ')));
    return result;
}

// Rarely used words planted into a small share of articles, so that some
// queries have fewer hits than one page of results.
struct RareWord
{
    const char *word;
    int perMillion; // articles that get it, per million
};
constexpr RareWord englishRare[] = {{"zhangqian", 2000}, {"loulan", 300}};
constexpr RareWord chineseRare[] = {{"张骞", 2000}, {"楼兰", 300}};
constexpr RareWord ukrainianRare[] = {{"чумаки", 2000}};

} // namespace

ZipfVocabulary::ZipfVocabulary(QStringList rankedWords, double exponent)
    : m_words(std::move(rankedWords))
{
    m_cumulative.reserve(m_words.size());
    double sum = 0;
    for (qsizetype rank = 1; rank <= m_words.size(); ++rank) {
        sum += 1.0 / std::pow(double(rank), exponent);
        m_cumulative.push_back(sum);
    }
}

const QString &ZipfVocabulary::draw(QRandomGenerator &random) const
{
    const double target = random.generateDouble() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    const qsizetype index = std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1);
    return m_words[index];
}

LibraryGenerator::LibraryGenerator(quint32 seed)
    : m_random(seed)
{
    const auto englishPseudo = [this]() {
        QString word;
        const int syllables = between(m_random, 1, 3);
        for (int i = 0; i < syllables; ++i)
            word += pick(m_random, englishOnsets) + pick(m_random, englishVowels);
        return fromParts(word + pick(m_random, englishCodas) + pick(m_random, englishSuffixes));
    };
    m_english = ZipfVocabulary(
        rankedWords({englishTop, englishFixed, englishSpread, 50, 12, 5000}, englishPseudo),
        wordExponent);

    QList<QChar> characters;
    for (const QChar c : chineseCharacters) {
        if (!characters.contains(c))
            characters.append(c);
    }
    const auto chinesePseudo = [this, &characters]() {
        const int length = m_random.bounded(10) < 8 ? 2 : 3;
        QString word;
        for (int i = 0; i < length; ++i)
            word += pick(m_random, characters);
        return word;
    };
    m_chinese = ZipfVocabulary(
        rankedWords({chineseTop, chineseFixed, chineseSpread, 16, 8, 3000}, chinesePseudo),
        wordExponent);

    const auto ukrainianPseudo = [this]() {
        QString word;
        const int syllables = between(m_random, 2, 3);
        for (int i = 0; i < syllables; ++i)
            word += pick(m_random, ukrainianConsonants) + pick(m_random, ukrainianVowels);
        return fromParts(word + pick(m_random, ukrainianEndings));
    };
    m_ukrainian = ZipfVocabulary(
        rankedWords({ukrainianTop, ukrainianFixed, ukrainianSpread, 30, 10, 3000}, ukrainianPseudo),
        wordExponent);

    // The named tags first, then made-up two-word ones up to a pool of 200.
    QStringList tags = withSpaces(tagSeeds);
    QSet<QString> tagSet(tags.begin(), tags.end());
    while (tags.size() < 200) {
        const QString tag = m_english.draw(m_random) + QLatin1Char(' ') + englishPseudo();
        if (!tagSet.contains(tag) && tag.size() > 6) {
            tags.append(tag);
            tagSet.insert(tag);
        }
    }
    m_tags = ZipfVocabulary(tags, 0.8);
    m_categories = ZipfVocabulary(withSpaces(categoryNames), 0.7);

    for (const QString &last : englishLastNames) {
        for (int i = 0; i < 3; ++i)
            m_englishAuthors.append(pick(m_random, englishFirstNames) + QLatin1Char(' ') + last);
    }
    for (const QString &surname : chineseSurnames) {
        for (int i = 0; i < 3; ++i)
            m_chineseAuthors.append(surname + pick(m_random, chineseGivenNames));
    }
    for (const QString &last : ukrainianLastNames) {
        for (int i = 0; i < 3; ++i)
            m_ukrainianAuthors.append(pick(m_random, ukrainianFirstNames) + QLatin1Char(' ') +
                                      last);
    }

    // Articles were written over the six years before 2025.
    m_timeBase = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    makeUniversities();
}

QString LibraryGenerator::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 value = m_random.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((value >> (8 * j)) & 0xFF);
    }
    // Version 4 and RFC 4122 variant bits, so the uuids look like the store's.
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void LibraryGenerator::makeUniversities()
{
    struct Country
    {
        const char *name;
        const char *cities;
        const char *kinds;
        int count;
    };
    const Country countries[] = {
        {"Ukraine",
         "Kyiv Lviv Kharkiv Odesa Dnipro Zaporizhzhia Vinnytsia Poltava Chernivtsi Ternopil Sumy "
         "Zhytomyr Uzhhorod Chernihiv Mykolaiv Rivne Lutsk Cherkasy",
         "National_University Polytechnic_University National_Medical_University "
         "University_of_Economics Pedagogical_University Agrarian_University "
         "University_of_Technology Academy_of_Arts Linguistic_University Law_University",
         70},
        {"China",
         "Xi'an Beijing Shanghai Lanzhou Urumqi Chengdu Wuhan Nanjing Hangzhou Harbin Dalian "
         "Tianjin Chongqing Guangzhou Kunming Xiamen Jinan Qingdao Changsha",
         "University Jiaotong_University Normal_University University_of_Technology "
         "University_of_Science_and_Technology Foreign_Studies_University Medical_University "
         "University_of_Finance_and_Economics Agricultural_University Polytechnic_University",
         70},
        {"Kazakhstan", "Almaty Astana Shymkent Karaganda",
         "State_University University_of_Technology National_University Medical_University", 12},
        {"Uzbekistan", "Tashkent Samarkand Bukhara",
         "State_University University_of_Technology Medical_Institute", 9},
        {"Kyrgyzstan", "Bishkek Osh", "State_University National_University", 4},
        {"Tajikistan", "Dushanbe Khujand", "State_University National_University", 4},
        {"Poland", "Warsaw Krakow Wroclaw Lodz", "University University_of_Technology", 8},
        {"Germany", "Berlin Munich Leipzig Hamburg", "University Technical_University", 8},
        {"United Kingdom", "London Leeds Glasgow", "University College", 6},
        {"France", "Paris Lyon Toulouse", "University Institute_of_Technology", 5},
        {"United States", "Boston Chicago", "University State_University", 4},
    };
    QSet<QString> names;
    for (const Country &country : countries) {
        const QStringList cities = words(country.cities);
        const QStringList kinds = withSpaces(words(country.kinds));
        const int count = std::min<int>(country.count, int(cities.size() * kinds.size()));
        int made = 0;
        while (made < count) {
            const QString city = pick(m_random, cities);
            const QString name = city + QLatin1Char(' ') + pick(m_random, kinds);
            if (names.contains(name))
                continue;
            names.insert(name);
            ++made;
            University u;
            u.uuid = uuid();
            u.name = name;
            u.country = QString::fromUtf8(country.name);
            u.city = city;
            u.founded = between(m_random, 1805, 2015);
            QString slug = name.toLower();
            slug.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
            u.website = QStringLiteral("https://www.") + slug + QStringLiteral(".edu");
            u.profileHtml = QStringLiteral("<p>%1 is a university in %2, %3, founded in %4.</p>")
                                .arg(name, city, u.country)
                                .arg(u.founded);
            u.profileText = QStringLiteral("%1 is a university in %2, %3, founded in %4.")
                                .arg(name, city, u.country)
                                .arg(u.founded);
            m_universities.append(u);
        }
    }
}

QString LibraryGenerator::sentence(Language language, int count)
{
    QString text;
    switch (language) {
    case Language::English:
    case Language::Ukrainian: {
        const ZipfVocabulary &vocabulary = language == Language::English ? m_english : m_ukrainian;
        const bool phrase = language == Language::English && m_random.bounded(100) < 4;
        const int phraseAt = phrase ? m_random.bounded(count) : -1;
        for (int i = 0; i < count; ++i) {
            QString word = i == phraseAt ? QString(pick(m_random, englishPhrases))
                                               .replace(QLatin1Char('_'), QLatin1Char(' '))
                                         : vocabulary.draw(m_random);
            if (i == 0)
                word = capitalized(word);
            if (i > 0)
                text += (i % 9 == 0 && i + 2 < count) ? QStringLiteral(", ") : QStringLiteral(" ");
            text += word;
        }
        text += QLatin1Char('.');
        break;
    }
    case Language::Chinese:
        for (int i = 0; i < count; ++i) {
            if (i > 0 && i % 7 == 0 && i + 2 < count)
                text += QStringLiteral("，");
            text += m_chinese.draw(m_random);
        }
        text += QStringLiteral("。");
        break;
    }
    return text;
}

QString LibraryGenerator::title(Language language)
{
    QString text;
    const int count =
        language == Language::Chinese ? between(m_random, 3, 7) : between(m_random, 5, 12);
    const ZipfVocabulary &vocabulary = language == Language::English   ? m_english
                                       : language == Language::Chinese ? m_chinese
                                                                       : m_ukrainian;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && language != Language::Chinese)
            text += QLatin1Char(' ');
        const QString &word = vocabulary.draw(m_random);
        text += (i == 0 || language == Language::English) ? capitalized(word) : word;
    }
    return text;
}

QString LibraryGenerator::heading(Language language)
{
    QString text = title(language);
    // Headings are shorter than titles; keep the first few words.
    if (language != Language::Chinese) {
        const QStringList parts = text.split(QLatin1Char(' '));
        text = parts.mid(0, std::min<qsizetype>(parts.size(), 5)).join(QLatin1Char(' '));
    }
    return text;
}

Article LibraryGenerator::nextArticle()
{
    const int roll = m_random.bounded(100);
    const Language language = roll < 60   ? Language::English
                              : roll < 80 ? Language::Chinese
                                          : Language::Ukrainian;
    Article a;
    a.uuid = uuid();
    a.language = language == Language::English   ? QStringLiteral("en")
                 : language == Language::Chinese ? QStringLiteral("zh")
                                                 : QStringLiteral("uk");
    a.title = title(language);

    const int summarySentences = between(m_random, 1, 2);
    QStringList summary;
    for (int i = 0; i < summarySentences; ++i)
        summary.append(sentence(language, between(m_random, 12, 28)));
    a.summary = summary.join(language == Language::Chinese ? QString() : QStringLiteral(" "));

    // Linked universities are also named in the text, as a real article would.
    const int universityCount = m_random.bounded(100) < 40 ? 0 : m_random.bounded(100) < 67 ? 1 : 2;
    QStringList mentions;
    for (int i = 0; i < universityCount; ++i) {
        const University &u = pick(m_random, m_universities);
        if (!a.universityUuids.contains(u.uuid)) {
            a.universityUuids.append(u.uuid);
            mentions.append(u.name);
        }
    }

    const int target = between(m_random, 300, 3000);
    int written = 0;
    int paragraphs = 0;
    QString html;
    QString text;
    const QString separator = language == Language::Chinese ? QString() : QStringLiteral(" ");
    while (written < target) {
        if (paragraphs % 4 == 1 || (paragraphs == 0 && m_random.bounded(2) == 0)) {
            const QString h = heading(language);
            html += QStringLiteral("<h2>") + h + QStringLiteral("</h2>\n");
            text += h + QLatin1Char('\n');
        }
        QStringList sentences;
        if (paragraphs == 0 && !mentions.isEmpty())
            sentences.append(mentions.join(QStringLiteral(", ")) + QLatin1Char('.'));
        const int count = between(m_random, 3, 7);
        for (int i = 0; i < count && written < target; ++i) {
            const int length = std::min(between(m_random, 8, 30), target - written + 3);
            sentences.append(sentence(language, length));
            written += length;
        }
        const QString paragraph = sentences.join(separator);
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
        text += paragraph + QLatin1Char('\n');
        ++paragraphs;
    }

    const auto plant = [&](const RareWord *rare, int count) {
        for (int i = 0; i < count; ++i) {
            if (m_random.bounded(1000000) < rare[i].perMillion) {
                const QString sentenceText = QString::fromUtf8(rare[i].word) + separator +
                                             sentence(language, between(m_random, 6, 12));
                html += QStringLiteral("<p>") + sentenceText + QStringLiteral("</p>\n");
                text += sentenceText + QLatin1Char('\n');
            }
        }
    };
    switch (language) {
    case Language::English:
        plant(englishRare, int(std::size(englishRare)));
        break;
    case Language::Chinese:
        plant(chineseRare, int(std::size(chineseRare)));
        break;
    case Language::Ukrainian:
        plant(ukrainianRare, int(std::size(ukrainianRare)));
        break;
    }
    // Without the final line breaks, the text is exactly what QTextDocument
    // makes of the HTML (it would turn a trailing newline into a space).
    html.chop(1);
    text.chop(1);
    a.bodyHtml = html;
    a.bodyText = text;

    const int tagCount = between(m_random, 1, 5);
    while (a.tags.size() < tagCount) {
        const QString &tag = m_tags.draw(m_random);
        if (!a.tags.contains(tag, Qt::CaseInsensitive))
            a.tags.append(tag);
    }
    a.category = m_categories.draw(m_random);

    // Some Chinese and Ukrainian articles are by English-writing authors.
    const bool foreignAuthor = m_random.bounded(10) < 2;
    const QStringList &authors = (language == Language::English || foreignAuthor) ? m_englishAuthors
                                 : language == Language::Chinese                  ? m_chineseAuthors
                                                                 : m_ukrainianAuthors;
    a.author = pick(m_random, authors);
    if (m_random.bounded(2) == 0)
        a.source = QStringLiteral("https://news.example.org/%1").arg(m_random.bounded(1000000));

    const int statusRoll = m_random.bounded(100);
    a.status = statusRoll < 60   ? ArticleStatus::Published
               : statusRoll < 75 ? ArticleStatus::Draft
               : statusRoll < 85 ? ArticleStatus::InReview
                                 : ArticleStatus::Archived;
    const qint64 sixYears = qint64(6) * 365 * 24 * 3600 * 1000;
    const qint64 created = m_timeBase + qint64(m_random.generateDouble() * double(sixYears));
    a.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    a.updated = a.created.addSecs(m_random.bounded(30 * 24 * 3600));
    if (a.status == ArticleStatus::Published || a.status == ArticleStatus::Archived)
        a.published = a.created.addSecs(m_random.bounded(7 * 24 * 3600));
    return a;
}

} // namespace lectern
