// The deskline-sim program's contract: flags, the first stdout line, and clear refusals.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestSimProgram : public QObject
{
    Q_OBJECT

private slots:
    void helpDocumentsEveryFlag();
    void announcesItselfOnTheFirstLine();
    void refusesMissingToken();
    void refusesBadScenario();
    void servesTheDemoScenario();
};

namespace {

QProcess *start(const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProgram(QStringLiteral(DESKLINE_SIM_BINARY));
    p->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DESKLINE_ACCESS_TOKEN"));
    env.remove(QStringLiteral("DESKLINE_APP_SECRET"));
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

} // namespace

void TestSimProgram::helpDocumentsEveryFlag()
{
    QProcess *p = start({QStringLiteral("--help")}, this);
    QVERIFY(p->waitForFinished(10000));
    QCOMPARE(p->exitCode(), 0);
    const QString help = QString::fromUtf8(p->readAllStandardOutput());
    for (const char *flag : {"--listen", "--webhook", "--app-secret", "--access-token", "--scenario",
                             "--graph-version", "--speed", "--duplicate-rate", "--reorder", "--seed"})
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
}

void TestSimProgram::announcesItselfOnTheFirstLine()
{
    QProcess *p = start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--access-token"),
                         QStringLiteral("tok"), QStringLiteral("--graph-version"), QStringLiteral("v24.0"),
                         QStringLiteral("--speed"), QStringLiteral("0")},
                        this);
    QVERIFY(p->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine(), 10000);
    const QJsonObject first = QJsonDocument::fromJson(p->readLine()).object();
    QVERIFY(first.value(u"listening").toString().startsWith(u"http://127.0.0.1:"));
    QCOMPARE(first.value(u"graph_version").toString(), QStringLiteral("v24.0"));
    QVERIFY(!first.value(u"waba_id").toString().isEmpty());
    const QJsonArray ids = first.value(u"phone_number_ids").toArray();
    QVERIFY(ids.size() >= 2);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(first.value(u"listening").toString() + u"/v24.0/" + ids.first().toString()));
    request.setRawHeader("Authorization", "Bearer tok");
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString(), ids.first().toString());
    reply->deleteLater();
    p->terminate();
    QVERIFY(p->waitForFinished(10000));
}

void TestSimProgram::refusesMissingToken()
{
    QProcess *p = start({QStringLiteral("--speed"), QStringLiteral("0")}, this);
    QVERIFY(p->waitForFinished(10000));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("access token"));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void TestSimProgram::refusesBadScenario()
{
    QProcess *p = start({QStringLiteral("--access-token"), QStringLiteral("t"), QStringLiteral("--scenario"),
                         QStringLiteral("/nonexistent/scenario.json")},
                        this);
    QVERIFY(p->waitForFinished(10000));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("scenario"));
}

void TestSimProgram::servesTheDemoScenario()
{
    QProcess *p = start({QStringLiteral("--access-token"), QStringLiteral("tok"), QStringLiteral("--speed"), QStringLiteral("0"),
                         QStringLiteral("--scenario"), QStringLiteral(DESKLINE_RESOURCES_DIR "/simulator/demo-scenario.json")},
                        this);
    QVERIFY(p->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine() || p->state() == QProcess::NotRunning, 10000);
    QVERIFY2(p->state() == QProcess::Running, p->readAllStandardError().constData());
    const QJsonObject first = QJsonDocument::fromJson(p->readLine()).object();
    QCOMPARE(first.value(u"phone_number_ids").toArray().size(), 3);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(first.value(u"listening").toString() + u"/sim/v1/state")));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QVERIFY(state.value(u"customers").toInt() >= 40);
    QVERIFY(state.value(u"templates").toArray().size() >= 14);
    QVERIFY(state.value(u"chatter").isObject());
    // Real time: the clock started now, not at a fixed date.
    QVERIFY(qAbs(state.value(u"now").toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
    p->terminate();
    QVERIFY(p->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSimProgram)
#include "tst_sim_program.moc"
