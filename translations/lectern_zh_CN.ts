<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “lectern --help” for usage.</source>
        <translation>运行“lectern --help”查看用法。</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>最多显示 N 个结果（默认 20）。</translation>
    </message>
    <message>
        <source>Export the articles of the category NAME.</source>
        <translation>导出分类 NAME 中的文章。</translation>
    </message>
    <message>
        <source>Export every article.</source>
        <translation>导出所有文章。</translation>
    </message>
    <message>
        <source>Export the recommended-reading list.</source>
        <translation>导出推荐阅读列表。</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>替换已存在的文件。</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1”不是命令。</translation>
    </message>
    <message>
        <source>export needs exactly one of --article UUID, --category NAME, --all or --recommended.</source>
        <translation>export 需要且只能使用 --article UUID、--category NAME、--all 或 --recommended 中的一个。</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>The library has no articles to export.</source>
        <translation>资料库中没有可导出的文章。</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>export takes no arguments; name articles with --article.</source>
        <translation>export 不接受参数；请用 --article 指定文章。</translation>
    </message>
    <message>
        <source>export: --format must be pdf, html, odt, md or txt.</source>
        <translation>export：--format 必须是 pdf、html、odt、md 或 txt。</translation>
    </message>
    <message>
        <source>export needs --out PATH (a file, or a folder for one file per article).</source>
        <translation>export 需要 --out PATH（一个文件；或一个文件夹，每篇文章一个文件）。</translation>
    </message>
    <message>
        <source>export: “%1” is not a page size (try A4, A5 or Letter).</source>
        <translation>export：“%1”不是页面尺寸（可以试试 A4、A5 或 Letter）。</translation>
    </message>
    <message>
        <source>export: --pdfa needs --format pdf.</source>
        <translation>export：--pdfa 需要 --format pdf。</translation>
    </message>
    <message>
        <source>“%1” already exists; nothing was written. Use --force to replace it.</source>
        <translation>“%1”已存在，未写入任何内容。如需替换，请使用 --force。</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import 至少需要一个文件或文件夹。</translation>
    </message>
    <message>
        <source>import reads --format html, md or txt, not “%1”.</source>
        <translation>import 只能读取 --format html、md 或 txt，不支持“%1”。</translation>
    </message>
    <message>
        <source>Choose either --update or --skip-existing.</source>
        <translation>请在 --update 和 --skip-existing 中选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n 张远程图片未下载，已保留为链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>exchange-export takes no arguments; use --out FILE.</source>
        <translation>exchange-export 不接受参数；请使用 --out FILE。</translation>
    </message>
    <message>
        <source>exchange-export needs --out FILE.</source>
        <translation>exchange-export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Choose one of --article UUID, --all or --since DATE.</source>
        <translation>请从 --article UUID、--all 和 --since DATE 中选择一个。</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-31.</source>
        <translation>“%1”不是形如 2024-05-31 的日期。</translation>
    </message>
    <message>
        <source>merge needs one library file.</source>
        <translation>merge 需要一个资料库文件。</translation>
    </message>
    <message>
        <source>Choose at most one of --theirs, --mine and --both.</source>
        <translation>--theirs、--mine 和 --both 最多只能选择一个。</translation>
    </message>
    <message>
        <source>Added %1, taken %2, kept %3, unchanged %4, conflicts %5.</source>
        <translation>新增 %1，采用对方 %2，保留本地 %3，未更改 %4，冲突 %5。</translation>
    </message>
    <message>
        <source>Conflicting articles were left as they are here; merge again with --mine, --theirs or --both to resolve them.</source>
        <translation>有冲突的文章保持本资料库中的原样；如需解决冲突，请使用 --mine、--theirs 或 --both 再次合并。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受参数。</translation>
    </message>
    <message>
        <source>Created the library %1</source>
        <translation>已创建资料库 %1</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受参数。</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search 需要一个查询。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit 需要一个大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>show needs one article UUID.</source>
        <translation>show 需要一个文章 UUID。</translation>
    </message>
    <message>
        <source>show: --format must be html or text.</source>
        <translation>show：--format 必须是 html 或 text。</translation>
    </message>
    <message>
        <source>related needs one article UUID.</source>
        <translation>related 需要一个文章 UUID。</translation>
    </message>
    <message>
        <source>export: several articles make one file each, so --out must be a folder; add --one-file for a single “%1”.</source>
        <translation>export：多篇文章会各自生成一个文件，因此 --out 必须是文件夹；如需写入单个文件“%1”，请加上 --one-file。</translation>
    </message>
    <message>
        <source>history needs one article or university UUID.</source>
        <translation>history 需要一个文章或大学的 UUID。</translation>
    </message>
    <message>
        <source>There is no article or university %1 in this library.</source>
        <translation>此文库中没有文章或大学 %1。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3, %4) to %5</source>
        <translation>已将 %1（%2、%3、%4）写入 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n 个早期修订版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n 所大学</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>recovery takes no arguments.</source>
        <translation>recovery 不接受参数。</translation>
    </message>
    <message>
        <source>(never saved) </source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <source>No unsaved changes are waiting in the recovery area.</source>
        <translation>恢复区中没有待恢复的未保存更改。</translation>
    </message>
    <message>
        <source>The library “%1” can only be read here: %2. Nothing was changed.</source>
        <translation>资料库“%1”在这里只能读取：%2。没有做任何更改。</translation>
    </message>
    <message>
        <source>backups takes no arguments.</source>
        <translation>backups 不接受参数。</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>“%1”处没有资料库。</translation>
    </message>
    <message>
        <source>There are no backups of this library yet (they are kept in “%1”).</source>
        <translation>这个资料库还没有备份（备份保存在“%1”）。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Restore one with “lectern restore NUMBER” (or its path).</source>
        <translation>用“lectern restore 编号”（或备份的路径）恢复其中一个。</translation>
    </message>
    <message>
        <source>restore needs one backup: its number in “lectern backups”, or its path.</source>
        <translation>restore 需要一个备份：它在“lectern backups”中的编号，或它的路径。</translation>
    </message>
    <message>
        <source>There is no backup number %1; “lectern backups” lists them.</source>
        <translation>没有编号为 %1 的备份；“lectern backups”会列出所有备份。</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”; the library as it was is kept as a backup too.</source>
        <translation>已从“%2”恢复“%1”；恢复前的资料库也保留为备份。</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>The library “%1” is intact.</source>
        <translation>资料库“%1”完好无损。</translation>
    </message>
    <message>
        <source>The library “%1” is damaged:</source>
        <translation>资料库“%1”已损坏：</translation>
    </message>
    <message>
        <source>Restore an intact copy: “lectern backups” lists them, “lectern restore NUMBER” brings one back.</source>
        <translation>请恢复一个完好的副本：“lectern backups”会列出备份，“lectern restore 编号”会恢复其中一个。</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, unchanged %3, skipped %4, failed %5.</source>
        <translation>已导入 %1，已更新 %2，未变 %3，已跳过 %4，失败 %5。</translation>
    </message>
    <message>
        <source>publish takes no arguments; name the folder with --out.</source>
        <translation>publish 不接受参数；请用 --out 指定文件夹。</translation>
    </message>
    <message>
        <source>publish needs --out FOLDER, where the site is written.</source>
        <translation>publish 需要 --out 文件夹，网站写入该处。</translation>
    </message>
    <message>
        <source>publish: --base-url must be the site&apos;s address, such as https://example.org/news/.</source>
        <translation>publish：--base-url 必须是网站的地址，例如 https://example.org/news/。</translation>
    </message>
    <message>
        <source>Published %1 articles and %2 universities in %3 languages (%4): %5 pages.</source>
        <translation>已发布 %1 篇文章和 %2 所大学，共 %3 种语言（%4）：%5 个页面。</translation>
    </message>
    <message>
        <source>Files: %1 written, %2 unchanged, %3 deleted.</source>
        <translation>文件：写入 %1 个，未变 %2 个，删除 %3 个。</translation>
    </message>
    <message>
        <source>No --base-url: canonical links, feeds and the sitemap use addresses relative to the site.</source>
        <translation>未指定 --base-url：规范链接、订阅源和站点地图使用相对于网站的地址。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Lectern reads, searches and edits a library of articles. Without a command it opens its window on the library; with one it works without a window.</source>
        <translation>Lectern 用于阅读、搜索和编辑文章库。不带命令时打开文库窗口；带命令时不打开窗口直接工作。</translation>
    </message>
    <message>
        <source>One window per user: started again without a command while its window is open, Lectern opens the library in that window and exits; --new-instance opens a window of its own instead.</source>
        <translation>每个用户一个窗口：窗口已打开时不带命令再次启动，Lectern 会在该窗口中打开文库并退出；使用 --new-instance 则打开一个单独的窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Print the result as JSON: every command that prints a result takes it.</source>
        <translation>以 JSON 输出结果：每个输出结果的命令都接受此选项。</translation>
    </message>
    <message>
        <source>Run “lectern help COMMAND” (or “lectern COMMAND --help”) for what a command takes, with examples. The library is --library PATH, else $LECTERN_LIBRARY, else the one in the data folder, created with the demo content on the first start.</source>
        <translation>运行“lectern help COMMAND”（或“lectern COMMAND --help”）可查看命令接受的参数和示例。文库依次取 --library PATH、$LECTERN_LIBRARY，否则使用数据文件夹中的文库，首次启动时会创建并填入示例内容。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>退出状态：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>help takes one command.</source>
        <translation>help 只接受一个命令。</translation>
    </message>
    <message>
        <source>Run “lectern %1 --help” for its usage.</source>
        <translation>运行“lectern %1 --help”查看其用法。</translation>
    </message>
    <message>
        <source>--library needs the path of a library file.</source>
        <translation>--library 需要一个文库文件的路径。</translation>
    </message>
    <message>
        <source>--wait needs a whole number of seconds.</source>
        <translation>--wait 需要一个表示秒数的整数。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 不接受 %2。</translation>
    </message>
    <message>
        <source>Use the library file PATH instead of the default one (see ENVIRONMENT and FILES).</source>
        <translation>使用文库文件 PATH 而不是默认文库（参见 ENVIRONMENT 和 FILES）。</translation>
    </message>
    <message>
        <source>When the library must be upgraded or restored and another program has it open, wait this long for it (default 120).</source>
        <translation>当资料库需要升级或恢复而另一个程序正打开它时，最多等待这么长时间（默认 120 秒）。</translation>
    </message>
    <message>
        <source>Show the help of the command and exit.</source>
        <translation>显示该命令的帮助并退出。</translation>
    </message>
    <message>
        <source>Create a new library; never overwrites a file.</source>
        <translation>创建新文库；从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>Creates an empty library at the --library path (or the default location). A file that already exists is never touched.</source>
        <translation>在 --library 指定的路径（或默认位置）创建一个空文库。已有的文件不会被改动。</translation>
    </message>
    <message>
        <source>Fill the new library with the demo content: the union&apos;s interview, its universities, recommended reading and a short guide in English, Chinese and Ukrainian.</source>
        <translation>在新文库中填入示例内容：联盟的访谈、合作大学、推荐阅读以及英文、中文和乌克兰文的简短指南。</translation>
    </message>
    <message>
        <source>Print the new library as a JSON object: library (its path) and demo (whether it was filled).</source>
        <translation>以 JSON 对象输出新文库：library（其路径）和 demo（是否已填入示例）。</translation>
    </message>
    <message>
        <source>A new library with the demo content.</source>
        <translation>一个带示例内容的新文库。</translation>
    </message>
    <message>
        <source>List the articles, the last saved first.</source>
        <translation>列出文章，最近保存的在前。</translation>
    </message>
    <message>
        <source>Prints one line for each article that is not in the trash: its uuid, language, status, when it was last saved (UTC) and its title, separated by tabs.</source>
        <translation>为回收站以外的每篇文章输出一行：uuid、语言、状态、最后保存时间（UTC）和标题，以制表符分隔。</translation>
    </message>
    <message>
        <source>Show at most N articles (default: all).</source>
        <translation>最多显示 N 篇文章（默认：全部）。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, language, status and updated.</source>
        <translation>输出 JSON 数组，每个对象含 uuid、title、language、status 和 updated。</translation>
    </message>
    <message>
        <source>The five articles saved last.</source>
        <translation>最近保存的五篇文章。</translation>
    </message>
    <message>
        <source>Every article, for a script.</source>
        <translation>所有文章，供脚本使用。</translation>
    </message>
    <message>
        <source>Ranked search, with the matches shown in context.</source>
        <translation>按相关度排序的搜索，并在上下文中显示匹配。</translation>
    </message>
    <message>
        <source>QUERY takes words (all must match), &quot;quoted phrases&quot;, -word to leave out articles with that word, and the filters lang:, status:, tag:, author: and category:. Several arguments make one query, and a query may start with a word to leave out (lectern search -university Kyiv). Chinese words of any length are found, and Ukrainian in any case.

Each result is its uuid and title, and below it a snippet with the matches in [brackets].</source>
        <translation>QUERY 可以包含词语（必须全部匹配）、&quot;带引号的短语&quot;、用 -word 排除含有该词的文章，以及筛选条件 lang:、status:、tag:、author: 和 category:。多个参数组成一个查询，查询也可以以要排除的词开头（lectern search -university Kyiv）。任意长度的中文词语都能找到，乌克兰语不区分大小写。

每个结果给出 uuid 和标题，下面是摘录，匹配的部分放在 [方括号] 中。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, score (higher is better), snippet (HTML, the matches in &lt;b&gt;), snippetText (the snippet as plain text) and matches (where the matches are in snippetText: start and length, counted in Unicode characters).</source>
        <translation>输出 JSON 数组，每个对象含 uuid、title、score（越高越好）、snippet（HTML，匹配部分在 &lt;b&gt; 中）、snippetText（摘录的纯文本）和 matches（匹配在 snippetText 中的位置：start 和 length，以 Unicode 字符计）。</translation>
    </message>
    <message>
        <source>Chinese articles about Xi&apos;an that do not mention visas.</source>
        <translation>关于西安、但没有提到签证的中文文章。</translation>
    </message>
    <message>
        <source>Articles about Kyiv that do not mention universities.</source>
        <translation>关于基辅、但没有提到大学的文章。</translation>
    </message>
    <message>
        <source>A phrase, in published articles only.</source>
        <translation>只在已发布的文章中查找一个短语。</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>输出一篇文章。</translation>
    </message>
    <message>
        <source>Prints the article&apos;s title, summary and text, or the article as a web page with --format html.</source>
        <translation>输出文章的标题、摘要和正文；使用 --format html 时输出为网页。</translation>
    </message>
    <message>
        <source>text (the default) or html.</source>
        <translation>text（默认）或 html。</translation>
    </message>
    <message>
        <source>Print the article as a JSON object: uuid, title, summary, language, status, author, source, category, tags, translationGroup, created, updated, published, universities, bodyText and bodyHtml.</source>
        <translation>以 JSON 对象输出文章：uuid、title、summary、language、status、author、source、category、tags、translationGroup、created、updated、published、universities、bodyText 和 bodyHtml。</translation>
    </message>
    <message>
        <source>The article as a web page.</source>
        <translation>以网页形式输出文章。</translation>
    </message>
    <message>
        <source>Export articles to PDF, HTML, ODT, Markdown or text.</source>
        <translation>将文章导出为 PDF、HTML、ODT、Markdown 或纯文本。</translation>
    </message>
    <message>
        <source>Writes one file for each article into the folder PATH, or one file with --one-file. Several articles in one PDF get a cover page and contents. A file that exists is never replaced without --force. Prints the files written.</source>
        <translation>在文件夹 PATH 中为每篇文章写一个文件，或使用 --one-file 写成一个文件。一个 PDF 中的多篇文章会有封面和目录。没有 --force 时从不替换已有文件。输出写入的文件。</translation>
    </message>
    <message>
        <source>The format to write: pdf, html, odt, md or txt.</source>
        <translation>要写入的格式：pdf、html、odt、md 或 txt。</translation>
    </message>
    <message>
        <source>Where to write: a file with --one-file or one article, else a folder.</source>
        <translation>写入位置：使用 --one-file 或只有一篇文章时为文件，否则为文件夹。</translation>
    </message>
    <message>
        <source>Export the article UUID; repeat for several.</source>
        <translation>导出文章 UUID；可重复以导出多篇。</translation>
    </message>
    <message>
        <source>Put all the articles into one file.</source>
        <translation>把所有文章放进一个文件。</translation>
    </message>
    <message>
        <source>PDF page size: A4 (the default), A5, A3, Letter…</source>
        <translation>PDF 纸张大小：A4（默认）、A5、A3、Letter…</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving (with --format pdf).</source>
        <translation>写入用于存档的 PDF/A-1b（需 --format pdf）。</translation>
    </message>
    <message>
        <source>End each article with its related articles and why they are suggested.</source>
        <translation>在每篇文章末尾附上相关文章及推荐理由。</translation>
    </message>
    <message>
        <source>Print a JSON object: format, articles (how many) and files (the files written).</source>
        <translation>输出 JSON 对象：format、articles（篇数）和 files（写入的文件）。</translation>
    </message>
    <message>
        <source>The whole library in one PDF, with a cover and contents.</source>
        <translation>把整个文库导出为一个带封面和目录的 PDF。</translation>
    </message>
    <message>
        <source>The recommended reading, a PDF for each article, each followed by related ones.</source>
        <translation>推荐阅读，每篇文章一个 PDF，每篇后附相关文章。</translation>
    </message>
    <message>
        <source>One web page for each article of the category News.</source>
        <translation>为 News 分类中的每篇文章生成一个网页。</translation>
    </message>
    <message>
        <source>Related articles, each with the reason it is suggested.</source>
        <translation>相关文章，每篇附推荐理由。</translation>
    </message>
    <message>
        <source>Prints the articles related to the article UUID, best first, each with its score and the reasons it is suggested, and the languages the article is also written in.</source>
        <translation>输出与文章 UUID 相关的文章，最相关的在前，每篇附分数和推荐理由，以及该文章的其他语言版本。</translation>
    </message>
    <message>
        <source>Show at most N articles (default 20).</source>
        <translation>最多显示 N 篇文章（默认 20）。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, score and reasons.</source>
        <translation>输出 JSON 数组，每个对象含 uuid、title、score 和 reasons。</translation>
    </message>
    <message>
        <source>The five articles closest to UUID.</source>
        <translation>与 UUID 最接近的五篇文章。</translation>
    </message>
    <message>
        <source>Import web pages, Markdown and text files or folders.</source>
        <translation>导入网页、Markdown 和文本文件或文件夹。</translation>
    </message>
    <message>
        <source>Imports each file, and each folder with its subfolders. A web page keeps its article and loses menus, sidebars and share buttons; pictures beside it are stored in the library, remote ones are kept as links and never downloaded. A page imported before is skipped unless --update.

Prints one line for each file: what became of it, the article&apos;s uuid, the file and the title, then the totals. A file that could not be imported is reported on standard error, and the exit status is then 1.</source>
        <translation>导入每个文件，以及每个文件夹及其子文件夹。网页保留文章正文，去掉菜单、侧边栏和分享按钮；网页旁边的图片存入文库，远程图片保留为链接，从不下载。以前导入过的网页会被跳过，除非使用 --update。

为每个文件输出一行：处理结果、文章的 uuid、文件和标题，最后是总数。无法导入的文件报告在标准错误中，此时退出状态为 1。</translation>
    </message>
    <message>
        <source>Read every file as html, md or txt, whatever its name (by default, by the file&apos;s extension).</source>
        <translation>无论文件名如何，都按 html、md 或 txt 读取每个文件（默认按文件扩展名）。</translation>
    </message>
    <message>
        <source>Update articles imported before from the file (the article&apos;s text is kept as a revision).</source>
        <translation>用文件更新以前导入的文章（文章原来的内容保留为修订版本）。</translation>
    </message>
    <message>
        <source>Skip pages imported before (the default).</source>
        <translation>跳过以前导入过的网页（默认）。</translation>
    </message>
    <message>
        <source>Print a JSON object: imported, updated, skipped and failed (counts), remoteImagesNotDownloaded, and items, one for each file, with path, outcome, uuid, title, reason, notes, remoteImages and invalidBytes.</source>
        <translation>输出 JSON 对象：imported、updated、skipped 和 failed（数量）、remoteImagesNotDownloaded，以及 items（每个文件一项，含 path、outcome、uuid、title、reason、notes、remoteImages 和 invalidBytes）。</translation>
    </message>
    <message>
        <source>A folder of saved pages and a Markdown file.</source>
        <translation>一个保存网页的文件夹和一个 Markdown 文件。</translation>
    </message>
    <message>
        <source>The same pages again, updating what changed.</source>
        <translation>再次导入相同的网页，更新有变化的部分。</translation>
    </message>
    <message>
        <source>Write articles to a library file for a colleague.</source>
        <translation>把文章写入给同事的文库文件。</translation>
    </message>
    <message>
        <source>Writes the chosen articles with their revision history, images and universities to a new library file, for a colleague to merge into their library.</source>
        <translation>把选定的文章连同修订历史、图片和大学写入一个新的文库文件，供同事合并到他们的文库中。</translation>
    </message>
    <message>
        <source>The new library file.</source>
        <translation>新的文库文件。</translation>
    </message>
    <message>
        <source>Write the article UUID; repeat for several.</source>
        <translation>写入文章 UUID；可重复以写入多篇。</translation>
    </message>
    <message>
        <source>Write every article, the trash included (so that deletions reach the colleague too).</source>
        <translation>写入所有文章，包括回收站中的（这样删除也会传给同事）。</translation>
    </message>
    <message>
        <source>Write the articles changed or trashed since DATE (ISO 8601: 2024-05-31).</source>
        <translation>写入 DATE 以来更改过或移到回收站的文章（ISO 8601：2024-05-31）。</translation>
    </message>
    <message>
        <source>Replace FILE if it is there and no program has it open.</source>
        <translation>如果 FILE 已存在且没有程序打开它，则替换它。</translation>
    </message>
    <message>
        <source>Print a JSON object: file, articles, revisions, universities and media (counts).</source>
        <translation>输出 JSON 对象：file、articles、revisions、universities 和 media（数量）。</translation>
    </message>
    <message>
        <source>What changed since the first of May.</source>
        <translation>五月一日以来的更改。</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s library file into this library.</source>
        <translation>把同事的文库文件合并到本文库。</translation>
    </message>
    <message>
        <source>Takes what changed only in FILE, keeps what changed only here, and reports the articles changed on both sides, which stay as they are here unless --mine, --theirs or --both resolves them. The version that loses stays in the article&apos;s revision history. The merge is one transaction: interrupted, it leaves the library as it was.</source>
        <translation>采用只在 FILE 中更改过的内容，保留只在这里更改过的内容，并报告双方都更改过的文章；除非用 --mine、--theirs 或 --both 解决，这些文章保持这里的样子。未被选中的版本保留在文章的修订历史中。合并是一个事务：中途中断时，文库保持原样。</translation>
    </message>
    <message>
        <source>Resolve conflicts by taking their version.</source>
        <translation>解决冲突时采用对方的版本。</translation>
    </message>
    <message>
        <source>Resolve conflicts by keeping my version.</source>
        <translation>解决冲突时保留我的版本。</translation>
    </message>
    <message>
        <source>Resolve conflicts by keeping both versions, theirs as a new article.</source>
        <translation>解决冲突时保留两个版本，对方的作为一篇新文章。</translation>
    </message>
    <message>
        <source>Print a JSON object: added, taken, kept and unchanged (uuids), conflicts (each with uuid, mine, theirs, resolution and copy), mediaAdded and universitiesAdded.</source>
        <translation>输出 JSON 对象：added、taken、kept 和 unchanged（uuid 列表）、conflicts（每项含 uuid、mine、theirs、resolution 和 copy）、mediaAdded 和 universitiesAdded。</translation>
    </message>
    <message>
        <source>See what a merge brings and which articles conflict.</source>
        <translation>查看合并会带来什么，以及哪些文章有冲突。</translation>
    </message>
    <message>
        <source>Merge, keeping my version of conflicting articles.</source>
        <translation>合并，并对有冲突的文章保留我的版本。</translation>
    </message>
    <message>
        <source>Unsaved edits kept for recovery after a crash.</source>
        <translation>为崩溃后恢复而保留的未保存编辑。</translation>
    </message>
    <message>
        <source>Lists the unsaved work the editor keeps in the library every few seconds, which the window offers back after a crash: when it was kept, whether it is an article or a university, its uuid and title.</source>
        <translation>列出编辑器每隔几秒保存在文库中的未保存内容，崩溃后窗口会提供恢复：保存时间、是文章还是大学、uuid 和标题。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with kind, uuid, saved, title, new (never saved) and text.</source>
        <translation>输出 JSON 数组，每个对象含 kind、uuid、saved、title、new（从未保存）和 text。</translation>
    </message>
    <message>
        <source>The unsaved work, for a script.</source>
        <translation>未保存的内容，供脚本使用。</translation>
    </message>
    <message>
        <source>The versions of an article or a university.</source>
        <translation>文章或大学的各个版本。</translation>
    </message>
    <message>
        <source>Lists every saved version of the article or university UUID, the current one first: its revision number, when it was saved, its size in bytes and what the next save changed.</source>
        <translation>列出文章或大学 UUID 保存过的每个版本，当前版本在前：修订号、保存时间、字节大小以及下一次保存改了什么。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with revision, current, saved, size and, for older versions, changedNext, wordsAdded and wordsRemoved.</source>
        <translation>输出 JSON 数组，每个对象含 revision、current、saved、size，较早的版本还含 changedNext、wordsAdded 和 wordsRemoved。</translation>
    </message>
    <message>
        <source>The versions of one article.</source>
        <translation>一篇文章的各个版本。</translation>
    </message>
    <message>
        <source>The library&apos;s automatic backups, the newest first.</source>
        <translation>资料库的自动备份，最新的在前。</translation>
    </message>
    <message>
        <source>Lists the copies Lectern keeps of the library (at the first open of a day, before an upgrade and before a merge), each checked when it was made: its number, when and why it was made, how many articles it holds, its size and its file.</source>
        <translation>列出 Lectern 保留的资料库副本（每天第一次打开时、升级前和合并前制作），每份在制作时都经过检查：编号、制作时间和原因、包含的文章数、大小及其文件。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with path, made, reason, bytes, and articles and format, or problem for a copy that cannot be read.</source>
        <translation>输出一个 JSON 对象数组，包含 path、made、reason、bytes 以及 articles 和 format；无法读取的副本则给出 problem。</translation>
    </message>
    <message>
        <source>The backups, numbered for restore.</source>
        <translation>列出备份，并为恢复编号。</translation>
    </message>
    <message>
        <source>Put a backup in place of the library.</source>
        <translation>用备份替换资料库。</translation>
    </message>
    <message>
        <source>Brings back the backup NUMBER (as “lectern backups” numbers them) or the backup FILE, through SQLite into the library, while no other program has it open. The library as it was is kept as a backup too.</source>
        <translation>在没有其他程序打开资料库时，通过 SQLite 将编号为 NUMBER 的备份（按“lectern backups”的编号）或备份文件 FILE 恢复到资料库中。恢复前的资料库也会作为备份保留。</translation>
    </message>
    <message>
        <source>Print a JSON object: library and backup (their paths).</source>
        <translation>输出一个 JSON 对象：library 和 backup（它们的路径）。</translation>
    </message>
    <message>
        <source>Back to the newest backup.</source>
        <translation>恢复到最新的备份。</translation>
    </message>
    <message>
        <source>Check the library file, and say what is wrong.</source>
        <translation>检查资料库文件，并说明哪里有问题。</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check on the library and says in words what is wrong, if anything. The exit status is 1 when the library is damaged.</source>
        <translation>对资料库运行 SQLite 的完整性检查，如有问题则用文字说明。资料库损坏时退出状态为 1。</translation>
    </message>
    <message>
        <source>Print a JSON object: intact, problems and details.</source>
        <translation>输出一个 JSON 对象：intact、problems 和 details。</translation>
    </message>
    <message>
        <source>Whether my.lectern is intact.</source>
        <translation>检查 my.lectern 是否完好。</translation>
    </message>
    <message>
        <source>Publish the library as a static web site.</source>
        <translation>把资料库发布为静态网站。</translation>
    </message>
    <message>
        <source>Writes the published articles and the universities as a static, multilingual web site into FOLDER: home pages per language, one page per article and per university, category and tag pages, feeds, a sitemap and a search that works without a server. Drafts, articles in review, archived and trashed articles never reach it. Publishing again rewrites only the files that changed; a folder that is not empty and was not made by Lectern needs --force.</source>
        <translation>把已发布的文章和大学写成静态的多语言网站，放进 FOLDER：每种语言一个首页，每篇文章和每所大学各一页，分类页和标签页、订阅源、站点地图，以及无需服务器的搜索。草稿、审阅中、已归档和回收站中的文章绝不会进入网站。再次发布只重写有变化的文件；不是空的、也不是 Lectern 生成的文件夹需要 --force。</translation>
    </message>
    <message>
        <source>The folder the site is written to.</source>
        <translation>网站写入的文件夹。</translation>
    </message>
    <message>
        <source>The site&apos;s address, for canonical links, feeds and the sitemap.</source>
        <translation>网站的地址，用于规范链接、订阅源和站点地图。</translation>
    </message>
    <message>
        <source>A theme folder over the default theme.</source>
        <translation>覆盖默认主题的主题文件夹。</translation>
    </message>
    <message>
        <source>Publish into a folder Lectern did not make.</source>
        <translation>发布到不是 Lectern 生成的文件夹。</translation>
    </message>
    <message>
        <source>Print a JSON object: folder, home, articles, universities, pages, pictures, languages, files written, unchanged and deleted, search files and bytes.</source>
        <translation>输出一个 JSON 对象：文件夹、首页、文章、大学、页面、图片、语言，写入、未变和删除的文件，搜索文件及其字节数。</translation>
    </message>
    <message>
        <source>The site in site/, for the address https://union.example/.</source>
        <translation>网站放在 site/，地址为 https://union.example/。</translation>
    </message>
    <message>
        <source>Show the help of a command (or of them all).</source>
        <translation>显示某个命令（或全部命令）的帮助。</translation>
    </message>
    <message>
        <source>Prints what COMMAND does, its arguments, its options and examples; without COMMAND, the list of commands. &quot;lectern COMMAND --help&quot; does the same.</source>
        <translation>输出 COMMAND 的作用、参数、选项和示例；不带 COMMAND 时输出命令列表。&quot;lectern COMMAND --help&quot; 的作用相同。</translation>
    </message>
    <message>
        <source>Everything the export command takes.</source>
        <translation>export 命令接受的全部内容。</translation>
    </message>
    <message>
        <source>show: choose either --json or --format.</source>
        <translation>show：--json 和 --format 只能选一个。</translation>
    </message>
    <message>
        <source>List the articles pinned to the top of Home.</source>
        <translation>列出置顶在主页上的文章。</translation>
    </message>
    <message>
        <source>Prints the articles editors pinned to Home&apos;s featured place, in their order: uuid, language, status and title. With none pinned, Home features the newest published article in the reader&apos;s language.</source>
        <translation>按顺序输出编辑置顶为主页精选的文章：uuid、语言、状态和标题。没有置顶时，主页精选读者语言中最新发布的文章。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title, language and status.</source>
        <translation>输出一个 JSON 数组，每个对象含 uuid、标题、语言和状态。</translation>
    </message>
    <message>
        <source>What Home features.</source>
        <translation>主页精选了什么。</translation>
    </message>
    <message>
        <source>Pin articles to Home (after those pinned).</source>
        <translation>把文章置顶到主页（排在已置顶的之后）。</translation>
    </message>
    <message>
        <source>Pins the articles UUID to Home&apos;s featured place, after those already pinned, in the order given.</source>
        <translation>按给出的顺序，把文章 UUID 置顶为主页精选，排在已置顶的文章之后。</translation>
    </message>
    <message>
        <source>Feature that article on Home.</source>
        <translation>在主页精选这篇文章。</translation>
    </message>
    <message>
        <source>Unpin articles from Home.</source>
        <translation>取消文章在主页的置顶。</translation>
    </message>
    <message>
        <source>Takes the articles UUID off Home&apos;s featured place; the articles themselves are not changed.</source>
        <translation>把文章 UUID 从主页精选中取下；文章本身不变。</translation>
    </message>
    <message>
        <source>Home no longer features it.</source>
        <translation>主页不再精选它。</translation>
    </message>
    <message>
        <source>%1 needs the UUID of an article.</source>
        <translation>%1 需要一篇文章的 UUID。</translation>
    </message>
    <message>
        <source>Featured on Home: %1</source>
        <translation>已在主页精选：%1</translation>
    </message>
    <message>
        <source>No longer featured on Home: %1</source>
        <translation>已不在主页精选：%1</translation>
    </message>
    <message>
        <source>featured takes no arguments.</source>
        <translation>featured 不接受参数。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with uuid, title and featured.</source>
        <translation>输出一个 JSON 数组，每个对象含 uuid、标题和 featured（是否精选）。</translation>
    </message>
    <message>
        <source>Make a team library on a PostgreSQL server, and manage its users.</source>
        <translation>在 PostgreSQL 服务器上创建团队资料库，并管理其用户。</translation>
    </message>
    <message>
        <source>URI is the database in libpq&apos;s form, postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full; a password comes from ~/.pgpass, never from the command line.

“init” makes a team library on an empty database: its tables and its three roles, DATABASE_reader, DATABASE_editor and DATABASE_admin, whose rights the server enforces (readers read; editors write articles; administrators also keep universities, reading lists and users). It needs a user who may create roles, such as postgres; on a team library of an older version it brings it up to date, and a newer one is refused.

“users” lists the library&apos;s users and their roles; “add-user” gives USER a role (making the login if it is new, with the password read from standard input with --password-stdin, sent to the server only as a SCRAM verifier); “remove-user” takes USER&apos;s role away. Only the library&apos;s administrators may add and remove users.</source>
        <translation>URI 是 libpq 形式的数据库地址：postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full；密码来自 ~/.pgpass，绝不来自命令行。

“init”在空数据库上创建团队资料库：其数据表和三个角色 DATABASE_reader、DATABASE_editor 与 DATABASE_admin，其权限由服务器强制执行（读者只能阅读；编辑可以撰写文章；管理员还可管理大学、阅读列表和用户）。此操作需要可以创建角色的用户，例如 postgres；对旧版本的团队资料库，它会将其升级，较新的版本则会被拒绝。

“users”列出资料库的用户及其角色；“add-user”授予 USER 一个角色（若该登录名不存在则创建，使用 --password-stdin 时从标准输入读取密码，并且只以 SCRAM 校验值发送到服务器）；“remove-user”收回 USER 的角色。只有资料库的管理员可以添加和移除用户。</translation>
    </message>
    <message>
        <source>The role add-user gives: reader, editor or admin.</source>
        <translation>add-user 授予的角色：reader、editor 或 admin。</translation>
    </message>
    <message>
        <source>add-user: read the new user&apos;s password from the first line of standard input.</source>
        <translation>add-user：从标准输入的第一行读取新用户的密码。</translation>
    </message>
    <message>
        <source>init: a JSON object with library, format and roles; users: a JSON array of objects with user and role.</source>
        <translation>init：包含 library、format 和 roles 的 JSON 对象；users：由包含 user 和 role 的对象组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>Make the team library “union” on db.example.org.</source>
        <translation>在 db.example.org 上创建团队资料库“union”。</translation>
    </message>
    <message>
        <source>Let Olena edit articles.</source>
        <translation>允许 Olena 编辑文章。</translation>
    </message>
    <message>
        <source>The team library %1 is ready (format %2), with the roles %3.</source>
        <translation>团队资料库 %1 已就绪（格式 %2），角色为 %3。</translation>
    </message>
    <message>
        <source>server needs an action (init, users, add-user or remove-user) and a postgresql:// address.</source>
        <translation>server 需要一个操作（init、users、add-user 或 remove-user）和一个 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>add-user needs --role reader, editor or admin.</source>
        <translation>add-user 需要 --role reader、editor 或 admin。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the team library %3.</source>
        <translation>%1 现在是团队资料库 %3 的 %2。</translation>
    </message>
    <message>
        <source>%1 no longer has a role in the team library %2.</source>
        <translation>%1 在团队资料库 %2 中已不再拥有角色。</translation>
    </message>
    <message>
        <source>“server %1” is not an action with these arguments: init URI, users URI, add-user URI USER --role ROLE, remove-user URI USER.</source>
        <translation>“server %1”不是带这些参数的操作：init URI、users URI、add-user URI USER --role ROLE、remove-user URI USER。</translation>
    </message>
    <message>
        <source>%1 could log in to the server before; their password was not changed.</source>
        <translation>%1 此前已能登录服务器；其密码未被更改。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>“%1”不是 PostgreSQL 地址（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>The team library “%1” can only be read here: %2. Nothing was changed.</source>
        <translation>团队资料库“%1”在这里只能阅读：%2。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>Cannot prepare the ODT file in memory.</source>
        <translation>无法在内存中准备 ODT 文件。</translation>
    </message>
    <message>
        <source>Qt could not write the ODT document.</source>
        <translation>Qt 无法写入 ODT 文档。</translation>
    </message>
    <message>
        <source>This format is not written by the document exporter.</source>
        <translation>文档导出器不支持写入此格式。</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>The page says it is in %1, but its bytes are UTF-8: read as UTF-8.</source>
        <translation>网页声明其编码为 %1，但其字节是 UTF-8：已按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>The page says it is in UTF-8, but its bytes are not: read as %1, detected.</source>
        <translation>网页声明其编码为 UTF-8，但其字节并非 UTF-8：已按检测到的 %1 读取。</translation>
    </message>
</context>
<context>
    <name>ExclusiveLibrary</name>
    <message>
        <source>Another program has the library open; waiting for it to finish…</source>
        <translation>另一个程序正打开着这个资料库；正在等待它结束……</translation>
    </message>
    <message>
        <source>Stopped waiting for the library.</source>
        <translation>已停止等待资料库。</translation>
    </message>
    <message>
        <source>Another program has the library “%1” open. Close it (or the other Lectern window) and try again; nothing was changed.</source>
        <translation>另一个程序正打开着资料库“%1”。请关闭它（或另一个 Lectern 窗口）后再试；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ExportContentLoader</name>
    <message>
        <source>No article is in the category “%1”.</source>
        <translation>分类“%1”中没有文章。</translation>
    </message>
    <message>
        <source>The recommended-reading list is empty.</source>
        <translation>推荐阅读列表为空。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>“%1”已存在，未被替换。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>FormattingDiff</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>a quotation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>preformatted text</source>
        <translation>预设格式文本</translation>
    </message>
    <message>
        <source>a heading %1</source>
        <translation>%1 级标题</translation>
    </message>
    <message>
        <source>a bulleted list item (level %1)</source>
        <translation>项目符号列表项（第 %1 级）</translation>
    </message>
    <message>
        <source>a bulleted list item</source>
        <translation>项目符号列表项</translation>
    </message>
    <message>
        <source>a numbered list item (level %1)</source>
        <translation>编号列表项（第 %1 级）</translation>
    </message>
    <message>
        <source>a numbered list item</source>
        <translation>编号列表项</translation>
    </message>
    <message>
        <source>%1 in a quotation</source>
        <translation>引文中的%1</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>aligned right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <source>aligned left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>link to %1 added on %2</source>
        <translation>为 %2 添加了指向 %1 的链接</translation>
    </message>
    <message>
        <source>link to %1 removed from %2</source>
        <translation>删除了 %2 上指向 %1 的链接</translation>
    </message>
    <message>
        <source>colour %1 given to %2</source>
        <translation>%2 设为颜色 %1</translation>
    </message>
    <message>
        <source>colour %1 taken off %2</source>
        <translation>去掉了 %2 的颜色 %1</translation>
    </message>
    <message>
        <source>highlight %1 put on %2</source>
        <translation>%2 加上了突出显示 %1</translation>
    </message>
    <message>
        <source>highlight %1 taken off %2</source>
        <translation>去掉了 %2 的突出显示 %1</translation>
    </message>
    <message>
        <source>bold added to %1</source>
        <translation>%1 设为粗体</translation>
    </message>
    <message>
        <source>bold removed from %1</source>
        <translation>%1 不再是粗体</translation>
    </message>
    <message>
        <source>italic added to %1</source>
        <translation>%1 设为斜体</translation>
    </message>
    <message>
        <source>italic removed from %1</source>
        <translation>%1 不再是斜体</translation>
    </message>
    <message>
        <source>underline added to %1</source>
        <translation>%1 加上了下划线</translation>
    </message>
    <message>
        <source>underline removed from %1</source>
        <translation>去掉了 %1 的下划线</translation>
    </message>
    <message>
        <source>strikethrough added to %1</source>
        <translation>%1 加上了删除线</translation>
    </message>
    <message>
        <source>strikethrough removed from %1</source>
        <translation>去掉了 %1 的删除线</translation>
    </message>
    <message>
        <source>%1 made superscript</source>
        <translation>%1 设为上标</translation>
    </message>
    <message>
        <source>%1 no longer superscript</source>
        <translation>%1 不再是上标</translation>
    </message>
    <message>
        <source>%1 made subscript</source>
        <translation>%1 设为下标</translation>
    </message>
    <message>
        <source>%1 no longer subscript</source>
        <translation>%1 不再是下标</translation>
    </message>
    <message>
        <source>%1 marked as code</source>
        <translation>%1 标为代码</translation>
    </message>
    <message>
        <source>%1 no longer marked as code</source>
        <translation>%1 不再标为代码</translation>
    </message>
    <message numerus="yes">
        <source>and %n more formatting change(s)</source>
        <translation>
            <numerusform>另有 %n 处格式更改</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1, %2</source>
        <translation>表格 %1，%2</translation>
    </message>
    <message>
        <source>too much of the text changed to compare its formatting paragraph by paragraph</source>
        <translation>文本改动太多，无法逐段比较格式</translation>
    </message>
    <message numerus="yes">
        <source>%1 and the %n paragraph(s) after it</source>
        <translation>
            <numerusform>%1 及其后的 %n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>became %1 (was %2)</source>
        <translation>变为%1（原为%2）</translation>
    </message>
    <message>
        <source>became %1 (were %2)</source>
        <translation>变为%1（原为%2）</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>现为%1</translation>
    </message>
    <message>
        <source>table %1 (%2)</source>
        <translation>表格 %1（%2）</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>表格 %1</translation>
    </message>
    <message>
        <source>table removed</source>
        <translation>删除了表格</translation>
    </message>
    <message>
        <source>table added (%1 × %2: rows × columns)</source>
        <translation>添加了表格（%1 × %2：行 × 列）</translation>
    </message>
    <message>
        <source>rows: %1 → %2</source>
        <translation>行数：%1 → %2</translation>
    </message>
    <message>
        <source>columns: %1 → %2</source>
        <translation>列数：%1 → %2</translation>
    </message>
    <message>
        <source>column widths changed</source>
        <translation>列宽已更改</translation>
    </message>
    <message>
        <source>cells merged</source>
        <translation>合并了单元格</translation>
    </message>
    <message>
        <source>merged cells split</source>
        <translation>拆分了合并的单元格</translation>
    </message>
    <message>
        <source>other cells merged</source>
        <translation>合并了其他单元格</translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>在%1附近</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>在开头</translation>
    </message>
    <message>
        <source>its own size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <source>%1 px high</source>
        <translation>高 %1 像素</translation>
    </message>
    <message>
        <source>%1 px wide</source>
        <translation>宽 %1 像素</translation>
    </message>
    <message>
        <source>picture resized: %1 → %2</source>
        <translation>图片大小已更改：%1 → %2</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>添加了图片</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>删除了图片</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>在%1之后</translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) added</source>
        <translation>
            <numerusform>添加了 %n 条水平线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) removed</source>
        <translation>
            <numerusform>删除了 %n 条水平线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) (read as %1) are shown as �.</source>
        <translation>
            <numerusform>%n 个无效字节序列（按 %1 读取）显示为 �。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n 张远程图片未下载，已保留为链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the imported folder were not read.</source>
        <translation>
            <numerusform>%n 张位于导入文件夹之外的图片未被读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or not images.</source>
        <translation>
            <numerusform>%n 张图片缺失或不是图片文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) larger than %1 MB were left out.</source>
        <translation>
            <numerusform>%n 张大于 %1 MB 的图片已略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation>该页面没有文章正文。</translation>
    </message>
    <message>
        <source>The file has no text.</source>
        <translation>该文件没有文本。</translation>
    </message>
    <message>
        <source>The page holds only page furniture (menus, links to other pages, a header or a footer) and no article text.</source>
        <translation>该网页只有页面装饰（菜单、指向其他页面的链接、页眉或页脚），没有文章正文。</translation>
    </message>
</context>
<context>
    <name>HtmlWriter</name>
    <message>
        <source>[image]</source>
        <translation>[图片]</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>没有这样的文件或文件夹。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>无法读取该文件：%1。</translation>
    </message>
    <message>
        <source>It was imported before, as article %1.</source>
        <translation>此前已导入过，对应文章 %1。</translation>
    </message>
    <message>
        <source>It is not a regular file (a device, a pipe or a socket): not read.</source>
        <translation>这不是普通文件（设备、管道或套接字）：未读取。</translation>
    </message>
    <message>
        <source>It is a link to a file that does not exist.</source>
        <translation>这是指向不存在的文件的链接。</translation>
    </message>
    <message>
        <source>It is a link to a file outside the imported folder (%1): not read.</source>
        <translation>这是指向导入文件夹之外的文件（%1）的链接：未读取。</translation>
    </message>
</context>
<context>
    <name>LibraryBackups</name>
    <message>
        <source>The copy did not pass its check: %1</source>
        <translation>副本未通过检查：%1</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>每日副本</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并之前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>No backup of the library was made: it needs %1 and the disk has %2 free.</source>
        <translation>没有制作资料库备份：备份需要 %1，而磁盘只剩 %2 可用。</translation>
    </message>
    <message>
        <source>No backup of the library was made: the folder “%1” cannot be created.</source>
        <translation>没有制作资料库备份：无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The copy could not be written to the disk.</source>
        <translation>副本无法写入磁盘。</translation>
    </message>
    <message>
        <source>The copy could not be given its name.</source>
        <translation>无法为副本命名。</translation>
    </message>
    <message>
        <source>No backup of the library was made: %1</source>
        <translation>没有制作资料库备份：%1</translation>
    </message>
</context>
<context>
    <name>LibraryExchange</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>此资料库中没有文章 %1。</translation>
    </message>
    <message>
        <source>Choose the articles to export.</source>
        <translation>请选择要导出的文章。</translation>
    </message>
    <message>
        <source>The exchange file “%1” could not be written: %2</source>
        <translation>无法写入交换文件“%1”：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>LibraryLocation</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A team library: its database on its server, &quot;union on db.example.org&quot;.</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>%1 (their version)</source>
        <translation>%1（对方版本）</translation>
    </message>
    <message>
        <source>A library cannot be merged into itself.</source>
        <translation>资料库不能与自身合并。</translation>
    </message>
    <message>
        <source>The merge of “%1” stopped at article %2 (%3); this library was left as it was.</source>
        <translation>合并“%1”时在文章 %2 处中止（%3）；此资料库保持原样。</translation>
    </message>
    <message>
        <source>The merge of “%1” could not be saved (%2); this library was left as it was.</source>
        <translation>无法保存与“%1”的合并（%2）；此资料库保持原样。</translation>
    </message>
    <message>
        <source>The related articles of “%1” could not be merged (%2); this library was left as it was.</source>
        <translation>无法合并“%1”的相关文章（%2）；本文库保持原样。</translation>
    </message>
    <message>
        <source>The merge of “%1” was cancelled; this library was left as it was.</source>
        <translation>“%1”的合并已取消；本文库保持原样。</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>此资料库中没有文章 %1。</translation>
    </message>
    <message>
        <source>The article was not found in this library.</source>
        <translation>在此资料库中找不到该文章。</translation>
    </message>
    <message>
        <source>The tag “%1” could not be saved.</source>
        <translation>无法保存标签“%1”。</translation>
    </message>
    <message>
        <source>The article %1 is not in the trash.</source>
        <translation>文章 %1 不在回收站中。</translation>
    </message>
    <message>
        <source>Only an article in the trash can be deleted for good.</source>
        <translation>只有回收站中的文章才能被永久删除。</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>该修订版本不存在。</translation>
    </message>
    <message>
        <source>That revision is damaged and cannot be read.</source>
        <translation>该修订版本已损坏，无法读取。</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is not a database file. It was left as it is.</source>
        <translation>“%1”不是 Lectern 资料库：它不是数据库文件。该文件保持原样。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Lectern library. It was left as it is.</source>
        <translation>“%1”是其他程序的数据库，不是 Lectern 资料库。该文件保持原样。</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Lectern (library format %2; this version reads up to %3). Update Lectern to open it; the file was not changed.</source>
        <translation>资料库“%1”由更新版本的 Lectern 写入（资料库格式 %2；此版本最高只能读取格式 %3）。请更新 Lectern 后再打开；该文件未被更改。</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>“%1”处没有资料库。</translation>
    </message>
    <message>
        <source>“%1” already exists; Lectern never overwrites a file when creating a library.</source>
        <translation>“%1”已存在；Lectern 创建资料库时从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt installation cannot be used.</source>
        <translation>无法使用此 Qt 安装中的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>The library “%1” could not be upgraded to format %2 (%3). It was left at format %4.</source>
        <translation>无法将资料库“%1”升级到格式 %2（%3）。它仍保持格式 %4。</translation>
    </message>
    <message>
        <source>The search “%1” could not be run: %2</source>
        <translation>无法执行搜索“%1”：%2</translation>
    </message>
    <message>
        <source>An article cannot be related to itself.</source>
        <translation>文章不能与自身关联。</translation>
    </message>
    <message>
        <source>The image %1 is missing from the library.</source>
        <translation>资料库中缺少图片 %1。</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>阅读列表需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a reading list named “%1”.</source>
        <translation>已存在名为“%1”的阅读列表。</translation>
    </message>
    <message>
        <source>That reading list does not exist.</source>
        <translation>该阅读列表不存在。</translation>
    </message>
    <message>
        <source>The recommended-reading list cannot be deleted; empty it instead.</source>
        <translation>推荐阅读列表不能删除，但可以清空。</translation>
    </message>
    <message>
        <source>The article %1 is in the list twice.</source>
        <translation>文章 %1 在列表中出现了两次。</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5); Lectern needs it.</source>
        <translation>此 SQLite 不支持全文搜索（FTS5），而 Lectern 需要它。</translation>
    </message>
    <message>
        <source>The search tokenizer could not be set up.</source>
        <translation>无法设置搜索分词器。</translation>
    </message>
    <message>
        <source>There is no university %1 in this library.</source>
        <translation>此资料库中没有大学 %1。</translation>
    </message>
    <message>
        <source>The university %1 is not in the trash.</source>
        <translation>大学 %1 不在回收站中。</translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept for an item without an identifier.</source>
        <translation>没有标识符的条目无法保留未保存的更改。</translation>
    </message>
    <message>
        <source>This library has no recommended-reading list to add the article to.</source>
        <translation>此文库没有可以加入文章的推荐阅读列表。</translation>
    </message>
    <message>
        <source>Only a university in the trash can be deleted for good.</source>
        <translation>只有回收站中的大学才能永久删除。</translation>
    </message>
    <message>
        <source>The university “%1” is not in the trash.</source>
        <translation>大学“%1”不在回收站中。</translation>
    </message>
    <message>
        <source>The article “%1” is not in the trash.</source>
        <translation>文章“%1”不在回收站中。</translation>
    </message>
    <message>
        <source>Only what is in the trash can be deleted for good: “%1” is not there.</source>
        <translation>只有回收站中的内容才能永久删除：“%1”不在其中。</translation>
    </message>
    <message>
        <source>Parts of the file belong to no table (pages that were being written when something went wrong).</source>
        <translation>文件中有部分内容不属于任何表（出错时正在写入的页面）。</translation>
    </message>
    <message>
        <source>A required value is missing in the table “%1” (column “%2”).</source>
        <translation>表“%1”中缺少一个必需的值（列“%2”）。</translation>
    </message>
    <message>
        <source>The index “%1” no longer matches its table.</source>
        <translation>索引“%1”与它的表不再一致。</translation>
    </message>
    <message>
        <source>Rows of “%1” point at rows that are gone.</source>
        <translation>“%1”中的行指向已不存在的行。</translation>
    </message>
    <message>
        <source>The file’s structure is damaged.</source>
        <translation>文件的结构已损坏。</translation>
    </message>
    <message>
        <source>A library in memory has no backups.</source>
        <translation>内存中的资料库没有备份。</translation>
    </message>
    <message>
        <source>No backup was made: %1.</source>
        <translation>没有制作备份：%1。</translation>
    </message>
    <message>
        <source>“%1” is open in this program; close it before restoring a backup over it.</source>
        <translation>“%1”已在本程序中打开；请先关闭它，再用备份恢复。</translation>
    </message>
    <message>
        <source>A library cannot be restored from itself.</source>
        <translation>资料库不能从自身恢复。</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>“%1”处没有备份。</translation>
    </message>
    <message>
        <source>“%1” cannot be written (the file, its folder or its disk is read-only); nothing was restored.</source>
        <translation>“%1”无法写入（文件、所在文件夹或磁盘是只读的）；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Before restoring, Lectern keeps the library as it is, and could not: %1 Nothing was restored.</source>
        <translation>恢复之前，Lectern 会先保留资料库的当前状态，但这一步失败了：%1 没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Keeping a copy of the library (%1) before upgrading it to this version’s format…</source>
        <translation>正在保留资料库的副本（%1），然后将其升级到此版本的格式……</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version’s library format, and Lectern keeps a copy before it does. %2 The library was not changed.</source>
        <translation>“%1”必须升级到此版本的资料库格式，Lectern 在升级前会保留一个副本。%2 资料库没有被更改。</translation>
    </message>
    <message>
        <source>Upgrading the library…</source>
        <translation>正在升级资料库……</translation>
    </message>
    <message>
        <source>“%1” is not a library file: it is a folder, a device or a pipe. It was left as it is.</source>
        <translation>“%1”不是资料库文件：它是文件夹、设备或管道。它保持原样。</translation>
    </message>
    <message>
        <source>Another program is upgrading or restoring the library; waiting for it to finish…</source>
        <translation>另一个程序正在升级或恢复资料库；正在等待它完成……</translation>
    </message>
    <message>
        <source>The library “%1” was made by an earlier version of Lectern and must be upgraded before this version can read it, but it cannot be written here (%2). Open it once where it can be written; nothing was changed.</source>
        <translation>资料库“%1”由较早版本的 Lectern 创建，必须先升级才能被此版本读取，但在这里无法写入它（%2）。请在可以写入的地方打开一次；没有做任何更改。</translation>
    </message>
    <message>
        <source>A library cannot be created in “%1”: the folder cannot be written to.</source>
        <translation>无法在“%1”中创建资料库：该文件夹不可写入。</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2). A library there could be damaged when two computers use it; create it on this computer’s own disk.</source>
        <translation>“%1”位于网络驱动器上（%2）。两台计算机同时使用那里的资料库时，它可能会损坏；请在本计算机自己的磁盘上创建资料库。</translation>
    </message>
    <message>
        <source>A library in memory has only one connection.</source>
        <translation>内存中的资料库只有一个连接。</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>the file, its folder or its disk is read-only</source>
        <translation>文件、所在文件夹或磁盘是只读的</translation>
    </message>
    <message>
        <source>it is on a network drive (%1), where a library can be damaged when two computers write to it</source>
        <translation>它位于网络驱动器上（%1），两台计算机同时写入时资料库可能会损坏</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be opened safely. It was left as it is. “lectern check” says what is wrong; a backup (File › Restore from Backup…, or “lectern backups”) brings back an intact copy.</source>
        <translation>资料库“%1”已损坏，无法安全打开。它保持原样。“lectern check”会说明问题所在；备份（文件 › 从备份恢复…，或“lectern backups”）可以找回完好的副本。</translation>
    </message>
    <message>
        <source>The library “%1” is kept busy by another program (an upgrade or a restore may be running). Try again in a moment; nothing was changed.</source>
        <translation>资料库“%1”正被另一个程序占用（可能正在升级或恢复）。请稍后再试；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read: no permission, or the disk it is on cannot be reached. Nothing was changed.</source>
        <translation>无法读取资料库“%1”：没有权限，或无法访问它所在的磁盘。没有做任何更改。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation>无法打开资料库“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is an empty file. It was left as it is.</source>
        <translation>“%1”不是 Lectern 资料库：它是一个空文件。它保持原样。</translation>
    </message>
    <message>
        <source>The disk that holds the library is full (or the library has reached its size limit). Nothing was changed; free some space and try again.</source>
        <translation>存放资料库的磁盘已满（或资料库已达到大小上限）。没有做任何更改；请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>The library cannot be written: the file, its folder or its disk is read-only. Nothing was changed.</source>
        <translation>无法写入资料库：文件、所在文件夹或磁盘是只读的。没有做任何更改。</translation>
    </message>
    <message>
        <source>Another program kept the library busy for too long. Nothing was changed; try again in a moment.</source>
        <translation>另一个程序占用资料库的时间太长。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <source>The library file is damaged. Nothing was changed. “lectern check” says what is wrong; File › Restore from Backup… brings back an intact copy.</source>
        <translation>资料库文件已损坏。没有做任何更改。“lectern check”会说明问题所在；文件 › 从备份恢复… 可以找回完好的副本。</translation>
    </message>
    <message>
        <source>The library cannot be reached: its file or folder cannot be opened (no permission, or a disk that is no longer there). Nothing was changed.</source>
        <translation>无法访问资料库：无法打开它的文件或文件夹（没有权限，或磁盘已不在）。没有做任何更改。</translation>
    </message>
    <message>
        <source>The library refused a change that clashes with what it holds: %1</source>
        <translation>资料库拒绝了一项与其现有内容冲突的更改：%1</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library reported an error: %1</source>
        <translation>资料库报告了一个错误：%1</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>A change to the library was started inside another one.</source>
        <translation>对资料库的一次更改在另一次更改尚未完成时开始了。</translation>
    </message>
    <message>
        <source>The library could not be read in the background.</source>
        <translation>无法在后台读取资料库。</translation>
    </message>
    <message>
        <source>Team libraries need Qt&apos;s PostgreSQL driver, which is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>团队资料库需要 Qt 的 PostgreSQL 驱动，但它尚未安装（Debian 上为软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server of the team library %1 refused the connection: %2. Check the user name and password.</source>
        <translation>团队资料库 %1 的服务器拒绝了连接：%2。请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The server has no database “%1” (%2).</source>
        <translation>服务器上没有数据库“%1”（%2）。</translation>
    </message>
    <message>
        <source>Your role in this team library does not allow that change; the server refused it and nothing was changed. An administrator of the library can give you another role.</source>
        <translation>您在此团队资料库中的角色不允许此更改；服务器已拒绝，未做任何更改。资料库的管理员可以为您分配其他角色。</translation>
    </message>
    <message>
        <source>The team library cannot be reached: %1 Nothing was changed; check the network and the server, then try again.</source>
        <translation>无法连接团队资料库：%1 未做任何更改；请检查网络和服务器，然后重试。</translation>
    </message>
    <message>
        <source>The search index does not match the articles: %1</source>
        <translation>搜索索引与文章不一致：%1</translation>
    </message>
    <message>
        <source>A team library is backed up on its server (pg_dump), not by Lectern.</source>
        <translation>团队资料库在其服务器上备份（pg_dump），而不是由 Lectern 备份。</translation>
    </message>
    <message>
        <source>The search index does not match the articles; searches may miss some of them.</source>
        <translation>搜索索引与文章不一致；搜索可能漏掉其中一些文章。</translation>
    </message>
    <message>
        <source>the server lets your account only read this team library</source>
        <translation>服务器只允许您的账户阅读此团队资料库</translation>
    </message>
    <message>
        <source>The article could not be saved.</source>
        <translation>无法保存文章。</translation>
    </message>
    <message>
        <source>The reading list could not be saved.</source>
        <translation>无法保存阅读列表。</translation>
    </message>
    <message>
        <source>Unsaved changes to a team library are not kept between saves in this version; save often.</source>
        <translation>此版本不会在两次保存之间保留团队资料库中未保存的更改；请经常保存。</translation>
    </message>
    <message>
        <source>The database of “%1” holds no team library. An administrator makes one with “lectern server init”.</source>
        <translation>“%1”的数据库中没有团队资料库。管理员可以用“lectern server init”创建一个。</translation>
    </message>
    <message>
        <source>Your account “%1” has no access to the team library “%2”; an administrator of the library can add you.</source>
        <translation>您的账户“%1”无权访问团队资料库“%2”；该资料库的管理员可以添加您。</translation>
    </message>
    <message>
        <source>The team library “%1” has an earlier version’s format, which an administrator upgrades with “lectern server init”. Nothing was changed.</source>
        <translation>团队资料库“%1”使用较早版本的格式，管理员可用“lectern server init”升级。未做任何更改。</translation>
    </message>
    <message>
        <source>The article %1 is missing from the search index.</source>
        <translation>搜索索引中缺少文章 %1。</translation>
    </message>
    <message>
        <source>The article %1 is in the trash but still in the search index.</source>
        <translation>文章 %1 已在回收站中，但仍在搜索索引里。</translation>
    </message>
    <message>
        <source>The search index holds an earlier version of the article %1.</source>
        <translation>搜索索引中保存的是文章 %1 的较早版本。</translation>
    </message>
</context>
<context>
    <name>LiveLibraries</name>
    <message>
        <source>“%1” is the library Lectern has open (or one of its own files): it is never read, replaced or written to except by the library itself. Choose another file.</source>
        <translation>“%1”是 Lectern 正打开的资料库（或它自己的文件之一）：除资料库本身外，它绝不会被读取、替换或写入。请选择另一个文件。</translation>
    </message>
</context>
<context>
    <name>PagedLayout</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>The margins leave no room for text on this page size.</source>
        <translation>在此页面尺寸下，页边距过大，没有留下文本空间。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot draw on the output device.</source>
        <translation>无法在输出设备上绘制。</translation>
    </message>
    <message>
        <source>Cannot add a page to the output.</source>
        <translation>无法向输出添加页面。</translation>
    </message>
    <message>
        <source>Cannot finish drawing the pages.</source>
        <translation>无法完成页面绘制。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot prepare the PDF in memory.</source>
        <translation>无法在内存中准备 PDF。</translation>
    </message>
</context>
<context>
    <name>PdfPatch</name>
    <message>
        <source>The PDF written by Qt could not be read back.</source>
        <translation>无法读回 Qt 写入的 PDF。</translation>
    </message>
</context>
<context>
    <name>PersonalWords</name>
    <message>
        <source>Your word list %1 cannot be read: %2</source>
        <translation>无法读取您的词表 %1：%2</translation>
    </message>
    <message>
        <source>Your word list %1 is larger than 16 MB: it is not a word list.</source>
        <translation>您的词表 %1 超过 16 MB：这不是词表。</translation>
    </message>
    <message>
        <source>The folder %1 for your word list cannot be made.</source>
        <translation>无法创建存放词表的文件夹 %1。</translation>
    </message>
    <message>
        <source>Your word list could not be saved. %1</source>
        <translation>无法保存你的单词表。%1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays help, including generic Qt options.</source>
        <translation>显示帮助，包括 Qt 的通用选项。</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>founded %1</source>
        <translation>成立于 %1 年</translation>
    </message>
    <message>
        <source>No affiliate universities yet.</source>
        <translation>暂无合作大学。</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>其他语言版本：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Universities:</source>
        <translation>大学：</translation>
    </message>
    <message>
        <source>China-Ukraine Education Union</source>
        <translation>中乌教育联盟</translation>
    </message>
    <message>
        <source>Latest articles</source>
        <translation>最新文章</translation>
    </message>
    <message>
        <source>No published articles yet. Create one with File › New Article.</source>
        <translation>尚无已发布的文章。可通过“文件 › 新建文章”创建。</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>Nothing recommended yet.</source>
        <translation>暂无推荐内容。</translation>
    </message>
    <message>
        <source>Affiliate universities (Ukraine)</source>
        <translation>合作大学（乌克兰）</translation>
    </message>
    <message>
        <source>Affiliate universities (China)</source>
        <translation>合作大学（中国）</translation>
    </message>
    <message>
        <source>Articles that mention %1</source>
        <translation>提及%1的文章</translation>
    </message>
    <message>
        <source>No article is linked to this university yet. Link one from the article&apos;s metadata in the editor.</source>
        <translation>尚无与这所大学关联的文章。可在编辑器中通过文章的元数据进行关联。</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>精选</translation>
    </message>
    <message>
        <source>Newest article</source>
        <translation>最新文章</translation>
    </message>
    <message>
        <source>Read the article</source>
        <translation>阅读全文</translation>
    </message>
    <message>
        <source>No other published articles yet.</source>
        <translation>暂无其他已发布的文章。</translation>
    </message>
    <message>
        <source>Affiliate universities (%1)</source>
        <translation>合作大学（%1）</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>Nothing in the library is related to the featured article yet.</source>
        <translation>资料库中暂无与精选文章相关的文章。</translation>
    </message>
    <message>
        <source>No related articles yet: nothing else in the library shares enough with this one.</source>
        <translation>暂无相关文章：资料库中没有其他文章与这篇有足够的共同之处。</translation>
    </message>
</context>
<context>
    <name>RelatedEngine</name>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>此资料库中没有文章 %1。</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>其他语言版本：%1</translation>
    </message>
    <message>
        <source>The number of related articles must be 1 or more.</source>
        <translation>相关文章的数量必须大于或等于 1。</translation>
    </message>
    <message>
        <source>shares the tag %1</source>
        <translation>有共同标签 %1</translation>
    </message>
    <message>
        <source>shares tags: %1</source>
        <translation>有共同标签：%1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>提及 %1</translation>
    </message>
    <message>
        <source>same category: %1</source>
        <translation>同一分类：%1</translation>
    </message>
    <message>
        <source>similar text: %1</source>
        <translation>文本相似：%1</translation>
    </message>
    <message>
        <source>pinned by an editor</source>
        <translation>由编辑置顶</translation>
    </message>
    <message>
        <source>chosen by an editor</source>
        <translation>由编辑选定</translation>
    </message>
</context>
<context>
    <name>RelatedReading</name>
    <message>
        <source>Related reading</source>
        <translation>延伸阅读</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>…… %n 个段落未改动 ……</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>无改动</translation>
    </message>
    <message>
        <source>(many changes)</source>
        <translation>（改动很多）</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>（+%1 −%2 词）</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Added in the current version</source>
        <translation>当前版本中新增</translation>
    </message>
    <message>
        <source>This version is the same as the current version.</source>
        <translation>此版本与当前版本相同。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The text is the same as in the current version.</source>
        <translation>正文与当前版本相同。</translation>
    </message>
    <message>
        <source>%L1 words added, %L2 removed.</source>
        <translation>新增 %L1 个词，删除 %L2 个词。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Too many changes to show them all. %L1 words added, %L2 removed in all.</source>
        <translation>改动太多，无法全部显示。共新增 %L1 个词，删除 %L2 个词。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Translation group</source>
        <translation>译文组</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>题图</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>创办年份</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>校徽</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>“%1” is not a status; use draft, review, published or archived.</source>
        <translation>“%1”不是状态；请使用 draft、review、published 或 archived。</translation>
    </message>
    <message>
        <source>The search has %1 different words and phrases; Lectern searches at most %2 at once. Remove some of them.</source>
        <translation>搜索包含 %1 个不同的词语和短语；Lectern 一次最多搜索 %2 个。请删除其中一些。</translation>
    </message>
    <message>
        <source>The search has %1 word beginnings (such as stud*); Lectern searches at most %2 at once. Write some of the words out.</source>
        <translation>搜索包含 %1 个词首（例如 stud*）；Lectern 一次最多搜索 %2 个。请把其中一些词写完整。</translation>
    </message>
    <message>
        <source>“%1*” is too short to search for the words it begins: give at least %2 letters before the *.</source>
        <translation>“%1*”太短，无法搜索以它开头的词：请在 * 前至少输入 %2 个字母。</translation>
    </message>
    <message>
        <source>The search has %1 words in all; Lectern searches at most %2 at once. Shorten its phrases or remove some words.</source>
        <translation>搜索共包含 %1 个词；Lectern 一次最多搜索 %2 个。请缩短短语或删除一些词语。</translation>
    </message>
    <message>
        <source>The search is %1 characters long; Lectern searches at most %2 at once. Shorten it to its most telling words.</source>
        <translation>搜索长度为 %1 个字符；Lectern 一次最多搜索 %2 个字符。请只保留最关键的词语。</translation>
    </message>
</context>
<context>
    <name>ServerLibrary</name>
    <message>
        <source>The database “%1” already holds other tables; a team library is made only on an empty database. Nothing was changed.</source>
        <translation>数据库“%1”中已有其他数据表；团队资料库只能在空数据库上创建。未做任何更改。</translation>
    </message>
    <message>
        <source>The database “%1” has a schema “lectern” that is not a Lectern team library. Nothing was changed.</source>
        <translation>数据库“%1”中有一个名为“lectern”的模式，但它不是 Lectern 团队资料库。未做任何更改。</translation>
    </message>
    <message>
        <source>The team library “%1” was made by a newer version of Lectern (its format is %2; this version knows up to %3). Nothing was changed; install the newer Lectern to use it.</source>
        <translation>团队资料库“%1”由较新版本的 Lectern 创建（其格式为 %2；此版本最多支持 %3）。未做任何更改；请安装较新的 Lectern 以使用它。</translation>
    </message>
    <message>
        <source>The user “%1” may not create roles on this server, which making a team library needs (its reader, editor and administrator roles). Run it as the server&apos;s administrator (for example postgres). Nothing was changed.</source>
        <translation>用户“%1”无权在此服务器上创建角色，而创建团队资料库需要这些角色（读者、编辑和管理员角色）。请以服务器管理员身份运行（例如 postgres）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database “%1” holds no team library yet; “lectern server init” makes one.</source>
        <translation>数据库“%1”中还没有团队资料库；可用“lectern server init”创建。</translation>
    </message>
    <message>
        <source>The database “%1” already holds a team library of this version. Nothing was changed.</source>
        <translation>数据库“%1”中已有此版本的团队资料库。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not a role of a team library: reader, editor or admin.</source>
        <translation>“%1”不是团队资料库的角色：应为 reader、editor 或 admin。</translation>
    </message>
    <message>
        <source>“%1” is not a user name a server takes (1 to 63 characters, no spaces or quotation marks).</source>
        <translation>“%1”不是服务器接受的用户名（1 到 63 个字符，不含空格或引号）。</translation>
    </message>
    <message>
        <source>“%1” is a team library on a PostgreSQL server. This version’s window cannot open one yet; its command line can (lectern --library %1 list, search, import…).</source>
        <translation>“%1”是 PostgreSQL 服务器上的团队资料库。此版本的窗口还不能打开它；命令行可以（lectern --library %1 list、search、import…）。</translation>
    </message>
</context>
<context>
    <name>SitePictures</name>
    <message>
        <source>The picture %1 is not in a format web browsers show (%2).</source>
        <translation>图片 %1 的格式网页浏览器无法显示（%2）。</translation>
    </message>
    <message>
        <source>The picture %1 could not be read.</source>
        <translation>无法读取图片 %1。</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>Publishing was cancelled; the site was left as it was.</source>
        <translation>发布已取消；网站保持原样。</translation>
    </message>
    <message>
        <source>Choose a folder to publish the site into.</source>
        <translation>请选择发布网站的文件夹。</translation>
    </message>
    <message>
        <source>The site cannot be published over the library file itself.</source>
        <translation>不能把网站发布到资料库文件本身之上。</translation>
    </message>
</context>
<context>
    <name>SiteTheme</name>
    <message>
        <source>The theme file “%1” could not be read (%2).</source>
        <translation>无法读取主题文件“%1”（%2）。</translation>
    </message>
    <message>
        <source>The theme&apos;s words in “%1” are not valid JSON (%2).</source>
        <translation>主题词语文件“%1”不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>The theme folder “%1” does not exist.</source>
        <translation>主题文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The theme template “%1” has an error: %2</source>
        <translation>主题模板“%1”有错误：%2</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>The list of files Lectern made there is damaged.</source>
        <translation>Lectern 在那里生成的文件清单已损坏。</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder; nothing was written.</source>
        <translation>“%1”是文件而不是文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2); nothing was written.</source>
        <translation>无法读取“%1”（%2）；未写入任何内容。</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was written; use --force to publish there anyway.</source>
        <translation>“%1”：%2 未写入任何内容；如仍要发布到该处，请使用 --force。</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty and was not made by Lectern; nothing was written. Choose an empty folder, or use --force to publish into it (files Lectern did not make are left alone).</source>
        <translation>文件夹“%1”不是空的，也不是由 Lectern 生成的；未写入任何内容。请选择一个空文件夹，或使用 --force 发布到其中（不是 Lectern 生成的文件不会被改动）。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created; the site was left as it was.</source>
        <translation>无法创建文件夹“%1”；网站保持原样。</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the site was left as it was.</source>
        <translation>无法写入“%1”（%2）；网站保持原样。</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the disk may be full. The site was left as it was.</source>
        <translation>无法写入“%1”（%2）；磁盘可能已满。网站保持原样。</translation>
    </message>
    <message>
        <source>“%1” could not be put in place; the site may be incomplete. Publish again.</source>
        <translation>无法将“%1”放到位；网站可能不完整。请重新发布。</translation>
    </message>
</context>
<context>
    <name>SpellingDictionary</name>
    <message>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>无法读取拼写词典 %1。</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is written in %2, which Lectern cannot read.</source>
        <translation>拼写词典 %1 使用 %2 编码，Lectern 无法读取。</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>Looking for suggestions…</source>
        <translation>正在查找建议…</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>将“%1”添加到词典(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>忽略“%1”(&amp;I)</translation>
    </message>
    <message>
        <source>Not marked again anywhere until Lectern closes</source>
        <translation>在关闭 Lectern 之前不再标出</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>没有建议</translation>
    </message>
</context>
<context>
    <name>StagedFiles</name>
    <message>
        <source>The disk is full: “%1” could not be written. Nothing was replaced; free some space and try again.</source>
        <translation>磁盘已满：无法写入“%1”。没有替换任何文件；请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is read-only.</source>
        <translation>无法写入“%1”：磁盘是只读的。</translation>
    </message>
    <message>
        <source>“%1” could not be written: there is no permission to write in “%2”.</source>
        <translation>无法写入“%1”：没有在“%2”中写入的权限。</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder “%2” does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>“%1” could not be written: the file is too large for its disk.</source>
        <translation>无法写入“%1”：文件对其所在磁盘来说太大。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is a folder; a file of that name cannot be written.</source>
        <translation>“%1”是一个文件夹；无法写入同名文件。</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>“%1”已存在；没有替换它。</translation>
    </message>
    <message>
        <source>“%1” is a library (or another database); Lectern never replaces one with what it writes. Choose another name.</source>
        <translation>“%1”是一个资料库（或其他数据库）；Lectern 绝不会用它写出的内容替换资料库。请换一个名称。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program; Lectern does not replace it.</source>
        <translation>“%1”是另一个程序的数据库；Lectern 不会替换它。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>The user guide has no page “%1”.</source>
        <translation>用户指南中没有“%1”页。</translation>
    </message>
    <message>
        <source>The user guide page “%1” could not be read.</source>
        <translation>无法读取用户指南页“%1”。</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleEditor</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Your changes could not be saved. %1 They are still here in the editor, and kept in the recovery area of the library in case Lectern closes.</source>
        <translation>无法保存您的更改。%1 更改仍保留在编辑器中，并已存入文库的恢复区，以防 Lectern 意外关闭。</translation>
    </message>
    <message>
        <source>Your changes could not be saved. %1 They are still here in the editor, but could not be kept for recovery either: copy your text somewhere safe before closing Lectern.</source>
        <translation>无法保存您的更改。%1 更改仍保留在编辑器中，但也无法存入恢复区：关闭 Lectern 之前，请把文本复制到安全的地方。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>If you do not save them, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
</context>
<context>
    <name>lectern::ArticlePicker</name>
    <message>
        <source>Words of the title or text</source>
        <translation>标题或正文中的词</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Find an article:</source>
        <translation>查找文章(&amp;F)：</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>lectern::ArticlePickerDialog</name>
    <message>
        <source>Link to an Article</source>
        <translation>链接到文章</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>lectern::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>lectern::EditingController</name>
    <message>
        <source>&amp;Edit Article</source>
        <translation>编辑文章(&amp;E)</translation>
    </message>
    <message>
        <source>Edit this article (F2); again to go back to reading</source>
        <translation>编辑这篇文章（F2）；再按一次返回阅读</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation>复制文章(&amp;D)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>还原为已保存版本(&amp;R)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Open an article to edit it, or make a new one with Ctrl+N.</source>
        <translation>请打开一篇文章进行编辑，或按 Ctrl+N 新建文章。</translation>
    </message>
    <message>
        <source>Open a saved article to duplicate it.</source>
        <translation>请打开一篇已保存的文章再复制。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The article could not be duplicated: %1</source>
        <translation>无法复制文章：%1</translation>
    </message>
    <message>
        <source>Open an article to move it to the trash.</source>
        <translation>请打开一篇文章再移到回收站。</translation>
    </message>
    <message>
        <source>The article could not be moved to the trash: %1</source>
        <translation>无法将文章移到回收站：%1</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>已将“%1”移到回收站。</translation>
    </message>
    <message>
        <source>%1[*] — Editing — Lectern</source>
        <translation>%1[*] — 编辑 — Lectern</translation>
    </message>
    <message>
        <source>Restored unsaved changes to “%1”: check them and save.</source>
        <translation>已恢复对“%1”未保存的更改：请检查后保存。</translation>
    </message>
</context>
<context>
    <name>lectern::EditorTextEdit</name>
    <message>
        <source>Image missing from the library</source>
        <translation>文库中缺少此图片</translation>
    </message>
    <message>
        <source>The image is larger than 64 MB.</source>
        <translation>图片大于 64 MB。</translation>
    </message>
    <message>
        <source>The data is not an image Lectern can read.</source>
        <translation>这些数据不是 Lectern 能读取的图片。</translation>
    </message>
    <message>
        <source>The article is read-only.</source>
        <translation>这篇文章是只读的。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB.</source>
        <translation>%1 大于 64 MB。</translation>
    </message>
    <message>
        <source>%1 is not an image Lectern can read.</source>
        <translation>%1 不是 Lectern 能读取的图片。</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The selected article</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (self-contained)</source>
        <translation>HTML（单个独立文件）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本（ODT）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Put all articles into &amp;one file</source>
        <translation>将所有文章放入一个文件(&amp;O)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>页面尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;R)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>页边距(&amp;M)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Header and page numbers</source>
        <translation>页眉和页码(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Author, date, source and language under the title</source>
        <translation>在标题下显示作者、日期、来源和语言(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图片(&amp;I)</translation>
    </message>
    <message>
        <source>Clickable &amp;links</source>
        <translation>可点击的链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cover page and contents for several articles</source>
        <translation>多篇文章时加入封面和目录(&amp;C)</translation>
    </message>
    <message>
        <source>PDF/A-1b for &amp;archiving</source>
        <translation>用于归档的 PDF/A-1b(&amp;B)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was left behind.</source>
        <translation>导出已取消，没有留下任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>已导出到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected articles</source>
        <translation>
            <numerusform>所选的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files already exist in “%1”, for example “%2”. Replace them?</source>
        <translation>
            <numerusform>“%1”中已有 %n 个同名文件，例如“%2”。要替换吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个文件导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Related reading after each article</source>
        <translation>每篇文章后附“延伸阅读”(&amp;R)</translation>
    </message>
    <message>
        <source>Ends each article with up to five related articles and why they are suggested</source>
        <translation>在每篇文章末尾列出最多五篇相关文章及推荐理由</translation>
    </message>
</context>
<context>
    <name>lectern::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::HistoryController</name>
    <message>
        <source>Revision &amp;History…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <source>New &amp;University</source>
        <translation>新建大学(&amp;U)</translation>
    </message>
    <message>
        <source>Edit Uni&amp;versity</source>
        <translation>编辑大学(&amp;V)</translation>
    </message>
    <message>
        <source>Open an article or a university to see its history.</source>
        <translation>请打开一篇文章或一所大学以查看其修订历史。</translation>
    </message>
    <message>
        <source>The earlier version was restored.</source>
        <translation>已恢复较早的版本。</translation>
    </message>
    <message>
        <source>The university was moved to the trash.</source>
        <translation>该大学已移到回收站。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from the trash later.</source>
        <translation>将“%1”移到回收站？之后可以从回收站中恢复。</translation>
    </message>
    <message>
        <source>Move Universit&amp;y to Trash</source>
        <translation>将大学移到回收站(&amp;Y)</translation>
    </message>
    <message>
        <source>Tr&amp;ash</source>
        <translation>回收站(&amp;A)</translation>
    </message>
</context>
<context>
    <name>lectern::ImportDialog</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose HTML, Markdown or text files, or folders: a folder is imported with all its subfolders.</source>
        <translation>选择 HTML、Markdown 或文本文件，或者文件夹：导入文件夹时会包含其所有子文件夹。</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>A page that was imported before</source>
        <translation>以前导入过的页面</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the article as it is</source>
        <translation>跳过(&amp;S)：文章保持不变</translation>
    </message>
    <message>
        <source>&amp;Update the article (its current text is kept as a revision)</source>
        <translation>更新文章(&amp;U)（当前文本保留为修订版本）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Pages (*.html *.htm *.xhtml *.md *.markdown *.txt);;HTML (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;Text (*.txt);;All files (*)</source>
        <translation>页面 (*.html *.htm *.xhtml *.md *.markdown *.txt);;HTML (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>The import was cancelled. The files imported before that stay in the library.</source>
        <translation>导入已取消。取消之前已导入的文件保留在文库中。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported as new articles.</source>
        <translation>
            <numerusform>已将 %n 个文件导入为新文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: imported before.</source>
        <translation>
            <numerusform>已跳过 %n 个文件：以前导入过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the list below says why.</source>
        <translation>
            <numerusform>有 %n 个文件无法导入，原因见下方列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) on the web were not downloaded: they stay links.</source>
        <translation>
            <numerusform>有 %n 张网络图片未下载，仍保留为链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged since they were imported: nothing written.</source>
        <translation>
            <numerusform>%n 个文件自导入以来未变：未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not read (links to outside the folder, pipes or devices); the list below says why.</source>
        <translation>
            <numerusform>%n 个文件未读取（指向文件夹之外的链接、管道或设备）；下面的列表说明了原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ImportRunner</name>
    <message>
        <source>Looking for files to import…</source>
        <translation>正在查找要导入的文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The import could not open the library: %1</source>
        <translation>导入无法打开文库：%1</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryExportDialog</name>
    <message>
        <source>Export Library</source>
        <translation>导出文库</translation>
    </message>
    <message>
        <source>Write a library file (.lectern) with the articles, their history and images, for a colleague to merge into their library.</source>
        <translation>写出一个文库文件（.lectern），包含文章及其历史和图片，供同事合并到自己的文库中。</translation>
    </message>
    <message>
        <source>&amp;Everything, the trash included (so deletions reach them too)</source>
        <translation>全部内容(&amp;E)，包括回收站（这样删除操作也会传给对方）</translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;current list: %n article(s)</source>
        <translation>
            <numerusform>仅当前列表(&amp;C)：%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles changed &amp;since:</source>
        <translation>此日期之后修改的文章(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Lectern libraries (*.lectern)</source>
        <translation>Lectern 文库 (*.lectern)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) exported to “%1”.</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing article %1 of %2</source>
        <translation>正在写入第 %1 篇文章，共 %2 篇</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>正在读取文库…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryFileMenu</name>
    <message>
        <source>Lectern libraries (*.lectern)</source>
        <translation>Lectern 文库 (*.lectern)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty library file and open it.</source>
        <translation>创建一个空的文库文件并打开它。</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another library file in this window.</source>
        <translation>在此窗口中打开另一个文库文件。</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的文库(&amp;R)</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>There is no library at “%1” now: it was moved, renamed or deleted, or its disk is not connected.</source>
        <translation>“%1”处现在没有文库：它已被移动、重命名或删除，或者它所在的磁盘未连接。</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>尚未打开过其他文库</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>新文库</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySession</name>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开资料库……</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份……</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份没有被恢复：%1</translation>
    </message>
    <message>
        <source>Restored from “%1”. The library as it was is kept as a backup.</source>
        <translation>已从“%1”恢复。恢复前的资料库保留为备份。</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>正在检查资料库……</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>检查资料库</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>资料库完好无损。</translation>
    </message>
    <message>
        <source>The library is damaged.</source>
        <translation>资料库已损坏。</translation>
    </message>
    <message>
        <source>File › Restore from Backup… brings back an intact copy.</source>
        <translation>文件 › 从备份恢复… 可以找回完好的副本。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>“%1”处没有文库。</translation>
    </message>
    <message>
        <source>Lectern can create a new, empty library there, or you can open another library.</source>
        <translation>Lectern 可以在那里新建一个空文库，您也可以打开另一个文库。</translation>
    </message>
    <message>
        <source>&amp;Create Library There</source>
        <translation>在那里新建文库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>打开其他文库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No library was opened.</source>
        <translation>没有打开任何文库。</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <source>Opened the library “%1”.</source>
        <translation>已打开文库“%1”。</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>&amp;Article…</source>
        <translation>文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Link to another article of the library</source>
        <translation>链接到文库中的另一篇文章</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
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
        <translation>位置</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Show all articles</source>
        <translation>显示所有文章</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation>转到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>转到阅读视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>关于 Lectern(&amp;A)</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>关于 Lectern</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>No affiliate universities from %1 yet.</source>
        <translation>暂无来自%1的合作大学。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>No articles match — clear filters to see them all.</source>
        <translation>没有匹配的文章——清除筛选条件即可查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n 所大学</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 articles shown</source>
        <translation>显示 %L2 篇文章中的 %L1 篇</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Check the spelling, or remove a word or a filter.</source>
        <translation>没有与“%1”匹配的内容。请检查拼写，或删除某个词语或筛选条件。</translation>
    </message>
    <message>
        <source>&amp;Export Article…</source>
        <translation>导出文章(&amp;E)…</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>请先打开一篇文章，再导出。</translation>
    </message>
    <message>
        <source>Export the &amp;List…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>列表为空，没有可导出的内容。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Merge Library…</source>
        <translation>合并文库(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Li&amp;brary…</source>
        <translation>导出文库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>检查资料库(&amp;C)</translation>
    </message>
    <message>
        <source>This library can only be read: %1. Reading, searching and exporting work; editing is off.</source>
        <translation>这个资料库只能读取：%1。阅读、搜索和导出可以使用；编辑已关闭。</translation>
    </message>
    <message>
        <source>Allow &amp;Editing…</source>
        <translation>允许编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Allow Editing</source>
        <translation>允许编辑</translation>
    </message>
    <message>
        <source>Edit a library on a network drive only if no other computer has it open while you do.</source>
        <translation>只有在没有其他计算机同时打开网络驱动器上的资料库时，才可以编辑它。</translation>
    </message>
    <message>
        <source>Lectern cannot tell when another computer writes to it: if two do at once, the library can be damaged. Lectern keeps a backup each day it is opened.</source>
        <translation>Lectern 无法得知另一台计算机何时写入它：如果两台同时写入，资料库可能会损坏。资料库每天第一次打开时，Lectern 都会保留一个备份。</translation>
    </message>
    <message>
        <source>Search: words, stud*, &quot;phrases&quot;, -exclude, lang:zh, tag:…</source>
        <translation>搜索：词语、stud*、&quot;短语&quot;、-排除词、lang:zh、tag:…</translation>
    </message>
    <message>
        <source>&amp;Publish Website…</source>
        <translation>发布网站(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and editor for the articles of the China-Ukraine Education Union.&lt;/p&gt;&lt;p&gt;Lectern is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;中乌教育联盟文章的阅读器和编辑器。&lt;/p&gt;&lt;p&gt;Lectern 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款再分发和修改它。本软件不提供任何担保。&lt;/p&gt;&lt;p&gt;文库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>已将“%1”移到回收站。</translation>
    </message>
    <message>
        <source>“%1” could not be restored: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>&amp;Feature on Home</source>
        <translation>在主页精选(&amp;F)</translation>
    </message>
    <message>
        <source>Pin this article to the top of Home</source>
        <translation>将这篇文章置顶到主页</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Search for words to find them in the article.</source>
        <translation>请先搜索词语，才能在文章中查找它们。</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Home · %L1 articles in the library</source>
        <translation>主页 · 资料库共有 %L1 篇文章</translation>
    </message>
    <message>
        <source>Featured on Home.</source>
        <translation>已在主页精选。</translation>
    </message>
    <message>
        <source>No longer featured on Home.</source>
        <translation>已不在主页精选。</translation>
    </message>
</context>
<context>
    <name>lectern::MergeDialog</name>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <source>(The rest of this long text is not shown here.)</source>
        <translation>（这段长文本的其余部分未在此显示。）</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Merge a Library</source>
        <translation>合并文库</translation>
    </message>
    <message>
        <source>Lectern libraries (*.lectern);;All files (*)</source>
        <translation>Lectern 文库 (*.lectern);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be merged. Nothing was changed.

%2</source>
        <translation>无法合并“%1”。没有做任何更改。

%2</translation>
    </message>
    <message>
        <source>Articles changed on both sides</source>
        <translation>双方都修改过的文章</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;both, as two articles</source>
        <translation>两者都保留(&amp;B)，作为两篇文章</translation>
    </message>
    <message>
        <source>Whichever you choose, the other version stays in the article’s revision history.</source>
        <translation>无论选择哪一个，另一个版本都会保留在文章的修订版本历史中。</translation>
    </message>
    <message>
        <source>This library’s version</source>
        <translation>本文库的版本</translation>
    </message>
    <message>
        <source>The other library’s version</source>
        <translation>另一文库的版本</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>合并“%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n article(s):</source>
        <translation>
            <numerusform>“%1”包含 %n 篇文章：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) will be added.</source>
        <translation>
            <numerusform>将添加 %n 篇新文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only there will be updated here.</source>
        <translation>
            <numerusform>%n 篇仅在对方修改过的文章将在这里更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only here will stay as they are.</source>
        <translation>
            <numerusform>%n 篇仅在这里修改过的文章将保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are identical in both.</source>
        <translation>
            <numerusform>%n 篇文章在两边完全相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on both sides.</source>
        <translation>
            <numerusform>%n 篇文章在双方都有修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each article changed on both sides and choose which version to keep.</source>
        <translation>请比较每篇双方都修改过的文章，并选择要保留的版本。</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>本文库</translation>
    </message>
    <message>
        <source>The other library</source>
        <translation>另一文库</translation>
    </message>
    <message>
        <source>Choose a library file to merge.</source>
        <translation>请选择要合并的文库文件。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Merge Finished</source>
        <translation>合并完成</translation>
    </message>
    <message>
        <source>“%1” was merged into this library.</source>
        <translation>“%1”已合并到本文库。</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) added.</source>
        <translation>
            <numerusform>已添加 %n 篇新文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with their version.</source>
        <translation>
            <numerusform>%n 篇文章已更新为对方的版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) kept as they are here.</source>
        <translation>
            <numerusform>%n 篇文章保持本文库中的样子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on both sides: %1 kept mine, %2 took theirs, %3 kept both.</source>
        <translation>双方都修改过：%1 篇保留我的，%2 篇采用对方的，%3 篇两者都保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n related-article link(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个相关文章链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the recommended reading.</source>
        <translation>
            <numerusform>已将 %n 篇文章加入推荐阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added.</source>
        <translation>
            <numerusform>已添加 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced versions stay in each article’s revision history.</source>
        <translation>被替换的版本保留在各篇文章的修订版本历史中。</translation>
    </message>
    <message>
        <source>Reading “%1”: article %2 of %3</source>
        <translation>正在读取“%1”：第 %2 篇，共 %3 篇</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Merging: article %1 of %2</source>
        <translation>正在合并：第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
</context>
<context>
    <name>lectern::MetadataPanel</name>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1（置顶）</translation>
    </message>
    <message>
        <source>%1 (never suggested)</source>
        <translation>%1（从不推荐）</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. scholarships, Kyiv</source>
        <translation>用逗号分隔，例如：奖学金, 基辅</translation>
    </message>
    <message>
        <source>Link as Translation Of…</source>
        <translation>关联为译文…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Linked universities</source>
        <translation>关联的大学</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Always show this article first among the related articles</source>
        <translation>在相关文章中始终首先显示这篇文章</translation>
    </message>
    <message>
        <source>Never Suggest</source>
        <translation>从不推荐</translation>
    </message>
    <message>
        <source>Never suggest this article as related</source>
        <translation>从不把这篇文章作为相关文章推荐</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>In recommended reading</source>
        <translation>列入推荐阅读</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>译文：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Universities:</source>
        <translation>大学(&amp;U)：</translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation>题图：</translation>
    </message>
    <message>
        <source>Link as a Translation of an Article</source>
        <translation>关联为某篇文章的译文</translation>
    </message>
    <message>
        <source>Add a Related Article</source>
        <translation>添加相关文章</translation>
    </message>
    <message>
        <source>Choose a Featured Image</source>
        <translation>选择题图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>An article cannot be related to itself.</source>
        <translation>文章不能与自身相关。</translation>
    </message>
    <message>
        <source>That article is already in the list.</source>
        <translation>这篇文章已在列表中。</translation>
    </message>
    <message>
        <source>An article cannot be a translation of itself.</source>
        <translation>文章不能是自身的译文。</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 不是图片。</translation>
    </message>
    <message>
        <source>Not linked to other languages.</source>
        <translation>未关联其他语言版本。</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>其他语言：%1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>无法读取的图片</translation>
    </message>
    <message>
        <source>Web address or publication</source>
        <translation>网址或刊物</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>相关：</translation>
    </message>
</context>
<context>
    <name>lectern::PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the open article, or the articles selected in the list</source>
        <translation>打印当前打开的文章，或列表中选中的文章</translation>
    </message>
    <message>
        <source>Open an article, or select articles in the list, to print them.</source>
        <translation>请打开一篇文章，或在列表中选择文章，然后再打印。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Print %n article(s)</source>
        <translation>
            <numerusform>打印 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::PublishDialog</name>
    <message>
        <source>Publish Website</source>
        <translation>发布网站</translation>
    </message>
    <message>
        <source>Writes the published articles and the universities as a web site in English, Chinese, Ukrainian and every other language the articles are in. Drafts, articles in review, archived articles and the trash are never published. Publishing again rewrites only what changed.</source>
        <translation>把已发布的文章和大学写成网站，包括英文、中文、乌克兰文以及文章所用的其他每种语言。草稿、审阅中的文章、已归档的文章和回收站从不发布。再次发布时只重写有变化的内容。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>https://example.org/ (optional)</source>
        <translation>https://example.org/（可选）</translation>
    </message>
    <message>
        <source>The address the site will have on the web, for canonical links, feeds and the sitemap. Without it they are relative to the site.</source>
        <translation>网站在网上的地址，用于规范链接、订阅源和站点地图。不填时它们使用相对于网站的地址。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>网站地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Publish the Site Into</source>
        <translation>将网站发布到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a folder to publish the site into.</source>
        <translation>请选择发布网站的文件夹。</translation>
    </message>
    <message>
        <source>The site&apos;s address must be a web address such as https://example.org/news/.</source>
        <translation>网站地址必须是网址，例如 https://example.org/news/。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Publishing… %1 of %2 steps</source>
        <translation>正在发布… 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>“%1” is not empty and was not made by Lectern. Publish the site into it anyway? Files Lectern did not make are left alone.</source>
        <translation>“%1”不是空的，也不是由 Lectern 生成的。仍要把网站发布到其中吗？不是 Lectern 生成的文件不会被改动。</translation>
    </message>
    <message>
        <source>Nothing was published: the folder is not empty and was not made by Lectern.</source>
        <translation>未发布任何内容：该文件夹不是空的，也不是由 Lectern 生成的。</translation>
    </message>
    <message numerus="yes">
        <source>Published %n article(s)</source>
        <translation>
            <numerusform>已发布 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged, %3 deleted.</source>
        <translation>写入 %1 个文件，未变 %2 个，删除 %3 个。</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>阅读视图</translation>
    </message>
</context>
<context>
    <name>lectern::ReadingListsPanel</name>
    <message>
        <source>Reading lists</source>
        <translation>阅读清单</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>阅读清单</translation>
    </message>
    <message>
        <source>&amp;Add Article to Reading List</source>
        <translation>将文章加入阅读清单(&amp;A)</translation>
    </message>
    <message>
        <source>Add the open article to the list shown</source>
        <translation>将打开的文章加入当前显示的清单</translation>
    </message>
    <message>
        <source>&amp;New Reading List…</source>
        <translation>新建阅读清单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Reading List…</source>
        <translation>重命名阅读清单(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Reading List</source>
        <translation>删除阅读清单(&amp;D)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Add the article, create, rename or delete lists</source>
        <translation>加入文章，新建、重命名或删除清单</translation>
    </message>
    <message>
        <source>Reading list actions</source>
        <translation>阅读清单操作</translation>
    </message>
    <message>
        <source>Articles in the reading list</source>
        <translation>阅读清单中的文章</translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation>新建阅读清单</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>新清单的名称：</translation>
    </message>
    <message>
        <source>Rename Reading List</source>
        <translation>重命名阅读清单</translation>
    </message>
    <message>
        <source>New name of the list:</source>
        <translation>清单的新名称：</translation>
    </message>
    <message>
        <source>Delete Reading List</source>
        <translation>删除阅读清单</translation>
    </message>
    <message>
        <source>Delete the reading list “%1”? Its articles stay in the library.</source>
        <translation>删除阅读清单“%1”？其中的文章仍保留在文库中。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>从清单中移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>lectern::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Unsaved changes written %1.</source>
        <translation>未保存的更改写入于 %1。</translation>
    </message>
    <message>
        <source>A new article that was never saved.</source>
        <translation>一篇从未保存过的新文章。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>universities</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>featured image</source>
        <translation>题图</translation>
    </message>
    <message>
        <source>related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Nothing differs from the saved version.</source>
        <translation>与已保存的版本没有差别。</translation>
    </message>
    <message>
        <source>Differs from the saved version in: %1.</source>
        <translation>与已保存版本的不同之处：%1。</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……另有 %1 段</translation>
    </message>
    <message>
        <source>New or changed paragraphs:</source>
        <translation>新增或修改的段落：</translation>
    </message>
    <message>
        <source>Paragraphs the saved version has and this one does not:</source>
        <translation>已保存版本中有、而此处没有的段落：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Lectern was closed while these articles or universities had unsaved changes. Restore opens the changes in the editor, so you can check and save them; Discard deletes them; Later asks again next time.</source>
        <translation>Lectern 关闭时，这些文章或大学还有未保存的更改。“恢复”会在编辑器中打开这些更改，供您检查并保存；“丢弃”会删除它们；“稍后”会在下次启动时再询问。</translation>
    </message>
    <message>
        <source>A new university that was never saved.</source>
        <translation>一所从未保存过的新大学。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>year founded</source>
        <translation>创办年份</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>校徽</translation>
    </message>
</context>
<context>
    <name>lectern::RelatedPanel</name>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>No related articles. Link some in the editor, or give the article tags shared with others.</source>
        <translation>没有相关文章。可以在编辑器中关联文章，或为本文添加与其他文章相同的标签。</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>其他语言版本：%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add to Reading List</source>
        <translation>加入阅读清单(&amp;A)</translation>
    </message>
    <message>
        <source>Open an article to see related articles.</source>
        <translation>打开一篇文章即可查看相关文章。</translation>
    </message>
    <message>
        <source>Related articles are suggested once this article is saved.</source>
        <translation>保存这篇文章后即会推荐相关文章。</translation>
    </message>
</context>
<context>
    <name>lectern::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Lectern keeps copies of this library: one on the first day it is opened, and one before each upgrade and each merge. Restoring puts the chosen copy in place of the library; the library as it is now is kept as a copy too, so a restore can be undone.</source>
        <translation>Lectern 会保留这个资料库的副本：每天第一次打开时一份，每次升级和合并之前各一份。恢复会用所选副本替换资料库；资料库的当前状态也会保留为副本，因此恢复可以撤销。</translation>
    </message>
    <message>
        <source>There are no backups of this library yet. Lectern makes one on the first day the library is opened, and before each upgrade and each merge.</source>
        <translation>这个资料库还没有备份。Lectern 会在资料库每天第一次打开时、以及每次升级和合并之前制作一份。</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>保存在：%1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Put the copy of %1 (%n article(s)) in place of the library?</source>
        <translation>
            <numerusform>用 %1 的副本（%n 篇文章）替换资料库吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything changed since then is replaced. The library as it is now is kept as a backup first.</source>
        <translation>此后的所有更改都会被替换。资料库的当前状态会先保留为备份。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>lectern::RevisionHistoryDialog</name>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>What changed next</source>
        <translation>下一次保存的改动</translation>
    </message>
    <message>
        <source>What the following save changed: the fields, and words added and removed.</source>
        <translation>之后那次保存改动了什么：哪些字段，以及新增和删除的词数。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Differences from the current version</source>
        <translation>与当前版本的差异</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>“%1”的修订历史</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>This is the current version. Choose an earlier version to see what has changed since.</source>
        <translation>这是当前版本。请选择一个较早的版本，查看此后的改动。</translation>
    </message>
    <message>
        <source>There are no earlier versions yet: every save keeps the version it replaces here.</source>
        <translation>还没有较早的版本：每次保存时，被替换的版本都会保留在这里。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Make the version saved %1 the current one? The current version stays in the history, so this can be undone.</source>
        <translation>将保存于 %1 的版本设为当前版本？当前版本会保留在修订历史中，因此可以撤销。</translation>
    </message>
    <message>
        <source>The version could not be restored: %1</source>
        <translation>无法恢复此版本：%1</translation>
    </message>
</context>
<context>
    <name>lectern::RichTextEditor</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Paste as Plain &amp;Text</source>
        <translation>粘贴为纯文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation>在文本中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Body Text</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>标题 1(&amp;1)</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>标题 2(&amp;2)</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>标题 3(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preformatted</source>
        <translation>预格式文本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>删除线(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;perscript</source>
        <translation>上标(&amp;P)</translation>
    </message>
    <message>
        <source>Subs&amp;cript</source>
        <translation>下标(&amp;C)</translation>
    </message>
    <message>
        <source>Text &amp;Colour…</source>
        <translation>文字颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Highlight…</source>
        <translation>突出显示(&amp;H)…</translation>
    </message>
    <message>
        <source>C&amp;lear Formatting</source>
        <translation>清除格式(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>项目符号列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>增加缩进(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>减少缩进(&amp;O)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>居中(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Justify</source>
        <translation>两端对齐(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Link</source>
        <translation>移除链接(&amp;V)</translation>
    </message>
    <message>
        <source>Hori&amp;zontal Rule</source>
        <translation>水平线(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>图片(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Full Width</source>
        <translation>全宽(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Original Size</source>
        <translation>原始大小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation>表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>在上方插入行(&amp;A)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>在下方插入行(&amp;B)</translation>
    </message>
    <message>
        <source>Insert Column &amp;Left</source>
        <translation>在左侧插入列(&amp;L)</translation>
    </message>
    <message>
        <source>Insert Column &amp;Right</source>
        <translation>在右侧插入列(&amp;R)</translation>
    </message>
    <message>
        <source>Delete R&amp;ow</source>
        <translation>删除行(&amp;O)</translation>
    </message>
    <message>
        <source>Delete Colu&amp;mn</source>
        <translation>删除列(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge Cells</source>
        <translation>合并单元格(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Split Cell</source>
        <translation>拆分单元格(&amp;S)</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>表格(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>Paragraph &amp;Style</source>
        <translation>段落样式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>Image Si&amp;ze</source>
        <translation>图片大小(&amp;Z)</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>插入表格</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C)：</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>突出显示颜色</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>检查拼写(&amp;S)</translation>
    </message>
    <message>
        <source>Underline misspelt words as you type, in the article&apos;s language</source>
        <translation>输入时按文章的语言为拼写错误的词加下划线</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>A new language takes effect when Lectern restarts.</source>
        <translation>新的界面语言将在 Lectern 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>日期和数字：</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Read-&amp;only mode (hide editing)</source>
        <translation>只读模式（隐藏编辑功能）(&amp;O)</translation>
    </message>
    <message>
        <source>For readers: articles can be read, searched and exported, not changed.</source>
        <translation>适合读者：文章可以阅读、搜索和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>To open another library, start Lectern with --library PATH.</source>
        <translation>要打开其他文库，请用 --library 文库路径 启动 Lectern。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Lectern could not start again. Your settings are saved; start Lectern yourself to use them.</source>
        <translation>Lectern 无法重新启动。设置已保存，请手动启动 Lectern 以使用新设置。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>查找命令或按键…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>查找快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>lectern::ShortcutsModel</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>（无菜单）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>lectern::SidebarModel</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Affiliate universities</source>
        <translation>合作大学</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
</context>
<context>
    <name>lectern::TrashModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>University, %1</source>
        <translation>大学，%1</translation>
    </message>
    <message>
        <source>Article, %1</source>
        <translation>文章，%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>移入回收站的时间</translation>
    </message>
</context>
<context>
    <name>lectern::TrashView</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected items back where they were</source>
        <translation>把所选项目放回原处</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the trash.</source>
        <translation>
            <numerusform>回收站中有 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies) in the trash.</source>
        <translation>
            <numerusform>回收站中有 %n 所大学。</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trash: %1 and %2.</source>
        <extracomment>%1 is &quot;3 articles&quot;, %2 is &quot;1 university&quot;</extracomment>
        <translation>回收站中有：%1、%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n 所大学</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久删除“%1”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除所选的 %n 个项目？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 个项目？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::UndoNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>lectern::UniversityEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>创办年份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择校徽</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>移除校徽</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>选择校徽</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>创办年份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>校徽：</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>简介(&amp;P)：</translation>
    </message>
    <message>
        <source>New University[*] — Lectern</source>
        <translation>新建大学[*] — Lectern</translation>
    </message>
    <message>
        <source>%1[*] — Edit University — Lectern</source>
        <translation>%1[*] — 编辑大学 — Lectern</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无校徽</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The logo “%1” could not be read: %2</source>
        <translation>无法读取校徽“%1”：%2</translation>
    </message>
    <message>
        <source>The logo “%1” is larger than 10 MB; choose a smaller image.</source>
        <translation>校徽“%1”大于 10 MB，请选择较小的图片。</translation>
    </message>
    <message>
        <source>“%1” is not an image Lectern can read.</source>
        <translation>“%1”不是 Lectern 能读取的图片。</translation>
    </message>
    <message>
        <source>Give the university a name before saving.</source>
        <translation>保存前请填写大学名称。</translation>
    </message>
    <message>
        <source>The website “%1” is not a web address. Write it like https://www.example.edu.cn.</source>
        <translation>网站“%1”不是网址。请按 https://www.example.edu.cn 这样的格式填写。</translation>
    </message>
    <message>
        <source>The logo could not be stored: %1</source>
        <translation>无法保存校徽：%1</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the new university?</source>
        <translation>保存新建的大学？</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>If you do not save them, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from the trash later.</source>
        <translation>将“%1”移到回收站？之后可以从回收站中恢复。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lectern::UniversityListModel</name>
    <message>
        <source>%1, founded %2</source>
        <translation>%1，成立于 %2 年</translation>
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
