#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Deskline::Test {

// A database that exists for one test: a SQLite file in a temporary directory, or — when
// DESKLINE_TEST_POSTGRES holds a URL of the test cluster — a new PostgreSQL database created
// for it and dropped afterwards. `url()` opens further connections to the same database (a
// second hub process, a restart).
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] bool isValid() const { return !m_url.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString url() const { return m_url; } // sqlite:… or postgresql://…
    [[nodiscard]] Storage::Dialect dialect() const { return m_dialect; }
    [[nodiscard]] static bool usesPostgres();

    // A new connection with a unique name.
    std::unique_ptr<Storage::Database> open(QString *error = nullptr);

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_error;
    QString m_adminUrl;
    QString m_pgName;
    Storage::Dialect m_dialect = Storage::Dialect::Sqlite;
};

} // namespace Deskline::Test
