#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Deskline::Widgets {

// The console's languages, switched at runtime: Deskline's own catalogue (embedded as
// :/i18n/deskline_<code>.qm) plus Qt's for standard dialogs when the system has it. Installing a
// translator posts LanguageChange to every widget, and each retranslates itself.
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // "en", "ru", "tr", "zh_CN".
    static QStringList codes();
    // The language's name in itself: English, Русский, Türkçe, 简体中文.
    static QString nativeName(const QString &code);
    // The closest supported language for a locale name ("ru_RU" → "ru"), "en" otherwise.
    static QString bestFor(const QString &localeName);

    bool setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_code; }

signals:
    void languageChanged(const QString &code);

private:
    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Deskline::Widgets
