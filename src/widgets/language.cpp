#include "widgets/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Deskline::Widgets {

Language::Language(QObject *parent) : QObject(parent) { }

Language::~Language()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tr"), QStringLiteral("zh_CN")};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"ru")
        return QStringLiteral("Русский");
    if (code == u"tr")
        return QStringLiteral("Türkçe");
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::bestFor(const QString &localeName)
{
    if (localeName.startsWith(u"zh"))
        return QStringLiteral("zh_CN");
    for (const QString &code : codes()) {
        if (localeName.startsWith(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Language::setLanguage(const QString &requested)
{
    const QString code = codes().contains(requested) ? requested : bestFor(requested);
    auto app = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    bool ok = true;
    if (code != u"en") {
        ok = app->load(QStringLiteral(":/i18n/deskline_") + code + QStringLiteral(".qm"));
        if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    } else {
        // English plural forms ("1 message", "2 messages").
        if (!app->load(QStringLiteral(":/i18n/deskline_en.qm")))
            app.reset();
        qt.reset();
    }
    if (!ok)
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    QLocale::setDefault(QLocale(code == u"en" ? QStringLiteral("en_US") : code));
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    const bool changed = m_code != code;
    m_code = code;
    if (changed)
        emit languageChanged(code);
    return true;
}

} // namespace Deskline::Widgets
