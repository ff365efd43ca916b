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
        <source>Use the library file PATH.</source>
        <translation>使用资料库文件 PATH。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>最多显示 N 个结果（默认 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output or input format (see the commands).</source>
        <translation>输出或输入格式（见各命令）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Fill a new library with demo content.</source>
        <translation>用演示内容填充新资料库。</translation>
    </message>
    <message>
        <source>Export the article UUID (repeat for several).</source>
        <translation>导出文章 UUID（可重复使用以导出多篇）。</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Export the articles of the category NAME.</source>
        <translation>导出分类 NAME 中的文章。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <source>Write to PATH (a file, or a folder for one file each).</source>
        <translation>写入 PATH（一个文件；或一个文件夹，每篇文章一个文件）。</translation>
    </message>
    <message>
        <source>Put several articles into one file.</source>
        <translation>将多篇文章放入一个文件。</translation>
    </message>
    <message>
        <source>PDF page size: A4, A5, Letter… (default A4).</source>
        <translation>PDF 页面尺寸：A4、A5、Letter…（默认 A4）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Write PDF/A-1b.</source>
        <translation>写入 PDF/A-1b 格式。</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>替换已存在的文件。</translation>
    </message>
    <message>
        <source>import: update articles imported before.</source>
        <translation>import：更新以前导入的文章。</translation>
    </message>
    <message>
        <source>import: skip pages imported before (the default).</source>
        <translation>import：跳过以前导入的页面（默认）。</translation>
    </message>
    <message>
        <source>exchange-export: articles changed since DATE (ISO 8601).</source>
        <translation>exchange-export：自 DATE（ISO 8601）以来更改过的文章。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by taking their version.</source>
        <translation>merge：发生冲突时采用对方的版本。</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by keeping my version.</source>
        <translation>merge：发生冲突时保留我的版本。</translation>
    </message>
    <message>
        <source>merge: resolve conflicts by keeping both versions.</source>
        <translation>merge：发生冲突时保留两个版本。</translation>
    </message>
    <message>
        <source>Lectern reads, searches and edits a library of articles.</source>
        <translation>Lectern 用于阅读、搜索和编辑文章资料库。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>要运行的命令（见下文）。</translation>
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
    <message>
        <source>Imported %1, updated %2, skipped %3, failed %4.</source>
        <translation>已导入 %1，已更新 %2，已跳过 %3，失败 %4。</translation>
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
  recovery [--json]                 Unsaved editor changes kept for recovery.
  history UUID [--json]             Versions of an article or university, and
                                    what each next save changed.
Without a command, Lectern opens its window.
Exit codes: 0 success, 1 failure, 2 wrong usage.
</source>
        <translation>命令：
  init [--demo]                     创建资料库（从不覆盖已有文件）；
                                    --demo 会填入演示内容。
  list [--json]                     列出文章。
  search QUERY [--limit N] [--json] 按相关度搜索。QUERY：词语、&quot;短语&quot;、
                                    -排除词、lang:、status:、tag:、author:。
  show UUID [--format html|text]    输出一篇文章。
  export --format pdf|html|odt|md|txt --out PATH
         (--article UUID ... | --category NAME | --all | --recommended)
         [--one-file] [--page-size A4] [--pdfa] [--force]
                                    导出文章：每篇一个文件，写入文件夹 PATH；
                                    或用 --one-file 写入一个文件。
                                    没有 --force 时从不替换已有文件。
  related UUID [--limit N] [--json] 相关文章及其原因。
  import PATH... [--format html|md|txt] [--update|--skip-existing] [--json]
                                    导入网页、Markdown 和文本文件或文件夹
                                    （递归）；以前导入过的页面会被跳过，
                                    除非使用 --update。
  exchange-export --out FILE (--article UUID ... | --all | --since DATE)
                                    将文章及其历史记录和图片写入一个新的
                                    资料库文件，以便交给同事。
  merge FILE [--theirs|--mine|--both] [--json]
                                    将一个资料库文件合并到本资料库；
                                    报告采用、保留和冲突的数量。
  recovery [--json]                 编辑器为恢复而保留的未保存更改。
  history UUID [--json]             文章或大学的各个修订版本，以及之后每次
                                    保存改动了什么。
不带命令时，Lectern 会打开窗口。
退出码：0 成功，1 失败，2 用法错误。
</translation>
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
        <source>export: end each article with its related articles and why.</source>
        <translation>export：在每篇文章末尾列出相关文章及其理由。</translation>
    </message>
    <message>
        <source>Home&apos;s featured articles:
  featured [--json]                 List the articles pinned to the top of Home.
  feature UUID...                   Pin articles to Home (after those pinned).
  unfeature UUID...                 Unpin them.
</source>
        <translation>主页精选文章：
  featured [--json]                 列出置顶在主页上的文章。
  feature UUID...                   将文章置顶到主页（排在已置顶的文章之后）。
  unfeature UUID...                 取消置顶。
</translation>
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
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
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
        <source>It is neither a file nor a folder.</source>
        <translation>它既不是文件也不是文件夹。</translation>
    </message>
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
        <source>The library “%1” cannot be read: %2.</source>
        <translation>无法读取资料库“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a Lectern library: it is not a database file. It was left as it is.</source>
        <translation>“%1”不是 Lectern 资料库：它不是数据库文件。该文件保持原样。</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2.</source>
        <translation>无法打开资料库“%1”：%2。</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be opened safely. It was left as it is; restore it from a backup.</source>
        <translation>资料库“%1”已损坏，无法安全打开。该文件保持原样；请从备份中恢复。</translation>
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
        <source>Before upgrading “%1”, Lectern could not keep a copy of it (%2). The library was not changed.</source>
        <translation>升级“%1”之前，Lectern 无法为其保留副本（%2）。资料库未被更改。</translation>
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
        <source>The library “%1” is read-only; Lectern needs to write to it.</source>
        <translation>资料库“%1”是只读的，而 Lectern 需要写入它。</translation>
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
        <source>The library reported an error: %1</source>
        <translation>资料库报告了一个错误：%1</translation>
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
        <source>Recommended reading</source>
        <translation>推荐阅读</translation>
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
        <source>Changed</source>
        <translation>已更改</translation>
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
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>“%1” is not a status; use draft, review, published or archived.</source>
        <translation>“%1”不是状态；请使用 draft、review、published 或 archived。</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleEditor</name>
    <message>
        <source>The library file has reached its size limit, or the disk is full.</source>
        <translation>文库文件已达到大小上限，或磁盘已满。</translation>
    </message>
    <message>
        <source>The library file cannot be written: it is read-only, or on a disk that is.</source>
        <translation>无法写入文库文件：文件或其所在磁盘是只读的。</translation>
    </message>
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
        <source>The open library cannot be replaced by an export of itself.</source>
        <translation>不能用已打开文库的导出文件替换它本身。</translation>
    </message>
    <message>
        <source>The library file could not be saved as “%1”; it was left as “%2”.</source>
        <translation>无法将文库文件保存为“%1”；它保留为“%2”。</translation>
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
        <source>Search: words, &quot;phrases&quot;, -exclude, lang:zh, tag:…</source>
        <translation>搜索：词语、&quot;短语&quot;、-排除词、lang:zh、tag:…</translation>
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
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and editor for the articles of the China-Ukraine Education Union.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;中乌教育联盟文章的阅读与编辑工具。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
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
