#include "navigationhistory.h"

namespace lectern {

void NavigationHistory::visit(const QUrl &url)
{
    if (current() == url)
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(url);
    // A long session should not grow without bound.
    constexpr qsizetype limit = 500;
    if (m_entries.size() > limit)
        m_entries.remove(0, m_entries.size() - limit);
    m_position = m_entries.size() - 1;
}

QUrl NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_entries.at(--m_position);
}

QUrl NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_entries.at(++m_position);
}

QUrl NavigationHistory::current() const
{
    return m_position >= 0 ? m_entries.at(m_position) : QUrl();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_position = -1;
}

} // namespace lectern
