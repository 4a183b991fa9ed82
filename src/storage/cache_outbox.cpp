#include "storage/cache_store.h"
#include "storage/cache_store_p.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Deskline::Storage {

using namespace CacheDetail;

namespace {

OutboxItem outboxFrom(const QSqlQuery &q)
{
    OutboxItem o;
    o.clientId = q.value(0).toString();
    o.lineId = q.value(1).toString();
    o.chatKey = q.value(2).toString();
    o.to = q.value(3).toString();
    o.type = q.value(4).toString();
    o.request = objectOf(q.value(5).toString());
    o.state = q.value(6).toString();
    o.error = objectOf(q.value(7).toString());
    o.attempts = q.value(8).toInt();
    o.createdAt = q.value(9).toLongLong();
    o.updatedAt = q.value(10).toLongLong();
    return o;
}

const QString kOutboxColumns = QStringLiteral(
    "client_id, line_id, chat_key, to_key, type, request, state, error, attempts, created_at, updated_at FROM outbox");

} // namespace

// ---- the outbox ---------------------------------------------------------------------------

bool CacheStore::enqueueSend(const QString &clientId, const QString &lineId, const QString &chatKey, const QString &to,
                             const QString &type, const QJsonObject &request, qint64 now, QString *error)
{
    if (clientId.isEmpty() || chatKey.isEmpty()) {
        if (error)
            *error = QStringLiteral("a send needs a client id and a chat");
        return false;
    }
    const QString key = resolveChatKey(chatKey);
    const QString body = request.value(L("text")).toObject().value(L("body")).toString();
    return inTransaction([&](QString *why) {
        QSqlQuery &outbox = m_db.prepare(QStringLiteral(
            "INSERT INTO outbox(client_id, line_id, chat_key, to_key, type, request, state, error, attempts, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'queued', '{}', 0, ?, ?)"));
        outbox.addBindValue(clientId);
        outbox.addBindValue(nonNull(lineId));
        outbox.addBindValue(key);
        outbox.addBindValue(nonNull(to));
        outbox.addBindValue(nonNull(type));
        outbox.addBindValue(compact(request));
        outbox.addBindValue(now);
        outbox.addBindValue(now);
        if (!Database::exec(outbox, why))
            return false;
        const QString messageKey = QStringLiteral("client:") + clientId;
        QSqlQuery &message = m_db.prepare(QStringLiteral(
            "INSERT INTO messages(message_key, client_id, chat_key, direction, kind, body, created_at, outbox_state)"
            " VALUES (?, ?, ?, 'out', ?, ?, ?, 'queued')"));
        message.addBindValue(messageKey);
        message.addBindValue(clientId);
        message.addBindValue(key);
        message.addBindValue(nonNull(type));
        message.addBindValue(nonNull(body));
        message.addBindValue(now);
        return Database::exec(message, why) && indexMessage(m_db, messageKey, true, why)
            && touchChat(key, now, previewOf(type, body), why);
    }, error);
}

QList<OutboxItem> CacheStore::sendable()
{
    QList<OutboxItem> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kOutboxColumns
                                + QStringLiteral(" WHERE state = 'queued' ORDER BY created_at, rowid"));
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(outboxFrom(q));
    q.finish();
    return out;
}

std::optional<OutboxItem> CacheStore::outboxItem(const QString &clientId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kOutboxColumns + QStringLiteral(" WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    OutboxItem o = outboxFrom(q);
    q.finish();
    return o;
}

bool CacheStore::setOutboxState(const QString &clientId, const QString &state, const QJsonObject *failure,
                                bool countAttempt, qint64 now, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, error = COALESCE(?, error), attempts = attempts + ?, updated_at = ? WHERE client_id = ?"));
    q.addBindValue(state);
    q.addBindValue(failure ? QVariant(compact(*failure)) : nullText());
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(clientId);
    if (!Database::exec(q, error))
        return false;
    QSqlQuery &mirror = m_db.prepare(QStringLiteral("UPDATE messages SET outbox_state = ? WHERE client_id = ?"));
    mirror.addBindValue(state);
    mirror.addBindValue(clientId);
    return Database::exec(mirror, error);
}

namespace {

// The states an outbox entry may leave for `to`.
bool mayMove(const QString &from, const QString &to)
{
    if (to == u"accepted")
        return true;
    if (from == u"accepted")
        return false;
    if (to == u"sending")
        return from == u"queued";
    if (to == u"unconfirmed")
        return from == u"sending" || from == u"unconfirmed";
    if (to == u"draft")
        return from == u"queued" || from == u"sending" || from == u"draft";
    return from == u"queued" || from == u"sending" || from == u"unconfirmed" || from == u"failed"; // queued (retry), failed
}

} // namespace

bool CacheStore::markSending(const QString &clientId, QString *error)
{
    return inTransaction([&](QString *why) {
        const auto item = outboxItem(clientId);
        if (!item || !mayMove(item->state, QStringLiteral("sending"))) {
            *why = QStringLiteral("outbox entry %1 is not queued").arg(clientId);
            return false;
        }
        return setOutboxState(clientId, QStringLiteral("sending"), nullptr, false, m_clock->now(), why);
    }, error);
}

int CacheStore::requeueInterrupted(QString *error)
{
    // A send the console was making when it died: the hub may or may not have it. Sending it
    // again under the same client id (Idempotency-Key) is safe: the hub answers with the first
    // outcome instead of sending twice.
    QStringList interrupted;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT client_id FROM outbox WHERE state = 'sending' ORDER BY created_at"));
    if (!Database::exec(q, error))
        return -1;
    while (q.next())
        interrupted.append(q.value(0).toString());
    q.finish();
    if (interrupted.isEmpty())
        return 0;
    const bool ok = inTransaction([&](QString *why) {
        for (const QString &clientId : std::as_const(interrupted)) {
            if (!setOutboxState(clientId, QStringLiteral("queued"), nullptr, false, m_clock->now(), why))
                return false;
        }
        return true;
    }, error);
    return ok ? int(interrupted.size()) : -1;
}

bool CacheStore::markAccepted(const QString &clientId, const QString &wamid, QString *error)
{
    return inTransaction([&](QString *why) {
        const auto item = outboxItem(clientId);
        if (!item) {
            *why = QStringLiteral("no outbox entry %1").arg(clientId);
            return false;
        }
        const QJsonObject none;
        Batch batch;
        return setOutboxState(clientId, QStringLiteral("accepted"), &none, false, m_clock->now(), why)
            && linkWamid(clientId, wamid, batch, why);
    }, error);
}

bool CacheStore::markFailed(const QString &clientId, const QJsonObject &failure, bool retryable, QString *error)
{
    const QString state = retryable ? QStringLiteral("queued") : QStringLiteral("failed");
    return inTransaction([&](QString *why) {
        const auto item = outboxItem(clientId);
        if (!item || !mayMove(item->state, state)) {
            *why = QStringLiteral("outbox entry %1 cannot fail from %2").arg(clientId, item ? item->state : QStringLiteral("nowhere"));
            return false;
        }
        return setOutboxState(clientId, state, &failure, retryable, m_clock->now(), why);
    }, error);
}

bool CacheStore::markDraft(const QString &clientId, const QString &reason, QString *error)
{
    return inTransaction([&](QString *why) {
        const auto item = outboxItem(clientId);
        if (!item || !mayMove(item->state, QStringLiteral("draft"))) {
            *why = QStringLiteral("outbox entry %1 cannot become a draft").arg(clientId);
            return false;
        }
        const QJsonObject failure{{QStringLiteral("reason"), reason}};
        return setOutboxState(clientId, QStringLiteral("draft"), &failure, false, m_clock->now(), why);
    }, error);
}

bool CacheStore::markUnconfirmed(const QString &clientId, QString *error)
{
    return inTransaction([&](QString *why) {
        const auto item = outboxItem(clientId);
        if (!item || !mayMove(item->state, QStringLiteral("unconfirmed"))) {
            *why = QStringLiteral("outbox entry %1 was not being sent").arg(clientId);
            return false;
        }
        return setOutboxState(clientId, QStringLiteral("unconfirmed"), nullptr, false, m_clock->now(), why);
    }, error);
}

namespace {

bool readDelivery(Database &db, const QString &messageKey, Delivery *out, QString *error)
{
    QSqlQuery &row = db.prepare(QStringLiteral(
        "SELECT sent_at, delivered_at, read_at, played_at, failed_at, errors FROM messages WHERE message_key = ?"));
    row.addBindValue(messageKey);
    if (!Database::exec(row, error))
        return false;
    if (row.next()) {
        for (int i = 0; i < 5; ++i) {
            if (const auto t = epochOf(row.value(i)))
                out->record.apply(kSteps[i], *t);
        }
        addErrors(out->errors, QJsonDocument::fromJson(row.value(5).toString().toUtf8()).array());
    }
    row.finish();
    return true;
}

bool writeDelivery(Database &db, const QString &messageKey, const Delivery &d, QString *error)
{
    QSqlQuery &update = db.prepare(QStringLiteral(
        "UPDATE messages SET status = ?, sent_at = ?, delivered_at = ?, read_at = ?, played_at = ?, failed_at = ?,"
        " errors = ? WHERE message_key = ?"));
    update.addBindValue(d.record.status() == DeliveryStatus::None ? QStringLiteral("") : wireName(d.record.status()));
    for (const DeliveryStatus s : kSteps)
        update.addBindValue(optionalEpoch(d.record.at(s)));
    update.addBindValue(compact(d.errors));
    update.addBindValue(messageKey);
    return Database::exec(update, error);
}

} // namespace

// Gives the console's own message (found by client id) its wamid. A row the wamid's status
// webhooks created first is folded into it, so a message is never shown twice.
bool CacheStore::linkWamid(const QString &clientId, const QString &wamid, Batch &batch, QString *error)
{
    if (clientId.isEmpty() || wamid.isEmpty())
        return true;
    QSqlQuery &own = m_db.prepare(QStringLiteral("SELECT message_key, wamid FROM messages WHERE client_id = ?"));
    own.addBindValue(clientId);
    if (!Database::exec(own, error))
        return false;
    if (!own.next())
        return true;
    const QString key = own.value(0).toString();
    const QString current = own.value(1).toString();
    own.finish();
    if (!current.isEmpty())
        return true; // already linked (a different wamid would be the hub's word against ours: keep ours)
    QSqlQuery &other = m_db.prepare(QStringLiteral("SELECT message_key FROM messages WHERE wamid = ?"));
    other.addBindValue(wamid);
    if (!Database::exec(other, error))
        return false;
    if (other.next()) {
        const QString placeholder = other.value(0).toString();
        other.finish();
        if (!flushSearch(batch, error))
            return false;
        Delivery d;
        if (!readDelivery(m_db, key, &d, error) || !readDelivery(m_db, placeholder, &d, error))
            return false;
        if (!unindexMessage(m_db, placeholder, error))
            return false;
        QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM messages WHERE message_key = ?"));
        del.addBindValue(placeholder);
        if (!Database::exec(del, error) || !writeDelivery(m_db, key, d, error))
            return false;
        batch.changes.messages.insert(placeholder);
    } else {
        other.finish();
    }
    QSqlQuery &link = m_db.prepare(QStringLiteral("UPDATE messages SET wamid = ? WHERE message_key = ?"));
    link.addBindValue(wamid);
    link.addBindValue(key);
    batch.changes.messages.insert(key);
    return Database::exec(link, error);
}

} // namespace Deskline::Storage
