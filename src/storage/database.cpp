#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStorage, "deskline.storage")

namespace Deskline::Storage {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DatabaseUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.dialect = Dialect::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty())
            return fail(QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/deskline/hub.db"));
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl u(text);
        if (!u.isValid())
            return fail(QStringLiteral("not a valid PostgreSQL URL"));
        url.dialect = Dialect::Postgres;
        url.host = u.host();
        url.port = u.port(-1);
        url.user = u.userName(QUrl::FullyDecoded);
        url.password = u.password(QUrl::FullyDecoded);
        url.database = u.path().mid(1);
        return url;
    }
    return fail(QStringLiteral("the database URL must start with sqlite: or postgresql://"));
}

QString DatabaseUrl::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1%2%3/%4")
        .arg(user.isEmpty() ? QString() : user + QStringLiteral("@"), host,
             port > 0 ? QStringLiteral(":%1").arg(port) : QString(), database);
}

Database::Database(Dialect dialect, QString name)
    : m_dialect(dialect)
    , m_name(std::move(name))
{
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, const QString &connectionName,
                                         QString *error)
{
    std::unique_ptr<Database> d(new Database(url.dialect, connectionName));
    const QString driver = url.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        if (error)
            *error = QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver);
        return nullptr;
    }
    d->m_db = QSqlDatabase::addDatabase(driver, connectionName);
    if (url.dialect == Dialect::Sqlite) {
        d->m_db.setDatabaseName(url.path);
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        if (!url.host.isEmpty())
            d->m_db.setHostName(url.host);
        if (url.port > 0)
            d->m_db.setPort(url.port);
        if (!url.user.isEmpty())
            d->m_db.setUserName(url.user);
        if (!url.password.isEmpty())
            d->m_db.setPassword(url.password);
        if (!url.database.isEmpty())
            d->m_db.setDatabaseName(url.database);
    }
    if (!d->m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(url.redacted(), d->m_db.lastError().text());
        return nullptr;
    }
    if (url.dialect == Dialect::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!d->execute(QString::fromLatin1(pragma), error))
                return nullptr;
        }
    }
    return d;
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->finish(); // release what the previous use left open (read locks, rows)
        return *it->second;
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    // Cached statements are only read forward (next()). On SQLite a scrollable query sets up a
    // cache of 128 rows at every exec, which costs about as much as running most of these
    // statements. (PostgreSQL stays as it was: there, forward-only changes how rows are fetched.)
    if (m_dialect == Dialect::Sqlite)
        q->setForwardOnly(true);
    if (!q->prepare(sql))
        qCWarning(lcStorage).noquote() << "cannot prepare:" << q->lastError().text();
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

bool Database::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool Database::execute(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text());
    return false;
}

void Database::finishStatements()
{
    // A statement still open (rows not read to the end, RETURNING not reset) keeps SQLite from
    // committing and holds back WAL checkpoints.
    for (auto &[sql, query] : m_statements)
        query->finish();
}

bool Database::begin()
{
    finishStatements();
    return m_db.transaction();
}

bool Database::commit()
{
    finishStatements();
    return m_db.commit();
}

bool Database::rollback()
{
    finishStatements();
    return m_db.rollback();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(const QList<Migration> &migrations, QString *error)
{
    if (!execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)"),
                 error))
        return false;
    const int current = schemaVersion();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (!begin()) {
            if (error)
                *error = m_db.lastError().text();
            return false;
        }
        const QStringList &steps = m_dialect == Dialect::Sqlite ? m.sqlite : m.postgres;
        for (const QString &sql : steps) {
            if (!execute(sql, error)) {
                rollback();
                if (error)
                    *error = QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.description, *error);
                return false;
            }
        }
        QSqlQuery &record = prepare(QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                                  "VALUES (?, ?, CAST(? AS BIGINT))"));
        record.addBindValue(m.version);
        record.addBindValue(m.description);
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!exec(record, error) || !commit()) {
            rollback();
            return false;
        }
        qCInfo(lcStorage).noquote() << "migrated to version" << m.version << "-" << m.description;
    }
    return true;
}

} // namespace Deskline::Storage
