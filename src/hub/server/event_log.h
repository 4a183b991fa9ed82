#pragma once

#include "hub/server/event_encoding.h"
#include "storage/database.h"

#include "core/clock.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace Deskline::Hub {

struct StoredEvent
{
    qint64 seq = 0;
    QString kind;
    QString lineId;
    qint64 receivedAt = 0;
    QJsonObject payload;

    // {"seq":…,"kind":…,"received_at":…, …payload}
    [[nodiscard]] QJsonObject toJson() const;
};

// The hub's append-only event log. Sequence numbers are gap-free: they come from a counter row
// updated in the same transaction as the append, so a rolled-back append leaves no hole, and on
// PostgreSQL the row lock orders concurrent hubs. An event whose natural key is already in the
// log is not appended again. Every append also updates the materialized state (chats, messages,
// lines, templates, billing) in the same transaction.
class EventLog : public QObject
{
    Q_OBJECT

public:
    EventLog(Storage::Database &db, const Clock &clock, QObject *parent = nullptr);

    // Inside a transaction the caller opened. Returns the new seq, 0 for a duplicate, nullopt on
    // a database error (the caller rolls back).
    std::optional<qint64> append(const EncodedEvent &event, QString *error);
    // Call after the caller's commit: tells listeners (the stream) that events up to lastSeq exist.
    void notifyCommitted();

    [[nodiscard]] qint64 lastSeq();
    QList<StoredEvent> after(qint64 seq, int limit);

signals:
    void appended(qint64 lastSeq);

private:
    bool materialize(qint64 seq, const EncodedEvent &event, QString *error);

    Storage::Database &m_db;
    const Clock &m_clock;
    bool m_dirty = false;
    qint64 m_lastAppended = 0;
};

} // namespace Deskline::Hub
