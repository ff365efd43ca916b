<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n remote image was not downloaded; it is kept as a link.</numerusform>
            <numerusform>%n remote images were not downloaded; they are kept as links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n earlier version</numerusform>
            <numerusform>%n earlier versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n university</numerusform>
            <numerusform>%n universities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingDiff</name>
    <message numerus="yes">
        <source>and %n more formatting change(s)</source>
        <translation>
            <numerusform>and %n more formatting change</numerusform>
            <numerusform>and %n more formatting changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and the %n paragraph(s) after it</source>
        <translation>
            <numerusform>%1 and the %n paragraph after it</numerusform>
            <numerusform>%1 and the %n paragraphs after it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) added</source>
        <translation>
            <numerusform>%n horizontal rule added</numerusform>
            <numerusform>%n horizontal rules added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n horizontal rule(s) removed</source>
        <translation>
            <numerusform>%n horizontal rule removed</numerusform>
            <numerusform>%n horizontal rules removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) (read as %1) are shown as �.</source>
        <translation>
            <numerusform>%n invalid byte sequence (read as %1) is shown as �.</numerusform>
            <numerusform>%n invalid byte sequences (read as %1) are shown as �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; they are kept as links.</source>
        <translation>
            <numerusform>%n remote image was not downloaded; it is kept as a link.</numerusform>
            <numerusform>%n remote images were not downloaded; they are kept as links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the imported folder were not read.</source>
        <translation>
            <numerusform>%n image outside the imported folder was not read.</numerusform>
            <numerusform>%n images outside the imported folder were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or not images.</source>
        <translation>
            <numerusform>%n image was missing or not an image.</numerusform>
            <numerusform>%n images were missing or not images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) larger than %1 MB were left out.</source>
        <translation>
            <numerusform>%n image larger than %1 MB was left out.</numerusform>
            <numerusform>%n images larger than %1 MB were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedLayout</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n unchanged paragraph …</numerusform>
            <numerusform>… %n unchanged paragraphs …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message numerus="yes">
        <source>The %n selected articles</source>
        <translation>
            <numerusform>The %n selected article</numerusform>
            <numerusform>The %n selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files already exist in “%1”, for example “%2”. Replace them?</source>
        <translation>
            <numerusform>%n file already exists in “%1”: “%2”. Replace it?</numerusform>
            <numerusform>%n of the files already exist in “%1”, for example “%2”. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n file to “%1”.</numerusform>
            <numerusform>Exported %n files to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported as new articles.</source>
        <translation>
            <numerusform>%n file imported as a new article.</numerusform>
            <numerusform>%n files imported as new articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated.</source>
        <translation>
            <numerusform>%n article updated.</numerusform>
            <numerusform>%n articles updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: imported before.</source>
        <translation>
            <numerusform>%n file skipped: imported before.</numerusform>
            <numerusform>%n files skipped: imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the list below says why.</source>
        <translation>
            <numerusform>%n file could not be imported; the list below says why.</numerusform>
            <numerusform>%n files could not be imported; the list below says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) on the web were not downloaded: they stay links.</source>
        <translation>
            <numerusform>%n image on the web was not downloaded: it stays a link.</numerusform>
            <numerusform>%n images on the web were not downloaded: they stay links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged since they were imported: nothing written.</source>
        <translation>
            <numerusform>%n file unchanged since it was imported: nothing written.</numerusform>
            <numerusform>%n files unchanged since they were imported: nothing written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not read (links to outside the folder, pipes or devices); the list below says why.</source>
        <translation>
            <numerusform>%n file not read (a link to outside the folder, a pipe or a device); the list below says why.</numerusform>
            <numerusform>%n files not read (links to outside the folder, pipes or devices); the list below says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::LibraryExportDialog</name>
    <message numerus="yes">
        <source>Only the &amp;current list: %n article(s)</source>
        <translation>
            <numerusform>Only the &amp;current list: %n article</numerusform>
            <numerusform>Only the &amp;current list: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n article exported to “%1”.</numerusform>
            <numerusform>%n articles exported to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n university</numerusform>
            <numerusform>%n universities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n item in the trash</numerusform>
            <numerusform>%n items in the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::MergeDialog</name>
    <message numerus="yes">
        <source>“%1” holds %n article(s):</source>
        <translation>
            <numerusform>“%1” holds %n article:</numerusform>
            <numerusform>“%1” holds %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) will be added.</source>
        <translation>
            <numerusform>%n new article will be added.</numerusform>
            <numerusform>%n new articles will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only there will be updated here.</source>
        <translation>
            <numerusform>%n article changed only there will be updated here.</numerusform>
            <numerusform>%n articles changed only there will be updated here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed only here will stay as they are.</source>
        <translation>
            <numerusform>%n article changed only here will stay as it is.</numerusform>
            <numerusform>%n articles changed only here will stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are identical in both.</source>
        <translation>
            <numerusform>%n article is identical in both.</numerusform>
            <numerusform>%n articles are identical in both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) changed on both sides.</source>
        <translation>
            <numerusform>%n article changed on both sides.</numerusform>
            <numerusform>%n articles changed on both sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) added.</source>
        <translation>
            <numerusform>%n new article added.</numerusform>
            <numerusform>%n new articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with their version.</source>
        <translation>
            <numerusform>%n article updated with their version.</numerusform>
            <numerusform>%n articles updated with their version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) kept as they are here.</source>
        <translation>
            <numerusform>%n article kept as it is here.</numerusform>
            <numerusform>%n articles kept as they are here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related-article link(s) added.</source>
        <translation>
            <numerusform>%n related-article link added.</numerusform>
            <numerusform>%n related-article links added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the recommended reading.</source>
        <translation>
            <numerusform>%n article added to the recommended reading.</numerusform>
            <numerusform>%n articles added to the recommended reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added.</source>
        <translation>
            <numerusform>%n image added.</numerusform>
            <numerusform>%n images added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::PrintController</name>
    <message numerus="yes">
        <source>Print %n article(s)</source>
        <translation>
            <numerusform>Print %n article</numerusform>
            <numerusform>Print %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::PublishDialog</name>
    <message numerus="yes">
        <source>Published %n article(s)</source>
        <translation>
            <numerusform>Published %n article</numerusform>
            <numerusform>Published %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::RestoreDialog</name>
    <message numerus="yes">
        <source>Put the copy of %1 (%n article(s)) in place of the library?</source>
        <translation>
            <numerusform>Put the copy of %1 (%n article) in place of the library?</numerusform>
            <numerusform>Put the copy of %1 (%n articles) in place of the library?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::RichTextEditor</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::TrashView</name>
    <message numerus="yes">
        <source>%n article(s) in the trash.</source>
        <translation>
            <numerusform>%n article in the trash.</numerusform>
            <numerusform>%n articles in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies) in the trash.</source>
        <translation>
            <numerusform>%n university in the trash.</numerusform>
            <numerusform>%n universities in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n university(ies)</source>
        <translation>
            <numerusform>%n university</numerusform>
            <numerusform>%n universities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n selected item for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n selected items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
