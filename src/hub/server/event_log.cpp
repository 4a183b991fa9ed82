#include "hub/server/event_log.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlError>

namespace Deskline::Hub {

using Storage::Database;

QJsonObject StoredEvent::toJson() const
{
    QJsonObject o = payload;
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("received_at"), receivedAt);
    return o;
}

EventLog::EventLog(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

std::optional<qint64> EventLog::append(const EncodedEvent &event, QString *error)
{
    // Take the next number; the counter row stays locked until the caller's commit.
    QSqlQuery &next = m_db.prepare(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'events' RETURNING value"));
    if (!Database::exec(next, error) || !next.next()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("the events counter is missing");
        return std::nullopt;
    }
    const qint64 seq = next.value(0).toLongLong();
    next.finish();
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT INTO events(seq, kind, natural_key, line_id, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(natural_key) DO NOTHING"));
    insert.addBindValue(seq);
    insert.addBindValue(event.kind);
    insert.addBindValue(event.naturalKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(event.naturalKey));
    insert.addBindValue(event.lineId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(event.lineId));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(qint64(m_clock.now()));
    if (!Database::exec(insert, error))
        return std::nullopt;
    if (insert.numRowsAffected() == 0) {
        // A redelivery: its natural key is already in the log. Give the number back, so the
        // sequence stays gap-free (still inside the same transaction).
        QSqlQuery &back = m_db.prepare(QStringLiteral("UPDATE counters SET value = value - 1 WHERE name = 'events'"));
        if (!Database::exec(back, error))
            return std::nullopt;
        return 0;
    }
    if (!materialize(seq, event, error))
        return std::nullopt;
    m_dirty = true;
    m_lastAppended = seq;
    return seq;
}

void EventLog::notifyCommitted()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    emit appended(m_lastAppended);
}

qint64 EventLog::lastSeq()
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'events'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<StoredEvent> EventLog::after(qint64 seq, int limit)
{
    QList<StoredEvent> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT seq, kind, line_id, received_at, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(std::clamp(limit, 1, 5000));
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.lineId = q.value(2).toString();
        e.receivedAt = q.value(3).toLongLong();
        e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

} // namespace Deskline::Hub
