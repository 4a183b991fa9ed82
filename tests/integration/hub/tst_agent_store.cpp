// Agents, passwords, session tokens and the permission matrix — on SQLite here, on PostgreSQL as
// tst_agent_store_postgres. Every add/setPassword/login costs one argon2id hash (~0.1 s): the
// suite keeps their number small.
#include "hub/server/agent_store.h"
#include "hub/server/hub_schema.h"
#include "hub/server/password.h"
#include "hub/server/roles.h"
#include "test_database.h"
#include "test_time.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Deskline;
using namespace Deskline::Hub;

Q_DECLARE_METATYPE(Deskline::Hub::AgentInfo)
Q_DECLARE_METATYPE(Deskline::Hub::Action)

class TestAgentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void roleNames();
    void passwordHelpers();
    void addListFind();
    void names_data();
    void names();
    void passwordRules_data();
    void passwordRules();
    void lineIdsAreChecked();
    void duplicateRefused();
    void storedHashIsArgon2idAndPasswordNowhere();
    void loginAndAuthenticate();
    void tokenStoredOnlyHashed();
    void failedLoginsLookAlike();
    void tokenExpires();
    void revokeEndsOneSession();
    void setPasswordEndsSessions();
    void setDisabledEndsSessions();
    void roleAndLineChangesApplyToOpenSessions();
    void unknownAgent();
    void purgeExpired();
    void permissionMatrix_data();
    void permissionMatrix();

private:
    AgentStore &agents() { return *m_agents; }
    QString dumpTable(const QString &table);
    int countTokens(const QString &agent);

    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<Storage::Database> m_db;
    ManualClock m_clock {Test::at("2025-07-01T09:00:00Z")};
    std::unique_ptr<AgentStore> m_agents;
};

namespace {

const QString kAlicePassword = QStringLiteral("correct horse battery");
const QString kBobPassword = QStringLiteral("bob-password-1");

AgentInfo agentWith(Role role, const QStringList &lines, bool disabled = false)
{
    AgentInfo a;
    a.name = QStringLiteral("someone");
    a.role = role;
    a.lines = lines;
    a.disabled = disabled;
    return a;
}

} // namespace

void TestAgentStore::initTestCase()
{
    m_store = std::make_unique<Test::TestDatabase>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    QString error;
    m_db = m_store->open(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(m_db->migrate(hubMigrations(), &error), qPrintable(error));
}

void TestAgentStore::init()
{
    QVERIFY(m_db);
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM tokens"), &error), qPrintable(error));
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM agents"), &error), qPrintable(error));
    m_clock.set(Test::at("2025-07-01T09:00:00Z"));
    m_agents = std::make_unique<AgentStore>(*m_db, m_clock);
}

void TestAgentStore::cleanup()
{
    m_agents.reset();
}

void TestAgentStore::cleanupTestCase()
{
    m_db.reset();
    m_store.reset();
}

QString TestAgentStore::dumpTable(const QString &table)
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return QStringLiteral("<cannot read %1>").arg(table);
    QStringList cells;
    while (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            cells.append(r.fieldName(i) + u'=' + q.value(i).toString());
    }
    return cells.join(u'\n');
}

int TestAgentStore::countTokens(const QString &agent)
{
    QSqlQuery &q = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE agent = ?"));
    q.addBindValue(agent);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestAgentStore::roleNames()
{
    for (Role role : {Role::Agent, Role::Supervisor, Role::Admin})
        QVERIFY(roleFromString(toString(role)) == role);
    QCOMPARE(toString(Role::Agent), u"agent"_qs);
    QCOMPARE(toString(Role::Supervisor), u"supervisor"_qs);
    QCOMPARE(toString(Role::Admin), u"admin"_qs);
    QVERIFY(!roleFromString(u"Admin"));
    QVERIFY(!roleFromString(u"root"));
    QVERIFY(!roleFromString(u""));
}

void TestAgentStore::passwordHelpers()
{
    // A non-ASCII password: hashed as UTF-8.
    const QString password = QStringLiteral("пароль-密码-\U0001F511");
    const QByteArray hash = hashPassword(password);
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(!hash.contains(password.toUtf8()));
    QVERIFY(verifyPassword(hash, password));
    QVERIFY(!verifyPassword(hash, QStringLiteral("пароль-密码-")));
    QVERIFY(!needsRehash(hash));
    QVERIFY(!verifyPassword(QByteArray(), password));
    QVERIFY(!verifyPassword(QByteArrayLiteral("$argon2id$nonsense"), password));
    QVERIFY(needsRehash(QByteArrayLiteral("$argon2id$nonsense")));
    QVERIFY(needsRehash(QByteArray()));

    const QByteArray a = randomToken();
    const QByteArray b = randomToken();
    QCOMPARE(a.size(), 43); // 32 bytes, base64url, no padding
    QVERIFY(a != b);
    static const QRegularExpression base64url(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]+"));
    QVERIFY(base64url.match(QString::fromLatin1(a)).hasMatch());
    QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(tokenHash(QByteArrayLiteral("abc")),
        QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestAgentStore::addListFind()
{
    QString error;
    QVERIFY(agents().list().isEmpty());
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword,
                 {u" 111"_qs, u"222"_qs, u"111"_qs}, &error),
        qPrintable(error));
    m_clock.advance(Test::minutes(5));
    QVERIFY2(agents().add(u"Bob.S_1-x"_qs, Role::Supervisor, kBobPassword, {}, &error),
        qPrintable(error));

    const QList<AgentInfo> all = agents().list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, u"Bob.S_1-x"_qs); // sorted by name, uppercase first on both stores
    QCOMPARE(all.at(1).name, u"alice"_qs);

    const auto alice = agents().find(u"alice"_qs);
    QVERIFY(alice);
    QCOMPARE(toString(alice->role), u"agent"_qs);
    QCOMPARE(alice->lines, (QStringList {u"111"_qs, u"222"_qs})); // trimmed, deduplicated, in order
    QCOMPARE(alice->disabled, false);
    QCOMPARE(alice->createdAt, Test::at("2025-07-01T09:00:00Z"));
    QCOMPARE(all.at(1), *alice);

    const auto bob = agents().find(u"Bob.S_1-x"_qs);
    QVERIFY(bob);
    QCOMPARE(toString(bob->role), u"supervisor"_qs);
    QVERIFY(bob->lines.isEmpty());
    QCOMPARE(bob->createdAt, Test::at("2025-07-01T09:05:00Z"));

    QVERIFY(!agents().find(u"carol"_qs));
    QVERIFY(!agents().find(u"ALICE"_qs)); // names are case-sensitive
}

void TestAgentStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"alice"_qs << true;
    QTest::newRow("all classes") << u"A.z_0-9"_qs << true;
    QTest::newRow("one char") << u"a"_qs << true;
    QTest::newRow("64 chars") << QString(64, u'x') << true;
    QTest::newRow("65 chars") << QString(65, u'x') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"al ice"_qs << false;
    QTest::newRow("trailing newline") << u"alice\n"_qs << false;
    QTest::newRow("at sign") << u"alice@example.com"_qs << false;
    QTest::newRow("quote") << u"o'brien"_qs << false;
    QTest::newRow("non-ASCII letter") << u"алиса"_qs << false;
    QTest::newRow("slash") << u"a/b"_qs << false;
}

void TestAgentStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(AgentStore::isValidName(name), valid);
    if (valid)
        return; // adding a valid one costs a hash; addListFind covers it
    QString error;
    QVERIFY(!agents().add(name, Role::Agent, kAlicePassword, {}, &error));
    QVERIFY(error.contains(u"name"_qs));
    QVERIFY(agents().list().isEmpty());
}

void TestAgentStore::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QString();
    QTest::newRow("7 characters") << u"1234567"_qs;
    QTest::newRow("7 CJK characters") << u"密码密码密码密"_qs;
    QTest::newRow("4 emoji are 8 UTF-16 units")
        << QStringLiteral("\U0001F511\U0001F511\U0001F511\U0001F511");
}

void TestAgentStore::passwordRules()
{
    QFETCH(QString, password);
    QString error;
    QVERIFY(!agents().add(u"alice"_qs, Role::Agent, password, {}, &error));
    QCOMPARE(error, u"the password must have at least 8 characters"_qs);
    QVERIFY(agents().list().isEmpty());
}

void TestAgentStore::lineIdsAreChecked()
{
    QString error;
    QVERIFY(
        !agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {u"111"_qs, u"1 2"_qs}, &error));
    QVERIFY2(error.contains(u"'1 2' is not a line id"_qs), qPrintable(error));
    QVERIFY(!agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {u"111,222"_qs}, &error));
    QVERIFY(!agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {QString()}, &error));
    QVERIFY(agents().list().isEmpty());
}

void TestAgentStore::duplicateRefused()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    QVERIFY(!agents().add(u"alice"_qs, Role::Admin, kBobPassword, {}, &error));
    QCOMPARE(error, u"an agent named alice already exists"_qs);
    const auto alice = agents().find(u"alice"_qs);
    QVERIFY(alice);
    QCOMPARE(toString(alice->role), u"agent"_qs); // unchanged
    QCOMPARE(agents().list().size(), 1);
}

void TestAgentStore::storedHashIsArgon2idAndPasswordNowhere()
{
    QString error;
    const QString password = QStringLiteral("Zebra-Quartz-7741");
    QVERIFY2(
        agents().add(u"alice"_qs, Role::Admin, password, {u"111"_qs}, &error), qPrintable(error));
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM agents WHERE name = 'alice'"))
        && q.next());
    const QString hash = q.value(0).toString();
    QVERIFY2(hash.startsWith(u"$argon2id$"), qPrintable(hash));
    QVERIFY(!needsRehash(hash.toLatin1()));
    const QString table = dumpTable(u"agents"_qs);
    QVERIFY(table.contains(u"alice"_qs));
    QVERIFY(!table.contains(password));
    QVERIFY(!table.contains(password.toLower()));
    QVERIFY(!table.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    QVERIFY(!table.contains(QString::fromLatin1(password.toUtf8().toHex())));
}

void TestAgentStore::loginAndAuthenticate()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {u"111"_qs}, &error),
        qPrintable(error));
    QCOMPARE(agents().tokenLifetime(), 12 * kSecondsPerHour);
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->token.size(), 43);
    QCOMPARE(session->expiresAt, m_clock.now() + Test::hours(12));
    QCOMPARE(session->agent.name, u"alice"_qs);
    QCOMPARE(session->agent.lines, QStringList {u"111"_qs});

    const auto who = agents().authenticate(session->token);
    QVERIFY(who);
    QCOMPARE(*who, session->agent);
    QVERIFY(!agents().authenticate(QByteArray()));
    QVERIFY(!agents().authenticate(randomToken()));
    QVERIFY(!agents().authenticate(tokenHash(session->token))); // the stored form is no token
    QVERIFY(!agents().authenticate(session->token.chopped(1)));
    QCOMPARE(countTokens(u"alice"_qs), 1);
}

void TestAgentStore::tokenStoredOnlyHashed()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    const QString table = dumpTable(u"tokens"_qs);
    const QString token = QString::fromLatin1(session->token);
    QVERIFY(!table.contains(token));
    QVERIFY(!table.contains(token.left(16)));
    QVERIFY(!table.contains(QString::fromLatin1(
        QByteArray::fromBase64(session->token, QByteArray::Base64UrlEncoding).toHex())));
    QVERIFY2(table.contains(QString::fromLatin1(tokenHash(session->token))), qPrintable(table));
    QVERIFY(!table.contains(kAlicePassword));
}

void TestAgentStore::failedLoginsLookAlike()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    QVERIFY2(agents().add(u"bob"_qs, Role::Agent, kBobPassword, {}, &error), qPrintable(error));
    QVERIFY2(agents().setDisabled(u"bob"_qs, true, &error), qPrintable(error));

    struct Attempt
    {
        const char *what;
        QString name;
        QString password;
    };
    const QList<Attempt> attempts {
        {"wrong password", u"alice"_qs, kBobPassword},
        {"unknown agent", u"mallory"_qs, kAlicePassword},
        {"disabled agent, right password", u"bob"_qs, kBobPassword},
        {"not even a valid name", u"al ice"_qs, kAlicePassword},
    };
    for (const Attempt &a : attempts) {
        QString why;
        QVERIFY2(!agents().login(a.name, a.password, &why), a.what);
        QCOMPARE(why, u"wrong name or password"_qs);
        QVERIFY(!why.contains(a.password));
    }
    QCOMPARE(countTokens(u"alice"_qs) + countTokens(u"bob"_qs), 0);
}

void TestAgentStore::tokenExpires()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    m_clock.advance(agents().tokenLifetime() - 1);
    QVERIFY(agents().authenticate(session->token));
    m_clock.advance(1); // expiresAt itself is past
    QCOMPARE(m_clock.now(), session->expiresAt);
    QVERIFY(!agents().authenticate(session->token));
    m_clock.advance(Test::hours(100));
    QVERIFY(!agents().authenticate(session->token));
}

void TestAgentStore::revokeEndsOneSession()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    const auto desk1 = agents().login(u"alice"_qs, kAlicePassword, &error);
    const auto desk2 = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY(desk1 && desk2);
    QVERIFY(desk1->token != desk2->token);
    agents().revoke(desk1->token);
    QVERIFY(!agents().authenticate(desk1->token));
    QVERIFY(agents().authenticate(desk2->token)); // the other desk stays signed in
    agents().revoke(desk1->token); // twice: nothing happens
    agents().revoke(QByteArray());
    QCOMPARE(countTokens(u"alice"_qs), 1);
}

void TestAgentStore::setPasswordEndsSessions()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(!agents().setPassword(u"alice"_qs, u"short"_qs, &error));
    QCOMPARE(error, u"the password must have at least 8 characters"_qs);
    QVERIFY(agents().authenticate(session->token)); // a refused change ends nothing

    const QString fresh = QStringLiteral("a new password");
    QVERIFY2(agents().setPassword(u"alice"_qs, fresh, &error), qPrintable(error));
    QVERIFY(!agents().authenticate(session->token));
    QCOMPARE(countTokens(u"alice"_qs), 0);
    QVERIFY(!agents().login(u"alice"_qs, kAlicePassword, &error));
    QVERIFY2(agents().login(u"alice"_qs, fresh, &error), qPrintable(error));
}

void TestAgentStore::setDisabledEndsSessions()
{
    QString error;
    QVERIFY2(
        agents().add(u"alice"_qs, Role::Supervisor, kAlicePassword, {}, &error), qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY2(agents().setDisabled(u"alice"_qs, true, &error), qPrintable(error));
    QVERIFY(agents().find(u"alice"_qs)->disabled);
    QVERIFY(!agents().authenticate(session->token));
    QCOMPARE(countTokens(u"alice"_qs), 0);

    QVERIFY2(agents().setDisabled(u"alice"_qs, false, &error), qPrintable(error));
    QVERIFY(!agents().find(u"alice"_qs)->disabled);
    QVERIFY(!agents().authenticate(session->token)); // enabling again does not revive the token
    const auto again = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(agents().authenticate(again->token));
}

void TestAgentStore::roleAndLineChangesApplyToOpenSessions()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {u"111"_qs}, &error),
        qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kAlicePassword, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(!permits(*agents().authenticate(session->token), Action::ReadLine, u"222"_qs));

    QVERIFY2(agents().setLines(u"alice"_qs, {u"111"_qs, u"222"_qs}, &error), qPrintable(error));
    auto who = agents().authenticate(session->token);
    QVERIFY(who);
    QCOMPARE(who->lines, (QStringList {u"111"_qs, u"222"_qs}));
    QVERIFY(permits(*who, Action::ReadLine, u"222"_qs));
    QVERIFY(!permits(*who, Action::AssignChat, u"222"_qs));

    QVERIFY2(agents().setRole(u"alice"_qs, Role::Supervisor, &error), qPrintable(error));
    who = agents().authenticate(session->token);
    QVERIFY(who);
    QCOMPARE(toString(who->role), u"supervisor"_qs);
    QVERIFY(permits(*who, Action::AssignChat, u"333"_qs));

    QVERIFY(!agents().setLines(u"alice"_qs, {u"bad id"_qs}, &error));
    QVERIFY(error.contains(u"not a line id"_qs));
    QVERIFY2(agents().setLines(u"alice"_qs, {}, &error), qPrintable(error));
    QVERIFY(agents().find(u"alice"_qs)->lines.isEmpty());
}

void TestAgentStore::unknownAgent()
{
    QString error;
    QVERIFY(!agents().setPassword(u"ghost"_qs, kAlicePassword, &error));
    QCOMPARE(error, u"there is no agent named ghost"_qs);
    error.clear();
    QVERIFY(!agents().setDisabled(u"ghost"_qs, true, &error));
    QCOMPARE(error, u"there is no agent named ghost"_qs);
    error.clear();
    QVERIFY(!agents().setLines(u"ghost"_qs, {u"111"_qs}, &error));
    QCOMPARE(error, u"there is no agent named ghost"_qs);
    error.clear();
    QVERIFY(!agents().setRole(u"ghost"_qs, Role::Admin, &error));
    QCOMPARE(error, u"there is no agent named ghost"_qs);
    QVERIFY(agents().list().isEmpty());
}

void TestAgentStore::purgeExpired()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kAlicePassword, {}, &error), qPrintable(error));
    QCOMPARE(agents().purgeExpired(), 0);
    const auto early = agents().login(u"alice"_qs, kAlicePassword, &error); // ends at +12 h
    QVERIFY2(early, qPrintable(error));
    m_clock.advance(Test::hours(6));
    agents().setTokenLifetime(Test::hours(1));
    QCOMPARE(agents().tokenLifetime(), Test::hours(1));
    const auto shortLived = agents().login(u"alice"_qs, kAlicePassword, &error); // ends at +7 h
    QVERIFY2(shortLived, qPrintable(error));
    QCOMPARE(shortLived->expiresAt, m_clock.now() + Test::hours(1));
    QCOMPARE(countTokens(u"alice"_qs), 2);

    m_clock.advance(Test::hours(1));
    QCOMPARE(agents().purgeExpired(), 1);
    QCOMPARE(agents().purgeExpired(), 0);
    QVERIFY(agents().authenticate(early->token));
    m_clock.advance(Test::hours(5));
    QCOMPARE(agents().purgeExpired(), 1);
    QCOMPARE(countTokens(u"alice"_qs), 0);
}

void TestAgentStore::permissionMatrix_data()
{
    QTest::addColumn<AgentInfo>("agent");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("allowed");

    // The matrix of roles.h, written out again: what each role may do on its own line ("111"),
    // on another line ("222"), and for an agent with no line list.
    struct Row
    {
        const char *name;
        Action action;
        bool agentOwnLine;
        bool agentOtherLine;
        bool supervisor;
        bool admin;
    };
    const Row rows[] = {
        {"ReadLine", Action::ReadLine, true, false, true, true},
        {"SendOnLine", Action::SendOnLine, true, false, true, true},
        {"ClaimChat", Action::ClaimChat, true, false, true, true},
        {"ReleaseOwnChat", Action::ReleaseOwnChat, true, false, true, true},
        {"WriteNote", Action::WriteNote, true, false, true, true},
        {"AssignChat", Action::AssignChat, false, false, true, true},
        {"ViewBilling", Action::ViewBilling, false, false, true, true},
        {"ManageAgents", Action::ManageAgents, false, false, false, true},
    };
    const QStringList own {u"111"_qs};
    for (const Row &r : rows) {
        const QByteArray n(r.name);
        auto row = [&](const char *who) -> QTestData & {
            return QTest::newRow(QByteArray(n + " / " + who).constData());
        };
        row("agent, own line") << agentWith(Role::Agent, own) << r.action << u"111"_qs
                               << r.agentOwnLine;
        row("agent, other line") << agentWith(Role::Agent, own) << r.action << u"222"_qs
                                 << r.agentOtherLine;
        row("agent, no line given")
            << agentWith(Role::Agent, own) << r.action << QString() << r.agentOtherLine;
        row("agent without a line list")
            << agentWith(Role::Agent, {}) << r.action << u"222"_qs << r.agentOwnLine;
        row("supervisor, any line")
            << agentWith(Role::Supervisor, own) << r.action << u"222"_qs << r.supervisor;
        row("supervisor, no line list")
            << agentWith(Role::Supervisor, {}) << r.action << u"111"_qs << r.supervisor;
        row("admin, any line") << agentWith(Role::Admin, own) << r.action << u"222"_qs << r.admin;
        for (Role role : {Role::Agent, Role::Supervisor, Role::Admin}) {
            const QByteArray who = "disabled " + toString(role).toLatin1() + ", own line";
            row(who.constData()) << agentWith(role, {}, true) << r.action << u"111"_qs << false;
        }
    }
}

void TestAgentStore::permissionMatrix()
{
    QFETCH(AgentInfo, agent);
    QFETCH(Action, action);
    QFETCH(QString, line);
    QFETCH(bool, allowed);
    QCOMPARE(Hub::permits(agent, action, line), allowed);
    if (!agent.disabled && agent.role == Role::Agent && allowed)
        QVERIFY(agent.mayUseLine(line)); // an agent acts only where it may use the line
}

QTEST_GUILESS_MAIN(TestAgentStore)
#include "tst_agent_store.moc"
