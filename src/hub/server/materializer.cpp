// EventLog::materialize: keeps the hub's tables in step with its event log, in the same
// transaction as each append (docs/hub.md, "Materialized state").
#include "hub/server/event_log.h"

#include "core/free_entry_point.h"
#include "core/message_status.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Deskline::Hub {

using Storage::Database;
using Storage::nonNull;

namespace {


QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

QVariant nullable(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toInteger()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalEpoch(const std::optional<EpochSeconds> &t)
{
    return t ? QVariant(qint64(*t)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<EpochSeconds> epochOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<EpochSeconds>(v.toLongLong());
}

QString compact(const QJsonValue &v)
{
    return v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                        : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// "later of the two" in SQL both dialects understand.
QString later(const QString &column)
{
    return QStringLiteral("CASE WHEN excluded.%1 IS NULL THEN chats.%1 "
                          "WHEN chats.%1 IS NULL OR excluded.%1 > chats.%1 THEN excluded.%1 ELSE chats.%1 END")
        .arg(column);
}

bool upsertChat(Database &db, qint64 seq, const QJsonObject &p, const QJsonObject &customer, bool inbound, QString *error)
{
    const bool opens = inbound && p.value(L("opens_window")).toBool();
    const QJsonValue ts = p.value(L("timestamp"));
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO chats(chat_key, phone_number_id, customer_key, wa_id, user_id, name, username,"
        " last_inbound_at, referral_at, last_message_at, updated_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(chat_key) DO UPDATE SET"
        " wa_id = CASE WHEN excluded.wa_id <> '' THEN excluded.wa_id ELSE chats.wa_id END,"
        " user_id = CASE WHEN excluded.user_id <> '' THEN excluded.user_id ELSE chats.user_id END,"
        " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE chats.name END,"
        " username = CASE WHEN excluded.username <> '' THEN excluded.username ELSE chats.username END,"
        " last_inbound_at = ") + later(QStringLiteral("last_inbound_at")) + QStringLiteral(","
        " referral_at = ") + later(QStringLiteral("referral_at")) + QStringLiteral(","
        " last_message_at = ") + later(QStringLiteral("last_message_at")) + QStringLiteral(","
        " updated_seq = excluded.updated_seq"));
    q.addBindValue(nonNull(p.value(L("chat_key")).toString()));
    q.addBindValue(nonNull(p.value(L("phone_number_id")).toString()));
    q.addBindValue(nonNull(customer.value(L("key")).toString()));
    q.addBindValue(nonNull(customer.value(L("wa_id")).toString()));
    q.addBindValue(nonNull(customer.value(L("user_id")).toString()));
    q.addBindValue(nonNull(customer.value(L("name")).toString()));
    q.addBindValue(nonNull(customer.value(L("username")).toString()));
    q.addBindValue(opens ? nullable(ts) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(opens && p.value(L("referral")).toBool() ? nullable(ts) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nullable(ts));
    q.addBindValue(seq);
    return Database::exec(q, error);
}

bool applyInbound(Database &db, qint64 seq, const QJsonObject &p, QString *error)
{
    if (!upsertChat(db, seq, p, p.value(L("customer")).toObject(), true, error))
        return false;
    const QString wamid = p.value(L("wamid")).toString();
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO messages(message_key, wamid, chat_key, direction, kind, body, payload, created_at, updated_seq)"
        " VALUES (?, ?, ?, 'in', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(wamid);
    q.addBindValue(wamid);
    q.addBindValue(nonNull(p.value(L("chat_key")).toString()));
    q.addBindValue(nonNull(p.value(L("type")).toString()));
    q.addBindValue(nonNull(p.value(L("text")).toString()));
    q.addBindValue(compact(p.value(L("raw"))));
    q.addBindValue(p.value(L("timestamp")).toInteger());
    q.addBindValue(seq);
    return Database::exec(q, error);
}

// Statuses only move forward, in any arrival order: merged through core's DeliveryRecord.
bool applyStatus(Database &db, qint64 seq, const QJsonObject &p, QString *error)
{
    const QString wamid = p.value(L("wamid")).toString();
    const QString clientId = p.value(L("client_id")).toString();
    const auto status = deliveryStatusFromWire(p.value(L("status")).toString());
    const qint64 at = p.value(L("timestamp")).toInteger();

    if (!clientId.isEmpty()) {
        // A send the hub made: settle it (it may be "unconfirmed" after a crash) and link the wamid.
        QSqlQuery &settle = db.prepare(QStringLiteral(
            "UPDATE sends SET state = 'accepted', wamid = ?, updated_at = ? WHERE idempotency_key = ? AND state IN ('pending','unconfirmed')"));
        settle.addBindValue(wamid);
        settle.addBindValue(at);
        settle.addBindValue(clientId);
        if (!Database::exec(settle, error))
            return false;
        QSqlQuery &link = db.prepare(QStringLiteral("UPDATE messages SET wamid = ? WHERE client_id = ? AND wamid IS NULL"));
        link.addBindValue(wamid);
        link.addBindValue(clientId);
        if (!Database::exec(link, error))
            return false;
    }

    QSqlQuery &row = db.prepare(QStringLiteral(
        "SELECT sent_at, delivered_at, read_at, played_at, failed_at, errors FROM messages WHERE wamid = ?"));
    row.addBindValue(wamid);
    if (!Database::exec(row, error))
        return false;
    DeliveryRecord record;
    QJsonArray errors;
    if (row.next()) {
        const DeliveryStatus steps[] = {DeliveryStatus::Sent, DeliveryStatus::Delivered, DeliveryStatus::Read,
                                        DeliveryStatus::Played, DeliveryStatus::Failed};
        for (int i = 0; i < 5; ++i) {
            if (const auto t = epochOf(row.value(i)))
                record.apply(steps[i], *t);
        }
        errors = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).array();
    } else {
        // A message sent outside this hub (or before it knew): file it under its chat.
        const QString customer = !p.value(L("recipient_user_id")).toString().isEmpty()
            ? p.value(L("recipient_user_id")).toString() : p.value(L("recipient_id")).toString();
        const QString key = chatKey(p.value(L("phone_number_id")).toString(), customer);
        QSqlQuery &insert = db.prepare(QStringLiteral(
            "INSERT INTO messages(message_key, wamid, chat_key, direction, kind, created_at, updated_seq)"
            " VALUES (?, ?, ?, 'out', 'unknown', ?, ?)"));
        insert.addBindValue(wamid);
        insert.addBindValue(wamid);
        insert.addBindValue(key);
        insert.addBindValue(at);
        insert.addBindValue(seq);
        if (!Database::exec(insert, error))
            return false;
    }
    if (status)
        record.apply(*status, at);
    for (const QJsonValue &e : p.value(L("errors")).toArray())
        errors.append(e);
    QSqlQuery &update = db.prepare(QStringLiteral(
        "UPDATE messages SET status = ?, sent_at = ?, delivered_at = ?, read_at = ?, played_at = ?, failed_at = ?,"
        " errors = ?, updated_seq = ? WHERE wamid = ?"));
    update.addBindValue(wireName(record.status()));
    for (const DeliveryStatus s : {DeliveryStatus::Sent, DeliveryStatus::Delivered, DeliveryStatus::Read,
                                   DeliveryStatus::Played, DeliveryStatus::Failed})
        update.addBindValue(optionalEpoch(record.at(s)));
    update.addBindValue(compact(errors));
    update.addBindValue(seq);
    update.addBindValue(wamid);
    if (!Database::exec(update, error))
        return false;

    // Billable units per line per day, counted once per message from its `pricing`.
    const QJsonObject pricing = p.value(L("pricing")).toObject();
    if (pricing.isEmpty())
        return true;
    QSqlQuery &once = db.prepare(QStringLiteral("INSERT INTO billed_messages(wamid) VALUES (?) ON CONFLICT DO NOTHING"));
    once.addBindValue(wamid);
    if (!Database::exec(once, error))
        return false;
    if (once.numRowsAffected() != 1)
        return true;
    const ReportedPricing reported = ReportedPricing::fromJson(pricing);
    QSqlQuery &bill = db.prepare(QStringLiteral(
        "INSERT INTO billing(phone_number_id, day, category, pricing_type, billable, total) VALUES (?, ?, ?, ?, ?, 1)"
        " ON CONFLICT(phone_number_id, day, category, pricing_type) DO UPDATE SET"
        " billable = billing.billable + excluded.billable, total = billing.total + 1"));
    bill.addBindValue(nonNull(p.value(L("phone_number_id")).toString()));
    bill.addBindValue(billingDay(at));
    bill.addBindValue(nonNull(reported.category));
    bill.addBindValue(nonNull(reported.type));
    bill.addBindValue(reported.countsAsBillable() ? 1 : 0);
    return Database::exec(bill, error);
}

bool applyOutbound(Database &db, qint64 seq, const QJsonObject &p, QString *error)
{
    const QString key = p.value(L("chat_key")).toString();
    const qint64 at = p.value(L("timestamp")).toInteger();
    QSqlQuery &insert = db.prepare(QStringLiteral(
        "INSERT INTO messages(message_key, wamid, client_id, chat_key, direction, kind, body, payload, sent_by, created_at, updated_seq)"
        " VALUES (?, ?, ?, ?, 'out', ?, ?, ?, ?, ?, ?)"
        // Its status webhooks may have come first (Meta does not order them after the send's
        // answer): complete the row they created.
        " ON CONFLICT(message_key) DO UPDATE SET client_id = excluded.client_id, chat_key = excluded.chat_key,"
        " kind = excluded.kind, body = excluded.body, payload = excluded.payload, sent_by = excluded.sent_by"));
    const QString wamid = p.value(L("wamid")).toString();
    insert.addBindValue(wamid.isEmpty() ? QStringLiteral("client:") + p.value(L("client_id")).toString() : wamid);
    insert.addBindValue(wamid.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(wamid));
    insert.addBindValue(nonNull(p.value(L("client_id")).toString()));
    insert.addBindValue(key);
    insert.addBindValue(nonNull(p.value(L("type")).toString()));
    insert.addBindValue(nonNull(p.value(L("text")).toString()));
    insert.addBindValue(compact(p.value(L("request"))));
    insert.addBindValue(nonNull(p.value(L("agent")).toString()));
    insert.addBindValue(at);
    insert.addBindValue(seq);
    if (!Database::exec(insert, error))
        return false;
    // The business answered: this may open the free entry point window.
    QSqlQuery &chat = db.prepare(QStringLiteral("SELECT referral_at, fep_opened_at, fep_for_referral_at FROM chats WHERE chat_key = ?"));
    chat.addBindValue(key);
    if (!Database::exec(chat, error))
        return false;
    if (!chat.next())
        return true;
    FreeEntryPointWindow fep = FreeEntryPointWindow::restore(epochOf(chat.value(0)), epochOf(chat.value(1)), epochOf(chat.value(2)));
    fep.recordBusinessMessage(at);
    QSqlQuery &update = db.prepare(QStringLiteral(
        "UPDATE chats SET fep_opened_at = ?, fep_for_referral_at = ?, updated_seq = ?,"
        " last_message_at = CASE WHEN last_message_at IS NULL OR last_message_at < ? THEN ? ELSE last_message_at END"
        " WHERE chat_key = ?"));
    update.addBindValue(optionalEpoch(fep.openedAt()));
    update.addBindValue(optionalEpoch(fep.openedForReferralAt()));
    update.addBindValue(seq);
    update.addBindValue(at);
    update.addBindValue(at);
    update.addBindValue(key);
    return Database::exec(update, error);
}

} // namespace

bool EventLog::materialize(qint64 seq, const EncodedEvent &event, QString *error)
{
    const QJsonObject &p = event.payload;
    if (event.kind == u"message.in")
        return applyInbound(m_db, seq, p, error);
    if (event.kind == u"message.status")
        return applyStatus(m_db, seq, p, error);
    if (event.kind == u"message.out")
        return applyOutbound(m_db, seq, p, error);
    if (event.kind == u"template.status" || event.kind == u"template.quality") {
        const bool status = event.kind == u"template.status";
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO templates(id, name, language, category, status, reason, quality, updated_seq) VALUES (?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET ")
            + (status ? QStringLiteral("status = excluded.status, reason = excluded.reason")
                      : QStringLiteral("quality = excluded.quality"))
            + QStringLiteral(", updated_seq = excluded.updated_seq"));
        q.addBindValue(nonNull(p.value(L("template_id")).toString()));
        q.addBindValue(nonNull(p.value(L("name")).toString()));
        q.addBindValue(nonNull(p.value(L("language")).toString()));
        q.addBindValue(nonNull(p.value(L("category")).toString()));
        q.addBindValue(status ? p.value(L("status")).toString() : QString());
        q.addBindValue(nonNull(p.value(L("reason")).toString()));
        q.addBindValue(nonNull(status ? QString() : p.value(L("quality")).toString()));
        q.addBindValue(seq);
        return Database::exec(q, error);
    }
    if (event.kind == u"template.refreshed") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO templates(id, name, language, category, status, reason, quality, definition, updated_seq) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, language = excluded.language, category = excluded.category,"
            " status = excluded.status, reason = excluded.reason, quality = excluded.quality, definition = excluded.definition,"
            " updated_seq = excluded.updated_seq"));
        const QJsonObject t = p.value(L("template")).toObject();
        q.addBindValue(nonNull(t.value(L("id")).toString()));
        q.addBindValue(nonNull(t.value(L("name")).toString()));
        q.addBindValue(nonNull(t.value(L("language")).toString()));
        q.addBindValue(nonNull(t.value(L("category")).toString()));
        q.addBindValue(nonNull(t.value(L("status")).toString()));
        q.addBindValue(nonNull(t.value(L("rejected_reason")).toString()));
        q.addBindValue(nonNull(t.value(L("quality_score")).toObject().value(L("score")).toString()));
        q.addBindValue(compact(t));
        q.addBindValue(seq);
        return Database::exec(q, error);
    }
    if (event.kind == u"line.refreshed") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO lines(phone_number_id, waba_id, display_phone_number, verified_name, quality_rating, messaging_limit, status, updated_seq)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(phone_number_id) DO UPDATE SET waba_id = excluded.waba_id,"
            " display_phone_number = excluded.display_phone_number, verified_name = excluded.verified_name,"
            " quality_rating = excluded.quality_rating, messaging_limit = excluded.messaging_limit, status = excluded.status,"
            " updated_seq = excluded.updated_seq"));
        for (const char *k : {"phone_number_id", "waba_id", "display_phone_number", "verified_name", "quality_rating",
                              "messaging_limit", "status"})
            q.addBindValue(nonNull(p.value(QLatin1StringView(k)).toString()));
        q.addBindValue(seq);
        return Database::exec(q, error);
    }
    if (event.kind == u"line.quality") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "UPDATE lines SET messaging_limit = CASE WHEN ? <> '' THEN ? ELSE messaging_limit END, updated_seq = ?"
            " WHERE display_phone_number = ?"));
        const QString limit = p.value(L("messaging_limit")).toString();
        q.addBindValue(limit);
        q.addBindValue(limit);
        q.addBindValue(seq);
        q.addBindValue(nonNull(p.value(L("display_phone_number")).toString()));
        return Database::exec(q, error);
    }
    if (event.kind == u"chat.assigned") {
        QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE chats SET assignee = ?, updated_seq = ? WHERE chat_key = ?"));
        const QString assignee = p.value(L("assignee")).toString();
        q.addBindValue(assignee.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(assignee));
        q.addBindValue(seq);
        q.addBindValue(nonNull(p.value(L("chat_key")).toString()));
        return Database::exec(q, error);
    }
    return true; // kinds with nothing to materialize are still in the log
}

} // namespace Deskline::Hub
