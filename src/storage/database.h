#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <optional>

namespace Deskline::Storage {

enum class Dialect { Sqlite, Postgres };

// QtSql binds a null QString as NULL. For NOT NULL text columns, bind nonNull(value): an empty
// string stays an empty string.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// "sqlite:/path/to/hub.db" or a PostgreSQL URL
// "postgresql://user[:password]@host[:port]/dbname" (also "postgres://"; empty parts fall back to
// libpq's PG* environment variables).
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // sqlite
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;

    static std::optional<DatabaseUrl> parse(const QString &url, QString *error = nullptr);
    // For logs: never the password.
    [[nodiscard]] QString redacted() const;
};

// One schema step, written once per dialect. Steps run in a transaction each, in version order;
// the first failure rolls back and stops: a half-migrated database is never used.
struct Migration
{
    int version = 0;
    QString description;
    QStringList sqlite;
    QStringList postgres;
};

// A QtSql connection with the project's settings: SQLite in WAL with full synchronous commits and
// foreign keys on; PostgreSQL as given. One Database per thread (QtSql's rule).
class Database
{
public:
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &connectionName,
                                          QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase &sql() { return m_db; }
    [[nodiscard]] QString connectionName() const { return m_name; }

    // Brings the schema to the newest version. Returns false (and why) on the first failure.
    bool migrate(const QList<Migration> &migrations, QString *error);
    [[nodiscard]] int schemaVersion();

    // Prepares `sql` once per connection and hands out the prepared statement again on later
    // calls (SQLite compiles a statement in about the time it runs one). Bind, run and read it
    // before preparing the same SQL again. On failure the query reports it through lastError().
    QSqlQuery &prepare(const QString &sql);
    // Runs a prepared query; on failure sets `error` (when given) with the statement's error.
    static bool exec(QSqlQuery &query, QString *error = nullptr);
    // Runs one statement without parameters.
    bool execute(const QString &sql, QString *error = nullptr);

    // Transactions; each first finishes the cached statements still open.
    bool begin();
    bool commit();
    bool rollback();

    void finishStatements();

private:
    Database(Dialect dialect, QString name);

    Dialect m_dialect;
    QString m_name;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Deskline::Storage
