// The console cache's schema: every upgrade path ends where a fresh cache starts; WAL is on.
#include "cache_fixture.h"
#include "storage/cache_search.h"

#include <QSqlQuery>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Storage;

class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreOrderedAndSqliteOnly();
    void migratedStepByStepEqualsFresh();
    void upgradeIndexesExistingRows();
    void migrateTwiceIsHarmless();
    void walIsOn();
    void cursorStartsAtZero();
};

namespace {

// Every schema object's definition, the columns of every table, and the sync state.
QStringList describe(Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master"
                          " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList tables;
    while (q.next()) {
        out.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(u'|'));
        if (q.value(0).toString() == u"table")
            tables.append(q.value(1).toString());
    }
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery info(db.sql());
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t));
        while (info.next()) {
            QStringList cols;
            for (int i = 0; i < 6; ++i)
                cols.append(info.value(i).toString());
            out.append(t + u':' + cols.join(u','));
        }
        QSqlQuery indexes(db.sql());
        indexes.exec(QStringLiteral("PRAGMA index_list(\"%1\")").arg(t));
        while (indexes.next())
            out.append(t + QStringLiteral(":index:") + indexes.value(1).toString() + u',' + indexes.value(2).toString());
    }
    QSqlQuery state(db.sql());
    state.exec(QStringLiteral("SELECT key, value FROM sync_state ORDER BY key"));
    while (state.next())
        out.append(QStringLiteral("sync_state:") + state.value(0).toString() + u'=' + state.value(1).toString());
    QSqlQuery versions(db.sql());
    versions.exec(QStringLiteral("SELECT version, description FROM schema_migrations ORDER BY version"));
    while (versions.next())
        out.append(QStringLiteral("version:") + versions.value(0).toString() + u' ' + versions.value(1).toString());
    return out;
}

} // namespace

void TestCacheSchema::versionsAreOrderedAndSqliteOnly()
{
    const QList<Migration> all = cacheMigrations();
    QVERIFY(all.size() >= 2);
    int last = 0;
    for (const Migration &m : all) {
        QVERIFY(m.version > last);
        last = m.version;
        QVERIFY(!m.sqlite.isEmpty());
        QVERIFY(!m.description.isEmpty());
    }
}

void TestCacheSchema::migratedStepByStepEqualsFresh()
{
    Test::TestDatabase freshFile;
    QString error;
    auto fresh = freshFile.open(&error);
    QVERIFY2(fresh, qPrintable(error));
    QVERIFY2(migrateCache(*fresh, &error), qPrintable(error));
    const QStringList expected = describe(*fresh);
    QVERIFY(expected.size() > 20);

    const QList<Migration> all = cacheMigrations();
    // From every earlier version (0 = empty file), one step at a time, up to the newest.
    for (qsizetype start = 0; start < all.size(); ++start) {
        Test::TestDatabase file;
        auto db = file.open(&error);
        QVERIFY2(db, qPrintable(error));
        for (qsizetype upTo = start; upTo <= all.size(); ++upTo) {
            if (upTo == 0)
                continue;
            QVERIFY2(db->migrate(all.mid(0, upTo), &error), qPrintable(error));
            QCOMPARE(db->schemaVersion(), all.at(upTo - 1).version);
        }
        QVERIFY2(migrateCache(*db, &error), qPrintable(error));
        const QStringList got = describe(*db);
        if (got != expected) {
            for (const QString &line : expected) {
                if (!got.contains(line))
                    qWarning().noquote() << "missing after upgrade from" << start << ":" << line;
            }
            for (const QString &line : got) {
                if (!expected.contains(line))
                    qWarning().noquote() << "extra after upgrade from" << start << ":" << line;
            }
        }
        QCOMPARE(got, expected);
    }
}

void TestCacheSchema::upgradeIndexesExistingRows()
{
    // A version-1 cache with messages and contacts: the search step indexes them.
    Test::TestDatabase file;
    QString error;
    auto db = file.open(&error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(db->migrate(cacheMigrations().mid(0, 1), &error), qPrintable(error));
    QVERIFY(db->execute(QStringLiteral("INSERT INTO contacts(contact_key, wa_id, name) VALUES ('79161234567', '79161234567', 'Айгюль')"), &error));
    QVERIFY(db->execute(QStringLiteral("INSERT INTO chats(chat_key, phone_number_id, contact_key, last_message_at)"
                                       " VALUES ('106540352242922|79161234567', '106540352242922', '79161234567', 10)"), &error));
    QVERIFY(db->execute(QStringLiteral("INSERT INTO messages(message_key, wamid, chat_key, direction, kind, body, created_at)"
                                       " VALUES ('wamid.1', 'wamid.1', '106540352242922|79161234567', 'in', 'text', 'Здравствуйте, İstanbul', 10)"), &error));
    QVERIFY2(migrateCache(*db, &error), qPrintable(error));
    CacheStore store(*db);
    const QList<SearchHit> hits = store.search(QStringLiteral("istanbul"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageKey, u"wamid.1"_qs);
    const QList<SearchHit> names = store.search(QStringLiteral("АЙГЮЛЬ"), 10);
    QCOMPARE(names.size(), 1);
    QCOMPARE(names.first().chatKey, u"106540352242922|79161234567"_qs);
    QVERIFY(names.first().messageKey.isEmpty());
}

void TestCacheSchema::migrateTwiceIsHarmless()
{
    Test::CacheFixture f;
    QString error;
    QVERIFY2(f.open(&error), qPrintable(error));
    const QStringList before = describe(*f.db);
    QVERIFY2(migrateCache(*f.db, &error), qPrintable(error));
    QCOMPARE(describe(*f.db), before);
    QCOMPARE(f.db->schemaVersion(), cacheMigrations().last().version);
}

void TestCacheSchema::walIsOn()
{
    Test::CacheFixture f;
    QString error;
    QVERIFY2(f.open(&error), qPrintable(error));
    QSqlQuery q(f.db->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_qs);
}

void TestCacheSchema::cursorStartsAtZero()
{
    Test::CacheFixture f;
    QString error;
    QVERIFY2(f.open(&error), qPrintable(error));
    QCOMPARE(f.store->cursor(), 0);
    QVERIFY(f.store->hubIdentity().isEmpty());
    QVERIFY(f.store->setHubIdentity(QStringLiteral("hub-7f3a"), &error));
    QCOMPARE(f.store->hubIdentity(), u"hub-7f3a"_qs);
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cache_schema.moc"
