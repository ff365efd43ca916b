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
不带命令时，Lectern 会打开窗口。
退出码：0 成功，1 失败，2 用法错误。
</translation>
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
        <source>Wrote %1 articles (%2 earlier versions, %3 universities, %4 images) to %5</source>
        <translation>已将 %1 篇文章（%2 个早期版本、%3 所大学、%4 张图片）写入 %5</translation>
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
</context>
<context>
    <name>PagedLayout</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
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
    <name>SearchQuery</name>
    <message>
        <source>“%1” is not a status; use draft, review, published or archived.</source>
        <translation>“%1”不是状态；请使用 draft、review、published 或 archived。</translation>
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
        <source>The %1 selected articles</source>
        <translation>所选的 %1 篇文章</translation>
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
        <source>%1 of the files already exist in “%2”, for example “%3”. Replace them?</source>
        <translation>“%2”中已有 %1 个同名文件，例如“%3”。要替换它们吗？</translation>
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
    <message>
        <source>Exported %1 files to “%2”.</source>
        <translation>已将 %1 个文件导出到“%2”。</translation>
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
</context>
<context>
    <name>lectern::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>阅读视图</translation>
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
