#include "appearance.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>

namespace lectern {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString colorSchemeName = QStringLiteral("color-scheme");

// Settings.Read wraps its answer in a variant of a variant; ReadOne and the
// SettingChanged signal in one. Unwrapped to the number inside.
QVariant unwrapped(QVariant value)
{
    for (int depth = 0; depth < 4 && value.canConvert<QDBusVariant>() &&
                        value.metaType() == QMetaType::fromType<QDBusVariant>();
         ++depth)
        value = value.value<QDBusVariant>().variant();
    return value;
}

QPalette withGroups(const QColor &window, const QColor &base, const QColor &alternate,
                    const QColor &text, const QColor &button, const QColor &highlight,
                    const QColor &highlightedText, const QColor &link, const QColor &disabledText)
{
    QPalette palette(button, window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, alternate);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::ToolTipBase, base);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, highlightedText);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link);
        palette.setColor(group, QPalette::PlaceholderText, disabledText);
        palette.setColor(group, QPalette::BrightText, Qt::white);
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, button);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button.darker(120));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

} // namespace

ColorScheme colorSchemeFromSettings()
{
    const QString key = QSettings().value(QLatin1String(colorSchemeSettingKey)).toString();
    if (key == QLatin1String("light"))
        return ColorScheme::Light;
    if (key == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

QString colorSchemeKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    return withGroups(QColor(0xef, 0xef, 0xef), Qt::white, QColor(0xf5, 0xf5, 0xf5),
                      QColor(0x1f, 0x1f, 0x1f), QColor(0xef, 0xef, 0xef), QColor(0x30, 0x8c, 0xc6),
                      Qt::white, QColor(0x1a, 0x5f, 0xb4), QColor(0x8a, 0x8a, 0x8a));
}

QPalette darkPalette()
{
    return withGroups(QColor(0x2b, 0x2b, 0x2d), QColor(0x1e, 0x1e, 0x20), QColor(0x27, 0x27, 0x2a),
                      QColor(0xe6, 0xe6, 0xe6), QColor(0x35, 0x35, 0x38), QColor(0x3d, 0x7e, 0xc9),
                      Qt::white, QColor(0x7c, 0xb7, 0xff), QColor(0x8c, 0x8c, 0x90));
}

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_startPalette(QApplication::palette())
{
    setObjectName(QStringLiteral("lecternAppearance"));
}

Appearance &Appearance::of()
{
    auto *existing = qApp->findChild<Appearance *>(QStringLiteral("lecternAppearance"),
                                                   Qt::FindDirectChildrenOnly);
    return existing ? *existing : *new Appearance(qApp);
}

void Appearance::apply(ColorScheme scheme)
{
    m_scheme = scheme;
    if (scheme == ColorScheme::System)
        askPortal();
    applyPalette();
}

void Appearance::askPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return; // no session bus: the style's palette stays
    if (!m_listening) {
        // The slot's QDBusVariant must be a known type before QtDBus matches
        // the signal's arguments to it by name; until something else has
        // registered it, connect() fails (and no change is ever heard).
        qRegisterMetaType<QDBusVariant>();
        m_listening = bus.connect(portalService, portalPath, settingsInterface,
                                  QStringLiteral("SettingChanged"), this,
                                  SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    }
    // Asked without waiting: a portal that is slow to start must not hold
    // up the window.
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, settingsInterface,
                                                       QStringLiteral("Read"));
    read << appearanceGroup << colorSchemeName;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, asked = m_changes](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QVariant> reply = *call;
                call->deleteLater();
                // No portal, or no such setting: the style's palette. An
                // answer older than a change announced since is stale.
                if (reply.isError() || asked != m_changes)
                    return;
                setDesktopValue(reply.value());
            });
}

void Appearance::onSettingChanged(const QString &group, const QString &key,
                                  const QDBusVariant &value)
{
    if (group == appearanceGroup && key == colorSchemeName) {
        ++m_changes;
        setDesktopValue(value.variant());
    }
}

void Appearance::setDesktopValue(const QVariant &value)
{
    bool ok = false;
    const uint preference = unwrapped(value).toUInt(&ok);
    if (!ok)
        m_desktopDark.reset();
    else if (preference == 1)
        m_desktopDark = true;
    else if (preference == 2)
        m_desktopDark = false;
    else
        m_desktopDark.reset();
    if (m_scheme == ColorScheme::System)
        applyPalette();
}

void Appearance::applyPalette()
{
    QPalette palette = m_startPalette;
    const bool dark = m_scheme == ColorScheme::Dark ||
                      (m_scheme == ColorScheme::System && m_desktopDark.value_or(false));
    const bool light = m_scheme == ColorScheme::Light ||
                       (m_scheme == ColorScheme::System && m_desktopDark == false);
    if (dark)
        palette = darkPalette();
    else if (light)
        palette = lightPalette();
    QApplication::setPalette(palette);
    Q_EMIT paletteApplied();
}

} // namespace lectern
