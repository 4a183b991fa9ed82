// Connections and migrations on both stores: SQLite here, PostgreSQL as tst_database_postgres.
#include "hub/server/hub_schema.h"
#include "storage/database.h"
#include "test_database.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Storage;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void urls_data();
    void urls();
    void hubSchemaMigratesAndIsIdempotent();
    void migratedStepByStepEqualsFresh();
    void failedMigrationRollsBackAndStops();
    void sqliteSettings();
};

namespace {

// Column names and types of every table, as the store reports them.
QStringList describe(Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    const QString tables = db.dialect() == Dialect::Sqlite
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY table_name");
    q.exec(tables);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    for (const QString &t : names) {
        const QSqlRecord r = db.sql().record(t);
        for (int i = 0; i < r.count(); ++i)
            out.append(t + u'.' + r.fieldName(i) + u':' + QString::number(r.field(i).metaType().id()));
    }
    return out;
}

} // namespace

void TestDatabase::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("sqlite") << u"sqlite:/var/lib/deskline/hub.db"_qs << true << u"sqlite:/var/lib/deskline/hub.db"_qs;
    QTest::newRow("sqlite triple slash") << u"sqlite:///tmp/x.db"_qs << true << u"sqlite:/tmp/x.db"_qs;
    QTest::newRow("postgres with password") << u"postgresql://hub:s3cret@db.internal:5433/deskline"_qs << true
                                            << u"postgresql://hub@db.internal:5433/deskline"_qs;
    QTest::newRow("postgres short scheme") << u"postgres://localhost/deskline"_qs << true << u"postgresql://localhost/deskline"_qs;
    QTest::newRow("empty sqlite path") << u"sqlite:"_qs << false << QString();
    QTest::newRow("mysql") << u"mysql://x/y"_qs << false << QString();
}

void TestDatabase::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, redacted);
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->redacted(), redacted);
        QVERIFY(!parsed->redacted().contains(u"s3cret"_qs));
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestDatabase::hubSchemaMigratesAndIsIdempotent()
{
    Test::TestDatabase store;
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    QString error;
    auto db = store.open(&error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(db->migrate(Hub::hubMigrations(), &error), qPrintable(error));
    const int version = db->schemaVersion();
    QCOMPARE(version, Hub::hubMigrations().last().version);
    QVERIFY2(db->migrate(Hub::hubMigrations(), &error), qPrintable(error)); // again: nothing to do
    QCOMPARE(db->schemaVersion(), version);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM counters WHERE name='events'")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

void TestDatabase::migratedStepByStepEqualsFresh()
{
    const QList<Migration> all = Hub::hubMigrations();
    QString error;
    Test::TestDatabase stepwise;
    auto a = stepwise.open(&error);
    QVERIFY2(a, qPrintable(error));
    for (int upTo = 1; upTo <= all.size(); ++upTo)
        QVERIFY2(a->migrate(all.mid(0, upTo), &error), qPrintable(error)); // one release at a time
    Test::TestDatabase fresh;
    auto b = fresh.open(&error);
    QVERIFY2(b->migrate(all, &error), qPrintable(error));
    const QStringList left = describe(*a);
    QVERIFY(left.size() > 20);
    QCOMPARE(left, describe(*b));
}

void TestDatabase::failedMigrationRollsBackAndStops()
{
    Test::TestDatabase store;
    QString error;
    auto db = store.open(&error);
    QList<Migration> migrations = Hub::hubMigrations().mid(0, 1);
    const QStringList broken{QStringLiteral("CREATE TABLE half (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")};
    migrations.append({2, QStringLiteral("broken"), broken, broken});
    QVERIFY(!db->migrate(migrations, &error));
    QVERIFY(error.contains(u"migration 2"_qs));
    QCOMPARE(db->schemaVersion(), 1);
    QSqlQuery q(db->sql());
    QVERIFY(!q.exec(QStringLiteral("SELECT x FROM half"))); // rolled back
}

void TestDatabase::sqliteSettings()
{
    if (Test::TestDatabase::usesPostgres())
        QSKIP("SQLite only");
    Test::TestDatabase store;
    QString error;
    auto db = store.open(&error);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_qs);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
