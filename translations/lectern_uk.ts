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
        <source>Use the library file PATH.</source>
        <translation>Використати файл бібліотеки PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Виводити JSON замість тексту.</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>Показати щонайбільше N результатів (типово 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output or input format (see the commands).</source>
        <translation>Формат виведення або введення (див. команди).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Fill a new library with demo content.</source>
        <translation>Заповнити нову бібліотеку демонстраційним вмістом.</translation>
    </message>
    <message>
        <source>Export the article UUID (repeat for several).</source>
        <translation>Експортувати статтю UUID (повторіть для кількох статей).</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Export the articles of the category NAME.</source>
        <translation>Експортувати статті категорії NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <source>Write to PATH (a file, or a folder for one file each).</source>
        <translation>Записати в PATH (файл або теку — по файлу на статтю).</translation>
    </message>
    <message>
        <source>Put several articles into one file.</source>
        <translation>Зібрати кілька статей в один файл.</translation>
    </message>
    <message>
        <source>PDF page size: A4, A5, Letter… (default A4).</source>
        <translation>Розмір сторінки PDF: A4, A5, Letter… (типово A4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Write PDF/A-1b.</source>
        <translation>Записати у форматі PDF/A-1b.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Замінювати наявні файли.</translation>
    </message>
    <message>
        <source>import: update articles imported before.</source>
        <translation>import: оновити раніше імпортовані статті.</translation>
    </message>
    <message>
        <source>import: skip pages imported before (the default).</source>
        <translation>import: пропустити раніше імпортовані сторінки (типово).</translation>
    </message>
    <message>
        <source>exchange-export: articles changed since DATE (ISO 8601).</source>
        <translation>exchange-export: статті, змінені від DATE (ISO 8601).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by taking their version.</source>
        <translation>merge: розв’язувати конфлікти, беручи їхню версію.</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by keeping my version.</source>
        <translation>merge: розв’язувати конфлікти, залишаючи мою версію.</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by keeping both versions.</source>
        <translation>merge: розв’язувати конфлікти, зберігаючи обидві версії.</translation>
    </message>
    <message>
        <source>Commands:
  init [--demo]                     Create a library (never overwrites a file);
                                    --demo fills it with the demo content.
  list [--json]                     List the articles.
  search QUERY [--limit N] [--json] Ranked search. QUERY: words, &quot;phrases&quot;,
                                    -word, lang:, status:, tag:, author:.
  show UUID [--format html|text]    Print one article.
  export --format pdf|html|odt|md|txt --out PATH
         (--article UUID ... | --category NAME | --all | --recommended)
         [--one-file] [--page-size A4] [--pdfa] [--force]
                                    Export articles: one file each into the folder
                                    PATH, or one file with --one-file; never
                                    replaces a file without --force.
  related UUID [--limit N] [--json] Related articles, with the reasons.
  import PATH... [--format html|md|txt] [--update|--skip-existing] [--json]
                                    Import pages, Markdown and text files or
                                    folders (recursively); pages imported
                                    before are skipped unless --update.
  exchange-export --out FILE (--article UUID ... | --all | --since DATE)
                                    Write the articles, their history and images
                                    to a new library file for a colleague.
  merge FILE [--theirs|--mine|--both] [--json]
                                    Merge a library file into this library;
                                    reports taken, kept and conflicts.
Without a command, Lectern opens its window.
Exit codes: 0 success, 1 failure, 2 wrong usage.
</source>
        <translation>Команди:
  init [--demo]                     Створити бібліотеку (ніколи не перезаписує
                                    файл); --demo заповнює її демовмістом.
  list [--json]                     Показати список статей.
  search QUERY [--limit N] [--json] Пошук із ранжуванням. QUERY: слова,
                                    &quot;фрази&quot;, -слово, lang:, status:, tag:,
                                    author:.
  show UUID [--format html|text]    Вивести одну статтю.
  export --format pdf|html|odt|md|txt --out PATH
         (--article UUID ... | --category NAME | --all | --recommended)
         [--one-file] [--page-size A4] [--pdfa] [--force]
                                    Експорт статей: по файлу на статтю в теку
                                    PATH або один файл із --one-file; без
                                    --force наявні файли не замінюються.
  related UUID [--limit N] [--json] Пов’язані статті з поясненням чому.
  import PATH... [--format html|md|txt] [--update|--skip-existing] [--json]
                                    Імпорт вебсторінок, файлів Markdown і
                                    тексту або тек (рекурсивно); раніше
                                    імпортовані сторінки пропускаються,
                                    якщо не вказано --update.
  exchange-export --out FILE (--article UUID ... | --all | --since DATE)
                                    Записати статті з історією та
                                    зображеннями в новий файл бібліотеки
                                    для колеги.
  merge FILE [--theirs|--mine|--both] [--json]
                                    Об’єднати файл бібліотеки з цією
                                    бібліотекою; звітує про взяте, залишене
                                    та конфлікти.
Без команди Lectern відкриває своє вікно.
Коди виходу: 0 — успіх, 1 — помилка, 2 — неправильне використання.
</translation>
    </message>
    <message>
        <source>Lectern reads, searches and edits a library of articles.</source>
        <translation>Lectern читає, шукає та редагує бібліотеку статей.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Команда для виконання (див. нижче).</translation>
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
    <message>
        <source>Imported %1, updated %2, skipped %3, failed %4.</source>
        <translation>Імпортовано: %1, оновлено: %2, пропущено: %3, з помилками: %4.</translation>
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
        <source>Wrote %1 articles (%2 earlier versions, %3 universities, %4 images) to %5</source>
        <translation>Записано до %5: статей — %1, попередніх версій — %2, університетів — %3, зображень — %4</translation>
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
        <source>Cannot write “%1”: %2</source>
        <translation>Не вдалося записати «%1»: %2</translation>
    </message>
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
        <source>It is neither a file nor a folder.</source>
        <translation>Це не файл і не тека.</translation>
    </message>
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
        <source>The library “%1” cannot be read: %2.</source>
        <translation>Не вдалося прочитати бібліотеку «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is not a database file. It was left as it is.</source>
        <translation>«%1» не є бібліотекою Lectern: це не файл бази даних. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2.</source>
        <translation>Не вдалося відкрити бібліотеку «%1»: %2.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be opened safely. It was left as it is; restore it from a backup.</source>
        <translation>Бібліотека «%1» пошкоджена, її неможливо безпечно відкрити. Файл залишено без змін; відновіть його з резервної копії.</translation>
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
        <source>Before upgrading “%1”, Lectern could not keep a copy of it (%2). The library was not changed.</source>
        <translation>Перед оновленням «%1» Lectern не вдалося зберегти його копію (%2). Бібліотеку не змінено.</translation>
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
        <source>The library “%1” is read-only; Lectern needs to write to it.</source>
        <translation>Бібліотека «%1» доступна лише для читання, а Lectern потрібно до неї записувати.</translation>
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
        <source>The library reported an error: %1</source>
        <translation>Бібліотека повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>There is no university %1 in this library.</source>
        <translation>У цій бібліотеці немає університету %1.</translation>
    </message>
    <message>
        <source>The university %1 is not in the trash.</source>
        <translation>Університету %1 немає в кошику.</translation>
    </message>
</context>
<context>
    <name>PagedLayout</name>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 стаття</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>Кількість статей: %1</translation>
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
    <name>SearchQuery</name>
    <message>
        <source>“%1” is not a status; use draft, review, published or archived.</source>
        <translation>«%1» не є статусом; використовуйте draft, review, published або archived.</translation>
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
        <source>The %1 selected articles</source>
        <translation>Вибрані статті (%1)</translation>
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
        <source>%1 of the files already exist in “%2”, for example “%3”. Replace them?</source>
        <translation>У «%2» уже є файли з такими назвами (%1), наприклад «%3». Замінити їх?</translation>
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
    <message>
        <source>Exported %1 files to “%2”.</source>
        <translation>Експортовано до «%2» файлів: %1.</translation>
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
        <source>Search: words, &quot;phrases&quot;, -exclude, lang:zh, tag:…</source>
        <translation>Пошук: слова, &quot;фрази&quot;, -виключення, lang:uk, tag:…</translation>
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
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and editor for the articles of the China-Ukraine Education Union.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Програма для читання й редагування статей Китайсько-українського освітнього союзу.&lt;/p&gt;&lt;p&gt;Бібліотека: %2&lt;/p&gt;</translation>
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
</context>
<context>
    <name>lectern::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Читання</translation>
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
