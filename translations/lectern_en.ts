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
</context>
</TS>
