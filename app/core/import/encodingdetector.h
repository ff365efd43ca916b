#pragma once

#include <QByteArray>
#include <QString>

namespace lectern {

struct DecodedText
{
    QString text;
    QString encoding;     // the name the bytes were read as, e.g. "windows-1251"
    QString reason;       // "BOM", "declared", "detected", "contradicted" or "default"
    QString note;         // for the import report when the declaration was not followed
    int replacements = 0; // invalid byte sequences turned into U+FFFD
};

// Turns a file's bytes into text: a byte-order mark wins, then a declared
// encoding (HTML <meta charset>, passed in) unless the bytes contradict it
// (they are UTF-8, or not UTF-8 although it says so), then UTF-8 if the bytes
// are valid UTF-8, then what uchardet detects, with KOI8-U told apart from
// the KOI8-R uchardet reports for it. Invalid bytes become U+FFFD and are
// counted, never dropped.
DecodedText decodeText(const QByteArray &bytes, const QString &declared = {});

// The canonical name for a charset label, or empty when Qt cannot read it.
QString normalizedEncoding(const QString &label);

} // namespace lectern
