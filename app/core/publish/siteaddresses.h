#pragma once

#include <QSet>
#include <QString>

namespace lectern {

// The last part of a page's address, made from a title: lower-case Latin
// letters, digits and hyphens ("Ambassador Zhang Xiao gave…" →
// "ambassador-zhang-xiao-gave-…"); Ukrainian and Russian are transliterated
// (Київ → kyiv), other letters lose their accents; a title with nothing left
// (Chinese) gives an empty slug, and the caller uses the item's id.
QString slugFromTitle(const QString &title);

// A slug for an item: from its title, or its id's first characters, made
// distinct from those `taken` by "-2", "-3"…; added to `taken`.
QString uniqueSlug(const QString &title, const QString &uuid, QSet<QString> &taken);

} // namespace lectern
