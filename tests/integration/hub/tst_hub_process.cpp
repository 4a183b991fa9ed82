// The real deskline-hub binary, driven as a process on a SQLite file: a SIGKILL in the middle of
// a burst loses no acknowledged webhook and leaves the log gap-free, Meta's redelivery after the
// restart stores nothing twice, SIGTERM finishes the commits in flight and exits 0, a start
// without secrets is refused, and the `agent` CLI and --help work.
#include "cloud/signature.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Deskline;

class TestHubProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killDuringBurstLosesNothingAcknowledged();
    void sigtermFinishesInFlightCommits();
    void refusesToStartWithoutSecrets_data();
    void refusesToStartWithoutSecrets();
    void agentCliAndHelp();

public:
    // One signed webhook as Meta would post it, and the natural keys of its items
    // ("message:<wamid>", "status:<wamid>:<status>") that the hub's log must hold once stored.
    struct Webhook
    {
        QByteArray body;
        QByteArray signature;
        QStringList keys;
    };
    // One event of the log as /api/v1/events returns it.
    struct LogEntry
    {
        qint64 seq = 0;
        QString key;
    };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    struct CliResult
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Every webhook of a burst posted at once over several managers (several connections each);
    // status[i] is the HTTP status webhook i got, 0 when it got none (connection refused, reset).
    struct Burst
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<int> status;
        QList<QString> errors;
        int finished = 0;
        int ok = 0;
        [[nodiscard]] bool done() const { return finished == status.size(); }
    };

private:
    QString newDatabase(const QString &name);
    QProcessEnvironment environment(bool appSecret = true, bool verifyToken = true) const;
    CliResult runHub(
        const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {});
    // Starts `deskline-hub serve` on `dbUrl`; returns the process (owned by the test) and its
    // base URL from the first stdout line, or nullptr and why.
    QProcess *startHub(const QString &dbUrl, QUrl *base, QString *error);
    QString hubLog(const QProcess *hub) const;
    std::shared_ptr<Burst> post(const QUrl &base, const QList<Webhook> &webhooks,
        const std::function<void(Burst &)> &onOk = {});
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &authorization = {});
    QByteArray login(
        const QUrl &base, const QString &name, const QString &password, QString *error);
    // The whole log, page by page; false (and why) when it cannot be read.
    bool readLog(const QUrl &base, const QByteArray &token, QList<LogEntry> *log, qint64 *lastSeq,
        QString *error);
    // Gap-free from 1, no natural key twice; false and why otherwise.
    static bool checkLog(const QList<LogEntry> &log, qint64 lastSeq, QString *error);
    bool stopHub(QProcess *hub, QString *error);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QProcess>> m_hubs;
    int m_databases = 0;
};

namespace {

const QByteArray kAppSecret = "process-app-secret";
const QByteArray kVerifyToken = "process-verify-token";
const QString kLineA = QStringLiteral("555000111");
const QString kLineB = QStringLiteral("555000222");
const QString kAgent = QStringLiteral("probe");
const QString kPassword = QStringLiteral("probe-password-7");
constexpr int kManagers = 3; // × 6 connections each

QString hubBinary()
{
    return QStringLiteral(DESKLINE_HUB_BINARY);
}

QByteArray envelope(const QJsonObject &value)
{
    const QJsonObject root {{u"object"_qs, u"whatsapp_business_account"_qs},
        {u"entry"_qs,
            QJsonArray {QJsonObject {{u"id"_qs, u"880011"_qs},
                {u"changes"_qs,
                    QJsonArray {
                        QJsonObject {{u"field"_qs, u"messages"_qs}, {u"value"_qs, value}}}}}}}};
    return Cloud::metaEscapedJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

TestHubProcess::Webhook signedWebhook(const QByteArray &body, QStringList keys)
{
    return {body, Cloud::WebhookSignature::sign(body, kAppSecret), std::move(keys)};
}

TestHubProcess::Webhook inbound(
    const QString &line, const QString &from, const QString &wamid, qint64 ts, const QString &text)
{
    const QJsonObject value {{u"messaging_product"_qs, u"whatsapp"_qs},
        {u"metadata"_qs,
            QJsonObject {{u"display_phone_number"_qs, QString(u"1555"_qs + line.right(4))},
                {u"phone_number_id"_qs, line}}},
        {u"contacts"_qs,
            QJsonArray {QJsonObject {
                {u"profile"_qs, QJsonObject {{u"name"_qs, u"Айгюль"_qs}}}, {u"wa_id"_qs, from}}}},
        {u"messages"_qs,
            QJsonArray {QJsonObject {{u"from"_qs, from}, {u"id"_qs, wamid},
                {u"timestamp"_qs, QString::number(ts)}, {u"type"_qs, u"text"_qs},
                {u"text"_qs, QJsonObject {{u"body"_qs, text}}}}}}};
    return signedWebhook(envelope(value), {QString(u"message:"_qs + wamid)});
}

TestHubProcess::Webhook statuses(
    const QString &line, const QString &wamid, qint64 ts, const QStringList &list)
{
    QJsonArray items;
    QStringList keys;
    for (const QString &status : list) {
        items.append(QJsonObject {{u"id"_qs, wamid}, {u"status"_qs, status},
            {u"timestamp"_qs, QString::number(ts++)}, {u"recipient_id"_qs, u"79161234567"_qs},
            {u"pricing"_qs,
                QJsonObject {{u"billable"_qs, false}, {u"pricing_model"_qs, u"PMP"_qs},
                    {u"type"_qs, u"free_customer_service"_qs}, {u"category"_qs, u"service"_qs}}}});
        keys.append(u"status:"_qs + wamid + u':' + status);
    }
    const QJsonObject value {{u"messaging_product"_qs, u"whatsapp"_qs},
        {u"metadata"_qs, QJsonObject {{u"phone_number_id"_qs, line}}}, {u"statuses"_qs, items}};
    return signedWebhook(envelope(value), keys);
}

// `count` webhooks with distinct wamids: a quarter inbound texts, the rest statuses, one in ten
// of those carrying two statuses of the same message (sent, then delivered).
QList<TestHubProcess::Webhook> burst(const QString &tag, int count)
{
    static const QStringList texts {u"Здравствуйте, где мой заказ?"_qs,
        u"Merhaba, siparişim nerede?"_qs, u"你好，我的订单在哪里？"_qs,
        u"Hello, where is my order?"_qs};
    static const QStringList single {u"sent"_qs, u"delivered"_qs, u"read"_qs};
    QList<TestHubProcess::Webhook> out;
    for (int i = 0; i < count; ++i) {
        const QString line = i % 3 ? kLineA : kLineB;
        const qint64 ts = 1795251600 + i;
        if (i % 4 == 0) {
            out.append(inbound(line, u"7916%1"_qs.arg(i % 37, 7, 10, QLatin1Char('0')),
                u"wamid.%1.in.%2"_qs.arg(tag).arg(i), ts, texts.at(i % texts.size())));
        } else {
            const QString wamid = u"wamid.%1.out.%2"_qs.arg(tag).arg(i);
            out.append(statuses(line, wamid, ts,
                i % 10 == 5 ? QStringList {u"sent"_qs, u"delivered"_qs}
                            : QStringList {single.at(i % single.size())}));
        }
    }
    return out;
}

QSet<QString> keysOf(
    const QList<TestHubProcess::Webhook> &webhooks, const std::function<bool(int)> &which)
{
    QSet<QString> out;
    for (int i = 0; i < webhooks.size(); ++i) {
        if (which(i)) {
            for (const QString &k : webhooks.at(i).keys)
                out.insert(k);
        }
    }
    return out;
}

QString firstMissing(const QSet<QString> &wanted, const QSet<QString> &have)
{
    for (const QString &k : wanted) {
        if (!have.contains(k))
            return k;
    }
    return {};
}

} // namespace

void TestHubProcess::initTestCase()
{
    QVERIFY2(QFileInfo(hubBinary()).isExecutable(), qPrintable(hubBinary()));
    QVERIFY(m_dir.isValid());
}

void TestHubProcess::cleanup()
{
    for (auto &hub : m_hubs) {
        if (hub->state() != QProcess::NotRunning) {
            hub->kill();
            hub->waitForFinished(5000);
        }
    }
    if (QTest::currentTestFailed()) {
        for (const auto &hub : m_hubs)
            qWarning().noquote() << "hub log" << hub->objectName() << ":\n"
                                 << hubLog(hub.get()).right(3000);
    }
    m_hubs.clear();
}

QString TestHubProcess::newDatabase(const QString &name)
{
    return m_dir.filePath(u"%1-%2.db"_qs.arg(name).arg(++m_databases));
}

QProcessEnvironment TestHubProcess::environment(bool appSecret, bool verifyToken) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"DESKLINE_"))
            env.remove(key);
    }
    if (appSecret)
        env.insert(u"DESKLINE_APP_SECRET"_qs, QString::fromLatin1(kAppSecret));
    if (verifyToken)
        env.insert(u"DESKLINE_VERIFY_TOKEN"_qs, QString::fromLatin1(kVerifyToken));
    env.insert(u"DESKLINE_ACCESS_TOKEN"_qs, u"process-graph-token"_qs);
    return env;
}

TestHubProcess::CliResult TestHubProcess::runHub(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? environment() : env);
    p.start(hubBinary(), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *TestHubProcess::startHub(const QString &dbUrl, QUrl *base, QString *error)
{
    auto hub = std::make_unique<QProcess>();
    QProcess *p = hub.get();
    p->setObjectName(u"#%1"_qs.arg(m_hubs.size() + 1));
    p->setProcessEnvironment(environment());
    p->setStandardErrorFile(m_dir.filePath(u"hub-%1.log"_qs.arg(m_hubs.size() + 1)));
    m_hubs.push_back(std::move(hub));
    p->start(hubBinary(), {u"serve"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--db"_qs, dbUrl});
    if (!p->waitForStarted(10000)) {
        *error = u"cannot start "_qs + hubBinary() + u": "_qs + p->errorString();
        return nullptr;
    }
    while (!p->canReadLine()) {
        if (!p->waitForReadyRead(20000)) {
            *error = u"no first line from the hub: "_qs + hubLog(p).right(2000);
            return nullptr;
        }
    }
    const QByteArray line = p->readLine();
    static const QRegularExpression shape(
        u"^\\{\"listening\":\"http://127\\.0\\.0\\.1:[1-9][0-9]*\"\\}\\n$"_qs);
    if (!shape.match(QString::fromUtf8(line)).hasMatch()) {
        *error = u"unexpected first line: "_qs + QString::fromUtf8(line);
        return nullptr;
    }
    *base = QUrl(QJsonDocument::fromJson(line).object().value(u"listening").toString());
    return p;
}

QString TestHubProcess::hubLog(const QProcess *hub) const
{
    QFile f(m_dir.filePath(u"hub-%1.log"_qs.arg(hub->objectName().mid(1))));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool TestHubProcess::stopHub(QProcess *hub, QString *error)
{
    hub->terminate();
    if (hub->state() != QProcess::NotRunning && !hub->waitForFinished(15000)) {
        *error = u"the hub did not stop on SIGTERM"_qs;
        return false;
    }
    if (hub->exitStatus() != QProcess::NormalExit || hub->exitCode() != 0) {
        *error = u"the hub stopped with status %1, code %2"_qs.arg(int(hub->exitStatus()))
                     .arg(hub->exitCode());
        return false;
    }
    return true;
}

std::shared_ptr<TestHubProcess::Burst> TestHubProcess::post(
    const QUrl &base, const QList<Webhook> &webhooks, const std::function<void(Burst &)> &onOk)
{
    auto burst = std::make_shared<Burst>();
    for (int m = 0; m < kManagers; ++m)
        burst->managers.push_back(std::make_unique<QNetworkAccessManager>());
    burst->status.fill(0, webhooks.size());
    burst->errors.resize(webhooks.size());
    QUrl url = base;
    url.setPath(u"/webhook"_qs);
    for (int i = 0; i < webhooks.size(); ++i) {
        QNetworkRequest rq(url);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        rq.setRawHeader("X-Hub-Signature-256", webhooks.at(i).signature);
        rq.setTransferTimeout(20000);
        QNetworkReply *reply
            = burst->managers.at(size_t(i % kManagers))->post(rq, webhooks.at(i).body);
        Burst *b = burst.get(); // the burst outlives its replies: they die with its managers
        connect(reply, &QNetworkReply::finished, this, [b, reply, i, onOk] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            b->status[i] = status;
            if (reply->error() != QNetworkReply::NoError)
                b->errors[i] = reply->errorString();
            ++b->finished;
            reply->deleteLater();
            if (status == 200) {
                ++b->ok;
                if (onOk)
                    onOk(*b);
            }
        });
    }
    return burst;
}

TestHubProcess::Reply TestHubProcess::request(const QByteArray &method, const QUrl &url,
    const QByteArray &body, const QByteArray &authorization)
{
    QNetworkRequest rq(url);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    rq.setTransferTimeout(20000);
    if (!authorization.isEmpty())
        rq.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam.sendCustomRequest(rq, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Reply r;
    if (!reply->isFinished() && !done.wait(25000)) {
        r.error = u"no answer"_qs;
        reply->abort();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

QByteArray TestHubProcess::login(
    const QUrl &base, const QString &name, const QString &password, QString *error)
{
    QUrl url = base;
    url.setPath(u"/api/v1/login"_qs);
    const Reply r = request("POST", url,
        QJsonDocument(QJsonObject {{u"name"_qs, name}, {u"password"_qs, password}}).toJson());
    const QString token = QJsonDocument::fromJson(r.body).object().value(u"token").toString();
    if (r.status != 200 || token.isEmpty()) {
        *error = u"login: %1 %2"_qs.arg(r.status).arg(QString::fromUtf8(r.body));
        return {};
    }
    return "Bearer " + token.toLatin1();
}

bool TestHubProcess::readLog(const QUrl &base, const QByteArray &token, QList<LogEntry> *log,
    qint64 *lastSeq, QString *error)
{
    log->clear();
    qint64 after = 0;
    for (;;) {
        QUrl url = base;
        url.setPath(u"/api/v1/events"_qs);
        url.setQuery(u"after=%1&limit=500"_qs.arg(after));
        const Reply r = request("GET", url, {}, token);
        if (r.status != 200) {
            *error = u"events after %1: %2 %3"_qs.arg(after).arg(r.status).arg(r.error);
            return false;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        *lastSeq = o.value(u"last_seq").toInteger(-1);
        const QJsonArray events = o.value(u"events").toArray();
        if (events.isEmpty())
            return true;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            LogEntry entry;
            entry.seq = e.value(u"seq").toInteger();
            const QString kind = e.value(u"kind").toString();
            const QString wamid = e.value(u"wamid").toString();
            if (kind == u"message.in")
                entry.key = u"message:"_qs + wamid;
            else if (kind == u"message.status")
                entry.key = u"status:"_qs + wamid + u':' + e.value(u"status").toString();
            else
                entry.key = u"unexpected kind "_qs + kind;
            log->append(entry);
            after = entry.seq;
        }
    }
}

bool TestHubProcess::checkLog(const QList<LogEntry> &log, qint64 lastSeq, QString *error)
{
    if (lastSeq != log.size()) {
        *error = u"last_seq %1 but %2 events"_qs.arg(lastSeq).arg(log.size());
        return false;
    }
    QSet<QString> seen;
    for (int i = 0; i < log.size(); ++i) {
        if (log.at(i).seq != i + 1) {
            *error = u"seq %1 at position %2: the log has a gap"_qs.arg(log.at(i).seq).arg(i + 1);
            return false;
        }
        if (log.at(i).key.startsWith(u"unexpected")) {
            *error = log.at(i).key;
            return false;
        }
        if (seen.contains(log.at(i).key)) {
            *error = u"%1 is in the log twice (again at seq %2)"_qs.arg(log.at(i).key)
                         .arg(log.at(i).seq);
            return false;
        }
        seen.insert(log.at(i).key);
    }
    return true;
}

void TestHubProcess::killDuringBurstLosesNothingAcknowledged()
{
    const QString db = u"sqlite:"_qs + newDatabase(u"kill"_qs);
    const CliResult added = runHub({u"agent"_qs, u"add"_qs, kAgent, u"--role"_qs, u"agent"_qs,
                                       u"--password-stdin"_qs, u"--db"_qs, db},
        kPassword.toUtf8() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());

    QString error;
    QUrl base;
    QProcess *hub = startHub(db, &base, &error);
    QVERIFY2(hub, qPrintable(error));

    const QList<Webhook> webhooks = burst(u"K"_qs, 400);
    const int killAt = webhooks.size() / 2;
    int unansweredAtKill = -1;
    const auto sent = post(base, webhooks, [&](Burst &b) {
        if (b.ok == killAt && hub->state() == QProcess::Running) {
            unansweredAtKill = int(b.status.size()) - b.finished;
            hub->kill(); // SIGKILL: no chance to flush or clean up
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(sent->done(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(hub->state(), QProcess::NotRunning, 10000);
    QCOMPARE(hub->exitStatus(), QProcess::CrashExit);
    QVERIFY2(unansweredAtKill > 0, "the hub was killed after the burst, not during it");

    QList<int> acknowledged;
    for (int i = 0; i < webhooks.size(); ++i) {
        // No other answer than 200 before the kill, and no answer after it.
        QVERIFY2(sent->status.at(i) == 200 || sent->status.at(i) == 0,
            qPrintable(u"webhook %1 got %2"_qs.arg(i).arg(sent->status.at(i))));
        if (sent->status.at(i) == 200)
            acknowledged.append(i);
    }
    QVERIFY2(acknowledged.size() >= killAt && acknowledged.size() < webhooks.size(),
        qPrintable(u"%1 of %2 acknowledged"_qs.arg(acknowledged.size()).arg(webhooks.size())));
    qInfo("%d of %d webhooks acknowledged before SIGKILL, %d unanswered at the kill",
        int(acknowledged.size()), int(webhooks.size()), unansweredAtKill);

    // Restart on the same file: what was acknowledged is there, once, without gaps.
    hub = startHub(db, &base, &error);
    QVERIFY2(hub, qPrintable(error));
    const QByteArray token = login(base, kAgent, kPassword, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QList<LogEntry> log;
    qint64 lastSeq = -1;
    QVERIFY2(readLog(base, token, &log, &lastSeq, &error), qPrintable(error));
    QVERIFY2(checkLog(log, lastSeq, &error), qPrintable(error));
    QSet<QString> logged;
    for (const LogEntry &e : std::as_const(log))
        logged.insert(e.key);
    const QSet<QString> acked = keysOf(webhooks, [&](int i) { return sent->status.at(i) == 200; });
    const QSet<QString> all = keysOf(webhooks, [](int) { return true; });
    const QString lost = firstMissing(acked, logged);
    QVERIFY2(
        lost.isEmpty(), qPrintable(lost + u" was acknowledged with 200 but is not in the log"_qs));
    const QString invented = firstMissing(logged, all);
    QVERIFY2(invented.isEmpty(), qPrintable(invented + u" is in the log but was never posted"_qs));
    QUrl health = base;
    health.setPath(u"/healthz"_qs);
    const Reply healthz = request("GET", health);
    QCOMPARE(healthz.status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(healthz.body).object().value(u"last_seq").toInteger(), lastSeq);
    qInfo("after the restart the log holds %lld events (%d acknowledged items)", lastSeq,
        int(acked.size()));

    // Meta redelivers everything it has no 200 for — and here, everything: all acknowledged,
    // each item stored exactly once, still gap-free.
    const auto again = post(base, webhooks);
    QTRY_VERIFY_WITH_TIMEOUT(again->done(), 60000);
    for (int i = 0; i < webhooks.size(); ++i)
        QVERIFY2(again->status.at(i) == 200,
            qPrintable(u"redelivered webhook %1 got %2 %3"_qs.arg(i)
                           .arg(again->status.at(i))
                           .arg(again->errors.at(i))));
    QVERIFY2(readLog(base, token, &log, &lastSeq, &error), qPrintable(error));
    QVERIFY2(checkLog(log, lastSeq, &error), qPrintable(error));
    logged.clear();
    for (const LogEntry &e : std::as_const(log))
        logged.insert(e.key);
    QCOMPARE(log.size(), all.size());
    QCOMPARE(logged, all);
    QVERIFY2(stopHub(hub, &error), qPrintable(error));
}

void TestHubProcess::sigtermFinishesInFlightCommits()
{
    const QString db = u"sqlite:"_qs + newDatabase(u"term"_qs);
    const CliResult added = runHub({u"agent"_qs, u"add"_qs, kAgent, u"--role"_qs, u"agent"_qs,
                                       u"--password-stdin"_qs, u"--db"_qs, db},
        kPassword.toUtf8() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());
    QString error;
    QUrl base;
    QProcess *hub = startHub(db, &base, &error);
    QVERIFY2(hub, qPrintable(error));

    const QList<Webhook> webhooks = burst(u"T"_qs, 300);
    const int termAt = 40;
    int unansweredAtTerm = -1;
    const auto sent = post(base, webhooks, [&](Burst &b) {
        if (b.ok == termAt) {
            unansweredAtTerm = int(b.status.size()) - b.finished;
            hub->terminate(); // SIGTERM
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(sent->done(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(hub->state(), QProcess::NotRunning, 15000);
    QCOMPARE(hub->exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub->exitCode(), 0);
    QVERIFY2(unansweredAtTerm > 0, "SIGTERM came after the burst, not during it");
    for (int i = 0; i < webhooks.size(); ++i) {
        // 200 when committed; 500 ("not stored; please retry") or no answer otherwise.
        QVERIFY2(sent->status.at(i) == 200 || sent->status.at(i) == 500 || sent->status.at(i) == 0,
            qPrintable(u"webhook %1 got %2"_qs.arg(i).arg(sent->status.at(i))));
    }
    qInfo("%d of %d webhooks acknowledged around SIGTERM (%d unanswered when it was sent)",
        sent->ok, int(webhooks.size()), unansweredAtTerm);

    hub = startHub(db, &base, &error);
    QVERIFY2(hub, qPrintable(error));
    const QByteArray token = login(base, kAgent, kPassword, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QList<LogEntry> log;
    qint64 lastSeq = -1;
    QVERIFY2(readLog(base, token, &log, &lastSeq, &error), qPrintable(error));
    QVERIFY2(checkLog(log, lastSeq, &error), qPrintable(error));
    QSet<QString> logged;
    for (const LogEntry &e : std::as_const(log))
        logged.insert(e.key);
    const QSet<QString> acked = keysOf(webhooks, [&](int i) { return sent->status.at(i) == 200; });
    qInfo("after the restart the log holds %lld events (%d acknowledged items)", lastSeq,
        int(acked.size()));
    const QString lost = firstMissing(acked, logged);
    QVERIFY2(
        lost.isEmpty(), qPrintable(lost + u" was acknowledged with 200 but is not in the log"_qs));
    const QString invented = firstMissing(logged, keysOf(webhooks, [](int) { return true; }));
    QVERIFY2(invented.isEmpty(), qPrintable(invented + u" is in the log but was never posted"_qs));
    QVERIFY2(stopHub(hub, &error), qPrintable(error));
}

void TestHubProcess::refusesToStartWithoutSecrets_data()
{
    QTest::addColumn<bool>("appSecret");
    QTest::addColumn<bool>("verifyToken");
    QTest::addColumn<bool>("emptyAppSecret");
    QTest::addColumn<QString>("named");
    QTest::newRow("no app secret") << false << true << false << u"DESKLINE_APP_SECRET"_qs;
    QTest::newRow("empty app secret") << false << true << true << u"DESKLINE_APP_SECRET"_qs;
    QTest::newRow("no verify token") << true << false << false << u"DESKLINE_VERIFY_TOKEN"_qs;
}

void TestHubProcess::refusesToStartWithoutSecrets()
{
    QFETCH(bool, appSecret);
    QFETCH(bool, verifyToken);
    QFETCH(bool, emptyAppSecret);
    QFETCH(QString, named);
    QProcessEnvironment env = environment(appSecret, verifyToken);
    if (emptyAppSecret)
        env.insert(u"DESKLINE_APP_SECRET"_qs, QString());
    const QString path = newDatabase(u"refused"_qs);
    const CliResult r = runHub(
        {u"serve"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--db"_qs, QString(u"sqlite:"_qs + path)},
        {}, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFileInfo::exists(path)); // refused before the store was touched
}

void TestHubProcess::agentCliAndHelp()
{
    CliResult r = runHub({u"--help"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("usage: deskline-hub serve"), r.out.constData());
    QVERIFY(r.out.contains("agent list --db URL"));
    QCOMPARE(r.err, QByteArray());

    r = runHub({u"serve"_qs, u"--help"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.out.contains("--listen") && r.out.contains("DESKLINE_APP_SECRET"), r.out.constData());

    r = runHub({u"frobnicate"_qs});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith("usage: deskline-hub"));
    QCOMPARE(r.out, QByteArray());

    const QString db = u"sqlite:"_qs + newDatabase(u"cli"_qs);
    r = runHub({u"agent"_qs, u"list"_qs, u"--db"_qs, db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("no agents yet"), r.out.constData());

    r = runHub({u"agent"_qs, u"add"_qs, u"ayse"_qs, u"--role"_qs, u"agent"_qs, u"--lines"_qs,
                   kLineA, u"--password-stdin"_qs, u"--db"_qs, db},
        "ayse-secret-password\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("added agent ayse"), r.out.constData());
    r = runHub({u"agent"_qs, u"add"_qs, u"wei"_qs, u"--role"_qs, u"supervisor"_qs,
                   u"--password-stdin"_qs, u"--db"_qs, db},
        "wei-secret-password\n");
    QVERIFY2(r.code == 0, r.err.constData());

    r = runHub({u"agent"_qs, u"list"_qs, u"--db"_qs, db});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString listed = QString::fromUtf8(r.out);
    QVERIFY2(listed.contains(u"ayse") && listed.contains(u"wei") && listed.contains(u"supervisor")
            && listed.contains(kLineA),
        r.out.constData());
    QVERIFY(!listed.contains(u"secret-password"));

    // A password that is too short is refused, and the agent is not added.
    r = runHub({u"agent"_qs, u"add"_qs, u"short"_qs, u"--role"_qs, u"agent"_qs,
                   u"--password-stdin"_qs, u"--db"_qs, db},
        "abc\n");
    QVERIFY(r.code != 0);
    QVERIFY(!r.err.isEmpty());
    r = runHub({u"agent"_qs, u"list"_qs, u"--db"_qs, db});
    QVERIFY(!QString::fromUtf8(r.out).contains(u"short"));

    // The agents the CLI added sign in to the running hub.
    QString error;
    QUrl base;
    QProcess *hub = startHub(db, &base, &error);
    QVERIFY2(hub, qPrintable(error));
    QVERIFY2(
        !login(base, u"wei"_qs, u"wei-secret-password"_qs, &error).isEmpty(), qPrintable(error));
    QVERIFY(login(base, u"wei"_qs, u"wrong-password"_qs, &error).isEmpty());
    QVERIFY2(stopHub(hub, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hub_process.moc"
