// The hub's `agent` subcommands against a real database — SQLite here, PostgreSQL as
// tst_agent_cli_postgres. Checks exit codes, output, and that no password ever shows.
#include "hub/server/agent_cli.h"
#include "hub/server/agent_store.h"
#include "hub/server/hub_schema.h"
#include "test_database.h"
#include "test_time.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Deskline;
using namespace Deskline::Hub;

class TestAgentCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void help();
    void freshDatabaseIsMigrated();
    void addThenList();
    void passwd();
    void passwordFromStdinIsChecked_data();
    void passwordFromStdinIsChecked();
    void disableEnable();
    void setRoleAndLines();
    void usageErrors_data();
    void usageErrors();
    void unknownAgent();
    void wrongDatabaseUrl_data();
    void wrongDatabaseUrl();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    // Runs `agent …` with `input` on stdin; remembers any run whose output shows a secret.
    Result run(const QStringList &args, const QString &input = {});
    AgentStore &agents() { return *m_agents; }

    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<Storage::Database> m_db;
    ManualClock m_clock {Test::at("2025-07-01T09:00:00Z")};
    std::unique_ptr<AgentStore> m_agents;
    QString m_url;
    QStringList m_secrets;
    QStringList m_leaks;
};

namespace {

const QString kPassword = QStringLiteral("first-Secret-4411");
const QString kNewPassword = QStringLiteral("second-Secret-8822");
// A password typed where it does not belong.
const QString kStray = QStringLiteral("hunter2-Stray-0042");

} // namespace

void TestAgentCli::initTestCase()
{
    m_store = std::make_unique<Test::TestDatabase>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_url = m_store->url();
    QString error;
    m_db = m_store->open(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(m_db->migrate(hubMigrations(), &error), qPrintable(error));
    m_secrets = {kPassword, kNewPassword, kStray, u"$argon2"_qs};
}

void TestAgentCli::init()
{
    QVERIFY(m_db);
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM tokens"), &error), qPrintable(error));
    QVERIFY2(m_db->execute(QStringLiteral("DELETE FROM agents"), &error), qPrintable(error));
    m_agents = std::make_unique<AgentStore>(*m_db, m_clock);
    m_leaks.clear();
}

void TestAgentCli::cleanup()
{
    m_agents.reset();
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u"\n---\n")));
}

void TestAgentCli::cleanupTestCase()
{
    m_db.reset();
    m_store.reset();
}

TestAgentCli::Result TestAgentCli::run(const QStringList &args, const QString &input)
{
    QString stdinText = input;
    QTextStream in(&stdinText, QIODevice::ReadOnly);
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runAgentCommand(args, in, out, err, m_clock);
    out.flush();
    err.flush();
    for (const QString &secret : std::as_const(m_secrets)) {
        if (r.out.contains(secret) || r.err.contains(secret))
            m_leaks.append(args.join(u' ') + u":\n" + r.out + r.err);
    }
    return r;
}

void TestAgentCli::help()
{
    for (const QStringList &args :
        {QStringList {u"agent"_qs, u"--help"_qs}, QStringList {u"agent"_qs, u"help"_qs},
            QStringList {u"agent"_qs, u"add"_qs, u"--help"_qs},
            QStringList {u"agent"_qs, u"list"_qs, u"-h"_qs}}) {
        const Result r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"agent add NAME --role agent|supervisor|admin"_qs));
        QVERIFY(r.out.contains(u"--password-stdin"_qs));
        QVERIFY(r.err.isEmpty());
    }
}

void TestAgentCli::freshDatabaseIsMigrated()
{
    Test::TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    const Result r = run({u"agent"_qs, u"list"_qs, u"--db"_qs, fresh.url()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"no agents yet\n"_qs);
    QString error;
    auto db = fresh.open(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), hubMigrations().last().version);
}

void TestAgentCli::addThenList()
{
    Result r = run({u"agent"_qs, u"add"_qs, u"alice"_qs, u"--role"_qs, u"agent"_qs, u"--lines"_qs,
                       u"111,222"_qs, u"--password-stdin"_qs, u"--db"_qs, m_url},
        kPassword + u'\n');
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"added agent alice (agent, 111,222)\n"_qs);
    QVERIFY(r.err.isEmpty());
    r = run({u"agent"_qs, u"add"_qs, u"bob-the-supervisor"_qs, u"--role=supervisor"_qs,
                u"--password-stdin"_qs, u"--db="_qs + m_url},
        kNewPassword); // no newline at the end of input: fine too
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"added agent bob-the-supervisor (supervisor, all lines)\n"_qs);

    r = run({u"agent"_qs, u"add"_qs, u"alice"_qs, u"--role"_qs, u"admin"_qs, u"--password-stdin"_qs,
                u"--db"_qs, m_url},
        kNewPassword + u'\n');
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, u"agent: an agent named alice already exists\n"_qs);
    QVERIFY(r.out.isEmpty());

    r = run({u"agent"_qs, u"list"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out,
        u"alice               agent       111,222\n"
        u"bob-the-supervisor  supervisor  all lines\n"_qs);
    QVERIFY(!r.out.contains(u'$'));
    QVERIFY(r.err.isEmpty());

    // What was stored is usable: the password logs in.
    QString error;
    const auto session = agents().login(u"alice"_qs, kPassword, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->agent.lines, (QStringList {u"111"_qs, u"222"_qs}));
    QCOMPARE(agents().find(u"alice"_qs)->createdAt, m_clock.now());
}

void TestAgentCli::passwd()
{
    QString error;
    QVERIFY2(agents().add(u"alice"_qs, Role::Agent, kPassword, {}, &error), qPrintable(error));
    const auto session = agents().login(u"alice"_qs, kPassword, &error);
    QVERIFY2(session, qPrintable(error));

    const Result r
        = run({u"agent"_qs, u"passwd"_qs, u"alice"_qs, u"--password-stdin"_qs, u"--db"_qs, m_url},
            kNewPassword + u"\r\n"_qs + u"ignored second line\n"_qs);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(u"changed the password of alice"_qs), qPrintable(r.out));
    QVERIFY(!agents().authenticate(session->token)); // open sessions ended
    QVERIFY(!agents().login(u"alice"_qs, kPassword, &error));
    QVERIFY2(agents().login(u"alice"_qs, kNewPassword, &error), qPrintable(error));
}

void TestAgentCli::passwordFromStdinIsChecked_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QString() << u"agent: no password on standard input\n"_qs;
    QTest::newRow("empty line") << u"\n"_qs
                                << u"agent: the password on standard input is empty\n"_qs;
    QTest::newRow("too short") << u"short\n"_qs
                               << u"agent: the password must have at least 8 characters\n"_qs;
}

void TestAgentCli::passwordFromStdinIsChecked()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    Result r = run({u"agent"_qs, u"add"_qs, u"alice"_qs, u"--role"_qs, u"admin"_qs,
                       u"--password-stdin"_qs, u"--db"_qs, m_url},
        input);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
    QVERIFY(agents().list().isEmpty());
    if (!input.trimmed().isEmpty())
        QVERIFY(!r.err.contains(input.trimmed()));
}

void TestAgentCli::disableEnable()
{
    QString error;
    QVERIFY2(
        agents().add(u"alice"_qs, Role::Agent, kPassword, {u"111"_qs}, &error), qPrintable(error));

    Result r = run({u"agent"_qs, u"disable"_qs, u"alice"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"disabled agent alice; their open sessions have ended\n"_qs);
    QVERIFY(agents().find(u"alice"_qs)->disabled);
    r = run({u"agent"_qs, u"list"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.out, u"alice  agent       111  disabled\n"_qs);

    r = run({u"agent"_qs, u"enable"_qs, u"alice"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"enabled agent alice\n"_qs);
    QVERIFY(!agents().find(u"alice"_qs)->disabled);
    r = run({u"agent"_qs, u"list"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.out, u"alice  agent       111\n"_qs);
}

void TestAgentCli::setRoleAndLines()
{
    QString error;
    QVERIFY2(
        agents().add(u"alice"_qs, Role::Agent, kPassword, {u"111"_qs}, &error), qPrintable(error));
    Result r = run(
        {u"agent"_qs, u"set"_qs, u"alice"_qs, u"--lines"_qs, u"111,333"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"updated agent alice (agent, 111,333)\n"_qs);
    r = run({u"agent"_qs, u"set"_qs, u"alice"_qs, u"--role"_qs, u"admin"_qs, u"--all-lines"_qs,
        u"--db"_qs, m_url});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"updated agent alice (admin, all lines)\n"_qs);
    const auto alice = agents().find(u"alice"_qs);
    QCOMPARE(toString(alice->role), u"admin"_qs);
    QVERIFY(alice->lines.isEmpty());

    // A bad line id changes nothing, not even the role given with it.
    r = run({u"agent"_qs, u"set"_qs, u"alice"_qs, u"--role"_qs, u"agent"_qs, u"--lines"_qs,
        u"1 2"_qs, u"--db"_qs, m_url});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"'1 2' is not a line id"_qs), qPrintable(r.err));
    QCOMPARE(toString(agents().find(u"alice"_qs)->role), u"admin"_qs);
}

void TestAgentCli::usageErrors_data()
{
    const QString db = u"--db=sqlite:/nonexistent-dir/never-opened.db"_qs;
    const QString a = u"agent"_qs;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {} << u"expected the command \"agent\""_qs;
    QTest::newRow("no command") << QStringList {a} << u"which agent command?"_qs;
    QTest::newRow("unknown command")
        << QStringList {a, u"frobnicate"_qs, db} << u"unknown command \"frobnicate\""_qs;
    QTest::newRow("add without role") << QStringList {a, u"add"_qs, u"alice"_qs,
        u"--password-stdin"_qs, db} << u"add needs --role agent|supervisor|admin"_qs;
    QTest::newRow("unknown role") << QStringList {a, u"add"_qs, u"alice"_qs, u"--role"_qs,
        u"root"_qs, u"--password-stdin"_qs, db}
                                  << u"--role is agent, supervisor or admin"_qs;
    QTest::newRow("add without --password-stdin") << QStringList {a, u"add"_qs, u"alice"_qs,
        u"--role"_qs, u"agent"_qs, db} << u"add needs --password-stdin (pipe the password in)"_qs;
    QTest::newRow("passwd without name") << QStringList {a, u"passwd"_qs, u"--password-stdin"_qs,
        db} << u"passwd: which agent? (the agent's name is missing)"_qs;
    QTest::newRow("list without --db") << QStringList {a, u"list"_qs} << u"list needs --db URL"_qs;
    QTest::newRow("--db without value")
        << QStringList {a, u"list"_qs, u"--db"_qs} << u"--db needs a value"_qs;
    QTest::newRow("--db twice") << QStringList {a, u"list"_qs, db, db} << u"--db is given twice"_qs;
    QTest::newRow("two names") << QStringList {a, u"disable"_qs, u"alice"_qs, u"bob"_qs, db}
                               << u"disable: too many arguments"_qs;
    QTest::newRow("passwd with --role") << QStringList {a, u"passwd"_qs, u"alice"_qs, u"--role"_qs,
        u"admin"_qs, u"--password-stdin"_qs, db}
                                        << u"passwd does not take --role"_qs;
    QTest::newRow("list with --password-stdin") << QStringList {a, u"list"_qs,
        u"--password-stdin"_qs, db} << u"list does not take --password-stdin"_qs;
    QTest::newRow("set without change") << QStringList {a, u"set"_qs, u"alice"_qs, db}
                                        << u"set needs --role, --lines or --all-lines"_qs;
    QTest::newRow("--lines and --all-lines")
        << QStringList {a, u"set"_qs, u"alice"_qs, u"--lines=1"_qs, u"--all-lines"_qs, db}
        << u"--lines and --all-lines exclude each other"_qs;
    QTest::newRow("empty --lines") << QStringList {a, u"add"_qs, u"alice"_qs, u"--role=agent"_qs,
        u"--lines="_qs, u"--password-stdin"_qs, db}
                                   << u"--lines needs at least one line id"_qs;
    // A password on the command line is refused, and the refusal never repeats it.
    QTest::newRow("--password VALUE") << QStringList {a, u"add"_qs, u"alice"_qs, u"--role"_qs,
        u"agent"_qs, u"--password"_qs, kStray, db}
                                      << u"a password is never taken from the command line"_qs;
    QTest::newRow("--password=VALUE")
        << QStringList {a, u"passwd"_qs, u"alice"_qs, u"--password="_qs + kStray, db}
        << u"a password is never taken from the command line"_qs;
    QTest::newRow("password as an argument") << QStringList {a, u"passwd"_qs, u"alice"_qs, kStray,
        u"--password-stdin"_qs, db} << u"passwd: too many arguments"_qs;
    QTest::newRow("unknown option with value") << QStringList {a, u"list"_qs,
        u"--secret="_qs + kStray, db} << u"unknown option --secret"_qs;
    QTest::newRow("short option") << QStringList {a, u"list"_qs, u"-p"_qs + kStray, db}
                                  << u"unknown option -p..."_qs;
}

void TestAgentCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args, kPassword + u'\n');
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"agent: "_qs + message), qPrintable(r.err));
    QVERIFY(r.err.contains(u"Usage:"_qs));
    QVERIFY(!r.err.contains(kStray));
}

void TestAgentCli::unknownAgent()
{
    const QStringList db {u"--db"_qs, m_url};
    Result r
        = run(QStringList {u"agent"_qs, u"passwd"_qs, u"ghost"_qs, u"--password-stdin"_qs} + db,
            kPassword + u'\n');
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, u"agent: there is no agent named ghost\n"_qs);
    QVERIFY(r.out.isEmpty());
    for (const QString &command : {u"disable"_qs, u"enable"_qs}) {
        r = run(QStringList {u"agent"_qs, command, u"ghost"_qs} + db);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"agent: there is no agent named ghost\n"_qs);
    }
    r = run(QStringList {u"agent"_qs, u"set"_qs, u"ghost"_qs, u"--role=admin"_qs} + db);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, u"agent: there is no agent named ghost\n"_qs);
    QVERIFY(agents().list().isEmpty());
}

void TestAgentCli::wrongDatabaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scheme")
        << u"mysql://db/hub"_qs
        << u"agent: --db: the database URL must start with sqlite: or postgresql://\n"_qs;
    QTest::newRow("bare path")
        << u"/var/lib/deskline/hub.db"_qs
        << u"agent: --db: the database URL must start with sqlite: or postgresql://\n"_qs;
    QTest::newRow("sqlite without path")
        << u"sqlite:"_qs << u"agent: --db: sqlite: needs a file path"_qs;
    QTest::newRow("sqlite in a missing folder")
        << u"sqlite:/nonexistent-dir/deskline/hub.db"_qs
        << u"agent: cannot open sqlite:/nonexistent-dir/deskline/hub.db"_qs;
    // Nothing listens on port 1; the password in the URL must not show in the message.
    QTest::newRow("unreachable postgres") << u"postgresql://hub:"_qs + kStray
            + u"@127.0.0.1:1/hub"_qs << u"agent: cannot open postgresql://hub@127.0.0.1:1/hub"_qs;
}

void TestAgentCli::wrongDatabaseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Result r = run({u"agent"_qs, u"list"_qs, u"--db"_qs, url});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(kStray));

    // With a password to read: the database is refused the same way, the password not shown.
    const Result add = run({u"agent"_qs, u"add"_qs, u"alice"_qs, u"--role=agent"_qs,
                               u"--password-stdin"_qs, u"--db"_qs, url},
        kPassword + u'\n');
    QCOMPARE(add.code, 1);
    QVERIFY2(add.err.startsWith(message), qPrintable(add.err));
}

QTEST_GUILESS_MAIN(TestAgentCli)
#include "tst_agent_cli.moc"
