#include "test_database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace Deskline::Test {

namespace {

std::atomic<int> g_counter{0};

QString uniqueName(const char *prefix)
{
    return QStringLiteral("%1_%2_%3").arg(QLatin1String(prefix)).arg(QCoreApplication::applicationPid()).arg(++g_counter);
}

} // namespace

bool TestDatabase::usesPostgres()
{
    return !qEnvironmentVariableIsEmpty("DESKLINE_TEST_POSTGRES");
}

TestDatabase::TestDatabase()
{
    if (!usesPostgres()) {
        m_dialect = Storage::Dialect::Sqlite;
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    m_dialect = Storage::Dialect::Postgres;
    m_adminUrl = qEnvironmentVariable("DESKLINE_TEST_POSTGRES");
    m_pgName = uniqueName("t");
    QString error;
    const auto admin = Storage::DatabaseUrl::parse(m_adminUrl, &error);
    auto db = admin ? Storage::Database::open(*admin, uniqueName("admin"), &error) : nullptr;
    if (!db || !db->execute(QStringLiteral("CREATE DATABASE ") + m_pgName, &error)) {
        m_error = error;
        return;
    }
    QUrl url(m_adminUrl);
    url.setPath(u'/' + m_pgName);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty() || m_url.isEmpty())
        return;
    QString error;
    const auto admin = Storage::DatabaseUrl::parse(m_adminUrl, &error);
    if (auto db = admin ? Storage::Database::open(*admin, uniqueName("admin"), &error) : nullptr)
        db->execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error);
}

std::unique_ptr<Storage::Database> TestDatabase::open(QString *error)
{
    const auto url = Storage::DatabaseUrl::parse(m_url, error);
    return url ? Storage::Database::open(*url, uniqueName("conn"), error) : nullptr;
}

} // namespace Deskline::Test
