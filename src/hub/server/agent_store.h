#pragma once

#include "core/clock.h"
#include "hub/server/roles.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Deskline::Hub {

// The hub's agents and their session tokens, in the tables `agents` and `tokens` of
// hubMigrations() (the database must be migrated before use). Works on SQLite and PostgreSQL.
//
// - Names match [A-Za-z0-9._-]{1,64} and are case-sensitive. Line ids match the same pattern.
// - Passwords have at least 8 characters (Unicode code points) and are kept only as argon2id
//   hashes (password.h). Changing the password or disabling the agent ends all its sessions.
// - login() hands out a random token once; the table holds only its SHA-256. Tokens live
//   tokenLifetime() seconds from login. authenticate() reads the agent afresh each time, so role,
//   line and disabled changes apply to open sessions at once.
// - Failures return false / nullopt and say why in `error` (plain English, for an admin). No
//   error message, log line or listing ever contains a password, a token or a hash.
//
// One AgentStore per Database (and so per thread). Methods hash passwords and so take about
// 50–100 ms each: add, setPassword, login.
class AgentStore
{
public:
    static constexpr qint64 kDefaultTokenLifetime = 12 * kSecondsPerHour;
    static constexpr int kMinPasswordLength = 8;

    struct Session
    {
        QByteArray token; // give to the console; the hub cannot show it again
        qint64 expiresAt = 0;
        AgentInfo agent;
    };

    AgentStore(Storage::Database &db, const Clock &clock);

    bool add(const QString &name, Role role, const QString &password, const QStringList &lines,
        QString *error);
    bool setPassword(const QString &name, const QString &password, QString *error);
    bool setDisabled(const QString &name, bool disabled, QString *error);
    bool setLines(const QString &name, const QStringList &lines, QString *error);
    bool setRole(const QString &name, Role role, QString *error);

    [[nodiscard]] QList<AgentInfo> list(); // sorted by name
    [[nodiscard]] std::optional<AgentInfo> find(const QString &name);

    // Unknown name, wrong password and disabled agent all fail alike with "wrong name or
    // password", after the same amount of hashing work.
    std::optional<Session> login(const QString &name, const QString &password, QString *error);
    // The agent a token belongs to, when the token is known, not expired, and its agent enabled.
    [[nodiscard]] std::optional<AgentInfo> authenticate(const QByteArray &token);
    void revoke(const QByteArray &token);
    // Deletes expired tokens; returns how many.
    int purgeExpired();

    [[nodiscard]] qint64 tokenLifetime() const { return m_tokenLifetime; }
    void setTokenLifetime(qint64 seconds) { m_tokenLifetime = qMax<qint64>(1, seconds); }

    [[nodiscard]] static bool isValidName(const QString &name);
    [[nodiscard]] static bool isValidLineId(const QString &phoneNumberId);

private:
    bool checkLines(const QStringList &lines, QStringList *clean, QString *error) const;
    bool revokeAllOf(const QString &name, QString *error);
    bool updateOne(
        const QString &name, const QString &sql, const QVariantList &values, QString *error);

    Storage::Database &m_db;
    const Clock &m_clock;
    qint64 m_tokenLifetime = kDefaultTokenLifetime;
};

} // namespace Deskline::Hub
