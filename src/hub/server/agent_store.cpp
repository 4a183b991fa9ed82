#include "hub/server/agent_store.h"

#include "hub/server/password.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Deskline::Hub {

namespace {

Q_LOGGING_CATEGORY(lcAgentStore, "deskline.hub.agents")

const QString kWrongNameOrPassword = QStringLiteral("wrong name or password");
constexpr qsizetype kMaxTokenLength = 256; // ours are 43; anything far longer is not one of ours

// The hash of a random password nobody knows, verified against when a login names no agent so
// that the answer takes as long as for a real one. Made with today's interactive parameters;
// should libsodium change them, a fresh one is made once.
const QByteArray &dummyHash()
{
    static const QByteArray hash = [] {
        const QByteArray fixed
            = QByteArrayLiteral("$argon2id$v=19$m=65536,t=2,p=1$dT4YWTbmjmqMkAwwpbg1wQ$"
                                "qEkqul93QoSCyOK2emzUG9k4/EqqF5heoOFUA096Kzg");
        if (!needsRehash(fixed))
            return fixed;
        return hashPassword(QString::fromLatin1(randomToken()));
    }();
    return hash;
}

// The first line of the store's message: PostgreSQL adds DETAIL lines that can quote a whole row
// (a password hash included), which never belongs in an error message.
QString storeError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(u"ERROR:"))
        text = text.mid(6).trimmed();
    return QStringLiteral("database error: ") + (text.isEmpty() ? QStringLiteral("unknown") : text);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    return fail(error, storeError(query));
}

QStringList splitLines(const QString &stored)
{
    return stored.split(u',', Qt::SkipEmptyParts);
}

// The stored form of a line list: "id,id" or '' for every line. Never a null QString, which QtSql
// binds as NULL.
QString joinLines(const QStringList &lines)
{
    return Storage::nonNull(lines.join(u','));
}

// Columns: name, role, lines, disabled, created_at.
std::optional<AgentInfo> readAgent(const QSqlQuery &q)
{
    const auto role = roleFromString(q.value(1).toString());
    if (!role) {
        qCWarning(lcAgentStore).noquote()
            << "agent" << q.value(0).toString() << "has an unknown role";
        return std::nullopt;
    }
    AgentInfo a;
    a.name = q.value(0).toString();
    a.role = *role;
    a.lines = splitLines(q.value(2).toString());
    a.disabled = q.value(3).toLongLong() != 0;
    a.createdAt = q.value(4).toLongLong();
    return a;
}

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Storage::Database &db)
        : m_db(db)
        , m_open(db.begin())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    Storage::Database &m_db;
    bool m_open;
};

bool checkPassword(const QString &password, QString *error)
{
    if (password.toUcs4().size() < AgentStore::kMinPasswordLength)
        return fail(error,
            QStringLiteral("the password must have at least %1 characters")
                .arg(AgentStore::kMinPasswordLength));
    return true;
}

QString noSuchAgent(const QString &name)
{
    return QStringLiteral("there is no agent named %1").arg(name);
}

} // namespace

AgentStore::AgentStore(Storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool AgentStore::isValidName(const QString &name)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9._-]{1,64}"));
    return re.match(name).hasMatch();
}

bool AgentStore::isValidLineId(const QString &phoneNumberId)
{
    return isValidName(phoneNumberId); // same alphabet; real ids are 15–16 digits
}

bool AgentStore::checkLines(const QStringList &lines, QStringList *clean, QString *error) const
{
    clean->clear();
    for (const QString &raw : lines) {
        const QString id = raw.trimmed();
        if (!isValidLineId(id))
            return fail(error,
                QStringLiteral("'%1' is not a line id (a phone_number_id: 1 to 64 "
                               "letters, digits, '.', '_' or '-')")
                    .arg(id));
        if (!clean->contains(id))
            clean->append(id);
    }
    return true;
}

bool AgentStore::add(const QString &name, Role role, const QString &password,
    const QStringList &lines, QString *error)
{
    if (!isValidName(name))
        return fail(error,
            QStringLiteral("an agent name has 1 to 64 characters: letters A-Z and "
                           "a-z, digits, '.', '_' or '-'"));
    if (!checkPassword(password, error))
        return false;
    QStringList cleanLines;
    if (!checkLines(lines, &cleanLines, error))
        return false;
    const QString duplicate = QStringLiteral("an agent named %1 already exists").arg(name);
    if (find(name))
        return fail(error, duplicate);
    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return fail(error, QStringLiteral("cannot hash the password (out of memory?)"));

    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO agents(name, role, password_hash, lines, disabled, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(toString(role));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(joinLines(cleanLines));
    q.addBindValue(0);
    q.addBindValue(qint64(m_clock.now()));
    if (!run(q, error)) {
        if (find(name)) // added meanwhile by someone else
            return fail(error, duplicate);
        return false;
    }
    qCInfo(lcAgentStore).noquote() << "added agent" << name << "as" << toString(role);
    return true;
}

bool AgentStore::updateOne(
    const QString &name, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery &q = m_db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(name);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() < 1)
        return fail(error, noSuchAgent(name));
    return true;
}

bool AgentStore::revokeAllOf(const QString &name, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE agent = ?"));
    q.addBindValue(name);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() > 0)
        qCInfo(lcAgentStore).noquote() << "ended" << q.numRowsAffected() << "session(s) of" << name;
    return true;
}

bool AgentStore::setPassword(const QString &name, const QString &password, QString *error)
{
    if (!checkPassword(password, error))
        return false;
    if (!find(name))
        return fail(error, noSuchAgent(name));
    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return fail(error, QStringLiteral("cannot hash the password (out of memory?)"));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return fail(error, QStringLiteral("cannot start a transaction"));
    if (!updateOne(name, QStringLiteral("UPDATE agents SET password_hash = ? WHERE name = ?"),
            {QString::fromLatin1(hash)}, error)
        || !revokeAllOf(name, error))
        return false;
    if (!tx.commit())
        return fail(error, QStringLiteral("cannot commit the new password"));
    qCInfo(lcAgentStore).noquote() << "changed the password of" << name;
    return true;
}

bool AgentStore::setDisabled(const QString &name, bool disabled, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return fail(error, QStringLiteral("cannot start a transaction"));
    if (!updateOne(name, QStringLiteral("UPDATE agents SET disabled = ? WHERE name = ?"),
            {disabled ? 1 : 0}, error))
        return false;
    if (disabled && !revokeAllOf(name, error))
        return false;
    if (!tx.commit())
        return fail(error, QStringLiteral("cannot commit the change"));
    qCInfo(lcAgentStore).noquote() << (disabled ? "disabled" : "enabled") << "agent" << name;
    return true;
}

bool AgentStore::setLines(const QString &name, const QStringList &lines, QString *error)
{
    QStringList cleanLines;
    if (!checkLines(lines, &cleanLines, error))
        return false;
    return updateOne(name, QStringLiteral("UPDATE agents SET lines = ? WHERE name = ?"),
        {joinLines(cleanLines)}, error);
}

bool AgentStore::setRole(const QString &name, Role role, QString *error)
{
    return updateOne(
        name, QStringLiteral("UPDATE agents SET role = ? WHERE name = ?"), {toString(role)}, error);
}

QList<AgentInfo> AgentStore::list()
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT name, role, lines, disabled, created_at FROM agents"));
    QList<AgentInfo> out;
    QString error;
    if (!run(q, &error)) {
        qCWarning(lcAgentStore).noquote() << "cannot list agents:" << error;
        return out;
    }
    while (q.next()) {
        if (auto a = readAgent(q))
            out.append(*a);
    }
    // In code, not ORDER BY: SQLite and PostgreSQL collate differently.
    std::sort(out.begin(), out.end(),
        [](const AgentInfo &a, const AgentInfo &b) { return a.name < b.name; });
    return out;
}

std::optional<AgentInfo> AgentStore::find(const QString &name)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT name, role, lines, disabled, created_at FROM agents WHERE name = ?"));
    q.addBindValue(name);
    QString error;
    if (!run(q, &error)) {
        qCWarning(lcAgentStore).noquote() << "cannot read an agent:" << error;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readAgent(q);
}

std::optional<AgentStore::Session> AgentStore::login(
    const QString &name, const QString &password, QString *error)
{
    auto refuse = [&]() -> std::optional<Session> {
        fail(error, kWrongNameOrPassword);
        return std::nullopt;
    };
    if (!isValidName(name)) {
        verifyPassword(dummyHash(), password);
        return refuse();
    }
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT name, role, lines, disabled, created_at, "
                                              "password_hash FROM agents WHERE name = ?"));
    q.addBindValue(name);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        verifyPassword(dummyHash(), password);
        return refuse();
    }
    const QByteArray hash = q.value(5).toString().toLatin1();
    const std::optional<AgentInfo> agent = readAgent(q);
    q.finish();
    const bool matches = verifyPassword(hash, password);
    if (!matches || !agent || agent->disabled) {
        qCInfo(lcAgentStore).noquote() << "refused a login as" << name;
        return refuse();
    }

    if (needsRehash(hash)) { // parameters were raised since this hash was made
        const QByteArray fresh = hashPassword(password);
        QString ignored;
        if (fresh.isEmpty()
            || !updateOne(name,
                QStringLiteral("UPDATE agents SET password_hash = ? WHERE name = ?"),
                {QString::fromLatin1(fresh)}, &ignored))
            qCWarning(lcAgentStore).noquote() << "cannot rehash the password of" << name;
    }

    Session session;
    session.token = randomToken();
    session.expiresAt = m_clock.now() + m_tokenLifetime;
    session.agent = *agent;
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT INTO tokens(token_hash, agent, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(QString::fromLatin1(tokenHash(session.token)));
    insert.addBindValue(name);
    insert.addBindValue(qint64(m_clock.now()));
    insert.addBindValue(qint64(session.expiresAt));
    if (!run(insert, error))
        return std::nullopt;
    qCInfo(lcAgentStore).noquote() << name << "logged in";
    return session;
}

std::optional<AgentInfo> AgentStore::authenticate(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return std::nullopt;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT a.name, a.role, a.lines, a.disabled, a.created_at"
                       " FROM tokens t JOIN agents a ON a.name = t.agent"
                       " WHERE t.token_hash = ? AND t.expires_at > ? AND a.disabled = 0"));
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    q.addBindValue(qint64(m_clock.now()));
    QString error;
    if (!run(q, &error)) {
        qCWarning(lcAgentStore).noquote() << "cannot check a token:" << error;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readAgent(q);
}

void AgentStore::revoke(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return;
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    QString error;
    if (!run(q, &error))
        qCWarning(lcAgentStore).noquote() << "cannot revoke a token:" << error;
}

int AgentStore::purgeExpired()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at <= ?"));
    q.addBindValue(qint64(m_clock.now()));
    QString error;
    if (!run(q, &error)) {
        qCWarning(lcAgentStore).noquote() << "cannot purge expired tokens:" << error;
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace Deskline::Hub
