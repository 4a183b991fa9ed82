#include "core/account_health.h"
#include "core/graph_error.h"
#include "core/message_template.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Deskline;

namespace {

struct TsMessage
{
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"message") {
                current = {};
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("tr") << QStringLiteral("tr");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    // Every string finished, none empty, every placeholder kept.
    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(DESKLINE_TRANSLATIONS_DIR "/deskline_%1.ts").arg(language);
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            if (m.type == u"unfinished")
                problems.append(QStringLiteral("unfinished: ") + m.source);
            if (m.translations.isEmpty())
                problems.append(QStringLiteral("no translation: ") + m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + m.source);
                else if (placeholders(t) != placeholders(m.source))
                    problems.append(QStringLiteral("placeholders differ: ") + m.source + QStringLiteral(" → ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The .qm files are built into the binary and change what core says.
    void coreSpeaksTheLoadedLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("script"); // a character range the translation must use
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("[\\x{0400}-\\x{04FF}]");
        QTest::newRow("tr") << QStringLiteral("tr") << QStringLiteral("[çğıöşüÇĞİÖŞÜ]");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("[\\x{4E00}-\\x{9FFF}]");
    }
    void coreSpeaksTheLoadedLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, script);
        const QString english = GraphErrorCatalogue::lookup(131047).meaning();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/deskline_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QRegularExpression letters(script);
        const QStringList texts = {
            GraphErrorCatalogue::lookup(131047).meaning(),
            GraphErrorCatalogue::lookup(131047).advice(),
            GraphErrorCatalogue::lookup(4242424).meaning(), // the generic text for unknown codes
            TemplateStatusInfo::fromWire(u"PAUSED").explanation(),
            Quality::fromWire(u"YELLOW").displayName(),
        };
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(texts.first() != english);
        for (const QString &t : texts)
            QVERIFY2(t.contains(letters), qPrintable(t));
        QVERIFY(texts.at(2).contains(QStringLiteral("4242424")));
        QCOMPARE(GraphErrorCatalogue::lookup(131047).meaning(), english); // removed again
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
