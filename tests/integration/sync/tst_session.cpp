// Signing in: the token goes to the OS keyring only, and comes back from it on the next start.
// Run twice: through scripts/with-keyring.sh (DESKLINE_TEST_KEYRING=1) and with no keyring at all.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "sync/session.h"
#include "test_database.h"

#include <QTest>

using namespace Deskline;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signInRemembersTheTokenInTheKeyring();
    void wrongPasswordStoresNothing();

private:
    Sync::Session::Result wait(std::function<void(Sync::Session::Callback)> start);
    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Hub::HubServer> m_hub;
    std::unique_ptr<Storage::SecretStore> m_secrets;
};

namespace {
bool withKeyring()
{
    return qEnvironmentVariable("DESKLINE_TEST_KEYRING") == u"1";
}
}

void TestSession::init()
{
    m_store = std::make_unique<Test::TestDatabase>();
    m_clock = std::make_unique<ManualClock>(*parseIsoUtc(u"2026-11-21T09:00:00Z"));
    Hub::HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "s";
    config.verifyToken = "v";
    m_hub = std::make_unique<Hub::HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen());
    QVERIFY(m_hub->agents().add(u"anna"_qs, Hub::Role::Agent, u"anna-password"_qs, {}, &error));
    m_secrets = std::make_unique<Storage::SecretStore>();
    m_secrets->setTimeout(std::chrono::milliseconds(3000));
}

void TestSession::cleanup()
{
    m_secrets.reset();
    m_hub.reset();
    m_store.reset();
}

Sync::Session::Result TestSession::wait(std::function<void(Sync::Session::Callback)> start)
{
    std::optional<Sync::Session::Result> out;
    start([&out](const Sync::Session::Result &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        QTest::qFail("no answer", __FILE__, __LINE__);
    return out.value_or(Sync::Session::Result{});
}

void TestSession::signInRemembersTheTokenInTheKeyring()
{
    Sync::HubClient client(m_hub->baseUrl());
    Sync::Session session(m_hub->baseUrl(), u"anna"_qs, *m_secrets, client);
    const auto first = wait([&](auto done) { session.resume(done); });
    QCOMPARE(first.state, Sync::Session::State::NeedsPassword);

    const auto signedIn = wait([&](auto done) { session.signIn(u"anna-password"_qs, done); });
    QCOMPARE(signedIn.state, Sync::Session::State::SignedIn);
    QVERIFY(client.hasToken()); // works this session either way
    QCOMPARE(signedIn.remembered, withKeyring());
    if (!withKeyring()) {
        QVERIFY(!signedIn.explanation.isEmpty()); // what to install or unlock, in words
        return;
    }
    // The next start: the token comes from the keyring, no password asked.
    Sync::HubClient later(m_hub->baseUrl());
    Sync::Session again(m_hub->baseUrl(), u"anna"_qs, *m_secrets, later);
    const auto resumed = wait([&](auto done) { again.resume(done); });
    QCOMPARE(resumed.state, Sync::Session::State::SignedIn);
    std::optional<int> status;
    later.events(0, 10, nullptr, [&status](const Sync::HubClient::Answer &a) { status = a.status; });
    QTRY_COMPARE(status, std::optional<int>(200)); // the stored token is the hub's token
    // Another agent on the same hub has a key of their own.
    Sync::HubClient other(m_hub->baseUrl());
    Sync::Session elif(m_hub->baseUrl(), u"elif"_qs, *m_secrets, other);
    QCOMPARE(wait([&](auto done) { elif.resume(done); }).state, Sync::Session::State::NeedsPassword);
    // Signing out forgets it.
    QCOMPARE(wait([&](auto done) { again.signOut(done); }).state, Sync::Session::State::NeedsPassword);
    QVERIFY(!later.hasToken());
    QCOMPARE(wait([&](auto done) { session.resume(done); }).state, Sync::Session::State::NeedsPassword);
}

void TestSession::wrongPasswordStoresNothing()
{
    Sync::HubClient client(m_hub->baseUrl());
    Sync::Session session(m_hub->baseUrl(), u"anna"_qs, *m_secrets, client);
    const auto wrong = wait([&](auto done) { session.signIn(u"not-the-password"_qs, done); });
    QCOMPARE(wrong.state, Sync::Session::State::WrongPassword);
    QVERIFY(!wrong.explanation.isEmpty());
    QVERIFY(!client.hasToken());
    QCOMPARE(wait([&](auto done) { session.resume(done); }).state, Sync::Session::State::NeedsPassword);
    Sync::HubClient nowhere(QUrl(u"http://127.0.0.1:9"_qs));
    Sync::Session lost(QUrl(u"http://127.0.0.1:9"_qs), u"anna"_qs, *m_secrets, nowhere);
    const auto unreachable = wait([&](auto done) { lost.signIn(u"anna-password"_qs, done); });
    QCOMPARE(unreachable.state, Sync::Session::State::HubUnreachable);
    QVERIFY(unreachable.explanation.contains(u"127.0.0.1:9"_qs));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
