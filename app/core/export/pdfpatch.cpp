#include "pdfpatch.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace lectern {

namespace {

// A PDF text string: UTF-16BE with its byte-order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes = "<FEFF";
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray pdfDate(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

struct ParsedPdf
{
    QMap<int, qsizetype> offsets; // object number → byte offset
    qsizetype xrefOffset = -1;
    int size = 0;
    QByteArray root;
    QByteArray id;
};

Result<ParsedPdf> parse(const QByteArray &pdf)
{
    const Error broken{PdfPatch::tr("The PDF written by Qt could not be read back.")};
    ParsedPdf parsed;
    const qsizetype start = pdf.lastIndexOf("startxref");
    if (start < 0)
        return broken;
    bool ok = false;
    parsed.xrefOffset =
        pdf.mid(start + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || parsed.xrefOffset <= 0 || parsed.xrefOffset >= pdf.size() ||
        !pdf.mid(parsed.xrefOffset, 4).startsWith("xref"))
        return broken;
    const qsizetype trailer = pdf.indexOf("trailer", parsed.xrefOffset);
    if (trailer < 0)
        return broken;
    const QList<QByteArray> lines =
        pdf.mid(parsed.xrefOffset, trailer - parsed.xrefOffset).split('\n');
    int object = 0;
    int remaining = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (remaining == 0 && fields.size() == 2) {
            object = fields[0].toInt();
            remaining = fields[1].toInt();
        } else if (remaining > 0 && fields.size() == 3) {
            if (fields[2] == "n")
                parsed.offsets.insert(object, fields[0].toLongLong());
            ++object;
            --remaining;
        }
    }
    const QByteArray trailerText = pdf.mid(trailer, start - trailer);
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const QString text = QString::fromLatin1(trailerText);
    parsed.size = size.match(text).captured(1).toInt();
    parsed.root = root.match(text).captured(1).toLatin1();
    parsed.id = id.match(text).captured(1).toLatin1();
    if (parsed.size <= 0 || parsed.root.isEmpty())
        return broken;
    return parsed;
}

QByteArray objectText(const QByteArray &pdf, qsizetype offset)
{
    const qsizetype end = pdf.indexOf("endobj", offset);
    return end < 0 ? QByteArray() : pdf.mid(offset, end - offset);
}

int referencedObject(const QByteArray &text, const char *key)
{
    const QRegularExpression pattern(QLatin1String(key) + QLatin1String("\\s+(\\d+)\\s+\\d+\\s+R"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray pdfNumber(qreal value)
{
    return QByteArray::number(value, 'f', 2);
}

// The outline as PDF objects numbered from `firstObject`: the outline
// dictionary, then one object per item, in order. Items whose page is not in
// the PDF are left out. Several top-level items start closed (a long
// collection stays readable in the side panel); a single one starts open.
QList<QByteArray> outlineObjects(const QList<PdfOutlineItem> &outline, const QList<int> &pages,
                                 int firstObject)
{
    QList<PdfOutlineItem> items;
    for (const PdfOutlineItem &item : outline) {
        if (item.page >= 0 && item.page < pages.size())
            items.append(item);
    }
    const qsizetype count = items.size();
    if (count == 0)
        return {};
    const auto number = [&](qsizetype index) -> QByteArray {
        return QByteArray::number(firstObject + 1 + index) + " 0 R";
    };
    QList<qsizetype> parent(count, -1);
    QList<QList<qsizetype>> children(count);
    QList<qsizetype> top;
    QList<qsizetype> open; // the chain of items an item may nest under
    for (qsizetype i = 0; i < count; ++i) {
        while (!open.isEmpty() && items[open.last()].level >= items[i].level)
            open.removeLast();
        parent[i] = open.isEmpty() ? -1 : open.last();
        (parent[i] < 0 ? top : children[parent[i]]).append(i);
        open.append(i);
    }
    const bool topOpen = top.size() == 1;
    QList<int> visible(count, 0); // descendants shown when the item is open
    for (qsizetype i = count - 1; i >= 0; --i) {
        for (const qsizetype child : std::as_const(children[i])) {
            const bool childOpen = parent[child] >= 0 || topOpen;
            visible[i] += 1 + (childOpen ? visible[child] : 0);
        }
    }
    int topVisible = 0;
    for (const qsizetype i : std::as_const(top))
        topVisible += 1 + (topOpen ? visible[i] : 0);

    QList<QByteArray> objects;
    objects.append("\n<<\n/Type /Outlines\n/First " + number(top.first()) + "\n/Last " +
                   number(top.last()) + "\n/Count " + QByteArray::number(topVisible) + "\n>>\n");
    for (qsizetype i = 0; i < count; ++i) {
        const QList<qsizetype> &siblings = parent[i] < 0 ? top : children[parent[i]];
        const qsizetype at = siblings.indexOf(i);
        const PdfOutlineItem &item = items[i];
        QByteArray body =
            "\n<<\n/Title " + pdfText(item.title.simplified()) + "\n/Parent " +
            (parent[i] < 0 ? QByteArray::number(firstObject) + " 0 R" : number(parent[i])) + "\n";
        if (at > 0)
            body += "/Prev " + number(siblings[at - 1]) + "\n";
        if (at + 1 < siblings.size())
            body += "/Next " + number(siblings[at + 1]) + "\n";
        if (!children[i].isEmpty()) {
            const bool itemOpen = parent[i] >= 0 || topOpen;
            body += "/First " + number(children[i].first()) + "\n/Last " +
                    number(children[i].last()) + "\n/Count " +
                    QByteArray::number(itemOpen ? visible[i] : -visible[i]) + "\n";
        }
        const QByteArray page = QByteArray::number(pages[item.page]) + " 0 R";
        if (item.top >= 0)
            body += "/Dest [" + page + " /XYZ null " + pdfNumber(item.top) + " null]\n";
        else
            body += "/Dest [" + page + " /Fit]\n";
        objects.append(body + ">>\n");
    }
    return objects;
}

} // namespace

QByteArray PdfPatch::xmpMetadata(const PdfInfo &info, bool pdfA)
{
    const QByteArray date =
        info.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + 'Z';
    QByteArray xmp =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
        xmlText(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.isEmpty())
        xmp += "<dc:creator><rdf:Seq><rdf:li>" + xmlText(info.author) +
               "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.subject.isEmpty())
        xmp += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(info.subject) +
               "</rdf:li></rdf:Alt></dc:description>\n";
    xmp += "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>" +
           xmlText(info.creator) +
           "</xmp:CreatorTool>\n"
           "<xmp:CreateDate>" +
           date +
           "</xmp:CreateDate>\n"
           "<xmp:ModifyDate>" +
           date +
           "</xmp:ModifyDate>\n"
           "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>" +
           xmlText(info.producer) + "</pdf:Producer>\n";
    if (!info.keywords.isEmpty())
        xmp += "<pdf:Keywords>" + xmlText(info.keywords) + "</pdf:Keywords>\n";
    xmp += "</rdf:Description>\n";
    if (pdfA)
        xmp += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
               "</rdf:Description>\n";
    xmp += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

Result<QByteArray> PdfPatch::apply(const QByteArray &pdf, const PdfInfo &info,
                                   const QHash<QString, int> &targetPages,
                                   const QList<PdfOutlineItem> &outline)
{
    Result<ParsedPdf> parsedResult = parse(pdf);
    if (!parsedResult)
        return parsedResult.failure();
    const ParsedPdf &parsed = parsedResult.value();

    // The pages in order, from the page tree's Kids (Qt writes one flat list).
    QList<int> pages;
    const int rootObject = parsed.root.split(' ').value(0).toInt();
    const int pagesObject =
        referencedObject(objectText(pdf, parsed.offsets.value(rootObject)), "/Pages");
    if (pagesObject >= 0) {
        const QByteArray text = objectText(pdf, parsed.offsets.value(pagesObject));
        const qsizetype kids = text.indexOf("/Kids");
        const qsizetype open = text.indexOf('[', kids);
        const qsizetype close = text.indexOf(']', open);
        if (kids >= 0 && open > kids && close > open) {
            static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
            for (const QRegularExpressionMatch &match :
                 reference.globalMatch(QString::fromLatin1(text.mid(open, close - open))))
                pages.append(match.captured(1).toInt());
        }
    }

    QMap<int, QByteArray> updated; // object number → new body (between "obj" and "endobj")
    if (!targetPages.isEmpty()) {
        static const QRegularExpression action(
            QStringLiteral("/A\\s*<<[^>]*/URI\\s*\\((lectern-goto:[^)]*)\\)\\s*>>"));
        for (auto it = parsed.offsets.cbegin(); it != parsed.offsets.cend(); ++it) {
            const QByteArray text = objectText(pdf, it.value());
            if (!text.contains("/Subtype /Link") || !text.contains("lectern-goto:"))
                continue;
            QString object = QString::fromLatin1(text);
            const QRegularExpressionMatch match = action.match(object);
            if (!match.hasMatch())
                continue;
            const int page = targetPages.value(match.captured(1), -1);
            QString jump; // no target in this PDF: the annotation stays, doing nothing
            if (page >= 0 && page < pages.size())
                jump = QStringLiteral("/A << /S /GoTo /D [%1 0 R /Fit] >>").arg(pages[page]);
            object.replace(match.capturedStart(), match.capturedLength(), jump);
            const qsizetype bodyStart = object.indexOf(QLatin1String("obj")) + 3;
            updated.insert(it.key(), object.mid(bodyStart).toLatin1());
        }
    }

    // The outline: its objects follow the information dictionary, and the
    // catalog is written again to point at it.
    const int infoObject = parsed.size;
    const QList<QByteArray> outlineBodies = outlineObjects(outline, pages, infoObject + 1);
    if (!outlineBodies.isEmpty()) {
        const QByteArray catalog = objectText(pdf, parsed.offsets.value(rootObject));
        const qsizetype bodyStart = catalog.indexOf("obj") + 3;
        const qsizetype open = catalog.indexOf("<<", bodyStart);
        if (rootObject > 0 && bodyStart >= 3 && open > 0 && !catalog.contains("/Outlines")) {
            QByteArray body = catalog.mid(bodyStart);
            QByteArray entries = "\n/Outlines " + QByteArray::number(infoObject + 1) + " 0 R";
            if (!catalog.contains("/PageMode"))
                entries += "\n/PageMode /UseOutlines";
            body.insert(open - bodyStart + 2, entries);
            updated.insert(rootObject, body);
        }
    }
    const bool writeOutline = updated.contains(rootObject) && !outlineBodies.isEmpty();

    QByteArray update = "\n";
    QMap<int, qsizetype> newOffsets;
    const auto writeObject = [&](int number, const QByteArray &body) {
        newOffsets.insert(number, pdf.size() + update.size());
        update += QByteArray::number(number) + " 0 obj" + body;
        if (!body.endsWith('\n'))
            update += '\n';
        update += "endobj\n";
    };
    for (auto it = updated.cbegin(); it != updated.cend(); ++it)
        writeObject(it.key(), it.value());
    QByteArray infoBody = "\n<<\n/Title " + pdfText(info.title) + "\n";
    if (!info.author.isEmpty())
        infoBody += "/Author " + pdfText(info.author) + "\n";
    if (!info.subject.isEmpty())
        infoBody += "/Subject " + pdfText(info.subject) + "\n";
    if (!info.keywords.isEmpty())
        infoBody += "/Keywords " + pdfText(info.keywords) + "\n";
    infoBody += "/Creator " + pdfText(info.creator) + "\n/Producer " + pdfText(info.producer) +
                "\n/CreationDate " + pdfDate(info.created) + "\n/ModDate " + pdfDate(info.created) +
                "\n>>\n";
    writeObject(infoObject, infoBody);
    int size = parsed.size + 1;
    if (writeOutline) {
        for (const QByteArray &body : outlineBodies)
            writeObject(size++, body);
    }

    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (auto it = newOffsets.cbegin(); it != newOffsets.cend(); ++it) {
        update += QByteArray::number(it.key()) + " 1\n" +
                  QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Info " +
              QByteArray::number(infoObject) + " 0 R\n/Root " + parsed.root + "\n/Prev " +
              QByteArray::number(parsed.xrefOffset) + "\n";
    if (!parsed.id.isEmpty())
        update += "/ID " + parsed.id + "\n";
    update += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return QByteArray(pdf + update);
}

} // namespace lectern
