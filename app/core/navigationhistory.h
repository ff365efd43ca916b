#pragma once

#include <QList>
#include <QUrl>

namespace lectern {

// Back and forward through what the reader has shown (articles, universities,
// home), as a browser does: visiting after going back drops the forward list.
class NavigationHistory final
{
public:
    void visit(const QUrl &url);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    QUrl back();
    QUrl forward();
    QUrl current() const;
    void clear();

private:
    QList<QUrl> m_entries;
    qsizetype m_position = -1;
};

} // namespace lectern
