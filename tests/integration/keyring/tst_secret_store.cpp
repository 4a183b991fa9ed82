// SecretStore against a real keyring and against none. ctest runs this suite twice:
//   tst_secret_store_keyring — through scripts/with-keyring.sh (a throwaway session bus and an
//                              unlocked GNOME Keyring), with DESKLINE_TEST_KEYRING=1;
//   tst_secret_store         — with no session bus and no display: every call must come back
//                              Unavailable, with an explanation, and never hang.
// Secrets are compared with QVERIFY, not QCOMPARE, so a failure never prints one.
#include "storage/secret_store.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <chrono>
#include <optional>

using namespace Deskline::Storage;
using namespace std::chrono_literals;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Both runs.
    void keyFor_data();
    void keyFor();
    void emptyKeyOrSecretIsRefused();
    void explanationsAreTranslated();
    void secretNeverReachesTheLog();

    // With the keyring.
    void writeThenReadBack();
    void readOfMissingKeyIsNotFound();
    void removeThenNotFound();
    void writeReplaces();
    void probeIsAvailableAndLeavesNothing();
    void overlappingProbesAreIndependent();
    void hubsAndAgentsAreSeparateKeys();
    void unicodeAndBinarySecretsRoundTrip();
    void callbackMayStartTheNextOperation();
    void noCallbackAfterContextIsGone();
    // Last with the keyring: it stays locked afterwards (unlocking needs a prompt).
    void lockedKeyringIsReported();

    // Without a keyring.
    void probeIsUnavailableWithoutKeyring();
    void everyCallIsUnavailableWithoutKeyring();
    // Last: it leaves an abandoned job behind until its fake bus closes.
    void hungKeyringTimesOutAndRecovers();

private:
    [[nodiscard]] bool haveKeyring() const { return m_keyring; }

    bool m_keyring = false;
    QTemporaryDir m_runtimeDir;
    QStringList m_written; // keys to remove after each test
};

namespace {

// Enough for any single job to finish or time out: the store's own timeout is 5 s.
constexpr int kWaitMs = 15000;

const QUrl kHubA(QStringLiteral("https://hub-a.example.com"));
const QUrl kHubB(QStringLiteral("https://hub-b.example.com:8443"));

// The result of one call, or a test-made Error when no callback came. The context lives only as
// long as this wait, so a later callback could not write into a dead frame.
template<typename Result, typename Start> Result waitFor(Start start)
{
    std::optional<Result> out;
    QObject context;
    start(&context, [&out](const Result &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs)) {
        Result none; // SecretResult: status Error; ProbeResult: Unavailable, reason Error
        none.detail = QStringLiteral("test: no callback within %1 ms").arg(kWaitMs);
        return none;
    }
    return *out;
}

SecretResult writeSecret(SecretStore &store, const QString &key, const QByteArray &secret)
{
    return waitFor<SecretResult>([&](QObject *ctx, SecretStore::Callback cb) {
        store.write(key, secret, ctx, std::move(cb));
    });
}

SecretResult readSecret(SecretStore &store, const QString &key)
{
    return waitFor<SecretResult>(
        [&](QObject *ctx, SecretStore::Callback cb) { store.read(key, ctx, std::move(cb)); });
}

SecretResult removeSecret(SecretStore &store, const QString &key)
{
    return waitFor<SecretResult>(
        [&](QObject *ctx, SecretStore::Callback cb) { store.remove(key, ctx, std::move(cb)); });
}

ProbeResult probeKeyring(SecretStore &store)
{
    return waitFor<ProbeResult>(
        [&](QObject *ctx, SecretStore::ProbeCallback cb) { store.probe(ctx, std::move(cb)); });
}

// The keys QtKeychain holds for Deskline, as secret-tool lists them (the "user" attribute of
// QtKeychain's libsecret schema; "server" is the service). Only those lines are read: the
// listing also holds the secrets.
QStringList storedKeys()
{
    QProcess tool;
    tool.start(
        u"secret-tool"_qs, {u"search"_qs, u"--all"_qs, u"server"_qs, SecretStore::service()});
    if (!tool.waitForFinished(kWaitMs))
        return {u"secret-tool did not finish"_qs};
    QStringList keys;
    const QByteArray prefix = "attribute.user = ";
    for (const QByteArray &line : tool.readAllStandardOutput().split('\n')) {
        if (line.startsWith(prefix))
            keys.append(QString::fromUtf8(line.mid(prefix.size())));
    }
    return keys;
}

// Locks the default collection the way a screen lock or "Lock keyring" does.
bool lockDefaultKeyring(QString *error)
{
    QDBusMessage lock = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_qs,
        u"/org/freedesktop/secrets"_qs, u"org.freedesktop.Secret.Service"_qs, u"Lock"_qs);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath> {QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_qs)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, kWaitMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorName() + u": " + reply.errorMessage();
        return false;
    }
    return true;
}

const char *statusText(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return "Ok";
    case SecretStatus::NotFound:
        return "NotFound";
    case SecretStatus::Unavailable:
        return "Unavailable";
    case SecretStatus::Locked:
        return "Locked";
    case SecretStatus::Error:
        return "Error";
    }
    return "?";
}

// "status: detail" for failure messages; never the secret.
QByteArray describe(const SecretResult &r)
{
    return QByteArray(statusText(r.status)) + ": " + r.detail.toUtf8();
}

// Every message logged while it exists, whatever its category or level.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("deskline.*.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules({});
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    [[nodiscard]] QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(u'\n');
    }
    [[nodiscard]] qsizetype count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        Q_UNUSED(type)
        if (!s_self)
            return;
        QMutexLocker lock(&s_self->m_mutex);
        s_self->m_lines.append(
            QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
    }

    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace

void TestSecretStore::initTestCase()
{
    m_keyring = qEnvironmentVariable("DESKLINE_TEST_KEYRING") == u"1";
    if (m_keyring) {
        // Never the developer's own keyring: only the wrapper's throwaway one.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                && qEnvironmentVariable("XDG_DATA_HOME").contains(u"/keyring-ci."),
            "DESKLINE_TEST_KEYRING=1 needs scripts/with-keyring.sh around this test");
        return;
    }
    // No keyring: no session bus, no display to autolaunch one on, and a runtime dir without a
    // "bus" socket (GLib looks there when DBUS_SESSION_BUS_ADDRESS is unset). Set before GLib
    // first reads them, i.e. before the first job.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(m_runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
}

void TestSecretStore::init()
{
    m_written.clear();
}

void TestSecretStore::cleanup()
{
    if (!haveKeyring())
        return;
    SecretStore store;
    for (const QString &key : std::as_const(m_written)) {
        const auto r = removeSecret(store, key);
        QVERIFY2(r.isOk(), describe(r).constData());
    }
}

void TestSecretStore::keyFor_data()
{
    QTest::addColumn<QUrl>("hub");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("key");

    const QString agent = QStringLiteral("alice");
    QTest::newRow("https, default port written out")
        << QUrl(u"https://hub.example.com"_qs) << agent
        << u"hub:https://hub.example.com:443|agent:alice"_qs;
    QTest::newRow("http, default port written out") << QUrl(
        u"http://hub.example.com"_qs) << agent << u"hub:http://hub.example.com:80|agent:alice"_qs;
    QTest::newRow("case folded") << QUrl(u"HTTPS://Hub.Example.COM:443"_qs) << agent
                                 << u"hub:https://hub.example.com:443|agent:alice"_qs;
    QTest::newRow("path, query, fragment dropped")
        << QUrl(u"http://hub.example.com:8080/api/v1/?x=1#top"_qs) << agent
        << u"hub:http://hub.example.com:8080|agent:alice"_qs;
    QTest::newRow("user info dropped") << QUrl(u"https://bob:hunter2@hub.example.com/"_qs) << agent
                                       << u"hub:https://hub.example.com:443|agent:alice"_qs;
    QTest::newRow("IPv6") << QUrl(u"https://[::1]:8443"_qs) << agent
                          << u"hub:https://[::1]:8443|agent:alice"_qs;
    QTest::newRow("IDN host in ASCII") << QUrl(u"https://bücher.example"_qs) << agent
                                       << u"hub:https://xn--bcher-kva.example:443|agent:alice"_qs;
    QTest::newRow("agent kept as given") << QUrl(u"https://hub.example.com"_qs) << u"Ayşe Yılmaz"_qs
                                         << u"hub:https://hub.example.com:443|agent:Ayşe Yılmaz"_qs;
    QTest::newRow("no scheme") << QUrl(u"hub.example.com"_qs) << agent << QString();
    QTest::newRow("no host") << QUrl(u"file:///tmp/x"_qs) << agent << QString();
    QTest::newRow("no agent") << QUrl(u"https://hub.example.com"_qs) << QString() << QString();
}

void TestSecretStore::keyFor()
{
    QFETCH(QUrl, hub);
    QFETCH(QString, agent);
    QFETCH(QString, key);
    QCOMPARE(SecretStore::keyFor(hub, agent), key);
}

void TestSecretStore::emptyKeyOrSecretIsRefused()
{
    SecretStore store;
    const auto emptyKey = readSecret(store, QString());
    QCOMPARE(emptyKey.status, SecretStatus::Error);
    QVERIFY(!emptyKey.explanation.isEmpty());

    const auto emptySecret
        = writeSecret(store, SecretStore::keyFor(kHubA, u"alice"_qs), QByteArray());
    QCOMPARE(emptySecret.status, SecretStatus::Error);

    const auto removeNothing = removeSecret(store, QString());
    QCOMPARE(removeNothing.status, SecretStatus::Error);
}

// The explanations come from the "Deskline::Storage" context of the embedded translations.
void TestSecretStore::explanationsAreTranslated()
{
    SecretStore store;
    const auto english = readSecret(store, QString());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/deskline_ru.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto russian = readSecret(store, QString());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(russian.explanation != english.explanation);
    QVERIFY2(russian.explanation.contains(QRegularExpression(u"[\\x{0400}-\\x{04FF}]"_qs)),
        qPrintable(russian.explanation));
}

// Nothing Deskline or QtKeychain logs carries the secret, raw or base64 (QtKeychain's storage
// form), through writes, reads, removals and failures, with debug lines switched on.
void TestSecretStore::secretNeverReachesTheLog()
{
    const QByteArray secret = "dl-hub-token-4f6d1c0e9a7b42c8-Ключ-钥匙";
    const QString key = SecretStore::keyFor(kHubA, u"log-check"_qs);
    const QStringList needles = {QString::fromUtf8(secret), QString::fromLatin1(secret.toBase64()),
        QStringLiteral("4f6d1c0e9a7b42c8")};
    LogCapture capture;
    {
        SecretStore store;
        m_written.append(key);
        const auto written = writeSecret(store, key, secret);
        const auto read = readSecret(store, key);
        if (haveKeyring()) {
            QVERIFY2(written.isOk(), describe(written).constData());
            QVERIFY(read.isOk() && read.secret == secret);
        } else {
            QCOMPARE(written.status, SecretStatus::Unavailable);
            QCOMPARE(read.status, SecretStatus::Unavailable);
        }
        // Failures: a refused write names the key, not the secret; a missing key; a timeout.
        QCOMPARE(writeSecret(store, QString(), secret).status, SecretStatus::Error);
        QVERIFY(!readSecret(store, SecretStore::keyFor(kHubB, u"nobody"_qs)).isOk());
        removeSecret(store, key);
        m_written.removeAll(key);
        store.setTimeout(0ms);
        // Abandoned at once (it may still land later: cleanup() removes it).
        QCOMPARE(writeSecret(store, key, secret).status, SecretStatus::Unavailable);
        m_written.append(key);
    }
    QVERIFY2(capture.count() > 0, "the failures above should have been logged");
    const QString log = capture.text();
    for (const QString &needle : std::as_const(needles))
        QVERIFY2(!log.contains(needle), "a secret reached the log");
}

void TestSecretStore::writeThenReadBack()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubA, u"alice"_qs);
    const QByteArray secret = "token-alice-1";
    m_written.append(key);
    const auto written = writeSecret(store, key, secret);
    QVERIFY2(written.isOk(), describe(written).constData());
    QVERIFY(written.explanation.isEmpty());
    const auto read = readSecret(store, key);
    QVERIFY2(read.isOk(), describe(read).constData());
    QVERIFY(read.secret == secret);
    QVERIFY(read.explanation.isEmpty());
}

void TestSecretStore::readOfMissingKeyIsNotFound()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const auto read = readSecret(store, SecretStore::keyFor(kHubA, u"never-signed-in"_qs));
    QCOMPARE(read.status, SecretStatus::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.explanation.isEmpty());
}

void TestSecretStore::removeThenNotFound()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubA, u"bob"_qs);
    m_written.append(key);
    QVERIFY(writeSecret(store, key, "token-bob").isOk());
    const auto removed = removeSecret(store, key);
    QVERIFY2(removed.isOk(), describe(removed).constData());
    QCOMPARE(readSecret(store, key).status, SecretStatus::NotFound);
    const auto again = removeSecret(store, key); // nothing left: still Ok
    QVERIFY2(again.isOk(), describe(again).constData());
}

void TestSecretStore::writeReplaces()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubA, u"carol"_qs);
    m_written.append(key);
    QVERIFY(writeSecret(store, key, "token-old").isOk());
    QVERIFY(writeSecret(store, key, "token-new").isOk());
    const auto read = readSecret(store, key);
    QVERIFY2(read.isOk(), describe(read).constData());
    QVERIFY(read.secret == "token-new");
}

void TestSecretStore::probeIsAvailableAndLeavesNothing()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const ProbeResult probe = probeKeyring(store);
    QVERIFY2(probe.isAvailable(), qPrintable(probe.detail));
    QCOMPARE(probe.reason, SecretStatus::Ok);
    QVERIFY(probe.explanation.isEmpty());
    QVERIFY(probe.detail.isEmpty());
    QCOMPARE(storedKeys().filter(QRegularExpression(u"^probe:"_qs)), QStringList());
}

// Each probe has a key of its own: two at once must not read each other's value.
void TestSecretStore::overlappingProbesAreIndependent()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore first;
    SecretStore second;
    std::optional<ProbeResult> a;
    std::optional<ProbeResult> b;
    first.probe(this, [&a](const ProbeResult &r) { a = r; });
    second.probe(this, [&b](const ProbeResult &r) { b = r; });
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), kWaitMs);
    QVERIFY2(a->isAvailable(), qPrintable(a->detail));
    QVERIFY2(b->isAvailable(), qPrintable(b->detail));
}

void TestSecretStore::hubsAndAgentsAreSeparateKeys()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    struct Entry
    {
        QString key;
        QByteArray secret;
    };
    const QList<Entry> entries = {
        {SecretStore::keyFor(kHubA, u"dana"_qs), "token-a-dana"},
        {SecretStore::keyFor(kHubA, u"erol"_qs), "token-a-erol"},
        {SecretStore::keyFor(kHubB, u"dana"_qs), "token-b-dana"},
        {SecretStore::keyFor(kHubB, u"erol"_qs), "token-b-erol"},
    };
    for (const Entry &e : entries) {
        m_written.append(e.key);
        const auto written = writeSecret(store, e.key, e.secret);
        QVERIFY2(written.isOk(), describe(written).constData());
    }
    for (const Entry &e : entries) {
        const auto read = readSecret(store, e.key);
        QVERIFY2(read.isOk(), describe(read).constData());
        QVERIFY2(read.secret == e.secret, qPrintable(e.key));
    }
    // Removing one leaves the others.
    QVERIFY(removeSecret(store, entries.at(0).key).isOk());
    QCOMPARE(readSecret(store, entries.at(0).key).status, SecretStatus::NotFound);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(readSecret(store, entries.at(i).key).secret == entries.at(i).secret);
}

void TestSecretStore::unicodeAndBinarySecretsRoundTrip()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString unicodeKey = SecretStore::keyFor(kHubA, u"Ayşe"_qs);
    const QByteArray unicode = u"пароль-密码-şifre-🔑"_qs.toUtf8();
    const QString binaryKey = SecretStore::keyFor(kHubA, u"张伟"_qs);
    const QByteArray binary("\x00\x01\xfe\xff token \r\n", 13);
    m_written << unicodeKey << binaryKey;
    QVERIFY(writeSecret(store, unicodeKey, unicode).isOk());
    QVERIFY(writeSecret(store, binaryKey, binary).isOk());
    const auto readUnicode = readSecret(store, unicodeKey);
    QVERIFY2(readUnicode.isOk(), describe(readUnicode).constData());
    QVERIFY(readUnicode.secret == unicode);
    QVERIFY(QString::fromUtf8(readUnicode.secret) == u"пароль-密码-şifre-🔑"_qs);
    const auto readBinary = readSecret(store, binaryKey);
    QVERIFY2(readBinary.isOk(), describe(readBinary).constData());
    QVERIFY(readBinary.secret == binary);
}

// Results arrive from the event loop, so a callback may start the next job (QtKeychain must
// not get one from inside another job's finished handler).
void TestSecretStore::callbackMayStartTheNextOperation()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubB, u"chain"_qs);
    m_written.append(key);
    std::optional<SecretResult> last;
    bool insideWrite = false;
    store.write(key, "token-chain", this, [&](const SecretResult &written) {
        QVERIFY(written.isOk());
        insideWrite = true;
        store.read(key, this, [&](const SecretResult &read) {
            QVERIFY(!insideWrite); // delivered later, not from inside the write's callback
            last = read;
        });
        insideWrite = false;
    });
    QTRY_VERIFY_WITH_TIMEOUT(last.has_value(), kWaitMs);
    QVERIFY2(last->isOk(), describe(*last).constData());
    QVERIFY(last->secret == "token-chain");
}

void TestSecretStore::noCallbackAfterContextIsGone()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubB, u"gone"_qs);
    bool called = false;
    {
        QObject context;
        store.read(key, &context, [&called](const SecretResult &) { called = true; });
    }
    // QtKeychain runs jobs one at a time, in order: once this one is back, the first is too.
    const auto after = readSecret(store, key);
    QCOMPARE(after.status, SecretStatus::NotFound);
    QVERIFY(!called);
}

// A locked keyring (no prompter can run: no display) refuses writes with AccessDenied, which is
// Locked. libsecret hides locked items from lookups and deletes instead of failing, so a read
// says NotFound and a remove says Ok: only write() and probe() can tell the keyring is locked.
void TestSecretStore::lockedKeyringIsReported()
{
    if (!haveKeyring())
        QSKIP("needs the keyring (tst_secret_store_keyring)");
    SecretStore store;
    const QString key = SecretStore::keyFor(kHubA, u"locked-out"_qs);
    QVERIFY(writeSecret(store, key, "token-before-lock").isOk());
    QString error;
    QVERIFY2(lockDefaultKeyring(&error), qPrintable(error));

    const SecretResult written = writeSecret(store, key, "token-after-lock");
    QVERIFY2(written.status == SecretStatus::Locked, describe(written).constData());
    QVERIFY2(written.explanation.contains(u"locked"), qPrintable(written.explanation));

    const ProbeResult probe = probeKeyring(store);
    QVERIFY(!probe.isAvailable());
    QCOMPARE(probe.reason, SecretStatus::Locked);
    QCOMPARE(probe.explanation, written.explanation);

    const SecretResult read = readSecret(store, key);
    QVERIFY2(read.status == SecretStatus::NotFound, describe(read).constData());
    QVERIFY(read.secret.isEmpty());
}

void TestSecretStore::probeIsUnavailableWithoutKeyring()
{
    if (haveKeyring())
        QSKIP("needs no keyring (tst_secret_store)");
    SecretStore store;
    store.setTimeout(2s);
    QElapsedTimer clock;
    clock.start();
    const auto probe = probeKeyring(store);
    QVERIFY2(clock.elapsed() < 2000 + 1000, "probe outlived its timeout");
    QVERIFY(!probe.isAvailable());
    QCOMPARE(probe.reason, SecretStatus::Unavailable);
    QVERIFY(!probe.explanation.isEmpty());
    QVERIFY2(probe.explanation.contains(u"GNOME Keyring"), qPrintable(probe.explanation));
    QVERIFY2(probe.detail.startsWith(u"probe write:"), qPrintable(probe.detail));
}

void TestSecretStore::everyCallIsUnavailableWithoutKeyring()
{
    if (haveKeyring())
        QSKIP("needs no keyring (tst_secret_store)");
    SecretStore store;
    store.setTimeout(2s);
    const QString key = SecretStore::keyFor(kHubA, u"alice"_qs);
    const auto written = writeSecret(store, key, "token");
    const auto read = readSecret(store, key);
    const auto removed = removeSecret(store, key);
    for (const auto &r : {written, read, removed}) {
        QVERIFY2(r.status == SecretStatus::Unavailable, describe(r).constData());
        QVERIFY(!r.explanation.isEmpty());
        QVERIFY(!r.detail.isEmpty()); // QtKeychain's reason, e.g. "Cannot autolaunch D-Bus…"
    }
    QVERIFY(read.secret.isEmpty());
}

// A session bus that accepts the connection and then never says a word: every job must come back
// Unavailable at its timeout. When the bus finally goes away, the abandoned job's late answer
// must do no harm, and the next job gets a real answer again.
void TestSecretStore::hungKeyringTimesOutAndRecovers()
{
    if (haveKeyring())
        QSKIP("needs no keyring (tst_secret_store)");
    QLocalServer silentBus;
    const QString path = m_runtimeDir.filePath(u"silent-bus"_qs);
    QVERIFY2(silentBus.listen(path), qPrintable(silentBus.errorString()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));

    SecretStore store;
    store.setTimeout(300ms);
    QElapsedTimer clock;
    clock.start();
    const auto read = readSecret(store, SecretStore::keyFor(kHubA, u"alice"_qs));
    const qint64 readMs = clock.elapsed();
    QVERIFY2(read.status == SecretStatus::Unavailable, describe(read).constData());
    QVERIFY2(read.detail.contains(u"no answer"), qPrintable(read.detail));
    QVERIFY(!read.explanation.isEmpty());
    QVERIFY2(readMs >= 290 && readMs < 3000, qPrintable(QString::number(readMs)));

    clock.restart();
    const auto probe = probeKeyring(store);
    QVERIFY(!probe.isAvailable());
    QCOMPARE(probe.reason, SecretStatus::Unavailable);
    QVERIFY2(clock.elapsed() < 3000, "probe outlived its timeout");

    // The bus goes away: the abandoned jobs finish (unheard), and the store works again.
    silentBus.close();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    store.setTimeout(5s);
    const auto after = readSecret(store, SecretStore::keyFor(kHubA, u"alice"_qs));
    QVERIFY2(after.status == SecretStatus::Unavailable, describe(after).constData());
    QVERIFY2(!after.detail.contains(u"no answer"), qPrintable(after.detail));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
