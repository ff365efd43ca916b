#pragma once

// Light, dark, or whatever the desktop prefers.
//
// Qt 6.4 has no QStyleHints::colorScheme, so the desktop's preference is read
// from the XDG desktop portal (org.freedesktop.portal.Settings, namespace
// org.freedesktop.appearance, key color-scheme: 1 prefers dark, 2 light, 0 no
// preference) over the session bus, and followed while Lectern runs. Without
// a portal, or with no preference, the palette the style started with stays.
#include <QObject>
#include <QPalette>

#include <optional>

class QDBusVariant;

namespace lectern {

enum class ColorScheme
{
    System,
    Light,
    Dark
};

// QSettings key: "system", "light" or "dark".
inline constexpr char colorSchemeSettingKey[] = "appearance/colorScheme";

ColorScheme colorSchemeFromSettings();
QString colorSchemeKey(ColorScheme scheme);

QPalette lightPalette();
QPalette darkPalette();

// Keeps the application's palette as chosen. One per application, owned by
// it: use Appearance::of().
class Appearance final : public QObject
{
    Q_OBJECT

public:
    // The application's (made on first use).
    static Appearance &of();

    // Applies a choice at once, and for "System" follows the desktop.
    void apply(ColorScheme scheme);
    ColorScheme scheme() const { return m_scheme; }
    // What the portal last said: dark or light, or nothing (no portal, no
    // preference).
    std::optional<bool> desktopPrefersDark() const { return m_desktopDark; }

Q_SIGNALS:
    void paletteApplied();

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    explicit Appearance(QObject *parent);
    void askPortal();
    void setDesktopValue(const QVariant &value);
    void applyPalette();

    ColorScheme m_scheme = ColorScheme::System;
    std::optional<bool> m_desktopDark;
    QPalette m_startPalette; // the style's own, for "System" without a preference
    bool m_listening = false;
    int m_changes = 0; // changes the portal announced
};

} // namespace lectern
