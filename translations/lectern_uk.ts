<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На розгляді</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “lectern --help” for usage.</source>
        <translation>Довідка з використання: «lectern --help».</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>Показати щонайбільше N результатів (типово 20).</translation>
    </message>
    <message>
        <source>Export the articles of the category NAME.</source>
        <translation>Експортувати статті категорії NAME.</translation>
    </message>
    <message>
        <source>Export every article.</source>
        <translation>Експортувати всі статті.</translation>
    </message>
    <message>
        <source>Export the recommended-reading list.</source>
        <translation>Експортувати список рекомендованого читання.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Замінювати наявні файли.</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«%1» не є командою.</translation>
    </message>
    <message>
        <source>export needs exactly one of --article UUID, --category NAME, --all or --recommended.</source>
        <translation>export потребує рівно одного з параметрів: --article UUID, --category NAME, --all або --recommended.</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>Рекомендоване читання</translation>
    </message>
    <message>
        <source>The library has no articles to export.</source>
        <translation>У бібліотеці немає статей для експорту.</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>export takes no arguments; name articles with --article.</source>
        <translation>export не приймає аргументів; вказуйте статті через --article.</translation>
    </message>
    <message>
        <source>export: --format must be pdf, html, odt, md or txt.</source>
        <translation>export: --format має бути pdf, html, odt, md або txt.</translation>
    </message>
    <message>
        <source>export needs --out PATH (a file, or a folder for one file per article).</source>
        <translation>export потребує --out PATH (файл або теку — по файлу на статтю).</translation>
    </message>
    <message>
        <source>export: “%1” is not a page size (try A4, A5 or Letter).</source>
        <translation>export: «%1» не є розміром сторінки (спробуйте A4, A5 або Letter).</translation>
    </message>
    <message>
        <source>export: --pdfa needs --format pdf.</source>
        <translation>export: --pdfa потребує --format pdf.</translation>
    </message>
    <message>
        <source>“%1” already exists; nothing was written. Use --force to replace it.</source>
        <translation>«%1» уже існує; нічого не записано. Щоб замінити файл, додайте --force.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import потребує щонайменше одного файлу або теки.</translation>
    </message>
    <message>
        <source>import reads --format html, md or txt, not “%1”.</source>
        <translation>import читає --format html, md або txt, а не «%1».</translation>
    </message>
    <message>
        <source>Choose either --update or --skip-existing.</source>
        <translation>Виберіть або --update, або --skip-existing.</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n віддалене зображення не завантажено; його збережено як посилання.</numerusform>
            <numerusform>%n віддалені зображення не завантажено; їх збережено як посилання.</numerusform>
            <numerusform>%n віддалених зображень не завантажено; їх збережено як посилання.</numerusform>
        </translation>
    </message>
    <message>
        <source>exchange-export takes no arguments; use --out FILE.</source>
        <translation>exchange-export не приймає аргументів; використовуйте --out FILE.</translation>
    </message>
    <message>
        <source>exchange-export needs --out FILE.</source>
        <translation>exchange-export потребує --out FILE.</translation>
    </message>
    <message>
        <source>Choose one of --article UUID, --all or --since DATE.</source>
        <translation>Виберіть одне з: --article UUID, --all або --since DATE.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-31.</source>
        <translation>«%1» не є датою на кшталт 2024-05-31.</translation>
    </message>
    <message>
        <source>merge needs one library file.</source>
        <translation>merge потребує одного файлу бібліотеки.</translation>
    </message>
    <message>
        <source>Choose at most one of --theirs, --mine and --both.</source>
        <translation>Виберіть щонайбільше один із параметрів --theirs, --mine і --both.</translation>
    </message>
    <message>
        <source>Added %1, taken %2, kept %3, unchanged %4, conflicts %5.</source>
        <translation>Додано: %1, взято їхніх: %2, залишено моїх: %3, без змін: %4, конфліктів: %5.</translation>
    </message>
    <message>
        <source>Conflicting articles were left as they are here; merge again with --mine, --theirs or --both to resolve them.</source>
        <translation>Статті з конфліктами залишено такими, як у цій бібліотеці; щоб розв’язати конфлікти, об’єднайте ще раз із --mine, --theirs або --both.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init не приймає аргументів.</translation>
    </message>
    <message>
        <source>Created the library %1</source>
        <translation>Створено бібліотеку %1</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list не приймає аргументів.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search потребує запиту.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit потребує цілого числа, не меншого за 1.</translation>
    </message>
    <message>
        <source>show needs one article UUID.</source>
        <translation>show потребує UUID однієї статті.</translation>
    </message>
    <message>
        <source>show: --format must be html or text.</source>
        <translation>show: --format має бути html або text.</translation>
    </message>
    <message>
        <source>related needs one article UUID.</source>
        <translation>related потребує UUID однієї статті.</translation>
    </message>
    <message>
        <source>export: several articles make one file each, so --out must be a folder; add --one-file for a single “%1”.</source>
        <translation>export: кожна з кількох статей стає окремим файлом, тож --out має бути текою; щоб отримати один файл «%1», додайте --one-file.</translation>
    </message>
    <message>
        <source>history needs one article or university UUID.</source>
        <translation>Команді history потрібен один UUID статті чи університету.</translation>
    </message>
    <message>
        <source>There is no article or university %1 in this library.</source>
        <translation>У цій бібліотеці немає статті чи університету %1.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>поточна</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3, %4) to %5</source>
        <translation>Записано %1 (%2, %3, %4) до %5</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статтю</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n попередня версія</numerusform>
            <numerusform>%n попередні версії</numerusform>
            <numerusform>%n попередніх версій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n університет</numerusform>
            <numerusform>%n університети</numerusform>
            <numerusform>%n університетів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображень</numerusform>
        </translation>
    </message>
    <message>
        <source>recovery takes no arguments.</source>
        <translation>recovery не приймає аргументів.</translation>
    </message>
    <message>
        <source>(never saved) </source>
        <translation>(ще не збережено) </translation>
    </message>
    <message>
        <source>No unsaved changes are waiting in the recovery area.</source>
        <translation>В області відновлення немає незбережених змін.</translation>
    </message>
    <message>
        <source>The library “%1” can only be read here: %2. Nothing was changed.</source>
        <translation>Бібліотеку «%1» тут можна лише читати: %2. Нічого не змінено.</translation>
    </message>
    <message>
        <source>backups takes no arguments.</source>
        <translation>backups не приймає аргументів.</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>За адресою «%1» немає бібліотеки.</translation>
    </message>
    <message>
        <source>There are no backups of this library yet (they are kept in “%1”).</source>
        <translation>Резервних копій цієї бібліотеки ще немає (вони зберігаються в «%1»).</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читається: %1</translation>
    </message>
    <message>
        <source>Restore one with “lectern restore NUMBER” (or its path).</source>
        <translation>Відновіть одну командою «lectern restore НОМЕР» (або шляхом до неї).</translation>
    </message>
    <message>
        <source>restore needs one backup: its number in “lectern backups”, or its path.</source>
        <translation>restore потребує однієї резервної копії: її номера в «lectern backups» або шляху.</translation>
    </message>
    <message>
        <source>There is no backup number %1; “lectern backups” lists them.</source>
        <translation>Резервної копії з номером %1 немає; «lectern backups» показує їх список.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”; the library as it was is kept as a backup too.</source>
        <translation>Бібліотеку «%1» відновлено з «%2»; бібліотека, якою вона була, теж збережена як резервна копія.</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check не приймає аргументів.</translation>
    </message>
    <message>
        <source>The library “%1” is intact.</source>
        <translation>Бібліотека «%1» неушкоджена.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged:</source>
        <translation>Бібліотеку «%1» пошкоджено:</translation>
    </message>
    <message>
        <source>Restore an intact copy: “lectern backups” lists them, “lectern restore NUMBER” brings one back.</source>
        <translation>Відновіть неушкоджену копію: «lectern backups» показує копії, «lectern restore НОМЕР» повертає одну з них.</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, unchanged %3, skipped %4, failed %5.</source>
        <translation>Імпортовано: %1, оновлено: %2, без змін: %3, пропущено: %4, з помилками: %5.</translation>
    </message>
    <message>
        <source>publish takes no arguments; name the folder with --out.</source>
        <translation>publish не приймає аргументів; вкажіть теку через --out.</translation>
    </message>
    <message>
        <source>publish needs --out FOLDER, where the site is written.</source>
        <translation>publish потребує --out ТЕКА, куди записати сайт.</translation>
    </message>
    <message>
        <source>publish: --base-url must be the site&apos;s address, such as https://example.org/news/.</source>
        <translation>publish: --base-url має бути адресою сайту, наприклад https://example.org/news/.</translation>
    </message>
    <message>
        <source>Published %1 articles and %2 universities in %3 languages (%4): %5 pages.</source>
        <translation>Опубліковано статей: %1, університетів: %2, мов: %3 (%4); сторінок: %5.</translation>
    </message>
    <message>
        <source>Files: %1 written, %2 unchanged, %3 deleted.</source>
        <translation>Файли: записано %1, без змін %2, видалено %3.</translation>
    </message>
    <message>
        <source>No --base-url: canonical links, feeds and the sitemap use addresses relative to the site.</source>
        <translation>Без --base-url канонічні посилання, стрічки й мапа сайту мають адреси відносно сайту.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Використання:</translation>
    </message>
    <message>
        <source>Lectern reads, searches and edits a library of articles. Without a command it opens its window on the library; with one it works without a window.</source>
        <translation>Lectern читає, шукає й редагує бібліотеку статей. Без команди відкриває вікно з бібліотекою; з командою працює без вікна.</translation>
    </message>
    <message>
        <source>One window per user: started again without a command while its window is open, Lectern opens the library in that window and exits; --new-instance opens a window of its own instead.</source>
        <translation>Одне вікно на користувача: якщо запустити Lectern ще раз без команди, поки його вікно відкрите, він відкриє бібліотеку в тому вікні й завершиться; з --new-instance він відкриває власне вікно.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Параметри для всіх команд:</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показати версію й вийти.</translation>
    </message>
    <message>
        <source>Print the result as JSON: every command that prints a result takes it.</source>
        <translation>Вивести результат як JSON: це приймає кожна команда, що виводить результат.</translation>
    </message>
    <message>
        <source>Run “lectern help COMMAND” (or “lectern COMMAND --help”) for what a command takes, with examples. The library is --library PATH, else $LECTERN_LIBRARY, else the one in the data folder, created with the demo content on the first start.</source>
        <translation>Запустіть «lectern help COMMAND» (або «lectern COMMAND --help»), щоб дізнатися, що приймає команда, з прикладами. Бібліотека — це --library PATH, інакше $LECTERN_LIBRARY, інакше та, що в теці даних; під час першого запуску її створено з демонстраційним вмістом.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>Код виходу: 0 — успіх, 1 — помилка, 2 — неправильне використання.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Приклади:</translation>
    </message>
    <message>
        <source>help takes one command.</source>
        <translation>help приймає одну команду.</translation>
    </message>
    <message>
        <source>Run “lectern %1 --help” for its usage.</source>
        <translation>Запустіть «lectern %1 --help», щоб побачити, як ним користуватися.</translation>
    </message>
    <message>
        <source>--library needs the path of a library file.</source>
        <translation>--library потребує шляху до файлу бібліотеки.</translation>
    </message>
    <message>
        <source>--wait needs a whole number of seconds.</source>
        <translation>--wait потребує цілого числа секунд.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Укажіть команду.</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 не приймає %2.</translation>
    </message>
    <message>
        <source>Use the library file PATH instead of the default one (see ENVIRONMENT and FILES).</source>
        <translation>Використати файл бібліотеки PATH замість типового (див. ENVIRONMENT і FILES).</translation>
    </message>
    <message>
        <source>When the library must be upgraded or restored and another program has it open, wait this long for it (default 120).</source>
        <translation>Коли бібліотеку треба оновити чи відновити, а інша програма тримає її відкритою, чекати на неї стільки секунд (типово 120).</translation>
    </message>
    <message>
        <source>Show the help of the command and exit.</source>
        <translation>Показати довідку команди й вийти.</translation>
    </message>
    <message>
        <source>Create a new library; never overwrites a file.</source>
        <translation>Створити нову бібліотеку; наявний файл ніколи не перезаписується.</translation>
    </message>
    <message>
        <source>Creates an empty library at the --library path (or the default location). A file that already exists is never touched.</source>
        <translation>Створює порожню бібліотеку за шляхом --library (або в типовому місці). Наявного файлу команда ніколи не торкається.</translation>
    </message>
    <message>
        <source>Fill the new library with the demo content: the union&apos;s interview, its universities, recommended reading and a short guide in English, Chinese and Ukrainian.</source>
        <translation>Наповнити нову бібліотеку демонстраційним вмістом: інтерв’ю союзу, його університети, рекомендоване читання й короткий посібник англійською, китайською та українською.</translation>
    </message>
    <message>
        <source>Print the new library as a JSON object: library (its path) and demo (whether it was filled).</source>
        <translation>Вивести нову бібліотеку як об’єкт JSON: library (її шлях) і demo (чи її наповнено).</translation>
    </message>
    <message>
        <source>A new library with the demo content.</source>
        <translation>Нова бібліотека з демонстраційним вмістом.</translation>
    </message>
    <message>
        <source>List the articles, the last saved first.</source>
        <translation>Показати статті, останні збережені першими.</translation>
    </message>
    <message>
        <source>Prints one line for each article that is not in the trash: its uuid, language, status, when it was last saved (UTC) and its title, separated by tabs.</source>
        <translation>Виводить рядок для кожної статті поза кошиком: її uuid, мову, стан, час останнього збереження (UTC) і назву, розділені табуляцією.</translation>
    </message>
    <message>
        <source>Show at most N articles (default: all).</source>
        <translation>Показати щонайбільше N статей (типово — усі).</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, language, status and updated.</source>
        <translation>Вивести масив JSON з об’єктами, що мають uuid, title, language, status і updated.</translation>
    </message>
    <message>
        <source>The five articles saved last.</source>
        <translation>П’ять статей, збережених останніми.</translation>
    </message>
    <message>
        <source>Every article, for a script.</source>
        <translation>Усі статті, для сценарію.</translation>
    </message>
    <message>
        <source>Ranked search, with the matches shown in context.</source>
        <translation>Пошук із ранжуванням, знайдене показано в контексті.</translation>
    </message>
    <message>
        <source>QUERY takes words (all must match), &quot;quoted phrases&quot;, -word to leave out articles with that word, and the filters lang:, status:, tag:, author: and category:. Several arguments make one query, and a query may start with a word to leave out (lectern search -university Kyiv). Chinese words of any length are found, and Ukrainian in any case.

Each result is its uuid and title, and below it a snippet with the matches in [brackets].</source>
        <translation>QUERY приймає слова (мають збігтися всі), &quot;фрази в лапках&quot;, -word, щоб відкинути статті з цим словом, і фільтри lang:, status:, tag:, author: та category:. Кілька аргументів утворюють один запит, і запит може починатися зі слова, яке треба відкинути (lectern search -university Kyiv). Китайські слова знаходяться будь-якої довжини, українські — у будь-якому регістрі.

Кожен результат — це uuid і назва, а під ними уривок зі знайденим у [квадратних дужках].</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, score (higher is better), snippet (HTML, the matches in &lt;b&gt;), snippetText (the snippet as plain text) and matches (where the matches are in snippetText: start and length, counted in Unicode characters).</source>
        <translation>Вивести масив JSON з об’єктами, що мають uuid, title, score (більше — краще), snippet (HTML, знайдене в &lt;b&gt;), snippetText (уривок як звичайний текст) і matches (де в snippetText знайдене: start і length, у символах Unicode).</translation>
    </message>
    <message>
        <source>Chinese articles about Xi&apos;an that do not mention visas.</source>
        <translation>Китайські статті про Сіань, у яких не згадано візи.</translation>
    </message>
    <message>
        <source>Articles about Kyiv that do not mention universities.</source>
        <translation>Статті про Київ, у яких не згадано університети.</translation>
    </message>
    <message>
        <source>A phrase, in published articles only.</source>
        <translation>Фраза, лише в опублікованих статтях.</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>Вивести одну статтю.</translation>
    </message>
    <message>
        <source>Prints the article&apos;s title, summary and text, or the article as a web page with --format html.</source>
        <translation>Виводить назву, короткий зміст і текст статті, а з --format html — статтю як вебсторінку.</translation>
    </message>
    <message>
        <source>text (the default) or html.</source>
        <translation>text (типово) або html.</translation>
    </message>
    <message>
        <source>Print the article as a JSON object: uuid, title, summary, language, status, author, source, category, tags, translationGroup, created, updated, published, universities, bodyText and bodyHtml.</source>
        <translation>Вивести статтю як об’єкт JSON: uuid, title, summary, language, status, author, source, category, tags, translationGroup, created, updated, published, universities, bodyText і bodyHtml.</translation>
    </message>
    <message>
        <source>The article as a web page.</source>
        <translation>Стаття як вебсторінка.</translation>
    </message>
    <message>
        <source>Export articles to PDF, HTML, ODT, Markdown or text.</source>
        <translation>Експортувати статті в PDF, HTML, ODT, Markdown чи текст.</translation>
    </message>
    <message>
        <source>Writes one file for each article into the folder PATH, or one file with --one-file. Several articles in one PDF get a cover page and contents. A file that exists is never replaced without --force. Prints the files written.</source>
        <translation>Записує по файлу на статтю в теку PATH або один файл з --one-file. Кілька статей в одному PDF отримують титульну сторінку та зміст. Наявний файл без --force ніколи не замінюється. Виводить записані файли.</translation>
    </message>
    <message>
        <source>The format to write: pdf, html, odt, md or txt.</source>
        <translation>Формат запису: pdf, html, odt, md або txt.</translation>
    </message>
    <message>
        <source>Where to write: a file with --one-file or one article, else a folder.</source>
        <translation>Куди записувати: файл з --one-file або для однієї статті, інакше тека.</translation>
    </message>
    <message>
        <source>Export the article UUID; repeat for several.</source>
        <translation>Експортувати статтю UUID; повторіть для кількох.</translation>
    </message>
    <message>
        <source>Put all the articles into one file.</source>
        <translation>Помістити всі статті в один файл.</translation>
    </message>
    <message>
        <source>PDF page size: A4 (the default), A5, A3, Letter…</source>
        <translation>Розмір сторінки PDF: A4 (типово), A5, A3, Letter…</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving (with --format pdf).</source>
        <translation>Записати PDF/A-1b для архівування (з --format pdf).</translation>
    </message>
    <message>
        <source>End each article with its related articles and why they are suggested.</source>
        <translation>Завершувати кожну статтю пов’язаними статтями й поясненням, чому їх запропоновано.</translation>
    </message>
    <message>
        <source>Print a JSON object: format, articles (how many) and files (the files written).</source>
        <translation>Вивести об’єкт JSON: format, articles (скільки) і files (записані файли).</translation>
    </message>
    <message>
        <source>The whole library in one PDF, with a cover and contents.</source>
        <translation>Уся бібліотека в одному PDF, з титульною сторінкою та змістом.</translation>
    </message>
    <message>
        <source>The recommended reading, a PDF for each article, each followed by related ones.</source>
        <translation>Рекомендоване читання, по PDF на статтю, кожна з пов’язаними статтями після неї.</translation>
    </message>
    <message>
        <source>One web page for each article of the category News.</source>
        <translation>По вебсторінці на кожну статтю категорії News.</translation>
    </message>
    <message>
        <source>Related articles, each with the reason it is suggested.</source>
        <translation>Пов’язані статті, кожна з причиною, чому її запропоновано.</translation>
    </message>
    <message>
        <source>Prints the articles related to the article UUID, best first, each with its score and the reasons it is suggested, and the languages the article is also written in.</source>
        <translation>Виводить статті, пов’язані зі статтею UUID, найкращі першими, кожну з оцінкою й причинами, чому її запропоновано, а також мови, якими статтю ще написано.</translation>
    </message>
    <message>
        <source>Show at most N articles (default 20).</source>
        <translation>Показати щонайбільше N статей (типово 20).</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, score and reasons.</source>
        <translation>Вивести масив JSON з об’єктами, що мають uuid, title, score і reasons.</translation>
    </message>
    <message>
        <source>The five articles closest to UUID.</source>
        <translation>П’ять статей, найближчих до UUID.</translation>
    </message>
    <message>
        <source>Import web pages, Markdown and text files or folders.</source>
        <translation>Імпортувати вебсторінки, файли Markdown і текстові файли чи теки.</translation>
    </message>
    <message>
        <source>Imports each file, and each folder with its subfolders. A web page keeps its article and loses menus, sidebars and share buttons; pictures beside it are stored in the library, remote ones are kept as links and never downloaded. A page imported before is skipped unless --update.

Prints one line for each file: what became of it, the article&apos;s uuid, the file and the title, then the totals. A file that could not be imported is reported on standard error, and the exit status is then 1.</source>
        <translation>Імпортує кожен файл і кожну теку з підтеками. Вебсторінка зберігає статтю й втрачає меню, бічні панелі та кнопки «поділитися»; зображення поруч із нею потрапляють до бібліотеки, віддалені залишаються посиланнями й ніколи не завантажуються. Сторінку, імпортовану раніше, пропущено, якщо немає --update.

Виводить рядок для кожного файлу: що з ним сталося, uuid статті, файл і назву, а потім підсумки. Файл, який не вдалося імпортувати, повідомляється в стандартний потік помилок, і тоді код виходу 1.</translation>
    </message>
    <message>
        <source>Read every file as html, md or txt, whatever its name (by default, by the file&apos;s extension).</source>
        <translation>Читати кожен файл як html, md чи txt, хоч би яка була його назва (типово — за розширенням файлу).</translation>
    </message>
    <message>
        <source>Update articles imported before from the file (the article&apos;s text is kept as a revision).</source>
        <translation>Оновити статті, імпортовані раніше, з файлу (текст статті зберігається як версія).</translation>
    </message>
    <message>
        <source>Skip pages imported before (the default).</source>
        <translation>Пропускати сторінки, імпортовані раніше (типово).</translation>
    </message>
    <message>
        <source>Print a JSON object: imported, updated, skipped and failed (counts), remoteImagesNotDownloaded, and items, one for each file, with path, outcome, uuid, title, reason, notes, remoteImages and invalidBytes.</source>
        <translation>Вивести об’єкт JSON: imported, updated, skipped і failed (кількості), remoteImagesNotDownloaded та items — по одному на файл, з path, outcome, uuid, title, reason, notes, remoteImages і invalidBytes.</translation>
    </message>
    <message>
        <source>A folder of saved pages and a Markdown file.</source>
        <translation>Тека збережених сторінок і файл Markdown.</translation>
    </message>
    <message>
        <source>The same pages again, updating what changed.</source>
        <translation>Ті самі сторінки ще раз, з оновленням зміненого.</translation>
    </message>
    <message>
        <source>Write articles to a library file for a colleague.</source>
        <translation>Записати статті у файл бібліотеки для колеги.</translation>
    </message>
    <message>
        <source>Writes the chosen articles with their revision history, images and universities to a new library file, for a colleague to merge into their library.</source>
        <translation>Записує вибрані статті з їхньою історією версій, зображеннями й університетами в новий файл бібліотеки, щоб колега об’єднав його зі своєю бібліотекою.</translation>
    </message>
    <message>
        <source>The new library file.</source>
        <translation>Новий файл бібліотеки.</translation>
    </message>
    <message>
        <source>Write the article UUID; repeat for several.</source>
        <translation>Записати статтю UUID; повторіть для кількох.</translation>
    </message>
    <message>
        <source>Write every article, the trash included (so that deletions reach the colleague too).</source>
        <translation>Записати всі статті разом із кошиком (щоб і вилучення дійшли до колеги).</translation>
    </message>
    <message>
        <source>Write the articles changed or trashed since DATE (ISO 8601: 2024-05-31).</source>
        <translation>Записати статті, змінені чи переміщені до кошика від DATE (ISO 8601: 2024-05-31).</translation>
    </message>
    <message>
        <source>Replace FILE if it is there and no program has it open.</source>
        <translation>Замінити FILE, якщо він існує і жодна програма не тримає його відкритим.</translation>
    </message>
    <message>
        <source>Print a JSON object: file, articles, revisions, universities and media (counts).</source>
        <translation>Вивести об’єкт JSON: file, articles, revisions, universities і media (кількості).</translation>
    </message>
    <message>
        <source>What changed since the first of May.</source>
        <translation>Що змінилося від першого травня.</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s library file into this library.</source>
        <translation>Об’єднати файл бібліотеки колеги з цією бібліотекою.</translation>
    </message>
    <message>
        <source>Takes what changed only in FILE, keeps what changed only here, and reports the articles changed on both sides, which stay as they are here unless --mine, --theirs or --both resolves them. The version that loses stays in the article&apos;s revision history. The merge is one transaction: interrupted, it leaves the library as it was.</source>
        <translation>Бере те, що змінилося лише у FILE, залишає те, що змінилося лише тут, і повідомляє про статті, змінені з обох боків; вони залишаються такими, як тут, якщо --mine, --theirs чи --both їх не розв’яже. Версія, яку не вибрано, залишається в історії версій статті. Об’єднання — одна транзакція: якщо його перервати, бібліотека залишиться такою, як була.</translation>
    </message>
    <message>
        <source>Resolve conflicts by taking their version.</source>
        <translation>Розв’язувати конфлікти, беручи їхню версію.</translation>
    </message>
    <message>
        <source>Resolve conflicts by keeping my version.</source>
        <translation>Розв’язувати конфлікти, залишаючи мою версію.</translation>
    </message>
    <message>
        <source>Resolve conflicts by keeping both versions, theirs as a new article.</source>
        <translation>Розв’язувати конфлікти, залишаючи обидві версії, їхню — як нову статтю.</translation>
    </message>
    <message>
        <source>Print a JSON object: added, taken, kept and unchanged (uuids), conflicts (each with uuid, mine, theirs, resolution and copy), mediaAdded and universitiesAdded.</source>
        <translation>Вивести об’єкт JSON: added, taken, kept і unchanged (uuid), conflicts (кожен з uuid, mine, theirs, resolution і copy), mediaAdded і universitiesAdded.</translation>
    </message>
    <message>
        <source>See what a merge brings and which articles conflict.</source>
        <translation>Побачити, що принесе об’єднання і які статті конфліктують.</translation>
    </message>
    <message>
        <source>Merge, keeping my version of conflicting articles.</source>
        <translation>Об’єднати, залишивши мою версію конфліктних статей.</translation>
    </message>
    <message>
        <source>Unsaved edits kept for recovery after a crash.</source>
        <translation>Незбережені зміни, збережені для відновлення після збою.</translation>
    </message>
    <message>
        <source>Lists the unsaved work the editor keeps in the library every few seconds, which the window offers back after a crash: when it was kept, whether it is an article or a university, its uuid and title.</source>
        <translation>Показує незбережену роботу, яку редактор кожні кілька секунд зберігає в бібліотеці і яку вікно пропонує повернути після збою: коли її збережено, стаття це чи університет, uuid і назву.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with kind, uuid, saved, title, new (never saved) and text.</source>
        <translation>Вивести масив JSON з об’єктами, що мають kind, uuid, saved, title, new (ніколи не збережено) і text.</translation>
    </message>
    <message>
        <source>The unsaved work, for a script.</source>
        <translation>Незбережена робота, для сценарію.</translation>
    </message>
    <message>
        <source>The versions of an article or a university.</source>
        <translation>Версії статті чи університету.</translation>
    </message>
    <message>
        <source>Lists every saved version of the article or university UUID, the current one first: its revision number, when it was saved, its size in bytes and what the next save changed.</source>
        <translation>Показує кожну збережену версію статті чи університету UUID, поточну першою: номер версії, коли її збережено, розмір у байтах і що змінило наступне збереження.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with revision, current, saved, size and, for older versions, changedNext, wordsAdded and wordsRemoved.</source>
        <translation>Вивести масив JSON з об’єктами, що мають revision, current, saved, size, а для старших версій — changedNext, wordsAdded і wordsRemoved.</translation>
    </message>
    <message>
        <source>The versions of one article.</source>
        <translation>Версії однієї статті.</translation>
    </message>
    <message>
        <source>The library&apos;s automatic backups, the newest first.</source>
        <translation>Автоматичні резервні копії бібліотеки, найновіші першими.</translation>
    </message>
    <message>
        <source>Lists the copies Lectern keeps of the library (at the first open of a day, before an upgrade and before a merge), each checked when it was made: its number, when and why it was made, how many articles it holds, its size and its file.</source>
        <translation>Показує копії бібліотеки, які зберігає Lectern (під час першого відкриття за день, перед оновленням і перед об’єднанням), кожну перевірену під час створення: її номер, коли і чому її створено, скільки статей вона містить, її розмір і файл.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with path, made, reason, bytes, and articles and format, or problem for a copy that cannot be read.</source>
        <translation>Вивести JSON-масив об’єктів із path, made, reason, bytes, а також articles і format або problem для копії, яку не вдається прочитати.</translation>
    </message>
    <message>
        <source>The backups, numbered for restore.</source>
        <translation>Резервні копії, пронумеровані для відновлення.</translation>
    </message>
    <message>
        <source>Put a backup in place of the library.</source>
        <translation>Поставити резервну копію на місце бібліотеки.</translation>
    </message>
    <message>
        <source>Brings back the backup NUMBER (as “lectern backups” numbers them) or the backup FILE, through SQLite into the library, while no other program has it open. The library as it was is kept as a backup too.</source>
        <translation>Повертає резервну копію NUMBER (за нумерацією «lectern backups») або файл копії FILE через SQLite у бібліотеку, поки жодна інша програма не тримає її відкритою. Бібліотека в попередньому стані теж зберігається як резервна копія.</translation>
    </message>
    <message>
        <source>Print a JSON object: library and backup (their paths).</source>
        <translation>Вивести JSON-об’єкт: library і backup (їхні шляхи).</translation>
    </message>
    <message>
        <source>Back to the newest backup.</source>
        <translation>Повернутися до найновішої резервної копії.</translation>
    </message>
    <message>
        <source>Check the library file, and say what is wrong.</source>
        <translation>Перевірити файл бібліотеки й сказати, що з ним не так.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check on the library and says in words what is wrong, if anything. The exit status is 1 when the library is damaged.</source>
        <translation>Запускає перевірку цілісності SQLite для бібліотеки й словами пояснює, що не так, якщо щось не так. Код виходу 1, якщо бібліотеку пошкоджено.</translation>
    </message>
    <message>
        <source>Print a JSON object: intact, problems and details.</source>
        <translation>Вивести JSON-об’єкт: intact, problems і details.</translation>
    </message>
    <message>
        <source>Whether my.lectern is intact.</source>
        <translation>Чи ціла бібліотека my.lectern.</translation>
    </message>
    <message>
        <source>Publish the library as a static web site.</source>
        <translation>Опублікувати бібліотеку як статичний вебсайт.</translation>
    </message>
    <message>
        <source>Writes the published articles and the universities as a static, multilingual web site into FOLDER: home pages per language, one page per article and per university, category and tag pages, feeds, a sitemap and a search that works without a server. Drafts, articles in review, archived and trashed articles never reach it. Publishing again rewrites only the files that changed; a folder that is not empty and was not made by Lectern needs --force.</source>
        <translation>Записує опубліковані статті й університети як статичний багатомовний вебсайт у FOLDER: головні сторінки для кожної мови, сторінка для кожної статті й кожного університету, сторінки категорій і теґів, стрічки новин, мапа сайту й пошук, що працює без сервера. Чернетки, статті на розгляді, архівні й викинуті до кошика статті туди не потрапляють ніколи. Повторна публікація переписує лише змінені файли; тека, яка не порожня й створена не Lectern, потребує --force.</translation>
    </message>
    <message>
        <source>The folder the site is written to.</source>
        <translation>Тека, у яку записується сайт.</translation>
    </message>
    <message>
        <source>The site&apos;s address, for canonical links, feeds and the sitemap.</source>
        <translation>Адреса сайту для канонічних посилань, стрічок і мапи сайту.</translation>
    </message>
    <message>
        <source>A theme folder over the default theme.</source>
        <translation>Тека теми поверх типової теми.</translation>
    </message>
    <message>
        <source>Publish into a folder Lectern did not make.</source>
        <translation>Опублікувати в теку, яку створила не Lectern.</translation>
    </message>
    <message>
        <source>Print a JSON object: folder, home, articles, universities, pages, pictures, languages, files written, unchanged and deleted, search files and bytes.</source>
        <translation>Вивести об’єкт JSON: тека, головна сторінка, статті, університети, сторінки, зображення, мови, файли записані, незмінені й вилучені, файли пошуку та їхній розмір у байтах.</translation>
    </message>
    <message>
        <source>The site in site/, for the address https://union.example/.</source>
        <translation>Сайт у site/ для адреси https://union.example/.</translation>
    </message>
    <message>
        <source>Show the help of a command (or of them all).</source>
        <translation>Показати довідку команди (або всіх).</translation>
    </message>
    <message>
        <source>Prints what COMMAND does, its arguments, its options and examples; without COMMAND, the list of commands. &quot;lectern COMMAND --help&quot; does the same.</source>
        <translation>Виводить, що робить COMMAND, його аргументи, параметри й приклади; без COMMAND — список команд. &quot;lectern COMMAND --help&quot; робить те саме.</translation>
    </message>
    <message>
        <source>Everything the export command takes.</source>
        <translation>Усе, що приймає команда export.</translation>
    </message>
    <message>
        <source>show: choose either --json or --format.</source>
        <translation>show: виберіть або --json, або --format.</translation>
    </message>
    <message>
        <source>List the articles pinned to the top of Home.</source>
        <translation>Показати статті, закріплені вгорі головної сторінки.</translation>
    </message>
    <message>
        <source>Prints the articles editors pinned to Home&apos;s featured place, in their order: uuid, language, status and title. With none pinned, Home features the newest published article in the reader&apos;s language.</source>
        <translation>Виводить статті, які редактори закріпили як вибрані на головній сторінці, у їхньому порядку: uuid, мова, стан і назва. Якщо жодної не закріплено, головна сторінка показує найновішу опубліковану статтю мовою читача.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, language and status.</source>
        <translation>Вивести масив JSON об’єктів з uuid, назвою, мовою та станом.</translation>
    </message>
    <message>
        <source>What Home features.</source>
        <translation>Що вибрано для головної сторінки.</translation>
    </message>
    <message>
        <source>Pin articles to Home (after those pinned).</source>
        <translation>Закріпити статті на головній (після вже закріплених).</translation>
    </message>
    <message>
        <source>Pins the articles UUID to Home&apos;s featured place, after those already pinned, in the order given.</source>
        <translation>Закріплює статті UUID як вибрані на головній сторінці, після вже закріплених, у поданому порядку.</translation>
    </message>
    <message>
        <source>Feature that article on Home.</source>
        <translation>Вибрати цю статтю для головної сторінки.</translation>
    </message>
    <message>
        <source>Unpin articles from Home.</source>
        <translation>Відкріпити статті від головної сторінки.</translation>
    </message>
    <message>
        <source>Takes the articles UUID off Home&apos;s featured place; the articles themselves are not changed.</source>
        <translation>Знімає статті UUID з вибраних на головній сторінці; самі статті не змінюються.</translation>
    </message>
    <message>
        <source>Home no longer features it.</source>
        <translation>Головна сторінка більше її не показує як вибрану.</translation>
    </message>
    <message>
        <source>%1 needs the UUID of an article.</source>
        <translation>%1 потребує UUID статті.</translation>
    </message>
    <message>
        <source>Featured on Home: %1</source>
        <translation>Вибрана на головній: %1</translation>
    </message>
    <message>
        <source>No longer featured on Home: %1</source>
        <translation>Більше не вибрана на головній: %1</translation>
    </message>
    <message>
        <source>featured takes no arguments.</source>
        <translation>featured не приймає аргументів.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title and featured.</source>
        <translation>Вивести масив JSON об’єктів з uuid, назвою та featured (чи вибрана).</translation>
    </message>
    <message>
        <source>Make a team library on a PostgreSQL server, and manage its users.</source>
        <translation>Створити командну бібліотеку на сервері PostgreSQL і керувати її користувачами.</translation>
    </message>
    <message>
        <source>URI is the database in libpq&apos;s form, postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full; a password comes from ~/.pgpass, never from the command line.

“init” makes a team library on an empty database: its tables and its three roles, DATABASE_reader, DATABASE_editor and DATABASE_admin, whose rights the server enforces (readers read; editors write articles; administrators also keep universities, reading lists and users). It needs a user who may create roles, such as postgres; on a team library of an older version it brings it up to date, and a newer one is refused.

“users” lists the library&apos;s users and their roles; “add-user” gives USER a role (making the login if it is new, with the password read from standard input with --password-stdin, sent to the server only as a SCRAM verifier); “remove-user” takes USER&apos;s role away. Only the library&apos;s administrators may add and remove users.</source>
        <translation>URI — це база даних у формі libpq, postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full; пароль береться з ~/.pgpass, ніколи з командного рядка.

«init» створює командну бібліотеку в порожній базі даних: її таблиці та три ролі, DATABASE_reader, DATABASE_editor і DATABASE_admin, права яких забезпечує сам сервер (читачі читають; редактори пишуть статті; адміністратори також ведуть університети, списки читання й користувачів). Для цього потрібен користувач, який може створювати ролі, наприклад postgres; командну бібліотеку старішої версії команда оновлює, а новішу відхиляє.

«users» показує користувачів бібліотеки та їхні ролі; «add-user» дає USER роль (створюючи обліковий запис, якщо його ще немає, з паролем зі стандартного введення за --password-stdin, який надсилається на сервер лише як перевірник SCRAM); «remove-user» забирає роль у USER. Додавати й вилучати користувачів можуть лише адміністратори бібліотеки.</translation>
    </message>
    <message>
        <source>The role add-user gives: reader, editor or admin.</source>
        <translation>Роль, яку дає add-user: reader, editor або admin.</translation>
    </message>
    <message>
        <source>add-user: read the new user&apos;s password from the first line of standard input.</source>
        <translation>add-user: прочитати пароль нового користувача з першого рядка стандартного введення.</translation>
    </message>
    <message>
        <source>init: a JSON object with library, format and roles; users: a JSON array of objects with user and role.</source>
        <translation>init: об’єкт JSON з library, format і roles; users: масив JSON об’єктів з user і role.</translation>
    </message>
    <message>
        <source>Make the team library “union” on db.example.org.</source>
        <translation>Створити командну бібліотеку «union» на db.example.org.</translation>
    </message>
    <message>
        <source>Let Olena edit articles.</source>
        <translation>Дозволити Олені редагувати статті.</translation>
    </message>
    <message>
        <source>The team library %1 is ready (format %2), with the roles %3.</source>
        <translation>Командна бібліотека %1 готова (формат %2), ролі: %3.</translation>
    </message>
    <message>
        <source>server needs an action (init, users, add-user or remove-user) and a postgresql:// address.</source>
        <translation>server потребує дії (init, users, add-user або remove-user) та адреси postgresql://.</translation>
    </message>
    <message>
        <source>add-user needs --role reader, editor or admin.</source>
        <translation>add-user потребує --role reader, editor або admin.</translation>
    </message>
    <message>
        <source>%1 is now %2 of the team library %3.</source>
        <translation>%1 тепер має роль %2 у командній бібліотеці %3.</translation>
    </message>
    <message>
        <source>%1 no longer has a role in the team library %2.</source>
        <translation>%1 більше не має ролі в командній бібліотеці %2.</translation>
    </message>
    <message>
        <source>“server %1” is not an action with these arguments: init URI, users URI, add-user URI USER --role ROLE, remove-user URI USER.</source>
        <translation>«server %1» — не дія з такими аргументами: init URI, users URI, add-user URI USER --role ROLE, remove-user URI USER.</translation>
    </message>
    <message>
        <source>%1 could log in to the server before; their password was not changed.</source>
        <translation>%1 вже міг входити на сервер раніше; пароль цього користувача не змінено.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>«%1» — не адреса PostgreSQL (postgresql://користувач@хост:порт/база).</translation>
    </message>
    <message>
        <source>The team library “%1” can only be read here: %2. Nothing was changed.</source>
        <translation>Командну бібліотеку «%1» тут можна лише читати: %2. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot prepare the ODT file in memory.</source>
        <translation>Не вдалося підготувати файл ODT у пам’яті.</translation>
    </message>
    <message>
        <source>Qt could not write the ODT document.</source>
        <translation>Qt не вдалося записати документ ODT.</translation>
    </message>
    <message>
        <source>This format is not written by the document exporter.</source>
        <translation>Засіб експорту документів не записує цей формат.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>The page says it is in %1, but its bytes are UTF-8: read as UTF-8.</source>
        <translation>Сторінка вказує кодування %1, але її байти — UTF-8: прочитано як UTF-8.</translation>
    </message>
    <message>
        <source>The page says it is in UTF-8, but its bytes are not: read as %1, detected.</source>
        <translation>Сторінка вказує кодування UTF-8, але її байти — ні: прочитано як %1 (визначено автоматично).</translation>
    </message>
</context>
<context>
    <name>ExclusiveLibrary</name>
    <message>
        <source>Another program has the library open; waiting for it to finish…</source>
        <translation>Бібліотека відкрита в іншій програмі; чекаємо, доки та закінчить…</translation>
    </message>
    <message>
        <source>Stopped waiting for the library.</source>
        <translation>Очікування бібліотеки зупинено.</translation>
    </message>
    <message>
        <source>Another program has the library “%1” open. Close it (or the other Lectern window) and try again; nothing was changed.</source>
        <translation>Бібліотеку «%1» відкрито в іншій програмі. Закрийте її (або інше вікно Lectern) і спробуйте ще раз; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>ExportContentLoader</name>
    <message>
        <source>No article is in the category “%1”.</source>
        <translation>У категорії «%1» немає статей.</translation>
    </message>
    <message>
        <source>The recommended-reading list is empty.</source>
        <translation>Список рекомендованого читання порожній.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>Немає статей для експорту.</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>«%1» уже існує; його не замінено.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
</context>
<context>
    <name>FormattingDiff</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>a quotation</source>
        <translation>цитатою</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>звичайним текстом</translation>
    </message>
    <message>
        <source>preformatted text</source>
        <translation>попередньо відформатованим текстом</translation>
    </message>
    <message>
        <source>a heading %1</source>
        <translation>заголовком %1</translation>
    </message>
    <message>
        <source>a bulleted list item (level %1)</source>
        <translation>пунктом маркованого списку (рівень %1)</translation>
    </message>
    <message>
        <source>a bulleted list item</source>
        <translation>пунктом маркованого списку</translation>
    </message>
    <message>
        <source>a numbered list item (level %1)</source>
        <translation>пунктом нумерованого списку (рівень %1)</translation>
    </message>
    <message>
        <source>a numbered list item</source>
        <translation>пунктом нумерованого списку</translation>
    </message>
    <message>
        <source>%1 in a quotation</source>
        <translation>%1 у цитаті</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>по центру</translation>
    </message>
    <message>
        <source>aligned right</source>
        <translation>праворуч</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>за шириною</translation>
    </message>
    <message>
        <source>aligned left</source>
        <translation>ліворуч</translation>
    </message>
    <message>
        <source>link to %1 added on %2</source>
        <translation>до %2 додано посилання на %1</translation>
    </message>
    <message>
        <source>link to %1 removed from %2</source>
        <translation>з %2 прибрано посилання на %1</translation>
    </message>
    <message>
        <source>colour %1 given to %2</source>
        <translation>%2 отримало колір %1</translation>
    </message>
    <message>
        <source>colour %1 taken off %2</source>
        <translation>з %2 знято колір %1</translation>
    </message>
    <message>
        <source>highlight %1 put on %2</source>
        <translation>на %2 накладено виділення %1</translation>
    </message>
    <message>
        <source>highlight %1 taken off %2</source>
        <translation>з %2 знято виділення %1</translation>
    </message>
    <message>
        <source>bold added to %1</source>
        <translation>%1 виділено жирним</translation>
    </message>
    <message>
        <source>bold removed from %1</source>
        <translation>з %1 знято жирний шрифт</translation>
    </message>
    <message>
        <source>italic added to %1</source>
        <translation>%1 виділено курсивом</translation>
    </message>
    <message>
        <source>italic removed from %1</source>
        <translation>з %1 знято курсив</translation>
    </message>
    <message>
        <source>underline added to %1</source>
        <translation>%1 підкреслено</translation>
    </message>
    <message>
        <source>underline removed from %1</source>
        <translation>з %1 знято підкреслення</translation>
    </message>
    <message>
        <source>strikethrough added to %1</source>
        <translation>%1 перекреслено</translation>
    </message>
    <message>
        <source>strikethrough removed from %1</source>
        <translation>з %1 знято перекреслення</translation>
    </message>
    <message>
        <source>%1 made superscript</source>
        <translation>%1 зроблено верхнім індексом</translation>
    </message>
    <message>
        <source>%1 no longer superscript</source>
        <translation>%1 більше не верхній індекс</translation>
    </message>
    <message>
        <source>%1 made subscript</source>
        <translation>%1 зроблено нижнім індексом</translation>
    </message>
    <message>
        <source>%1 no longer subscript</source>
        <translation>%1 більше не нижній індекс</translation>
    </message>
    <message>
        <source>%1 marked as code</source>
        <translation>%1 позначено як код</translation>
    </message>
    <message>
        <source>%1 no longer marked as code</source>
        <translation>%1 більше не позначено як код</translation>
    </message>
    <message numerus="yes">
        <source>and %n more formatting change(s)</source>
        <translation>
            <numerusform>і ще %n зміна оформлення</numerusform>
            <numerusform>і ще %n зміни оформлення</numerusform>
            <numerusform>і ще %n змін оформлення</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1, %2</source>
        <translation>таблиця %1, %2</translation>
    </message>
    <message>
        <source>too much of the text changed to compare its formatting paragraph by paragraph</source>
        <translation>текст змінено надто сильно, щоб порівняти оформлення абзац за абзацом</translation>
    </message>
    <message numerus="yes">
        <source>%1 and the %n paragraph(s) after it</source>
        <translation>
            <numerusform>%1 і %n абзац після нього</numerusform>
            <numerusform>%1 і %n абзаци після нього</numerusform>
            <numerusform>%1 і %n абзаців після нього</numerusform>
        </translation>
    </message>
    <message>
        <source>became %1 (was %2)</source>
        <translation>став %1 (був %2)</translation>
    </message>
    <message>
        <source>became %1 (were %2)</source>
        <translation>стали %1 (були %2)</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>тепер вирівняно %1</translation>
    </message>
    <message>
        <source>table %1 (%2)</source>
        <translation>таблиця %1 (%2)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>таблиця %1</translation>
    </message>
    <message>
        <source>table removed</source>
        <translation>таблицю вилучено</translation>
    </message>
    <message>
        <source>table added (%1 × %2: rows × columns)</source>
        <translation>додано таблицю (%1 × %2: рядки × стовпці)</translation>
    </message>
    <message>
        <source>rows: %1 → %2</source>
        <translation>рядків: %1 → %2</translation>
    </message>
    <message>
        <source>columns: %1 → %2</source>
        <translation>стовпців: %1 → %2</translation>
    </message>
    <message>
        <source>column widths changed</source>
        <translation>змінено ширину стовпців</translation>
    </message>
    <message>
        <source>cells merged</source>
        <translation>клітинки об’єднано</translation>
    </message>
    <message>
        <source>merged cells split</source>
        <translation>об’єднані клітинки розділено</translation>
    </message>
    <message>
        <source>other cells merged</source>
        <translation>об’єднано інші клітинки</translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>біля %1</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>на початку</translation>
    </message>
    <message>
        <source>its own size</source>
        <translation>власний розмір</translation>
    </message>
    <message>
        <source>%1 px high</source>
        <translation>висота %1 пікс.</translation>
    </message>
    <message>
        <source>%1 px wide</source>
        <translation>ширина %1 пікс.</translation>
    </message>
    <message>
        <source>picture resized: %1 → %2</source>
        <translation>змінено розмір зображення: %1 → %2</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>додано зображення</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>зображення вилучено</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>після %1</translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) added</source>
        <translation>
            <numerusform>додано %n горизонтальну лінію</numerusform>
            <numerusform>додано %n горизонтальні лінії</numerusform>
            <numerusform>додано %n горизонтальних ліній</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) removed</source>
        <translation>
            <numerusform>вилучено %n горизонтальну лінію</numerusform>
            <numerusform>вилучено %n горизонтальні лінії</numerusform>
            <numerusform>вилучено %n горизонтальних ліній</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) (read as %1) are shown as �.</source>
        <translation>
            <numerusform>%n недійсна послідовність байтів (прочитано як %1) показана як �.</numerusform>
            <numerusform>%n недійсні послідовності байтів (прочитано як %1) показано як �.</numerusform>
            <numerusform>%n недійсних послідовностей байтів (прочитано як %1) показано як �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n віддалене зображення не завантажено; його збережено як посилання.</numerusform>
            <numerusform>%n віддалені зображення не завантажено; їх збережено як посилання.</numerusform>
            <numerusform>%n віддалених зображень не завантажено; їх збережено як посилання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the imported folder were not read.</source>
        <translation>
            <numerusform>%n зображення поза імпортованою текою не прочитано.</numerusform>
            <numerusform>%n зображення поза імпортованою текою не прочитано.</numerusform>
            <numerusform>%n зображень поза імпортованою текою не прочитано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or not images.</source>
        <translation>
            <numerusform>%n файл зображення відсутній або не є зображенням.</numerusform>
            <numerusform>%n файли зображень відсутні або не є зображеннями.</numerusform>
            <numerusform>%n файлів зображень відсутні або не є зображеннями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) larger than %1 MB were left out.</source>
        <translation>
            <numerusform>%n зображення, більше за %1 МБ, пропущено.</numerusform>
            <numerusform>%n зображення, більші за %1 МБ, пропущено.</numerusform>
            <numerusform>%n зображень, більших за %1 МБ, пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation>На сторінці немає тексту статті.</translation>
    </message>
    <message>
        <source>The file has no text.</source>
        <translation>У файлі немає тексту.</translation>
    </message>
    <message>
        <source>The page holds only page furniture (menus, links to other pages, a header or a footer) and no article text.</source>
        <translation>Сторінка містить лише оздоблення сайту (меню, посилання на інші сторінки, шапку чи підвал) і не має тексту статті.</translation>
    </message>
</context>
<context>
    <name>HtmlWriter</name>
    <message>
        <source>[image]</source>
        <translation>[зображення]</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>Такого файлу або теки немає.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Файл більший за %1 МБ.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Не вдалося прочитати файл: %1.</translation>
    </message>
    <message>
        <source>It was imported before, as article %1.</source>
        <translation>Це вже імпортовано раніше як статтю %1.</translation>
    </message>
    <message>
        <source>It is not a regular file (a device, a pipe or a socket): not read.</source>
        <translation>Це не звичайний файл (пристрій, канал чи сокет): не прочитано.</translation>
    </message>
    <message>
        <source>It is a link to a file that does not exist.</source>
        <translation>Це посилання на файл, якого не існує.</translation>
    </message>
    <message>
        <source>It is a link to a file outside the imported folder (%1): not read.</source>
        <translation>Це посилання на файл поза текою імпорту (%1): не прочитано.</translation>
    </message>
</context>
<context>
    <name>LibraryBackups</name>
    <message>
        <source>The copy did not pass its check: %1</source>
        <translation>Копія не пройшла перевірку: %1</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Щоденна копія</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед оновленням</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Перед об’єднанням</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <source>No backup of the library was made: it needs %1 and the disk has %2 free.</source>
        <translation>Резервну копію бібліотеки не зроблено: потрібно %1, а на диску вільно %2.</translation>
    </message>
    <message>
        <source>No backup of the library was made: the folder “%1” cannot be created.</source>
        <translation>Резервну копію бібліотеки не зроблено: теку «%1» неможливо створити.</translation>
    </message>
    <message>
        <source>The copy could not be written to the disk.</source>
        <translation>Копію не вдалося записати на диск.</translation>
    </message>
    <message>
        <source>The copy could not be given its name.</source>
        <translation>Копії не вдалося дати її назву.</translation>
    </message>
    <message>
        <source>No backup of the library was made: %1</source>
        <translation>Резервну копію бібліотеки не зроблено: %1</translation>
    </message>
</context>
<context>
    <name>LibraryExchange</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>У цій бібліотеці немає статті %1.</translation>
    </message>
    <message>
        <source>Choose the articles to export.</source>
        <translation>Виберіть статті для експорту.</translation>
    </message>
    <message>
        <source>The exchange file “%1” could not be written: %2</source>
        <translation>Не вдалося записати файл обміну «%1»: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
</context>
<context>
    <name>LibraryLocation</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A team library: its database on its server, &quot;union on db.example.org&quot;.</extracomment>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>%1 (their version)</source>
        <translation>%1 (їхня версія)</translation>
    </message>
    <message>
        <source>A library cannot be merged into itself.</source>
        <translation>Бібліотеку не можна об’єднати із самою собою.</translation>
    </message>
    <message>
        <source>The merge of “%1” stopped at article %2 (%3); this library was left as it was.</source>
        <translation>Об’єднання з «%1» зупинилося на статті %2 (%3); цю бібліотеку залишено без змін.</translation>
    </message>
    <message>
        <source>The merge of “%1” could not be saved (%2); this library was left as it was.</source>
        <translation>Не вдалося зберегти об’єднання з «%1» (%2); цю бібліотеку залишено без змін.</translation>
    </message>
    <message>
        <source>The related articles of “%1” could not be merged (%2); this library was left as it was.</source>
        <translation>Не вдалося об’єднати пов’язані статті з «%1» (%2); цю бібліотеку залишено без змін.</translation>
    </message>
    <message>
        <source>The merge of “%1” was cancelled; this library was left as it was.</source>
        <translation>Об’єднання «%1» скасовано; цю бібліотеку залишено такою, як була.</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>У цій бібліотеці немає статті %1.</translation>
    </message>
    <message>
        <source>The article was not found in this library.</source>
        <translation>Статтю не знайдено в цій бібліотеці.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be saved.</source>
        <translation>Не вдалося зберегти тег «%1».</translation>
    </message>
    <message>
        <source>The article %1 is not in the trash.</source>
        <translation>Статті %1 немає в кошику.</translation>
    </message>
    <message>
        <source>Only an article in the trash can be deleted for good.</source>
        <translation>Остаточно видалити можна лише статтю з кошика.</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>Такої редакції не існує.</translation>
    </message>
    <message>
        <source>That revision is damaged and cannot be read.</source>
        <translation>Ця редакція пошкоджена, її неможливо прочитати.</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is not a database file. It was left as it is.</source>
        <translation>«%1» не є бібліотекою Lectern: це не файл бази даних. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Lectern library. It was left as it is.</source>
        <translation>«%1» — база даних іншої програми, а не бібліотека Lectern. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Lectern (library format %2; this version reads up to %3). Update Lectern to open it; the file was not changed.</source>
        <translation>Бібліотеку «%1» записала новіша версія Lectern (формат бібліотеки %2; ця версія читає формати до %3). Оновіть Lectern, щоб її відкрити; файл не змінено.</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>Бібліотеки «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” already exists; Lectern never overwrites a file when creating a library.</source>
        <translation>«%1» уже існує; створюючи бібліотеку, Lectern ніколи не перезаписує файли.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt installation cannot be used.</source>
        <translation>Драйвер SQLite цього встановлення Qt неможливо використати.</translation>
    </message>
    <message>
        <source>The library “%1” could not be upgraded to format %2 (%3). It was left at format %4.</source>
        <translation>Не вдалося оновити бібліотеку «%1» до формату %2 (%3). Її залишено у форматі %4.</translation>
    </message>
    <message>
        <source>The search “%1” could not be run: %2</source>
        <translation>Не вдалося виконати пошук «%1»: %2</translation>
    </message>
    <message>
        <source>An article cannot be related to itself.</source>
        <translation>Статтю не можна пов’язати із самою собою.</translation>
    </message>
    <message>
        <source>The image %1 is missing from the library.</source>
        <translation>У бібліотеці бракує зображення %1.</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>Списку читання потрібна назва.</translation>
    </message>
    <message>
        <source>There is already a reading list named “%1”.</source>
        <translation>Список читання з назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>That reading list does not exist.</source>
        <translation>Такого списку читання не існує.</translation>
    </message>
    <message>
        <source>The recommended-reading list cannot be deleted; empty it instead.</source>
        <translation>Список рекомендованого читання не можна видалити, лише очистити.</translation>
    </message>
    <message>
        <source>The article %1 is in the list twice.</source>
        <translation>Стаття %1 є у списку двічі.</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5); Lectern needs it.</source>
        <translation>Цей SQLite не має повнотекстового пошуку (FTS5), а Lectern він потрібен.</translation>
    </message>
    <message>
        <source>The search tokenizer could not be set up.</source>
        <translation>Не вдалося налаштувати токенізатор пошуку.</translation>
    </message>
    <message>
        <source>There is no university %1 in this library.</source>
        <translation>У цій бібліотеці немає університету %1.</translation>
    </message>
    <message>
        <source>The university %1 is not in the trash.</source>
        <translation>Університету %1 немає в кошику.</translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept for an item without an identifier.</source>
        <translation>Незбережені зміни не можна зберегти для запису без ідентифікатора.</translation>
    </message>
    <message>
        <source>This library has no recommended-reading list to add the article to.</source>
        <translation>У цій бібліотеці немає списку рекомендованого читання, до якого можна додати статтю.</translation>
    </message>
    <message>
        <source>Only a university in the trash can be deleted for good.</source>
        <translation>Остаточно видалити можна лише університет із кошика.</translation>
    </message>
    <message>
        <source>The university “%1” is not in the trash.</source>
        <translation>Університету «%1» немає в кошику.</translation>
    </message>
    <message>
        <source>The article “%1” is not in the trash.</source>
        <translation>Статті «%1» немає в кошику.</translation>
    </message>
    <message>
        <source>Only what is in the trash can be deleted for good: “%1” is not there.</source>
        <translation>Остаточно видалити можна лише те, що в кошику, а «%1» там немає.</translation>
    </message>
    <message>
        <source>Parts of the file belong to no table (pages that were being written when something went wrong).</source>
        <translation>Частини файлу не належать жодній таблиці (сторінки, які записувалися, коли щось пішло не так).</translation>
    </message>
    <message>
        <source>A required value is missing in the table “%1” (column “%2”).</source>
        <translation>У таблиці «%1» бракує обов’язкового значення (стовпець «%2»).</translation>
    </message>
    <message>
        <source>The index “%1” no longer matches its table.</source>
        <translation>Індекс «%1» більше не відповідає своїй таблиці.</translation>
    </message>
    <message>
        <source>Rows of “%1” point at rows that are gone.</source>
        <translation>Рядки «%1» посилаються на рядки, яких уже немає.</translation>
    </message>
    <message>
        <source>The file’s structure is damaged.</source>
        <translation>Структуру файлу пошкоджено.</translation>
    </message>
    <message>
        <source>A library in memory has no backups.</source>
        <translation>Бібліотека в пам’яті не має резервних копій.</translation>
    </message>
    <message>
        <source>No backup was made: %1.</source>
        <translation>Резервну копію не зроблено: %1.</translation>
    </message>
    <message>
        <source>“%1” is open in this program; close it before restoring a backup over it.</source>
        <translation>«%1» відкрита в цій програмі; закрийте її, перш ніж відновлювати на її місце резервну копію.</translation>
    </message>
    <message>
        <source>A library cannot be restored from itself.</source>
        <translation>Бібліотеку не можна відновити з неї самої.</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>За адресою «%1» немає резервної копії.</translation>
    </message>
    <message>
        <source>“%1” cannot be written (the file, its folder or its disk is read-only); nothing was restored.</source>
        <translation>«%1» неможливо записати (файл, його тека або диск доступні лише для читання); нічого не відновлено.</translation>
    </message>
    <message>
        <source>Before restoring, Lectern keeps the library as it is, and could not: %1 Nothing was restored.</source>
        <translation>Перед відновленням Lectern зберігає бібліотеку такою, як вона є, і не зміг цього зробити: %1 Нічого не відновлено.</translation>
    </message>
    <message>
        <source>Keeping a copy of the library (%1) before upgrading it to this version’s format…</source>
        <translation>Зберігаємо копію бібліотеки (%1), перш ніж оновити її до формату цієї версії…</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version’s library format, and Lectern keeps a copy before it does. %2 The library was not changed.</source>
        <translation>«%1» треба оновити до формату бібліотеки цієї версії, і перед цим Lectern зберігає копію. %2 Бібліотеку не змінено.</translation>
    </message>
    <message>
        <source>Upgrading the library…</source>
        <translation>Оновлюємо бібліотеку…</translation>
    </message>
    <message>
        <source>“%1” is not a library file: it is a folder, a device or a pipe. It was left as it is.</source>
        <translation>«%1» — не файл бібліотеки: це тека, пристрій або канал. Його залишено як є.</translation>
    </message>
    <message>
        <source>Another program is upgrading or restoring the library; waiting for it to finish…</source>
        <translation>Інша програма оновлює або відновлює бібліотеку; чекаємо, доки вона закінчить…</translation>
    </message>
    <message>
        <source>The library “%1” was made by an earlier version of Lectern and must be upgraded before this version can read it, but it cannot be written here (%2). Open it once where it can be written; nothing was changed.</source>
        <translation>Бібліотеку «%1» створила старіша версія Lectern, і її треба оновити, перш ніж ця версія зможе її прочитати, але тут її неможливо записати (%2). Відкрийте її один раз там, де її можна записати; нічого не змінено.</translation>
    </message>
    <message>
        <source>A library cannot be created in “%1”: the folder cannot be written to.</source>
        <translation>У «%1» неможливо створити бібліотеку: до теки не можна записувати.</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). A library there could be damaged when two computers use it; create it on this computer’s own disk.</source>
        <translation>«%1» розташовано на мережевому диску (%2). Бібліотеку там може бути пошкоджено, коли нею користуються два комп’ютери; створіть її на власному диску цього комп’ютера.</translation>
    </message>
    <message>
        <source>A library in memory has only one connection.</source>
        <translation>Бібліотека в пам’яті має лише одне з’єднання.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>її відкрито лише для читання</translation>
    </message>
    <message>
        <source>the file, its folder or its disk is read-only</source>
        <translation>файл, його тека або диск доступні лише для читання</translation>
    </message>
    <message>
        <source>it is on a network drive (%1), where a library can be damaged when two computers write to it</source>
        <translation>вона на мережевому диску (%1), де бібліотеку може бути пошкоджено, коли до неї записують два комп’ютери</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be opened safely. It was left as it is. “lectern check” says what is wrong; a backup (File › Restore from Backup…, or “lectern backups”) brings back an intact copy.</source>
        <translation>Бібліотеку «%1» пошкоджено, і її неможливо безпечно відкрити. Її залишено як є. «lectern check» каже, що не так; резервна копія (Файл › Відновити з резервної копії… або «lectern backups») повертає неушкоджену копію.</translation>
    </message>
    <message>
        <source>The library “%1” is kept busy by another program (an upgrade or a restore may be running). Try again in a moment; nothing was changed.</source>
        <translation>Бібліотеку «%1» тримає зайнятою інша програма (можливо, триває оновлення або відновлення). Спробуйте за мить; нічого не змінено.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read: no permission, or the disk it is on cannot be reached. Nothing was changed.</source>
        <translation>Бібліотеку «%1» неможливо прочитати: немає дозволу, або диск, на якому вона є, недоступний. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation>Бібліотеку «%1» неможливо відкрити: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is an empty file. It was left as it is.</source>
        <translation>«%1» — не бібліотека Lectern: це порожній файл. Його залишено як є.</translation>
    </message>
    <message>
        <source>The disk that holds the library is full (or the library has reached its size limit). Nothing was changed; free some space and try again.</source>
        <translation>Диск, на якому лежить бібліотека, заповнено (або бібліотека досягла граничного розміру). Нічого не змінено; звільніть трохи місця і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The library cannot be written: the file, its folder or its disk is read-only. Nothing was changed.</source>
        <translation>До бібліотеки неможливо записати: файл, його тека або диск доступні лише для читання. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Another program kept the library busy for too long. Nothing was changed; try again in a moment.</source>
        <translation>Інша програма надто довго тримала бібліотеку зайнятою. Нічого не змінено; спробуйте за мить.</translation>
    </message>
    <message>
        <source>The library file is damaged. Nothing was changed. “lectern check” says what is wrong; File › Restore from Backup… brings back an intact copy.</source>
        <translation>Файл бібліотеки пошкоджено. Нічого не змінено. «lectern check» каже, що не так; Файл › Відновити з резервної копії… повертає неушкоджену копію.</translation>
    </message>
    <message>
        <source>The library cannot be reached: its file or folder cannot be opened (no permission, or a disk that is no longer there). Nothing was changed.</source>
        <translation>Бібліотека недоступна: її файл або теку неможливо відкрити (немає дозволу, або диска вже немає). Нічого не змінено.</translation>
    </message>
    <message>
        <source>The library refused a change that clashes with what it holds: %1</source>
        <translation>Бібліотека відхилила зміну, що суперечить її вмісту: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Зупинено; нічого не змінено.</translation>
    </message>
    <message>
        <source>The library reported an error: %1</source>
        <translation>Бібліотека повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>Рекомендоване читання</translation>
    </message>
    <message>
        <source>A change to the library was started inside another one.</source>
        <translation>Зміну бібліотеки розпочато всередині іншої зміни.</translation>
    </message>
    <message>
        <source>The library could not be read in the background.</source>
        <translation>Не вдалося прочитати бібліотеку у фоновому режимі.</translation>
    </message>
    <message>
        <source>Team libraries need Qt&apos;s PostgreSQL driver, which is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Для командних бібліотек потрібен драйвер PostgreSQL для Qt, а його не встановлено (у Debian: пакунок libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server of the team library %1 refused the connection: %2. Check the user name and password.</source>
        <translation>Сервер командної бібліотеки %1 відмовив у з’єднанні: %2. Перевірте ім’я користувача й пароль.</translation>
    </message>
    <message>
        <source>The server has no database “%1” (%2).</source>
        <translation>На сервері немає бази даних «%1» (%2).</translation>
    </message>
    <message>
        <source>Your role in this team library does not allow that change; the server refused it and nothing was changed. An administrator of the library can give you another role.</source>
        <translation>Ваша роль у цій командній бібліотеці не дозволяє такої зміни; сервер її відхилив, і нічого не змінено. Адміністратор бібліотеки може надати вам іншу роль.</translation>
    </message>
    <message>
        <source>The team library cannot be reached: %1 Nothing was changed; check the network and the server, then try again.</source>
        <translation>Не вдається зв’язатися з командною бібліотекою: %1 Нічого не змінено; перевірте мережу та сервер і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The search index does not match the articles: %1</source>
        <translation>Пошуковий індекс не відповідає статтям: %1</translation>
    </message>
    <message>
        <source>A team library is backed up on its server (pg_dump), not by Lectern.</source>
        <translation>Резервні копії командної бібліотеки робляться на її сервері (pg_dump), а не в Lectern.</translation>
    </message>
    <message>
        <source>The search index does not match the articles; searches may miss some of them.</source>
        <translation>Пошуковий індекс не відповідає статтям; пошук може пропускати деякі з них.</translation>
    </message>
    <message>
        <source>the server lets your account only read this team library</source>
        <translation>сервер дозволяє вашому обліковому запису лише читати цю командну бібліотеку</translation>
    </message>
    <message>
        <source>The article could not be saved.</source>
        <translation>Не вдалося зберегти статтю.</translation>
    </message>
    <message>
        <source>The reading list could not be saved.</source>
        <translation>Не вдалося зберегти список читання.</translation>
    </message>
    <message>
        <source>Unsaved changes to a team library are not kept between saves in this version; save often.</source>
        <translation>У цій версії незбережені зміни в командній бібліотеці не зберігаються між збереженнями; зберігайте частіше.</translation>
    </message>
    <message>
        <source>The database of “%1” holds no team library. An administrator makes one with “lectern server init”.</source>
        <translation>У базі даних «%1» немає командної бібліотеки. Адміністратор створює її командою «lectern server init».</translation>
    </message>
    <message>
        <source>Your account “%1” has no access to the team library “%2”; an administrator of the library can add you.</source>
        <translation>Ваш обліковий запис «%1» не має доступу до командної бібліотеки «%2»; адміністратор бібліотеки може вас додати.</translation>
    </message>
    <message>
        <source>The team library “%1” has an earlier version’s format, which an administrator upgrades with “lectern server init”. Nothing was changed.</source>
        <translation>Командна бібліотека «%1» має формат ранішої версії; адміністратор оновлює його командою «lectern server init». Нічого не змінено.</translation>
    </message>
    <message>
        <source>The article %1 is missing from the search index.</source>
        <translation>Статті %1 немає в пошуковому індексі.</translation>
    </message>
    <message>
        <source>The article %1 is in the trash but still in the search index.</source>
        <translation>Стаття %1 у кошику, але досі в пошуковому індексі.</translation>
    </message>
    <message>
        <source>The search index holds an earlier version of the article %1.</source>
        <translation>Пошуковий індекс містить ранішу версію статті %1.</translation>
    </message>
</context>
<context>
    <name>LiveLibraries</name>
    <message>
        <source>“%1” is the library Lectern has open (or one of its own files): it is never read, replaced or written to except by the library itself. Choose another file.</source>
        <translation>«%1» — бібліотека, яку відкрив Lectern (або один з її власних файлів): її ніколи не читають, не замінюють і не записують інакше, ніж через саму бібліотеку. Виберіть інший файл.</translation>
    </message>
</context>
<context>
    <name>PagedLayout</name>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>Немає статей для експорту.</translation>
    </message>
    <message>
        <source>The margins leave no room for text on this page size.</source>
        <translation>За такого розміру сторінки поля не залишають місця для тексту.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>Cannot draw on the output device.</source>
        <translation>Не вдалося малювати на пристрої виведення.</translation>
    </message>
    <message>
        <source>Cannot add a page to the output.</source>
        <translation>Не вдалося додати сторінку.</translation>
    </message>
    <message>
        <source>Cannot finish drawing the pages.</source>
        <translation>Не вдалося завершити малювання сторінок.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot prepare the PDF in memory.</source>
        <translation>Не вдалося підготувати PDF у пам’яті.</translation>
    </message>
</context>
<context>
    <name>PdfPatch</name>
    <message>
        <source>The PDF written by Qt could not be read back.</source>
        <translation>Не вдалося прочитати PDF, щойно записаний Qt.</translation>
    </message>
</context>
<context>
    <name>PersonalWords</name>
    <message>
        <source>Your word list %1 cannot be read: %2</source>
        <translation>Не вдається прочитати ваш словник %1: %2</translation>
    </message>
    <message>
        <source>Your word list %1 is larger than 16 MB: it is not a word list.</source>
        <translation>Ваш словник %1 більший за 16 МБ: це не список слів.</translation>
    </message>
    <message>
        <source>The folder %1 for your word list cannot be made.</source>
        <translation>Не вдається створити теку %1 для вашого словника.</translation>
    </message>
    <message>
        <source>Your word list could not be saved. %1</source>
        <translation>Ваш список слів не вдалося зберегти. %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Показати довідку щодо параметрів командного рядка.</translation>
    </message>
    <message>
        <source>Displays help, including generic Qt options.</source>
        <translation>Показати довідку, зокрема загальні параметри Qt.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>founded %1</source>
        <translation>засновано %1 р.</translation>
    </message>
    <message>
        <source>No affiliate universities yet.</source>
        <translation>Університетів-партнерів поки немає.</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Також мовами:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Universities:</source>
        <translation>Університети:</translation>
    </message>
    <message>
        <source>China-Ukraine Education Union</source>
        <translation>Китайсько-український освітній союз</translation>
    </message>
    <message>
        <source>Latest articles</source>
        <translation>Останні статті</translation>
    </message>
    <message>
        <source>No published articles yet. Create one with File › New Article.</source>
        <translation>Опублікованих статей поки немає. Створіть статтю через «Файл › Нова стаття».</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>Рекомендоване читання</translation>
    </message>
    <message>
        <source>Nothing recommended yet.</source>
        <translation>Рекомендацій поки немає.</translation>
    </message>
    <message>
        <source>Affiliate universities (Ukraine)</source>
        <translation>Університети-партнери (Україна)</translation>
    </message>
    <message>
        <source>Affiliate universities (China)</source>
        <translation>Університети-партнери (Китай)</translation>
    </message>
    <message>
        <source>Articles that mention %1</source>
        <translation>Статті, у яких згадується %1</translation>
    </message>
    <message>
        <source>No article is linked to this university yet. Link one from the article&apos;s metadata in the editor.</source>
        <translation>З цим університетом поки не пов’язано жодної статті. Пов’яжіть статтю через її метадані в редакторі.</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Вибране</translation>
    </message>
    <message>
        <source>Newest article</source>
        <translation>Найновіша стаття</translation>
    </message>
    <message>
        <source>Read the article</source>
        <translation>Читати статтю</translation>
    </message>
    <message>
        <source>No other published articles yet.</source>
        <translation>Інших опублікованих статей ще немає.</translation>
    </message>
    <message>
        <source>Affiliate universities (%1)</source>
        <translation>Університети-партнери (%1)</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Пов’язані статті</translation>
    </message>
    <message>
        <source>Nothing in the library is related to the featured article yet.</source>
        <translation>У бібліотеці ще немає статей, пов’язаних із вибраною.</translation>
    </message>
    <message>
        <source>No related articles yet: nothing else in the library shares enough with this one.</source>
        <translation>Пов’язаних статей ще немає: жодна інша стаття бібліотеки не має з цією достатньо спільного.</translation>
    </message>
</context>
<context>
    <name>RelatedEngine</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>У цій бібліотеці немає статті %1.</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Також мовами: %1</translation>
    </message>
    <message>
        <source>The number of related articles must be 1 or more.</source>
        <translation>Кількість пов’язаних статей має бути не меншою за 1.</translation>
    </message>
    <message>
        <source>shares the tag %1</source>
        <translation>спільний тег %1</translation>
    </message>
    <message>
        <source>shares tags: %1</source>
        <translation>спільні теги: %1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>згадує %1</translation>
    </message>
    <message>
        <source>same category: %1</source>
        <translation>та сама категорія: %1</translation>
    </message>
    <message>
        <source>similar text: %1</source>
        <translation>схожий текст: %1</translation>
    </message>
    <message>
        <source>pinned by an editor</source>
        <translation>закріплено редактором</translation>
    </message>
    <message>
        <source>chosen by an editor</source>
        <translation>вибрано редактором</translation>
    </message>
</context>
<context>
    <name>RelatedReading</name>
    <message>
        <source>Related reading</source>
        <translation>Читайте також</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>Image %1</source>
        <translation>Зображення %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n абзац без змін …</numerusform>
            <numerusform>… %n абзаци без змін …</numerusform>
            <numerusform>… %n абзаців без змін …</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Без змін</translation>
    </message>
    <message>
        <source>(many changes)</source>
        <translation>(багато змін)</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>(+%1 −%2 слів)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>Added in the current version</source>
        <translation>Додано в поточній версії</translation>
    </message>
    <message>
        <source>This version is the same as the current version.</source>
        <translation>Ця версія така сама, як поточна.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>The text is the same as in the current version.</source>
        <translation>Текст такий самий, як у поточній версії.</translation>
    </message>
    <message>
        <source>%L1 words added, %L2 removed.</source>
        <translation>Додано слів: %L1, вилучено: %L2.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Too many changes to show them all. %L1 words added, %L2 removed in all.</source>
        <translation>Змін забагато, щоб показати їх усі. Загалом додано слів: %L1, вилучено: %L2.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Анотація</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Translation group</source>
        <translation>Група перекладів</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Головне зображення</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Університети</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Форматування</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Рік заснування</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>“%1” is not a status; use draft, review, published or archived.</source>
        <translation>«%1» не є статусом; використовуйте draft, review, published або archived.</translation>
    </message>
    <message>
        <source>The search has %1 different words and phrases; Lectern searches at most %2 at once. Remove some of them.</source>
        <translation>Пошуковий запит містить %1 різних слів і фраз; Lectern шукає щонайбільше %2 за раз. Вилучіть деякі з них.</translation>
    </message>
    <message>
        <source>The search has %1 word beginnings (such as stud*); Lectern searches at most %2 at once. Write some of the words out.</source>
        <translation>Пошуковий запит містить %1 початків слів (як-от студ*); Lectern шукає щонайбільше %2 за раз. Напишіть деякі слова повністю.</translation>
    </message>
    <message>
        <source>“%1*” is too short to search for the words it begins: give at least %2 letters before the *.</source>
        <translation>«%1*» — закоротко, щоб шукати слова, які так починаються: введіть щонайменше %2 літери перед *.</translation>
    </message>
    <message>
        <source>The search has %1 words in all; Lectern searches at most %2 at once. Shorten its phrases or remove some words.</source>
        <translation>Пошуковий запит містить загалом %1 слів; Lectern шукає щонайбільше %2 за раз. Скоротіть фрази або вилучіть деякі слова.</translation>
    </message>
    <message>
        <source>The search is %1 characters long; Lectern searches at most %2 at once. Shorten it to its most telling words.</source>
        <translation>Пошуковий запит має довжину %1 символів; Lectern шукає щонайбільше %2 за раз. Залиште в ньому найважливіші слова.</translation>
    </message>
</context>
<context>
    <name>ServerLibrary</name>
    <message>
        <source>The database “%1” already holds other tables; a team library is made only on an empty database. Nothing was changed.</source>
        <translation>База даних «%1» уже містить інші таблиці; командну бібліотеку створюють лише в порожній базі даних. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database “%1” has a schema “lectern” that is not a Lectern team library. Nothing was changed.</source>
        <translation>База даних «%1» має схему «lectern», яка не є командною бібліотекою Lectern. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The team library “%1” was made by a newer version of Lectern (its format is %2; this version knows up to %3). Nothing was changed; install the newer Lectern to use it.</source>
        <translation>Командну бібліотеку «%1» створено новішою версією Lectern (її формат %2; ця версія знає формати до %3). Нічого не змінено; щоб працювати з нею, встановіть новіший Lectern.</translation>
    </message>
    <message>
        <source>The user “%1” may not create roles on this server, which making a team library needs (its reader, editor and administrator roles). Run it as the server&apos;s administrator (for example postgres). Nothing was changed.</source>
        <translation>Користувач «%1» не може створювати ролі на цьому сервері, а для командної бібліотеки вони потрібні (ролі читача, редактора й адміністратора). Виконайте команду від імені адміністратора сервера (наприклад, postgres). Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database “%1” holds no team library yet; “lectern server init” makes one.</source>
        <translation>У базі даних «%1» ще немає командної бібліотеки; її створює «lectern server init».</translation>
    </message>
    <message>
        <source>The database “%1” already holds a team library of this version. Nothing was changed.</source>
        <translation>База даних «%1» уже містить командну бібліотеку цієї версії. Нічого не змінено.</translation>
    </message>
    <message>
        <source>“%1” is not a role of a team library: reader, editor or admin.</source>
        <translation>«%1» не є роллю командної бібліотеки: reader, editor або admin.</translation>
    </message>
    <message>
        <source>“%1” is not a user name a server takes (1 to 63 characters, no spaces or quotation marks).</source>
        <translation>«%1» не є ім’ям користувача, яке приймає сервер (від 1 до 63 символів, без пробілів і лапок).</translation>
    </message>
    <message>
        <source>“%1” is a team library on a PostgreSQL server. This version’s window cannot open one yet; its command line can (lectern --library %1 list, search, import…).</source>
        <translation>«%1» — командна бібліотека на сервері PostgreSQL. Вікно цієї версії ще не вміє її відкривати; командний рядок уміє (lectern --library %1 list, search, import…).</translation>
    </message>
</context>
<context>
    <name>SitePictures</name>
    <message>
        <source>The picture %1 is not in a format web browsers show (%2).</source>
        <translation>Зображення %1 має формат, який браузери не показують (%2).</translation>
    </message>
    <message>
        <source>The picture %1 could not be read.</source>
        <translation>Не вдалося прочитати зображення %1.</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>Publishing was cancelled; the site was left as it was.</source>
        <translation>Публікацію скасовано; сайт залишився таким, як був.</translation>
    </message>
    <message>
        <source>Choose a folder to publish the site into.</source>
        <translation>Виберіть теку, куди опублікувати сайт.</translation>
    </message>
    <message>
        <source>The site cannot be published over the library file itself.</source>
        <translation>Сайт не можна опублікувати замість самого файлу бібліотеки.</translation>
    </message>
</context>
<context>
    <name>SiteTheme</name>
    <message>
        <source>The theme file “%1” could not be read (%2).</source>
        <translation>Не вдалося прочитати файл теми «%1» (%2).</translation>
    </message>
    <message>
        <source>The theme&apos;s words in “%1” are not valid JSON (%2).</source>
        <translation>Слова теми в «%1» — некоректний JSON (%2).</translation>
    </message>
    <message>
        <source>The theme folder “%1” does not exist.</source>
        <translation>Теки теми «%1» не існує.</translation>
    </message>
    <message>
        <source>The theme template “%1” has an error: %2</source>
        <translation>У шаблоні теми «%1» помилка: %2</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>The list of files Lectern made there is damaged.</source>
        <translation>Перелік файлів, які там створив Lectern, пошкоджено.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder; nothing was written.</source>
        <translation>«%1» — файл, а не тека; нічого не записано.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2); nothing was written.</source>
        <translation>Не вдалося прочитати «%1» (%2); нічого не записано.</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was written; use --force to publish there anyway.</source>
        <translation>«%1»: %2 Нічого не записано; щоб усе одно опублікувати туди, додайте --force.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Lectern; nothing was written. Choose an empty folder, or use --force to publish into it (files Lectern did not make are left alone).</source>
        <translation>Тека «%1» не порожня і створена не Lectern; нічого не записано. Виберіть порожню теку або додайте --force, щоб опублікувати в неї (файли, створені не Lectern, залишаться недоторканими).</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created; the site was left as it was.</source>
        <translation>Не вдалося створити теку «%1»; сайт залишився таким, як був.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the site was left as it was.</source>
        <translation>Не вдалося записати «%1» (%2); сайт залишився таким, як був.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the disk may be full. The site was left as it was.</source>
        <translation>Не вдалося записати «%1» (%2); можливо, диск заповнений. Сайт залишився таким, як був.</translation>
    </message>
    <message>
        <source>“%1” could not be put in place; the site may be incomplete. Publish again.</source>
        <translation>Не вдалося поставити «%1» на місце; сайт може бути неповним. Опублікуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>SpellingDictionary</name>
    <message>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>Не вдається прочитати словник правопису %1.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is written in %2, which Lectern cannot read.</source>
        <translation>Словник правопису %1 записано в кодуванні %2, якого Lectern не читає.</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Пошук варіантів…</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Додати «%1» до словника</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Пропустити «%1»</translation>
    </message>
    <message>
        <source>Not marked again anywhere until Lectern closes</source>
        <translation>Більше ніде не позначатиметься, доки Lectern не закрито</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Немає варіантів</translation>
    </message>
</context>
<context>
    <name>StagedFiles</name>
    <message>
        <source>The disk is full: “%1” could not be written. Nothing was replaced; free some space and try again.</source>
        <translation>Диск заповнено: «%1» не вдалося записати. Нічого не замінено; звільніть трохи місця і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is read-only.</source>
        <translation>«%1» не вдалося записати: диск доступний лише для читання.</translation>
    </message>
    <message>
        <source>“%1” could not be written: there is no permission to write in “%2”.</source>
        <translation>«%1» не вдалося записати: немає дозволу записувати в «%2».</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder “%2” does not exist.</source>
        <translation>«%1» не вдалося записати: теки «%2» не існує.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the file is too large for its disk.</source>
        <translation>«%1» не вдалося записати: файл завеликий для свого диска.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>«%1» не вдалося записати: %2.</translation>
    </message>
    <message>
        <source>“%1” is a folder; a file of that name cannot be written.</source>
        <translation>«%1» — тека; файл із такою назвою неможливо записати.</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>«%1» уже існує; його не замінено.</translation>
    </message>
    <message>
        <source>“%1” is a library (or another database); Lectern never replaces one with what it writes. Choose another name.</source>
        <translation>«%1» — бібліотека (або інша база даних); Lectern ніколи не замінює її тим, що записує. Виберіть іншу назву.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program; Lectern does not replace it.</source>
        <translation>«%1» — база даних іншої програми; Lectern її не замінює.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide has no page “%1”.</source>
        <translation>У посібнику користувача немає сторінки «%1».</translation>
    </message>
    <message>
        <source>The user guide page “%1” could not be read.</source>
        <translation>Не вдалося прочитати сторінку посібника «%1».</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleEditor</name>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>Your changes could not be saved. %1 They are still here in the editor, and kept in the recovery area of the library in case Lectern closes.</source>
        <translation>Не вдалося зберегти ваші зміни. %1 Вони залишаються тут, у редакторі, і збережені в області відновлення бібліотеки на випадок, якщо Lectern закриється.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. %1 They are still here in the editor, but could not be kept for recovery either: copy your text somewhere safe before closing Lectern.</source>
        <translation>Не вдалося зберегти ваші зміни. %1 Вони залишаються тут, у редакторі, але зберегти їх для відновлення теж не вдалося: перш ніж закрити Lectern, скопіюйте текст у надійне місце.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Зберегти зміни в «%1»?</translation>
    </message>
    <message>
        <source>If you do not save them, your changes will be lost.</source>
        <translation>Якщо їх не зберегти, зміни буде втрачено.</translation>
    </message>
</context>
<context>
    <name>lectern::ArticlePicker</name>
    <message>
        <source>Words of the title or text</source>
        <translation>Слова з назви або тексту</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>&amp;Find an article:</source>
        <translation>&amp;Знайти статтю:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
</context>
<context>
    <name>lectern::ArticlePickerDialog</name>
    <message>
        <source>Link to an Article</source>
        <translation>Посилання на статтю</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Пошук статей</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>lectern::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
</context>
<context>
    <name>lectern::EditingController</name>
    <message>
        <source>&amp;Edit Article</source>
        <translation>&amp;Редагувати статтю</translation>
    </message>
    <message>
        <source>Edit this article (F2); again to go back to reading</source>
        <translation>Редагувати цю статтю (F2); ще раз — повернутися до читання</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Нова стаття</translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation>&amp;Дублювати статтю</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Повернути &amp;збережену версію</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Збережено «%1».</translation>
    </message>
    <message>
        <source>Open an article to edit it, or make a new one with Ctrl+N.</source>
        <translation>Відкрийте статтю, щоб її редагувати, або створіть нову клавішами Ctrl+N.</translation>
    </message>
    <message>
        <source>Open a saved article to duplicate it.</source>
        <translation>Відкрийте збережену статтю, щоб її дублювати.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
    <message>
        <source>The article could not be duplicated: %1</source>
        <translation>Не вдалося дублювати статтю: %1</translation>
    </message>
    <message>
        <source>Open an article to move it to the trash.</source>
        <translation>Відкрийте статтю, щоб перемістити її до кошика.</translation>
    </message>
    <message>
        <source>The article could not be moved to the trash: %1</source>
        <translation>Не вдалося перемістити статтю до кошика: %1</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>«%1» переміщено до кошика.</translation>
    </message>
    <message>
        <source>%1[*] — Editing — Lectern</source>
        <translation>%1[*] — Редагування — Lectern</translation>
    </message>
    <message>
        <source>Restored unsaved changes to “%1”: check them and save.</source>
        <translation>Відновлено незбережені зміни в «%1»: перевірте їх і збережіть.</translation>
    </message>
</context>
<context>
    <name>lectern::EditorTextEdit</name>
    <message>
        <source>Image missing from the library</source>
        <translation>Зображення немає в бібліотеці</translation>
    </message>
    <message>
        <source>The image is larger than 64 MB.</source>
        <translation>Зображення більше за 64 МБ.</translation>
    </message>
    <message>
        <source>The data is not an image Lectern can read.</source>
        <translation>Ці дані не є зображенням, яке Lectern може прочитати.</translation>
    </message>
    <message>
        <source>The article is read-only.</source>
        <translation>Ця стаття лише для читання.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 більший за 64 МБ.</translation>
    </message>
    <message>
        <source>%1 is not an image Lectern can read.</source>
        <translation>%1 не є зображенням, яке Lectern може прочитати.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Не вдалося додати %1: %2</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>The selected article</source>
        <translation>Вибрана стаття</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>Рекомендоване читання</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категорія: %1</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Статті:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (self-contained)</source>
        <translation>HTML (автономний файл)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Текст OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Put all articles into &amp;one file</source>
        <translation>Усі статті в оди&amp;н файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Розмір сторінки:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Орієнтація:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Розмір &amp;тексту:</translation>
    </message>
    <message>
        <source>&amp;Header and page numbers</source>
        <translation>&amp;Колонтитул і номери сторінок</translation>
    </message>
    <message>
        <source>&amp;Author, date, source and language under the title</source>
        <translation>&amp;Автор, дата, джерело й мова під заголовком</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Зображення</translation>
    </message>
    <message>
        <source>Clickable &amp;links</source>
        <translation>Активні посилан&amp;ня</translation>
    </message>
    <message>
        <source>&amp;Cover page and contents for several articles</source>
        <translation>О&amp;бкладинка і зміст для кількох статей</translation>
    </message>
    <message>
        <source>PDF/A-1b for &amp;archiving</source>
        <translation>PDF/A-1b для ар&amp;хівування</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Попередній перегл&amp;яд…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файли %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Експортувати в теку</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Замінити файли?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 з %2: %3</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was left behind.</source>
        <translation>Експорт скасовано; жодного файлу не залишилося.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Експортовано до «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected articles</source>
        <translation>
            <numerusform>%n вибрана стаття</numerusform>
            <numerusform>%n вибрані статті</numerusform>
            <numerusform>%n вибраних статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files already exist in “%1”, for example “%2”. Replace them?</source>
        <translation>
            <numerusform>У «%1» вже є %n з цих файлів, наприклад «%2». Замінити їх?</numerusform>
            <numerusform>У «%1» вже є %n з цих файлів, наприклад «%2». Замінити їх?</numerusform>
            <numerusform>У «%1» вже є %n з цих файлів, наприклад «%2». Замінити їх?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to “%1”.</source>
        <translation>
            <numerusform>Експортовано %n файл до «%1».</numerusform>
            <numerusform>Експортовано %n файли до «%1».</numerusform>
            <numerusform>Експортовано %n файлів до «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Related reading after each article</source>
        <translation>Розділ «Читайте &amp;також» після кожної статті</translation>
    </message>
    <message>
        <source>Ends each article with up to five related articles and why they are suggested</source>
        <translation>Завершує кожну статтю щонайбільше п’ятьма пов’язаними статтями з поясненням, чому їх запропоновано</translation>
    </message>
</context>
<context>
    <name>lectern::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Враховувати регістр</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Замінити на</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Попередній</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Наступний</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>За&amp;мінити</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Замінити &amp;все</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Замінено %n збіг</numerusform>
            <numerusform>Замінено %n збіги</numerusform>
            <numerusform>Замінено %n збігів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::HistoryController</name>
    <message>
        <source>Revision &amp;History…</source>
        <translation>&amp;Історія версій…</translation>
    </message>
    <message>
        <source>New &amp;University</source>
        <translation>Новий &amp;університет</translation>
    </message>
    <message>
        <source>Edit Uni&amp;versity</source>
        <translation>Редагувати у&amp;ніверситет</translation>
    </message>
    <message>
        <source>Open an article or a university to see its history.</source>
        <translation>Відкрийте статтю чи університет, щоб побачити їхню історію.</translation>
    </message>
    <message>
        <source>The earlier version was restored.</source>
        <translation>Давнішу версію відновлено.</translation>
    </message>
    <message>
        <source>The university was moved to the trash.</source>
        <translation>Університет переміщено до кошика.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from the trash later.</source>
        <translation>Перемістити «%1» до кошика? Пізніше його можна відновити з кошика.</translation>
    </message>
    <message>
        <source>Move Universit&amp;y to Trash</source>
        <translation>Перемістити університет до &amp;кошика</translation>
    </message>
    <message>
        <source>Tr&amp;ash</source>
        <translation>Ко&amp;шик</translation>
    </message>
</context>
<context>
    <name>lectern::ImportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Файл %1 з %2: %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Choose HTML, Markdown or text files, or folders: a folder is imported with all its subfolders.</source>
        <translation>Виберіть файли HTML, Markdown чи текстові файли або теки: теку буде імпортовано разом з усіма її підтеками.</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>Файли й теки для імпорту</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Додати &amp;файли…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Додати &amp;теку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>A page that was imported before</source>
        <translation>Сторінка, яку вже імпортували раніше</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the article as it is</source>
        <translation>&amp;Пропустити: залишити статтю як є</translation>
    </message>
    <message>
        <source>&amp;Update the article (its current text is kept as a revision)</source>
        <translation>&amp;Оновити статтю (її поточний текст збережеться як версія)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Імпортовані файли</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Імпорт файлів</translation>
    </message>
    <message>
        <source>Pages (*.html *.htm *.xhtml *.md *.markdown *.txt);;HTML (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;Text (*.txt);;All files (*)</source>
        <translation>Сторінки (*.html *.htm *.xhtml *.md *.markdown *.txt);;HTML (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;Текст (*.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Імпорт теки</translation>
    </message>
    <message>
        <source>The import was cancelled. The files imported before that stay in the library.</source>
        <translation>Імпорт скасовано. Файли, імпортовані до скасування, залишаються в бібліотеці.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported as new articles.</source>
        <translation>
            <numerusform>%n файл імпортовано як нову статтю.</numerusform>
            <numerusform>%n файли імпортовано як нові статті.</numerusform>
            <numerusform>%n файлів імпортовано як нові статті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated.</source>
        <translation>
            <numerusform>Оновлено %n статтю.</numerusform>
            <numerusform>Оновлено %n статті.</numerusform>
            <numerusform>Оновлено %n статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: imported before.</source>
        <translation>
            <numerusform>Пропущено %n файл: його вже імпортували.</numerusform>
            <numerusform>Пропущено %n файли: їх уже імпортували.</numerusform>
            <numerusform>Пропущено %n файлів: їх уже імпортували.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the list below says why.</source>
        <translation>
            <numerusform>%n файл не вдалося імпортувати; причину наведено в списку нижче.</numerusform>
            <numerusform>%n файли не вдалося імпортувати; причини наведено в списку нижче.</numerusform>
            <numerusform>%n файлів не вдалося імпортувати; причини наведено в списку нижче.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) on the web were not downloaded: they stay links.</source>
        <translation>
            <numerusform>%n зображення з інтернету не завантажено: воно залишається посиланням.</numerusform>
            <numerusform>%n зображення з інтернету не завантажено: вони залишаються посиланнями.</numerusform>
            <numerusform>%n зображень з інтернету не завантажено: вони залишаються посиланнями.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без змін</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged since they were imported: nothing written.</source>
        <translation>
            <numerusform>%n файл не змінився відтоді, як його імпортували: нічого не записано.</numerusform>
            <numerusform>%n файли не змінилися відтоді, як їх імпортували: нічого не записано.</numerusform>
            <numerusform>%n файлів не змінилися відтоді, як їх імпортували: нічого не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not read (links to outside the folder, pipes or devices); the list below says why.</source>
        <translation>
            <numerusform>%n файл не прочитано (посилання за межі теки, канал чи пристрій); причину вказано в списку нижче.</numerusform>
            <numerusform>%n файли не прочитано (посилання за межі теки, канали чи пристрої); причину вказано в списку нижче.</numerusform>
            <numerusform>%n файлів не прочитано (посилання за межі теки, канали чи пристрої); причину вказано в списку нижче.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ImportRunner</name>
    <message>
        <source>Looking for files to import…</source>
        <translation>Пошук файлів для імпорту…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>The import could not open the library: %1</source>
        <translation>Імпорту не вдалося відкрити бібліотеку: %1</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryExportDialog</name>
    <message>
        <source>Export Library</source>
        <translation>Експорт бібліотеки</translation>
    </message>
    <message>
        <source>Write a library file (.lectern) with the articles, their history and images, for a colleague to merge into their library.</source>
        <translation>Створити файл бібліотеки (.lectern) зі статтями, їхньою історією та зображеннями, щоб колега міг об’єднати його зі своєю бібліотекою.</translation>
    </message>
    <message>
        <source>&amp;Everything, the trash included (so deletions reach them too)</source>
        <translation>&amp;Усе, разом із кошиком (щоб видалення теж дійшли до колеги)</translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;current list: %n article(s)</source>
        <translation>
            <numerusform>Лише &amp;поточний список: %n стаття</numerusform>
            <numerusform>Лише &amp;поточний список: %n статті</numerusform>
            <numerusform>Лише &amp;поточний список: %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles changed &amp;since:</source>
        <translation>Статті, змінені &amp;від:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Е&amp;кспортувати…</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>статті</translation>
    </message>
    <message>
        <source>Lectern libraries (*.lectern)</source>
        <translation>Бібліотеки Lectern (*.lectern)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n статтю експортовано до «%1».</numerusform>
            <numerusform>%n статті експортовано до «%1».</numerusform>
            <numerusform>%n статей експортовано до «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing article %1 of %2</source>
        <translation>Запис статті %1 з %2</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Читання бібліотеки…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Експорт скасовано; жодного файлу не записано.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryFileMenu</name>
    <message>
        <source>Lectern libraries (*.lectern)</source>
        <translation>Бібліотеки Lectern (*.lectern)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Нова бібліотека…</translation>
    </message>
    <message>
        <source>Create an empty library file and open it.</source>
        <translation>Створити порожній файл бібліотеки й відкрити його.</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Відкрити бібліотеку…</translation>
    </message>
    <message>
        <source>Open another library file in this window.</source>
        <translation>Відкрити інший файл бібліотеки в цьому вікні.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні бібліотеки</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (не знайдено)</translation>
    </message>
    <message>
        <source>There is no library at “%1” now: it was moved, renamed or deleted, or its disk is not connected.</source>
        <translation>Зараз за адресою «%1» немає бібліотеки: її перемістили, перейменували чи видалили, або її диск не під’єднано.</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>Інших бібліотек ще не відкривали</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистити список</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Відкрити бібліотеку</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Нова бібліотека</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Нова бібліотека</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySession</name>
    <message>
        <source>Opening the library…</source>
        <translation>Відкриваємо бібліотеку…</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлюємо резервну копію…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Резервну копію не відновлено: %1</translation>
    </message>
    <message>
        <source>Restored from “%1”. The library as it was is kept as a backup.</source>
        <translation>Відновлено з «%1». Бібліотеку, якою вона була, збережено як резервну копію.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Перевіряємо бібліотеку…</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Перевірити бібліотеку</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>Бібліотека неушкоджена.</translation>
    </message>
    <message>
        <source>The library is damaged.</source>
        <translation>Бібліотеку пошкоджено.</translation>
    </message>
    <message>
        <source>File › Restore from Backup… brings back an intact copy.</source>
        <translation>Файл › Відновити з резервної копії… повертає неушкоджену копію.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Відкрити бібліотеку</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>За адресою «%1» немає бібліотеки.</translation>
    </message>
    <message>
        <source>Lectern can create a new, empty library there, or you can open another library.</source>
        <translation>Lectern може створити там нову порожню бібліотеку, або ви можете відкрити іншу бібліотеку.</translation>
    </message>
    <message>
        <source>&amp;Create Library There</source>
        <translation>&amp;Створити бібліотеку там</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Відкрити іншу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>No library was opened.</source>
        <translation>Жодну бібліотеку не відкрито.</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Нова бібліотека</translation>
    </message>
    <message>
        <source>Opened the library “%1”.</source>
        <translation>Відкрито бібліотеку «%1».</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryTask</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>&amp;Article…</source>
        <translation>&amp;Стаття…</translation>
    </message>
    <message>
        <source>Link to another article of the library</source>
        <translation>Посилання на іншу статтю бібліотеки</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адреса:</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Університети</translation>
    </message>
    <message>
        <source>Show all articles</source>
        <translation>Показати всі статті</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Пов’язане</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>В&amp;перед</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Головна</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Фактичний розмір</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation>Перейти до &amp;списку</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Перейти до &amp;читання</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Про Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Про Lectern</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>No affiliate universities from %1 yet.</source>
        <translation>Університетів-партнерів (%1) поки немає.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Кошик порожній.</translation>
    </message>
    <message>
        <source>No articles match — clear filters to see them all.</source>
        <translation>Немає відповідних статей — скиньте фільтри, щоб побачити всі.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n університет</numerusform>
            <numerusform>%n університети</numerusform>
            <numerusform>%n університетів</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 articles shown</source>
        <translation>Показано статей: %L1 з %L2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Check the spelling, or remove a word or a filter.</source>
        <translation>За запитом «%1» нічого не знайдено. Перевірте написання або приберіть слово чи фільтр.</translation>
    </message>
    <message>
        <source>&amp;Export Article…</source>
        <translation>&amp;Експортувати статтю…</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>Щоб експортувати статтю, спершу відкрийте її.</translation>
    </message>
    <message>
        <source>Export the &amp;List…</source>
        <translation>Експортувати &amp;список…</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>Список порожній: нічого експортувати.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Merge Library…</source>
        <translation>&amp;Об’єднати бібліотеку…</translation>
    </message>
    <message>
        <source>Export Li&amp;brary…</source>
        <translation>Експортувати &amp;бібліотеку…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>У кошику %n елемент</numerusform>
            <numerusform>У кошику %n елементи</numerusform>
            <numerusform>У кошику %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>&amp;Перевірити бібліотеку</translation>
    </message>
    <message>
        <source>This library can only be read: %1. Reading, searching and exporting work; editing is off.</source>
        <translation>Цю бібліотеку можна лише читати: %1. Читання, пошук і експорт працюють; редагування вимкнено.</translation>
    </message>
    <message>
        <source>Allow &amp;Editing…</source>
        <translation>Дозволити &amp;редагування…</translation>
    </message>
    <message>
        <source>Allow Editing</source>
        <translation>Дозволити редагування</translation>
    </message>
    <message>
        <source>Edit a library on a network drive only if no other computer has it open while you do.</source>
        <translation>Редагуйте бібліотеку на мережевому диску, лише якщо жоден інший комп’ютер не відкрив її, поки ви це робите.</translation>
    </message>
    <message>
        <source>Lectern cannot tell when another computer writes to it: if two do at once, the library can be damaged. Lectern keeps a backup each day it is opened.</source>
        <translation>Lectern не може знати, коли до неї записує інший комп’ютер: якщо два роблять це одночасно, бібліотеку може бути пошкоджено. Lectern зберігає резервну копію щодня, коли бібліотеку відкривають.</translation>
    </message>
    <message>
        <source>Search: words, stud*, &quot;phrases&quot;, -exclude, lang:zh, tag:…</source>
        <translation>Пошук: слова, студ*, &quot;фрази&quot;, -виключення, lang:uk, tag:…</translation>
    </message>
    <message>
        <source>&amp;Publish Website…</source>
        <translation>&amp;Опублікувати сайт…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and editor for the articles of the China-Ukraine Education Union.&lt;/p&gt;&lt;p&gt;Lectern is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Програма для читання й редагування статей Китайсько-українського освітнього союзу.&lt;/p&gt;&lt;p&gt;Lectern — вільне програмне забезпечення: ви можете поширювати й змінювати його на умовах GNU General Public License версії 3 або (на ваш вибір) будь-якої пізнішої версії (GPL-3.0-or-later). Жодних гарантій не надається.&lt;/p&gt;&lt;p&gt;Бібліотека: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>«%1» переміщено до кошика.</translation>
    </message>
    <message>
        <source>“%1” could not be restored: %2</source>
        <translation>Не вдалося відновити «%1»: %2</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«%1» відновлено.</translation>
    </message>
    <message>
        <source>&amp;Feature on Home</source>
        <translation>Вибрати для &amp;головної</translation>
    </message>
    <message>
        <source>Pin this article to the top of Home</source>
        <translation>Закріпити цю статтю вгорі головної сторінки</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <source>Search for words to find them in the article.</source>
        <translation>Спершу знайдіть слова пошуком, щоб переходити між ними в статті.</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти &amp;попереднє</translation>
    </message>
    <message>
        <source>Home · %L1 articles in the library</source>
        <translation>Головна · статей у бібліотеці: %L1</translation>
    </message>
    <message>
        <source>Featured on Home.</source>
        <translation>Вибрано для головної сторінки.</translation>
    </message>
    <message>
        <source>No longer featured on Home.</source>
        <translation>Більше не вибрано для головної сторінки.</translation>
    </message>
</context>
<context>
    <name>lectern::MergeDialog</name>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>У кошику</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Анотація</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Востаннє збережено</translation>
    </message>
    <message>
        <source>(The rest of this long text is not shown here.)</source>
        <translation>(Решту цього довгого тексту тут не показано.)</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>взяти їхню</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>залишити обидві</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>залишити мою</translation>
    </message>
    <message>
        <source>Merge a Library</source>
        <translation>Об’єднання бібліотеки</translation>
    </message>
    <message>
        <source>Lectern libraries (*.lectern);;All files (*)</source>
        <translation>Бібліотеки Lectern (*.lectern);;Усі файли (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be merged. Nothing was changed.

%2</source>
        <translation>«%1» не можна об’єднати. Нічого не змінено.

%2</translation>
    </message>
    <message>
        <source>Articles changed on both sides</source>
        <translation>Статті, змінені з обох боків</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;мою</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Взяти &amp;їхню</translation>
    </message>
    <message>
        <source>Keep &amp;both, as two articles</source>
        <translation>Залишити &amp;обидві як дві статті</translation>
    </message>
    <message>
        <source>Whichever you choose, the other version stays in the article’s revision history.</source>
        <translation>Що б ви не вибрали, інша версія залишиться в історії версій статті.</translation>
    </message>
    <message>
        <source>This library’s version</source>
        <translation>Версія цієї бібліотеки</translation>
    </message>
    <message>
        <source>The other library’s version</source>
        <translation>Версія іншої бібліотеки</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Об’єднання «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n article(s):</source>
        <translation>
            <numerusform>«%1» містить %n статтю:</numerusform>
            <numerusform>«%1» містить %n статті:</numerusform>
            <numerusform>«%1» містить %n статей:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) will be added.</source>
        <translation>
            <numerusform>Буде додано %n нову статтю.</numerusform>
            <numerusform>Буде додано %n нові статті.</numerusform>
            <numerusform>Буде додано %n нових статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only there will be updated here.</source>
        <translation>
            <numerusform>%n статтю, змінену лише там, буде оновлено тут.</numerusform>
            <numerusform>%n статті, змінені лише там, буде оновлено тут.</numerusform>
            <numerusform>%n статей, змінених лише там, буде оновлено тут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only here will stay as they are.</source>
        <translation>
            <numerusform>%n стаття, змінена лише тут, залишиться як є.</numerusform>
            <numerusform>%n статті, змінені лише тут, залишаться як є.</numerusform>
            <numerusform>%n статей, змінених лише тут, залишаться як є.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are identical in both.</source>
        <translation>
            <numerusform>%n стаття однакова в обох.</numerusform>
            <numerusform>%n статті однакові в обох.</numerusform>
            <numerusform>%n статей однакові в обох.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on both sides.</source>
        <translation>
            <numerusform>%n статтю змінено з обох боків.</numerusform>
            <numerusform>%n статті змінено з обох боків.</numerusform>
            <numerusform>%n статей змінено з обох боків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each article changed on both sides and choose which version to keep.</source>
        <translation>Порівняйте кожну статтю, змінену з обох боків, і виберіть, яку версію залишити.</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>Ця бібліотека</translation>
    </message>
    <message>
        <source>The other library</source>
        <translation>Інша бібліотека</translation>
    </message>
    <message>
        <source>Choose a library file to merge.</source>
        <translation>Виберіть файл бібліотеки для об’єднання.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Merge Finished</source>
        <translation>Об’єднання завершено</translation>
    </message>
    <message>
        <source>“%1” was merged into this library.</source>
        <translation>«%1» об’єднано з цією бібліотекою.</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) added.</source>
        <translation>
            <numerusform>Додано %n нову статтю.</numerusform>
            <numerusform>Додано %n нові статті.</numerusform>
            <numerusform>Додано %n нових статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with their version.</source>
        <translation>
            <numerusform>%n статтю оновлено до їхньої версії.</numerusform>
            <numerusform>%n статті оновлено до їхньої версії.</numerusform>
            <numerusform>%n статей оновлено до їхньої версії.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) kept as they are here.</source>
        <translation>
            <numerusform>%n статтю залишено такою, як тут.</numerusform>
            <numerusform>%n статті залишено такими, як тут.</numerusform>
            <numerusform>%n статей залишено такими, як тут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on both sides: %1 kept mine, %2 took theirs, %3 kept both.</source>
        <translation>Змінені з обох боків: залишено мою — %1, взято їхню — %2, залишено обидві — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n related-article link(s) added.</source>
        <translation>
            <numerusform>Додано %n посилання на пов’язану статтю.</numerusform>
            <numerusform>Додано %n посилання на пов’язані статті.</numerusform>
            <numerusform>Додано %n посилань на пов’язані статті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the recommended reading.</source>
        <translation>
            <numerusform>%n статтю додано до рекомендованого читання.</numerusform>
            <numerusform>%n статті додано до рекомендованого читання.</numerusform>
            <numerusform>%n статей додано до рекомендованого читання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added.</source>
        <translation>
            <numerusform>Додано %n зображення.</numerusform>
            <numerusform>Додано %n зображення.</numerusform>
            <numerusform>Додано %n зображень.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced versions stay in each article’s revision history.</source>
        <translation>Замінені версії залишаються в історії версій кожної статті.</translation>
    </message>
    <message>
        <source>Reading “%1”: article %2 of %3</source>
        <translation>Читання «%1»: стаття %2 з %3</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Читання «%1»…</translation>
    </message>
    <message>
        <source>Merging: article %1 of %2</source>
        <translation>Об’єднання: стаття %1 з %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Об’єднання…</translation>
    </message>
</context>
<context>
    <name>lectern::MetadataPanel</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (закріплено)</translation>
    </message>
    <message>
        <source>%1 (never suggested)</source>
        <translation>%1 (ніколи не пропонувати)</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Назва статті</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. scholarships, Kyiv</source>
        <translation>Через кому, напр.: стипендії, Київ</translation>
    </message>
    <message>
        <source>Link as Translation Of…</source>
        <translation>Позначити як переклад…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Від’єднати</translation>
    </message>
    <message>
        <source>Linked universities</source>
        <translation>Пов’язані університети</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Пов’язані статті</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закріпити</translation>
    </message>
    <message>
        <source>Always show this article first among the related articles</source>
        <translation>Завжди показувати цю статтю першою серед пов’язаних</translation>
    </message>
    <message>
        <source>Never Suggest</source>
        <translation>Не пропонувати</translation>
    </message>
    <message>
        <source>Never suggest this article as related</source>
        <translation>Ніколи не пропонувати цю статтю як пов’язану</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>In recommended reading</source>
        <translation>У рекомендованому читанні</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Анотація:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>А&amp;втор:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>Переклади:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>&amp;Universities:</source>
        <translation>&amp;Університети:</translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation>Головне зображення:</translation>
    </message>
    <message>
        <source>Link as a Translation of an Article</source>
        <translation>Позначити як переклад статті</translation>
    </message>
    <message>
        <source>Add a Related Article</source>
        <translation>Додати пов’язану статтю</translation>
    </message>
    <message>
        <source>Choose a Featured Image</source>
        <translation>Вибрати головне зображення</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>An article cannot be related to itself.</source>
        <translation>Стаття не може бути пов’язана сама з собою.</translation>
    </message>
    <message>
        <source>That article is already in the list.</source>
        <translation>Ця стаття вже є у списку.</translation>
    </message>
    <message>
        <source>An article cannot be a translation of itself.</source>
        <translation>Стаття не може бути перекладом самої себе.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>Не вдається прочитати зображення %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 — не зображення.</translation>
    </message>
    <message>
        <source>Not linked to other languages.</source>
        <translation>Не пов’язано з іншими мовами.</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Також іншими мовами: %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Немає зображення</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>Зображення не читається</translation>
    </message>
    <message>
        <source>Web address or publication</source>
        <translation>Вебадреса або видання</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Пов’язані:</translation>
    </message>
</context>
<context>
    <name>lectern::PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print the open article, or the articles selected in the list</source>
        <translation>Надрукувати відкриту статтю або статті, вибрані в списку</translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them.</source>
        <translation>Відкрийте статтю або виберіть статті в списку, щоб надрукувати їх.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Друк «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Print %n article(s)</source>
        <translation>
            <numerusform>Друк %n статті</numerusform>
            <numerusform>Друк %n статей</numerusform>
            <numerusform>Друк %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::PublishDialog</name>
    <message>
        <source>Publish Website</source>
        <translation>Опублікувати сайт</translation>
    </message>
    <message>
        <source>Writes the published articles and the universities as a web site in English, Chinese, Ukrainian and every other language the articles are in. Drafts, articles in review, archived articles and the trash are never published. Publishing again rewrites only what changed.</source>
        <translation>Записує опубліковані статті й університети як вебсайт англійською, китайською, українською та кожною іншою мовою статей. Чернетки, статті на перевірці, архівні статті й кошик ніколи не публікуються. Повторна публікація переписує лише змінене.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>https://example.org/ (optional)</source>
        <translation>https://example.org/ (необов’язково)</translation>
    </message>
    <message>
        <source>The address the site will have on the web, for canonical links, feeds and the sitemap. Without it they are relative to the site.</source>
        <translation>Адреса, яку сайт матиме в мережі, — для канонічних посилань, стрічок і мапи сайту. Без неї вони відносні до сайту.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Адреса сайту:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опублікувати</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Відкрити в &amp;браузері</translation>
    </message>
    <message>
        <source>Publish the Site Into</source>
        <translation>Опублікувати сайт у</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Choose a folder to publish the site into.</source>
        <translation>Виберіть теку, куди опублікувати сайт.</translation>
    </message>
    <message>
        <source>The site&apos;s address must be a web address such as https://example.org/news/.</source>
        <translation>Адреса сайту має бути вебадресою, наприклад https://example.org/news/.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публікація…</translation>
    </message>
    <message>
        <source>Publishing… %1 of %2 steps</source>
        <translation>Публікація… крок %1 з %2</translation>
    </message>
    <message>
        <source>“%1” is not empty and was not made by Lectern. Publish the site into it anyway? Files Lectern did not make are left alone.</source>
        <translation>Тека «%1» не порожня і створена не Lectern. Усе одно опублікувати сайт у неї? Файли, створені не Lectern, залишаться недоторканими.</translation>
    </message>
    <message>
        <source>Nothing was published: the folder is not empty and was not made by Lectern.</source>
        <translation>Нічого не опубліковано: тека не порожня і створена не Lectern.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n article(s)</source>
        <translation>
            <numerusform>Опубліковано %n статтю</numerusform>
            <numerusform>Опубліковано %n статті</numerusform>
            <numerusform>Опубліковано %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged, %3 deleted.</source>
        <translation>Записано файлів: %1, без змін: %2, видалено: %3.</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Читання</translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListsPanel</name>
    <message>
        <source>Reading lists</source>
        <translation>Списки читання</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Список читання</translation>
    </message>
    <message>
        <source>&amp;Add Article to Reading List</source>
        <translation>&amp;Додати статтю до списку читання</translation>
    </message>
    <message>
        <source>Add the open article to the list shown</source>
        <translation>Додати відкриту статтю до показаного списку</translation>
    </message>
    <message>
        <source>&amp;New Reading List…</source>
        <translation>&amp;Новий список читання…</translation>
    </message>
    <message>
        <source>&amp;Rename Reading List…</source>
        <translation>&amp;Перейменувати список читання…</translation>
    </message>
    <message>
        <source>&amp;Delete Reading List</source>
        <translation>&amp;Видалити список читання</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Add the article, create, rename or delete lists</source>
        <translation>Додати статтю, створити, перейменувати чи видалити списки</translation>
    </message>
    <message>
        <source>Reading list actions</source>
        <translation>Дії зі списками читання</translation>
    </message>
    <message>
        <source>Articles in the reading list</source>
        <translation>Статті у списку читання</translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation>Новий список читання</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>Назва нового списку:</translation>
    </message>
    <message>
        <source>Rename Reading List</source>
        <translation>Перейменувати список читання</translation>
    </message>
    <message>
        <source>New name of the list:</source>
        <translation>Нова назва списку:</translation>
    </message>
    <message>
        <source>Delete Reading List</source>
        <translation>Видалити список читання</translation>
    </message>
    <message>
        <source>Delete the reading list “%1”? Its articles stay in the library.</source>
        <translation>Видалити список читання «%1»? Його статті залишаться в бібліотеці.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Перемістити &amp;вгору</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Перемістити &amp;вниз</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Прибрати зі списку</translation>
    </message>
</context>
<context>
    <name>lectern::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Відновлення незбережених змін</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Від&amp;кинути</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>Unsaved changes written %1.</source>
        <translation>Незбережені зміни записано %1.</translation>
    </message>
    <message>
        <source>A new article that was never saved.</source>
        <translation>Нова стаття, яку ще ні разу не збережено.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>анотація</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>переклади</translation>
    </message>
    <message>
        <source>universities</source>
        <translation>університети</translation>
    </message>
    <message>
        <source>featured image</source>
        <translation>головне зображення</translation>
    </message>
    <message>
        <source>related articles</source>
        <translation>пов’язані статті</translation>
    </message>
    <message>
        <source>recommended reading</source>
        <translation>рекомендоване читання</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Nothing differs from the saved version.</source>
        <translation>Нічим не відрізняється від збереженої версії.</translation>
    </message>
    <message>
        <source>Differs from the saved version in: %1.</source>
        <translation>Відрізняється від збереженої версії: %1.</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…і ще %1</translation>
    </message>
    <message>
        <source>New or changed paragraphs:</source>
        <translation>Нові або змінені абзаци:</translation>
    </message>
    <message>
        <source>Paragraphs the saved version has and this one does not:</source>
        <translation>Абзаци, які є в збереженій версії, але відсутні тут:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Lectern was closed while these articles or universities had unsaved changes. Restore opens the changes in the editor, so you can check and save them; Discard deletes them; Later asks again next time.</source>
        <translation>Lectern закрився, коли в цих статтях або університетах були незбережені зміни. «Відновити» відкриває зміни в редакторі, щоб ви могли перевірити й зберегти їх; «Відкинути» видаляє їх; «Пізніше» — запитати наступного разу.</translation>
    </message>
    <message>
        <source>A new university that was never saved.</source>
        <translation>Новий університет, який ще ні разу не збережено.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профіль</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>year founded</source>
        <translation>рік заснування</translation>
    </message>
    <message>
        <source>website</source>
        <translation>вебсайт</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
</context>
<context>
    <name>lectern::RelatedPanel</name>
    <message>
        <source>Other languages</source>
        <translation>Іншими мовами</translation>
    </message>
    <message>
        <source>No related articles. Link some in the editor, or give the article tags shared with others.</source>
        <translation>Пов’язаних статей немає. Пов’яжіть статті в редакторі або додайте цій статті теги, спільні з іншими.</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Пов’язані статті</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Також мовами: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Add to Reading List</source>
        <translation>&amp;Додати до списку читання</translation>
    </message>
    <message>
        <source>Open an article to see related articles.</source>
        <translation>Відкрийте статтю, щоб побачити пов’язані статті.</translation>
    </message>
    <message>
        <source>Related articles are suggested once this article is saved.</source>
        <translation>Пов’язані статті з’являться, щойно статтю буде збережено.</translation>
    </message>
</context>
<context>
    <name>lectern::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Lectern keeps copies of this library: one on the first day it is opened, and one before each upgrade and each merge. Restoring puts the chosen copy in place of the library; the library as it is now is kept as a copy too, so a restore can be undone.</source>
        <translation>Lectern зберігає копії цієї бібліотеки: одну в перший день, коли її відкривають, і по одній перед кожним оновленням і кожним об’єднанням. Відновлення ставить вибрану копію на місце бібліотеки; бібліотека, якою вона є зараз, теж зберігається як копія, тож відновлення можна скасувати.</translation>
    </message>
    <message>
        <source>There are no backups of this library yet. Lectern makes one on the first day the library is opened, and before each upgrade and each merge.</source>
        <translation>Резервних копій цієї бібліотеки ще немає. Lectern робить одну в перший день, коли бібліотеку відкривають, і перед кожним оновленням і кожним об’єднанням.</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Зберігаються в: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Відновити…</translation>
    </message>
    <message numerus="yes">
        <source>Put the copy of %1 (%n article(s)) in place of the library?</source>
        <translation>
            <numerusform>Поставити копію від %1 (%n стаття) на місце бібліотеки?</numerusform>
            <numerusform>Поставити копію від %1 (%n статті) на місце бібліотеки?</numerusform>
            <numerusform>Поставити копію від %1 (%n статей) на місце бібліотеки?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything changed since then is replaced. The library as it is now is kept as a backup first.</source>
        <translation>Усе, що змінилося відтоді, буде замінено. Бібліотеку, якою вона є зараз, спершу буде збережено як резервну копію.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
</context>
<context>
    <name>lectern::RevisionHistoryDialog</name>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>What changed next</source>
        <translation>Що змінено далі</translation>
    </message>
    <message>
        <source>What the following save changed: the fields, and words added and removed.</source>
        <translation>Що змінило наступне збереження: поля, а також додані й вилучені слова.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Differences from the current version</source>
        <translation>Відмінності від поточної версії</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>&amp;Відновити цю версію…</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Історія «%1»</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Поточна версія</translation>
    </message>
    <message>
        <source>This is the current version. Choose an earlier version to see what has changed since.</source>
        <translation>Це поточна версія. Виберіть давнішу версію, щоб побачити, що відтоді змінилося.</translation>
    </message>
    <message>
        <source>There are no earlier versions yet: every save keeps the version it replaces here.</source>
        <translation>Давніших версій ще немає: кожне збереження залишає тут версію, яку воно замінює.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Відновити версію</translation>
    </message>
    <message>
        <source>Make the version saved %1 the current one? The current version stays in the history, so this can be undone.</source>
        <translation>Зробити версію, збережену %1, поточною? Поточна версія залишиться в історії, тож це можна скасувати.</translation>
    </message>
    <message>
        <source>The version could not be restored: %1</source>
        <translation>Не вдалося відновити версію: %1</translation>
    </message>
</context>
<context>
    <name>lectern::RichTextEditor</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Paste as Plain &amp;Text</source>
        <translation>Вставити як простий &amp;текст</translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation>&amp;Знайти в тексті…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Знайти й &amp;замінити…</translation>
    </message>
    <message>
        <source>&amp;Body Text</source>
        <translation>&amp;Основний текст</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Заголовок &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Заголовок &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Заголовок &amp;3</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>&amp;Preformatted</source>
        <translation>&amp;Попередньо форматований</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Жирний</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Підкреслений</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Закреслений</translation>
    </message>
    <message>
        <source>Su&amp;perscript</source>
        <translation>&amp;Верхній індекс</translation>
    </message>
    <message>
        <source>Subs&amp;cript</source>
        <translation>&amp;Нижній індекс</translation>
    </message>
    <message>
        <source>Text &amp;Colour…</source>
        <translation>&amp;Колір тексту…</translation>
    </message>
    <message>
        <source>&amp;Highlight…</source>
        <translation>&amp;Виділення кольором…</translation>
    </message>
    <message>
        <source>C&amp;lear Formatting</source>
        <translation>&amp;Очистити форматування</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>&amp;Маркований список</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Нумерований список</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Збільшити &amp;відступ</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Зменшити в&amp;ідступ</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Вирівняти &amp;ліворуч</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>По &amp;центру</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Вирівняти &amp;праворуч</translation>
    </message>
    <message>
        <source>&amp;Justify</source>
        <translation>За &amp;шириною</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Посилання…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Link</source>
        <translation>&amp;Видалити посилання</translation>
    </message>
    <message>
        <source>Hori&amp;zontal Rule</source>
        <translation>&amp;Горизонтальна лінія</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Зображення…</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Мале</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Середнє</translation>
    </message>
    <message>
        <source>&amp;Full Width</source>
        <translation>На всю &amp;ширину</translation>
    </message>
    <message>
        <source>&amp;Original Size</source>
        <translation>&amp;Оригінальний розмір</translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation>&amp;Таблиця…</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Вставити рядок &amp;вище</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Вставити рядок &amp;нижче</translation>
    </message>
    <message>
        <source>Insert Column &amp;Left</source>
        <translation>Вставити стовпець &amp;ліворуч</translation>
    </message>
    <message>
        <source>Insert Column &amp;Right</source>
        <translation>Вставити стовпець &amp;праворуч</translation>
    </message>
    <message>
        <source>Delete R&amp;ow</source>
        <translation>Видалити &amp;рядок</translation>
    </message>
    <message>
        <source>Delete Colu&amp;mn</source>
        <translation>Видалити &amp;стовпець</translation>
    </message>
    <message>
        <source>&amp;Merge Cells</source>
        <translation>&amp;Об’єднати клітинки</translation>
    </message>
    <message>
        <source>&amp;Split Cell</source>
        <translation>&amp;Розділити клітинку</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Форматування</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Стиль абзацу</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Т&amp;аблиця</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <source>Paragraph &amp;Style</source>
        <translation>&amp;Стиль абзацу</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Списки</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Вирівнювання</translation>
    </message>
    <message>
        <source>Image Si&amp;ze</source>
        <translation>Ро&amp;змір зображення</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Вставити зображення</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>Вставити таблицю</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Рядки:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Стовпці:</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Колір виділення</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>Колір тексту</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Перевіряти &amp;правопис</translation>
    </message>
    <message>
        <source>Underline misspelt words as you type, in the article&apos;s language</source>
        <translation>Підкреслювати слова з помилками під час набору, мовою статті</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when Lectern restarts.</source>
        <translation>Нова мова запрацює після перезапуску Lectern.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустити зараз</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>Дати й числа:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редагування</translation>
    </message>
    <message>
        <source>Read-&amp;only mode (hide editing)</source>
        <translation>Лише &amp;читання (приховати редагування)</translation>
    </message>
    <message>
        <source>For readers: articles can be read, searched and exported, not changed.</source>
        <translation>Для читачів: статті можна читати, шукати й експортувати, але не змінювати.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
    <message>
        <source>To open another library, start Lectern with --library PATH.</source>
        <translation>Щоб відкрити іншу бібліотеку, запустіть Lectern з параметром --library ШЛЯХ.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Lectern could not start again. Your settings are saved; start Lectern yourself to use them.</source>
        <translation>Не вдалося перезапустити Lectern. Налаштування збережено: запустіть Lectern самостійно, щоб їх застосувати.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлий</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темний</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Кольори:</translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>Знайти команду чи клавішу…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Знайти скорочення</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(без меню)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
</context>
<context>
    <name>lectern::SidebarModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>Рекомендоване читання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Affiliate universities</source>
        <translation>Університети-партнери</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
</context>
<context>
    <name>lectern::TrashModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Університет</translation>
    </message>
    <message>
        <source>University, %1</source>
        <translation>Університет, %1</translation>
    </message>
    <message>
        <source>Article, %1</source>
        <translation>Стаття, %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Переміщено до кошика</translation>
    </message>
</context>
<context>
    <name>lectern::TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Put the selected items back where they were</source>
        <translation>Повернути вибрані елементи на місце</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Видалити &amp;остаточно…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Спорожнити кошик…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Кошик порожній.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash.</source>
        <translation>
            <numerusform>У кошику %n стаття.</numerusform>
            <numerusform>У кошику %n статті.</numerusform>
            <numerusform>У кошику %n статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies) in the trash.</source>
        <translation>
            <numerusform>У кошику %n університет.</numerusform>
            <numerusform>У кошику %n університети.</numerusform>
            <numerusform>У кошику %n університетів.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trash: %1 and %2.</source>
        <extracomment>%1 is &quot;3 articles&quot;, %2 is &quot;1 university&quot;</extracomment>
        <translation>У кошику: %1 і %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n університет</numerusform>
            <numerusform>%n університети</numerusform>
            <numerusform>%n університетів</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>Видалити «%1» остаточно? Цю дію не можна скасувати.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n вибраний елемент остаточно? Цю дію не можна скасувати.</numerusform>
            <numerusform>Видалити %n вибрані елементи остаточно? Цю дію не можна скасувати.</numerusform>
            <numerusform>Видалити %n вибраних елементів остаточно? Цю дію не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Видалити остаточно</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Спорожнити кошик</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Остаточно видалити %n елемент із кошика? Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n елементи з кошика? Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n елементів із кошика? Цю дію не можна скасувати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::UndoNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
</context>
<context>
    <name>lectern::UniversityEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Рік заснування</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Вибрати логотип</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Прибрати логотип</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Вибір логотипа</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>&amp;Рік заснування:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профіль:</translation>
    </message>
    <message>
        <source>New University[*] — Lectern</source>
        <translation>Новий університет[*] — Lectern</translation>
    </message>
    <message>
        <source>%1[*] — Edit University — Lectern</source>
        <translation>%1[*] — Редагування університету — Lectern</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Не читається</translation>
    </message>
    <message>
        <source>The logo “%1” could not be read: %2</source>
        <translation>Не вдалося прочитати логотип «%1»: %2</translation>
    </message>
    <message>
        <source>The logo “%1” is larger than 10 MB; choose a smaller image.</source>
        <translation>Логотип «%1» більший за 10 МБ; виберіть менше зображення.</translation>
    </message>
    <message>
        <source>“%1” is not an image Lectern can read.</source>
        <translation>«%1» — не зображення, яке Lectern може прочитати.</translation>
    </message>
    <message>
        <source>Give the university a name before saving.</source>
        <translation>Перед збереженням дайте університету назву.</translation>
    </message>
    <message>
        <source>The website “%1” is not a web address. Write it like https://www.example.edu.cn.</source>
        <translation>Вебсайт «%1» — не вебадреса. Напишіть її так: https://www.example.edu.cn.</translation>
    </message>
    <message>
        <source>The logo could not be stored: %1</source>
        <translation>Не вдалося зберегти логотип: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>Не вдалося зберегти «%1»: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the new university?</source>
        <translation>Зберегти новий університет?</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Зберегти зміни в «%1»?</translation>
    </message>
    <message>
        <source>If you do not save them, your changes will be lost.</source>
        <translation>Якщо їх не зберегти, зміни буде втрачено.</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from the trash later.</source>
        <translation>Перемістити «%1» до кошика? Пізніше його можна відновити з кошика.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
</context>
<context>
    <name>lectern::UniversityListModel</name>
    <message>
        <source>%1, founded %2</source>
        <translation>%1, засновано %2 р.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
</TS>
