#include "storage/cache_store.h"
#include "storage/cache_store_p.h"

#include "core/pricing.h"

#include "core/free_entry_point.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <iterator>

namespace Deskline::Storage {

using namespace CacheDetail;

namespace {

std::optional<qint64> later(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return qMax(*a, *b);
}

// The delivery columns of a message row, by name (:status, :sent_at … :failed_at, :errors, :billed).
void bindDelivery(QSqlQuery &q, const Delivery &d, bool billed)
{
    static const QString steps[] = {QStringLiteral(":sent_at"), QStringLiteral(":delivered_at"), QStringLiteral(":read_at"),
                                    QStringLiteral(":played_at"), QStringLiteral(":failed_at")};
    static_assert(std::size(steps) == std::size(kSteps));
    q.bindValue(QStringLiteral(":status"), d.record.status() == DeliveryStatus::None ? QStringLiteral("") : wireName(d.record.status()));
    for (size_t i = 0; i < std::size(kSteps); ++i)
        q.bindValue(steps[i], optionalEpoch(d.record.at(kSteps[i])));
    q.bindValue(QStringLiteral(":errors"), compact(d.errors));
    q.bindValue(QStringLiteral(":billed"), billed ? 1 : 0);
}

bool writeKnown(Database &db, const KnownDelivery &k, QString *error)
{
    QSqlQuery &update = db.prepare(QStringLiteral(
        "UPDATE messages SET status = :status, sent_at = :sent_at, delivered_at = :delivered_at, read_at = :read_at,"
        " played_at = :played_at, failed_at = :failed_at, errors = :errors, billed = :billed WHERE message_key = :key"));
    bindDelivery(update, k.delivery, k.billed);
    update.bindValue(QStringLiteral(":key"), k.key);
    if (Database::exec(update, error))
        return true;
    if (error)
        *error = QStringLiteral("seq %1 (message.status): %2").arg(k.seq).arg(*error);
    return false;
}

// Writes the delivery states held back and forgets them all (the next status reads its row).
bool forgetDeliveries(Database &db, HeldDeliveries &held, QString *error)
{
    for (const QString &wamid : std::as_const(held.dirty)) {
        const auto it = held.byWamid.constFind(wamid);
        if (it != held.byWamid.cend() && !writeKnown(db, *it, error))
            return false;
    }
    held.dirty.clear();
    held.byWamid.clear();
    return true;
}

// The same for one message.
bool forgetDelivery(Database &db, HeldDeliveries &held, const QString &wamid, QString *error)
{
    const auto it = held.byWamid.constFind(wamid);
    if (it == held.byWamid.cend())
        return true;
    if (it->dirty) {
        if (!writeKnown(db, *it, error))
            return false;
        held.dirty.removeOne(wamid);
    }
    held.byWamid.erase(it);
    return true;
}

} // namespace

// ---- what a batch holds back ----------------------------------------------------------------

bool CacheStore::flushPending(Batch &batch, QString *error)
{
    if (!forgetDeliveries(m_db, batch.deliveries, error))
        return false;
    for (const HeldBilling::Units &units : std::as_const(batch.billing.rows)) {
        QSqlQuery &bill = m_db.prepare(QStringLiteral(
            "INSERT INTO billing(phone_number_id, day, category, pricing_type, billable, total) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(phone_number_id, day, category, pricing_type) DO UPDATE SET"
            " billable = billing.billable + excluded.billable, total = billing.total + excluded.total"));
        bill.addBindValue(units.key.line);
        bill.addBindValue(units.key.day);
        bill.addBindValue(units.key.category);
        bill.addBindValue(units.key.pricingType);
        bill.addBindValue(units.billable);
        bill.addBindValue(units.total);
        if (!Database::exec(bill, error))
            return false;
    }
    batch.billing.clear();
    return flushSearch(batch, error);
}

// ---- events -------------------------------------------------------------------------------

ApplyResult CacheStore::applyEvents(const QList<QJsonObject> &events, CacheChanges *changes, QString *error)
{
    const qint64 from = cursor();
    qint64 expected = from + 1;
    QList<const QJsonObject *> todo;
    for (const QJsonObject &e : events) {
        const std::optional<qint64> seq = epochOf(e.value(L("seq")));
        if (!seq) {
            if (error)
                *error = QStringLiteral("an event without seq (kind %1)").arg(e.value(L("kind")).toString());
            qCWarning(lcCache).noquote() << "rejected a batch:" << (error ? *error : QString());
            return ApplyResult::Error;
        }
        if (*seq <= from)
            continue; // applied before: replay is harmless
        if (*seq != expected) {
            if (error)
                *error = QStringLiteral("gap: expected seq %1, got %2 (cursor %3)").arg(expected).arg(*seq).arg(from);
            qCWarning(lcCache).noquote() << "rejected a batch:" << (error ? *error : QString());
            return ApplyResult::Gap;
        }
        const QString kind = e.value(L("kind")).toString();
        if (!knowsKind(kind)) {
            if (error)
                *error = QStringLiteral("unknown event kind \"%1\" at seq %2").arg(kind).arg(*seq);
            qCWarning(lcCache).noquote() << "rejected a batch:" << (error ? *error : QString());
            return ApplyResult::UnknownKind;
        }
        ++expected;
        todo.append(&e);
    }
    if (todo.isEmpty())
        return ApplyResult::Applied;

    Batch batch;
    const Relaxed relaxed(m_db);
    const bool ok = inTransaction([&](QString *why) {
        for (const QJsonObject *e : std::as_const(todo)) {
            batch.seq = e->value(L("seq")).toInteger();
            batch.now = epochOf(e->value(L("received_at"))).value_or(m_clock->now());
            if (!applyOne(*e, batch, why)) {
                *why = QStringLiteral("seq %1 (%2): %3").arg(batch.seq).arg(e->value(L("kind")).toString(), *why);
                return false;
            }
        }
        return flushPending(batch, why) && setCursor(expected - 1, why);
    }, error);
    if (!ok) {
        qCWarning(lcCache).noquote() << "event batch rolled back:" << (error ? *error : QString());
        return ApplyResult::Error;
    }
    if (changes)
        changes->merge(batch.changes);
    return ApplyResult::Applied;
}

bool CacheStore::applyOne(const QJsonObject &e, Batch &batch, QString *error)
{
    const QString kind = e.value(L("kind")).toString();
    if (kind == u"message.in")
        return applyInbound(e, batch, error);
    if (kind == u"message.status")
        return applyStatus(e, batch, error);
    // Every other kind sees the messages as written: what status events hold back goes first.
    if (!forgetDeliveries(m_db, batch.deliveries, error))
        return false;
    if (kind == u"message.out")
        return applyOutbound(e, batch, error);
    if (kind == u"send.failed")
        return applySendFailed(e, batch, error);
    if (kind == u"chat.assigned") {
        const QString key = resolveChatKey(e.value(L("chat_key")).toString());
        if (key.isEmpty()) {
            if (error)
                *error = QStringLiteral("chat.assigned without chat_key");
            return false;
        }
        QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE chats SET assignee = ? WHERE chat_key = ?"));
        q.addBindValue(textOrNull(e.value(L("assignee")).toString()));
        q.addBindValue(key);
        batch.changes.chats.insert(key);
        return Database::exec(q, error);
    }
    if (kind == u"template.status" || kind == u"template.quality") {
        const bool status = kind == u"template.status";
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO templates(id, name, language, category, status, reason, quality) VALUES (?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET ")
            + (status ? QStringLiteral("status = excluded.status, reason = excluded.reason,"
                                       " category = CASE WHEN excluded.category <> '' THEN excluded.category ELSE templates.category END")
                      : QStringLiteral("quality = excluded.quality")));
        q.addBindValue(nonNull(e.value(L("template_id")).toString()));
        q.addBindValue(nonNull(e.value(L("name")).toString()));
        q.addBindValue(nonNull(e.value(L("language")).toString()));
        q.addBindValue(nonNull(e.value(L("category")).toString()));
        q.addBindValue(nonNull(status ? e.value(L("status")).toString() : QString()));
        q.addBindValue(nonNull(e.value(L("reason")).toString()));
        q.addBindValue(nonNull(status ? QString() : e.value(L("quality")).toString()));
        batch.changes.templates = true;
        return Database::exec(q, error);
    }
    if (kind == u"template.category") {
        QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE templates SET category = ? WHERE id = ? AND ? <> ''"));
        const QString category = e.value(L("new_category")).toString();
        q.addBindValue(nonNull(category));
        q.addBindValue(nonNull(e.value(L("template_id")).toString()));
        q.addBindValue(nonNull(category));
        batch.changes.templates = true;
        return Database::exec(q, error);
    }
    if (kind == u"template.refreshed") {
        const QJsonObject t = e.value(L("template")).toObject();
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO templates(id, name, language, category, status, reason, quality, definition)"
            " VALUES (?,?,?,?,?,?,?,?)"));
        q.addBindValue(nonNull(t.value(L("id")).toString()));
        q.addBindValue(nonNull(t.value(L("name")).toString()));
        q.addBindValue(nonNull(t.value(L("language")).toString()));
        q.addBindValue(nonNull(t.value(L("category")).toString()));
        q.addBindValue(nonNull(t.value(L("status")).toString()));
        q.addBindValue(nonNull(t.value(L("rejected_reason")).toString()));
        q.addBindValue(nonNull(t.value(L("quality_score")).toObject().value(L("score")).toString()));
        q.addBindValue(compact(t));
        batch.changes.templates = true;
        return Database::exec(q, error);
    }
    if (kind == u"line.refreshed") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO lines(phone_number_id, waba_id, display_phone_number, verified_name, quality_rating, messaging_limit, status)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT(phone_number_id) DO UPDATE SET waba_id = excluded.waba_id,"
            " display_phone_number = excluded.display_phone_number, verified_name = excluded.verified_name,"
            " quality_rating = excluded.quality_rating, messaging_limit = excluded.messaging_limit, status = excluded.status"));
        for (const char *k : {"phone_number_id", "waba_id", "display_phone_number", "verified_name", "quality_rating",
                              "messaging_limit", "status"})
            q.addBindValue(nonNull(e.value(QLatin1StringView(k)).toString()));
        batch.changes.lines = true;
        return Database::exec(q, error);
    }
    if (kind == u"line.quality") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "UPDATE lines SET messaging_limit = CASE WHEN ? <> '' THEN ? ELSE messaging_limit END, quality_event = ?"
            " WHERE display_phone_number = ?"));
        const QString limit = nonNull(e.value(L("messaging_limit")).toString());
        q.addBindValue(limit);
        q.addBindValue(limit);
        q.addBindValue(nonNull(e.value(L("event")).toString()));
        q.addBindValue(nonNull(e.value(L("display_phone_number")).toString()));
        batch.changes.lines = true;
        return Database::exec(q, error);
    }
    if (kind == u"line.name") {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "UPDATE lines SET name_decision = ?,"
            " verified_name = CASE WHEN ? = 'APPROVED' AND ? <> '' THEN ? ELSE verified_name END"
            " WHERE display_phone_number = ?"));
        const QString decision = nonNull(e.value(L("decision")).toString());
        const QString requested = nonNull(e.value(L("requested_verified_name")).toString());
        q.addBindValue(decision);
        q.addBindValue(decision);
        q.addBindValue(requested);
        q.addBindValue(requested);
        q.addBindValue(nonNull(e.value(L("display_phone_number")).toString()));
        batch.changes.lines = true;
        return Database::exec(q, error);
    }
    if (kind == u"line.errors") {
        QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE lines SET errors = ? WHERE phone_number_id = ?"));
        q.addBindValue(compact(arrayOf(e.value(L("errors")))));
        q.addBindValue(nonNull(e.value(L("phone_number_id")).toString()));
        batch.changes.lines = true;
        return Database::exec(q, error);
    }
    if (kind == u"account.update" || kind == u"account.alert" || kind == u"account.capability") {
        QJsonObject payload = e;
        payload.remove(QStringLiteral("raw"));
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO account_events(seq, kind, waba_id, time, payload) VALUES (?,?,?,?,?)"));
        q.addBindValue(batch.seq);
        q.addBindValue(kind);
        q.addBindValue(nonNull(e.value(L("waba_id")).toString()));
        q.addBindValue(optionalEpoch(epochOf(e.value(L("time")))));
        q.addBindValue(compact(payload));
        batch.changes.lines = true;
        return Database::exec(q, error);
    }
    // user.preferences, unknown, redacted: nothing to keep; the cursor moves past them.
    return true;
}

bool CacheStore::upsertContact(const QString &key, const QJsonObject &customer, Batch &batch, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts(contact_key, wa_id, user_id, name, username) VALUES (:key, :wa_id, :user_id, :name, :username)"
        " ON CONFLICT(contact_key) DO UPDATE SET"
        " wa_id = CASE WHEN excluded.wa_id <> '' THEN excluded.wa_id ELSE contacts.wa_id END,"
        " user_id = CASE WHEN excluded.user_id <> '' THEN excluded.user_id ELSE contacts.user_id END,"
        " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END,"
        " username = CASE WHEN excluded.username <> '' THEN excluded.username ELSE contacts.username END"
        " WHERE excluded.wa_id <> '' AND excluded.wa_id <> contacts.wa_id"
        " OR excluded.user_id <> '' AND excluded.user_id <> contacts.user_id"
        " OR excluded.name <> '' AND excluded.name <> contacts.name"
        " OR excluded.username <> '' AND excluded.username <> contacts.username"
        " RETURNING rowid"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":wa_id"), nonNull(customer.value(L("wa_id")).toString()));
    q.bindValue(QStringLiteral(":user_id"), nonNull(customer.value(L("user_id")).toString()));
    q.bindValue(QStringLiteral(":name"), nonNull(customer.value(L("name")).toString()));
    q.bindValue(QStringLiteral(":username"), nonNull(customer.value(L("username")).toString()));
    if (!Database::exec(q, error))
        return false;
    if (!q.next())
        return true; // nothing changed
    q.finish();
    // Reindexed with the batch's new messages (see Batch::search).
    if (!batch.contactSet.contains(key)) {
        batch.contactSet.insert(key);
        batch.contacts.append(key);
    }
    return true;
}

bool CacheStore::ensureChat(const QString &chatKey, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO chats(chat_key, phone_number_id, contact_key) VALUES (?, ?, ?) ON CONFLICT(chat_key) DO NOTHING"));
    q.addBindValue(chatKey);
    q.addBindValue(nonNull(lineOf(chatKey)));
    q.addBindValue(nonNull(contactOf(chatKey)));
    return Database::exec(q, error);
}

bool CacheStore::touchChat(const QString &chatKey, qint64 at, const QString &preview, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE chats SET last_message_at = ?, last_message_preview = ?"
        " WHERE chat_key = ? AND (last_message_at IS NULL OR last_message_at <= ?)"));
    q.addBindValue(at);
    q.addBindValue(nonNull(preview));
    q.addBindValue(chatKey);
    q.addBindValue(at);
    return Database::exec(q, error);
}

bool CacheStore::applyInbound(const QJsonObject &e, Batch &batch, QString *error)
{
    const QString wamid = e.value(L("wamid")).toString();
    const QString eventChat = e.value(L("chat_key")).toString();
    if (wamid.isEmpty() || eventChat.isEmpty()) {
        if (error)
            *error = QStringLiteral("message.in without wamid or chat_key");
        return false;
    }
    const QJsonObject customer = e.value(L("customer")).toObject();
    const bool system = e.value(L("system")).isObject();
    if (system && !mergeContact(e, batch, error))
        return false;
    const QString key = resolveChatKey(eventChat);
    QJsonObject ids = customer;
    if (key != eventChat) {
        // The hub still uses a key this cache merged away: its ids are the old ones.
        ids.remove(QStringLiteral("wa_id"));
        ids.remove(QStringLiteral("user_id"));
    }
    if (!system && !upsertContact(contactOf(key), ids, batch, error))
        return false;

    const QString type = e.value(L("type")).toString();
    const qint64 at = epochOf(e.value(L("timestamp"))).value_or(batch.now);
    const bool supported = e.value(L("supported")).toBool(true);
    const QJsonObject media = e.value(L("media")).toObject();
    const QJsonObject reaction = e.value(L("reaction")).toObject();
    const QString text = e.value(L("text")).toString();
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT INTO messages(message_key, wamid, chat_key, direction, kind, body, reply_to, reaction_to, reaction_emoji,"
        " media_id, media_mime, media_caption, media_filename, raw, supported, created_at)"
        " VALUES (:key, :wamid, :chat, 'in', :kind, :body, :reply_to, :reaction_to, :reaction_emoji, :media_id, :media_mime,"
        " :media_caption, :media_filename, :raw, :supported, :created_at) ON CONFLICT DO NOTHING RETURNING rowid"));
    // Bound by name in the statements run for every event: QtSql formats a name for each
    // positional value.
    insert.bindValue(QStringLiteral(":key"), wamid);
    insert.bindValue(QStringLiteral(":wamid"), wamid);
    insert.bindValue(QStringLiteral(":chat"), key);
    insert.bindValue(QStringLiteral(":kind"), nonNull(type));
    insert.bindValue(QStringLiteral(":body"), nonNull(text));
    insert.bindValue(QStringLiteral(":reply_to"), nonNull(e.value(L("reply_to")).toString()));
    insert.bindValue(QStringLiteral(":reaction_to"), nonNull(reaction.value(L("message_id")).toString()));
    insert.bindValue(QStringLiteral(":reaction_emoji"), nonNull(reaction.value(L("emoji")).toString()));
    insert.bindValue(QStringLiteral(":media_id"), nonNull(media.value(L("id")).toString()));
    insert.bindValue(QStringLiteral(":media_mime"), nonNull(media.value(L("mime_type")).toString()));
    insert.bindValue(QStringLiteral(":media_caption"), nonNull(media.value(L("caption")).toString()));
    insert.bindValue(QStringLiteral(":media_filename"), nonNull(media.value(L("filename")).toString()));
    // The raw item stays for kinds the console cannot show, and for those it writes out from
    // their structure (a location's name, an order's items); text and media need only columns.
    const bool keepRaw = !supported || type == u"location" || type == u"contacts" || type == u"interactive"
        || type == u"button" || type == u"order";
    insert.bindValue(QStringLiteral(":raw"), keepRaw ? compact(e.value(L("raw"))) : QStringLiteral(""));
    insert.bindValue(QStringLiteral(":supported"), supported ? 1 : 0);
    insert.bindValue(QStringLiteral(":created_at"), at);
    if (!Database::exec(insert, error))
        return false;
    const bool inserted = insert.next();
    const qint64 rowid = inserted ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (inserted)
        batch.search.append({rowid, QStringList{text, media.value(L("caption")).toString(), media.value(L("filename")).toString()}});

    // Windows: the customer service window only moves later, and only for messages that open
    // it; the free entry point as core's FreeEntryPointWindow decides (the hub's materializer).
    const bool opens = e.value(L("opens_window")).toBool();
    const bool referral = opens && e.value(L("referral")).toBool();
    if (!referral) {
        // The common case, in one statement: the free entry point does not change.
        QSqlQuery &upsert = m_db.prepare(QStringLiteral(
            "INSERT INTO chats(chat_key, phone_number_id, contact_key, last_inbound_at, last_message_at, last_message_preview,"
            " unread_count) VALUES (:chat, :line, :contact, :inbound_at, :message_at, :preview, :unread)"
            " ON CONFLICT(chat_key) DO UPDATE SET"
            " last_inbound_at = CASE WHEN excluded.last_inbound_at IS NOT NULL AND (chats.last_inbound_at IS NULL"
            " OR excluded.last_inbound_at > chats.last_inbound_at) THEN excluded.last_inbound_at ELSE chats.last_inbound_at END,"
            " unread_count = chats.unread_count + excluded.unread_count,"
            " last_message_preview = CASE WHEN excluded.last_message_at IS NOT NULL AND (chats.last_message_at IS NULL"
            " OR chats.last_message_at <= excluded.last_message_at) THEN excluded.last_message_preview ELSE chats.last_message_preview END,"
            " last_message_at = CASE WHEN excluded.last_message_at IS NOT NULL AND (chats.last_message_at IS NULL"
            " OR chats.last_message_at < excluded.last_message_at) THEN excluded.last_message_at ELSE chats.last_message_at END"));
        upsert.bindValue(QStringLiteral(":chat"), key);
        upsert.bindValue(QStringLiteral(":line"), nonNull(lineOf(key)));
        upsert.bindValue(QStringLiteral(":contact"), nonNull(contactOf(key)));
        upsert.bindValue(QStringLiteral(":inbound_at"), opens ? QVariant(at) : nullInt());
        upsert.bindValue(QStringLiteral(":message_at"), inserted ? QVariant(at) : nullInt()); // a replayed message changes nothing here
        upsert.bindValue(QStringLiteral(":preview"), inserted ? previewOf(type, text) : QStringLiteral(""));
        upsert.bindValue(QStringLiteral(":unread"), inserted && type != u"system" ? 1 : 0);
        if (!Database::exec(upsert, error))
            return false;
        batch.changes.chats.insert(key);
        batch.changes.messages.insert(wamid);
        return true;
    }
    QSqlQuery &row = m_db.prepare(QStringLiteral(
        "SELECT last_inbound_at, referral_at, fep_opened_at, fep_for_referral_at, last_message_at FROM chats WHERE chat_key = ?"));
    row.addBindValue(key);
    if (!Database::exec(row, error))
        return false;
    const bool chatExists = row.next();
    std::optional<qint64> lastInbound;
    std::optional<qint64> lastMessage;
    FreeEntryPointWindow fep;
    if (chatExists) {
        lastInbound = epochOf(row.value(0));
        fep = FreeEntryPointWindow::restore(epochOf(row.value(1)), epochOf(row.value(2)), epochOf(row.value(3)));
        lastMessage = epochOf(row.value(4));
    }
    row.finish();
    lastInbound = later(lastInbound, at);
    fep.recordReferral(at);
    const bool newest = inserted && (!lastMessage || *lastMessage <= at);
    if (!chatExists) {
        QSqlQuery &create = m_db.prepare(QStringLiteral(
            "INSERT INTO chats(chat_key, phone_number_id, contact_key, last_inbound_at, referral_at, fep_opened_at,"
            " fep_for_referral_at, last_message_at, last_message_preview, unread_count) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        create.addBindValue(key);
        create.addBindValue(nonNull(lineOf(key)));
        create.addBindValue(nonNull(contactOf(key)));
        create.addBindValue(optionalEpoch(lastInbound));
        create.addBindValue(optionalEpoch(fep.referralAt()));
        create.addBindValue(optionalEpoch(fep.openedAt()));
        create.addBindValue(optionalEpoch(fep.openedForReferralAt()));
        create.addBindValue(at);
        create.addBindValue(previewOf(type, text));
        create.addBindValue(inserted && type != u"system" ? 1 : 0);
        if (!Database::exec(create, error))
            return false;
    } else {
        QSqlQuery &update = m_db.prepare(QStringLiteral(
            "UPDATE chats SET last_inbound_at = ?, referral_at = ?, fep_opened_at = ?, fep_for_referral_at = ?,"
            " unread_count = unread_count + ?,"
            " last_message_preview = CASE WHEN ? THEN ? ELSE last_message_preview END,"
            " last_message_at = CASE WHEN ? THEN ? ELSE last_message_at END"
            " WHERE chat_key = ?"));
        update.addBindValue(optionalEpoch(lastInbound));
        update.addBindValue(optionalEpoch(fep.referralAt()));
        update.addBindValue(optionalEpoch(fep.openedAt()));
        update.addBindValue(optionalEpoch(fep.openedForReferralAt()));
        update.addBindValue(inserted && type != u"system" ? 1 : 0);
        update.addBindValue(newest ? 1 : 0);
        update.addBindValue(previewOf(type, text));
        update.addBindValue(newest ? 1 : 0);
        update.addBindValue(at);
        update.addBindValue(key);
        if (!Database::exec(update, error))
            return false;
    }
    batch.changes.chats.insert(key);
    batch.changes.messages.insert(wamid);
    return true;
}

bool CacheStore::mergeContact(const QJsonObject &e, Batch &batch, QString *error)
{
    if (!flushPending(batch, error)) // rows may move or go: write and index what is pending first
        return false;
    const QJsonObject sys = e.value(L("system")).toObject();
    const QJsonObject customer = e.value(L("customer")).toObject();
    const QString type = sys.value(L("type")).toString();
    const QString current = contactOf(resolveChatKey(e.value(L("chat_key")).toString()));
    if (type == u"user_changed_number") {
        const QString newWaId = sys.value(L("new_wa_id")).toString();
        if (newWaId.isEmpty())
            return true;
        if (!customer.value(L("user_id")).toString().isEmpty()) {
            // Keyed by the business-scoped user id: only the number changes.
            QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE contacts SET wa_id = ? WHERE contact_key = ?"));
            q.addBindValue(newWaId);
            q.addBindValue(current);
            return Database::exec(q, error);
        }
        return moveContact(current, newWaId, QJsonObject{{QStringLiteral("wa_id"), newWaId}}, batch, error);
    }
    if (type == u"user_changed_user_id") {
        const QString newUserId = sys.value(L("user_id")).toString();
        if (newUserId.isEmpty())
            return true;
        QStringList candidates{current, sys.value(L("previous_user_id")).toString(), customer.value(L("wa_id")).toString()};
        for (const QString &old : std::as_const(candidates)) {
            if (old.isEmpty() || old == newUserId)
                continue;
            if (!moveContact(old, newUserId, QJsonObject{{QStringLiteral("user_id"), newUserId}}, batch, error))
                return false;
        }
        return upsertContact(newUserId, QJsonObject{{QStringLiteral("user_id"), newUserId}}, batch, error);
    }
    return true;
}

// Moves a contact and every chat of it to a new key, merging into what already exists there:
// a chat is never duplicated, and the old chat keys become aliases of the new ones.
bool CacheStore::moveContact(const QString &oldKey, const QString &newKey, const QJsonObject &ids, Batch &batch, QString *error)
{
    if (oldKey.isEmpty() || oldKey == newKey)
        return true;
    auto exists = [&](const QString &sql, const QString &key, bool *found) {
        QSqlQuery &q = m_db.prepare(sql);
        q.addBindValue(key);
        if (!Database::exec(q, error))
            return false;
        *found = q.next();
        q.finish();
        return true;
    };
    bool oldContact = false;
    bool newContact = false;
    const QString contactSql = QStringLiteral("SELECT 1 FROM contacts WHERE contact_key = ?");
    if (!exists(contactSql, oldKey, &oldContact) || !exists(contactSql, newKey, &newContact))
        return false;
    if (oldContact && newContact) {
        QSqlQuery &merge = m_db.prepare(QStringLiteral(
            "UPDATE contacts SET"
            " wa_id = CASE WHEN contacts.wa_id = '' THEN o.wa_id ELSE contacts.wa_id END,"
            " user_id = CASE WHEN contacts.user_id = '' THEN o.user_id ELSE contacts.user_id END,"
            " name = CASE WHEN contacts.name = '' THEN o.name ELSE contacts.name END,"
            " username = CASE WHEN contacts.username = '' THEN o.username ELSE contacts.username END"
            " FROM (SELECT wa_id, user_id, name, username FROM contacts WHERE contact_key = ?) AS o"
            " WHERE contacts.contact_key = ?"));
        merge.addBindValue(oldKey);
        merge.addBindValue(newKey);
        if (!Database::exec(merge, error) || !unindexContact(m_db, oldKey, error))
            return false;
        QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM contacts WHERE contact_key = ?"));
        del.addBindValue(oldKey);
        if (!Database::exec(del, error) || !indexContact(m_db, newKey, false, error))
            return false;
    } else if (oldContact) {
        QSqlQuery &rename = m_db.prepare(QStringLiteral("UPDATE contacts SET contact_key = ? WHERE contact_key = ?"));
        rename.addBindValue(newKey);
        rename.addBindValue(oldKey);
        if (!Database::exec(rename, error))
            return false;
    }
    // The new ids win over what the old contact had.
    QSqlQuery &ensure = m_db.prepare(QStringLiteral("INSERT INTO contacts(contact_key) VALUES (?) ON CONFLICT DO NOTHING"));
    ensure.addBindValue(newKey);
    if (!Database::exec(ensure, error))
        return false;
    for (const char *k : {"wa_id", "user_id"}) {
        const QString v = ids.value(QLatin1StringView(k)).toString();
        if (v.isEmpty())
            continue;
        QSqlQuery &set = m_db.prepare(QStringLiteral("UPDATE contacts SET ") + QLatin1StringView(k)
                                      + QStringLiteral(" = ? WHERE contact_key = ?"));
        set.addBindValue(v);
        set.addBindValue(newKey);
        if (!Database::exec(set, error))
            return false;
    }

    QList<QPair<QString, QString>> moves; // old chat, new chat
    {
        QSqlQuery &chats = m_db.prepare(QStringLiteral("SELECT chat_key, phone_number_id FROM chats WHERE contact_key = ?"));
        chats.addBindValue(oldKey);
        if (!Database::exec(chats, error))
            return false;
        while (chats.next())
            moves.append({chats.value(0).toString(), chats.value(1).toString() + u'|' + newKey});
        chats.finish();
    }
    for (const auto &[from, to] : std::as_const(moves)) {
        const std::optional<ChatRow> source = chat(from);
        const std::optional<ChatRow> target = chat(to);
        if (!source)
            continue;
        if (target) {
            ChatRow merged = *target;
            merged.lastInboundAt = later(target->lastInboundAt, source->lastInboundAt);
            FreeEntryPointWindow a = FreeEntryPointWindow::restore(target->referralAt, target->fepOpenedAt, target->fepForReferralAt);
            const FreeEntryPointWindow b = FreeEntryPointWindow::restore(source->referralAt, source->fepOpenedAt, source->fepForReferralAt);
            // The later window governs; a referral of the other side still counts.
            const bool sourceLater = later(b.openedAt(), b.referralAt()).value_or(0) > later(a.openedAt(), a.referralAt()).value_or(0);
            const FreeEntryPointWindow &win = sourceLater ? b : a;
            merged.referralAt = win.referralAt();
            merged.fepOpenedAt = win.openedAt();
            merged.fepForReferralAt = win.openedForReferralAt();
            if (source->lastMessageAt.value_or(0) > target->lastMessageAt.value_or(0)) {
                merged.lastMessageAt = source->lastMessageAt;
                merged.preview = source->preview;
            }
            merged.unread = target->unread + source->unread;
            if (merged.assignee.isEmpty())
                merged.assignee = source->assignee;
            QSqlQuery &update = m_db.prepare(QStringLiteral(
                "UPDATE chats SET last_inbound_at = ?, referral_at = ?, fep_opened_at = ?, fep_for_referral_at = ?,"
                " last_message_at = ?, last_message_preview = ?, unread_count = ?, assignee = ? WHERE chat_key = ?"));
            update.addBindValue(optionalEpoch(merged.lastInboundAt));
            update.addBindValue(optionalEpoch(merged.referralAt));
            update.addBindValue(optionalEpoch(merged.fepOpenedAt));
            update.addBindValue(optionalEpoch(merged.fepForReferralAt));
            update.addBindValue(optionalEpoch(merged.lastMessageAt));
            update.addBindValue(nonNull(merged.preview));
            update.addBindValue(merged.unread);
            update.addBindValue(textOrNull(merged.assignee));
            update.addBindValue(to);
            QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM chats WHERE chat_key = ?"));
            del.addBindValue(from);
            if (!Database::exec(update, error) || !Database::exec(del, error))
                return false;
        } else {
            QSqlQuery &rename = m_db.prepare(QStringLiteral("UPDATE chats SET chat_key = ?, contact_key = ? WHERE chat_key = ?"));
            rename.addBindValue(to);
            rename.addBindValue(newKey);
            rename.addBindValue(from);
            if (!Database::exec(rename, error))
                return false;
        }
        const QStringList moveSql{
            QStringLiteral("UPDATE messages SET chat_key = :to WHERE chat_key = :from"),
            QStringLiteral("UPDATE outbox SET chat_key = :to WHERE chat_key = :from"),
            QStringLiteral("UPDATE chat_aliases SET chat_key = :to WHERE chat_key = :from"),
        };
        for (const QString &sql : moveSql) {
            QSqlQuery &q = m_db.prepare(sql);
            q.bindValue(QStringLiteral(":to"), to);
            q.bindValue(QStringLiteral(":from"), from);
            if (!Database::exec(q, error))
                return false;
        }
        QSqlQuery &toKey = m_db.prepare(QStringLiteral("UPDATE outbox SET to_key = ? WHERE chat_key = ? AND to_key = ?"));
        toKey.addBindValue(newKey);
        toKey.addBindValue(to);
        toKey.addBindValue(oldKey);
        QSqlQuery &unalias = m_db.prepare(QStringLiteral("DELETE FROM chat_aliases WHERE old_key = ?"));
        unalias.addBindValue(to);
        if (!Database::exec(toKey, error) || !Database::exec(unalias, error))
            return false;
        m_aliases = -1; // counted again on the next lookup (also right after a rollback)
        QSqlQuery &alias = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO chat_aliases(old_key, chat_key) VALUES (?, ?)"));
        alias.addBindValue(from);
        alias.addBindValue(to);
        if (!Database::exec(alias, error))
            return false;
        batch.changes.chats.insert(from);
        batch.changes.chats.insert(to);
        batch.changes.outbox = true;
        qCInfo(lcCache).noquote() << "chat" << from << "merged into" << to;
    }
    return true;
}

bool CacheStore::applyStatus(const QJsonObject &e, Batch &batch, QString *error)
{
    const QString wamid = e.value(L("wamid")).toString();
    if (wamid.isEmpty()) {
        if (error)
            *error = QStringLiteral("message.status without wamid");
        return false;
    }
    const QString clientId = e.value(L("client_id")).toString();
    const auto status = deliveryStatusFromWire(e.value(L("status")).toString());
    const qint64 at = epochOf(e.value(L("timestamp"))).value_or(batch.now);
    if (!clientId.isEmpty()) {
        // linkWamid reads (and may fold away) the row of this wamid: it sees it as written.
        if (!forgetDelivery(m_db, batch.deliveries, wamid, error) || !linkWamid(clientId, wamid, batch, error))
            return false;
        // A send this console made: it reached Meta (it may be "unconfirmed" after a crash).
        QSqlQuery &settle = m_db.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'accepted', updated_at = ? WHERE client_id = ? AND state IN ('queued','sending','unconfirmed')"));
        settle.addBindValue(batch.now);
        settle.addBindValue(clientId);
        if (!Database::exec(settle, error))
            return false;
        if (settle.numRowsAffected() > 0) {
            QSqlQuery &mirror = m_db.prepare(QStringLiteral("UPDATE messages SET outbox_state = 'accepted' WHERE client_id = ?"));
            mirror.addBindValue(clientId);
            if (!Database::exec(mirror, error))
                return false;
            batch.changes.outbox = true;
        }
    }
    // The delivery record merged through core's DeliveryRecord: read once per batch, written
    // once at the end of it (HeldDeliveries).
    HeldDeliveries &held = batch.deliveries;
    auto known = held.byWamid.find(wamid);
    if (known == held.byWamid.end()) {
        QSqlQuery &row = m_db.prepare(QStringLiteral(
            "SELECT message_key, chat_key, sent_at, delivered_at, read_at, played_at, failed_at, errors, billed"
            " FROM messages WHERE wamid = :wamid"));
        row.bindValue(QStringLiteral(":wamid"), wamid);
        if (!Database::exec(row, error))
            return false;
        if (row.next()) {
            KnownDelivery k;
            k.key = row.value(0).toString();
            k.chatKey = row.value(1).toString();
            for (int i = 0; i < 5; ++i) {
                if (const auto t = epochOf(row.value(2 + i)))
                    k.delivery.record.apply(kSteps[i], *t);
            }
            k.delivery.errors = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).array();
            k.billed = row.value(8).toInt() != 0;
            known = held.byWamid.insert(wamid, k);
        }
        row.finish();
    }
    const QJsonObject pricing = e.value(L("pricing")).toObject();
    const QJsonArray newErrors = arrayOf(e.value(L("errors")));
    Delivery d;
    bool billed = false;
    if (known != held.byWamid.end()) {
        d = known->delivery;
        billed = known->billed;
    }
    bool changed = known == held.byWamid.end();
    if (status)
        changed = d.record.apply(*status, at) || changed;
    else
        qCWarning(lcCache).noquote() << "seq" << batch.seq << ": unknown delivery status" << e.value(L("status")).toString();
    const qsizetype errorCount = d.errors.size();
    addErrors(d.errors, newErrors);
    if (d.errors.size() != errorCount) {
        changed = true;
        d.errors = QJsonDocument::fromJson(compact(d.errors).toUtf8()).array(); // as the row will hold them
    }
    const bool billNow = !pricing.isEmpty() && !billed;
    if (known == held.byWamid.end()) {
        // A message this cache has not seen (sent by another console, or older than the
        // snapshot): file it under its chat so its status is not lost. Inserted now, so rowids
        // keep the order messages arrived in.
        const QString userId = e.value(L("recipient_user_id")).toString();
        const QString customer = userId.isEmpty() ? e.value(L("recipient_id")).toString() : userId;
        KnownDelivery k;
        k.key = wamid;
        k.chatKey = resolveChatKey(e.value(L("phone_number_id")).toString() + u'|' + customer);
        k.delivery = d;
        k.billed = billNow;
        k.seq = batch.seq;
        QSqlQuery &insert = m_db.prepare(QStringLiteral(
            "INSERT INTO messages(message_key, wamid, client_id, chat_key, direction, kind, created_at, status,"
            " sent_at, delivered_at, read_at, played_at, failed_at, errors, billed)"
            " VALUES (:key, :wamid, :client_id, :chat, 'out', 'unknown', :created_at, :status, :sent_at, :delivered_at, :read_at,"
            " :played_at, :failed_at, :errors, :billed)"));
        insert.bindValue(QStringLiteral(":key"), k.key);
        insert.bindValue(QStringLiteral(":wamid"), wamid);
        insert.bindValue(QStringLiteral(":client_id"), textOrNull(clientId));
        insert.bindValue(QStringLiteral(":chat"), k.chatKey);
        insert.bindValue(QStringLiteral(":created_at"), at);
        bindDelivery(insert, d, billNow);
        if (!Database::exec(insert, error))
            return false;
        known = held.byWamid.insert(wamid, k);
    } else if (changed || billNow) {
        known->delivery = d;
        known->billed = billNow || billed;
        known->seq = batch.seq;
        if (!known->dirty) {
            known->dirty = true;
            held.dirty.append(wamid);
        }
    }
    if (changed) {
        batch.changes.messages.insert(known->key);
        batch.changes.chats.insert(known->chatKey);
    }
    if (!billNow)
        return true;
    // Billable units per line per day, counted once per message (the hub's rule); added to the
    // table at the end of the batch.
    const ReportedPricing reported = ReportedPricing::fromJson(pricing);
    batch.billing.count(BillingKey{nonNull(e.value(L("phone_number_id")).toString()), billingDay(at),
                                   nonNull(reported.category), nonNull(reported.type)},
                        reported.countsAsBillable());
    batch.changes.billing = true;
    return true;
}

bool CacheStore::applyOutbound(const QJsonObject &e, Batch &batch, QString *error)
{
    const QString clientId = e.value(L("client_id")).toString();
    const QString wamid = e.value(L("wamid")).toString();
    const QString key = resolveChatKey(e.value(L("chat_key")).toString());
    if (clientId.isEmpty() || key.isEmpty()) {
        if (error)
            *error = QStringLiteral("message.out without client_id or chat_key");
        return false;
    }
    const qint64 at = epochOf(e.value(L("timestamp"))).value_or(batch.now);
    const QString type = e.value(L("type")).toString();
    const QString text = e.value(L("text")).toString();
    if (!linkWamid(clientId, wamid, batch, error))
        return false;

    QString messageKey;
    bool isNew = false;
    QSqlQuery &own = m_db.prepare(QStringLiteral("SELECT message_key FROM messages WHERE client_id = ?"));
    own.addBindValue(clientId);
    if (!Database::exec(own, error))
        return false;
    if (own.next()) {
        messageKey = own.value(0).toString();
        own.finish();
    } else if (!wamid.isEmpty()) {
        own.finish();
        QSqlQuery &byWamid = m_db.prepare(QStringLiteral("SELECT message_key FROM messages WHERE wamid = ?"));
        byWamid.addBindValue(wamid);
        if (!Database::exec(byWamid, error))
            return false;
        if (byWamid.next())
            messageKey = byWamid.value(0).toString();
        byWamid.finish();
    } else {
        own.finish();
    }
    if (messageKey.isEmpty()) {
        messageKey = wamid.isEmpty() ? QStringLiteral("client:") + clientId : wamid;
        isNew = true;
        QSqlQuery &insert = m_db.prepare(QStringLiteral(
            "INSERT INTO messages(message_key, wamid, client_id, chat_key, direction, kind, body, sent_by, created_at)"
            " VALUES (?, ?, ?, ?, 'out', ?, ?, ?, ?)"));
        insert.addBindValue(messageKey);
        insert.addBindValue(textOrNull(wamid));
        insert.addBindValue(clientId);
        insert.addBindValue(key);
        insert.addBindValue(nonNull(type));
        insert.addBindValue(nonNull(text));
        insert.addBindValue(nonNull(e.value(L("agent")).toString()));
        insert.addBindValue(at);
        if (!Database::exec(insert, error))
            return false;
    } else {
        QSqlQuery &update = m_db.prepare(QStringLiteral(
            "UPDATE messages SET client_id = ?, chat_key = ?, kind = ?, body = ?, sent_by = ?,"
            " outbox_state = CASE WHEN outbox_state <> '' THEN 'accepted' ELSE '' END WHERE message_key = ?"));
        update.addBindValue(clientId);
        update.addBindValue(key);
        update.addBindValue(nonNull(type));
        update.addBindValue(nonNull(text));
        update.addBindValue(nonNull(e.value(L("agent")).toString()));
        update.addBindValue(messageKey);
        if (!Database::exec(update, error))
            return false;
    }
    if (!indexMessage(m_db, messageKey, isNew, error))
        return false;
    QSqlQuery &settle = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'accepted', error = '{}', updated_at = ? WHERE client_id = ? AND state <> 'accepted'"));
    settle.addBindValue(batch.now);
    settle.addBindValue(clientId);
    if (!Database::exec(settle, error))
        return false;
    if (settle.numRowsAffected() > 0)
        batch.changes.outbox = true;

    // The business answered: this may open the free entry point window.
    if (!ensureChat(key, error))
        return false;
    QSqlQuery &chatRow = m_db.prepare(QStringLiteral("SELECT referral_at, fep_opened_at, fep_for_referral_at FROM chats WHERE chat_key = ?"));
    chatRow.addBindValue(key);
    if (!Database::exec(chatRow, error))
        return false;
    if (chatRow.next()) {
        FreeEntryPointWindow fep = FreeEntryPointWindow::restore(epochOf(chatRow.value(0)), epochOf(chatRow.value(1)), epochOf(chatRow.value(2)));
        chatRow.finish();
        fep.recordBusinessMessage(at);
        QSqlQuery &update = m_db.prepare(QStringLiteral("UPDATE chats SET fep_opened_at = ?, fep_for_referral_at = ? WHERE chat_key = ?"));
        update.addBindValue(optionalEpoch(fep.openedAt()));
        update.addBindValue(optionalEpoch(fep.openedForReferralAt()));
        update.addBindValue(key);
        if (!Database::exec(update, error))
            return false;
    }
    if (!touchChat(key, at, previewOf(type, text), error))
        return false;
    batch.changes.chats.insert(key);
    batch.changes.messages.insert(messageKey);
    return true;
}

bool CacheStore::applySendFailed(const QJsonObject &e, Batch &batch, QString *error)
{
    const QString clientId = e.value(L("client_id")).toString();
    if (clientId.isEmpty()) {
        if (error)
            *error = QStringLiteral("send.failed without client_id");
        return false;
    }
    const QJsonObject failure{{QStringLiteral("reason"), QStringLiteral("graph_error")},
                              {QStringLiteral("code"), e.value(L("code"))},
                              {QStringLiteral("retry"), e.value(L("retry"))}};
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failed', error = ?, updated_at = ? WHERE client_id = ? AND state <> 'accepted'"));
    q.addBindValue(compact(failure));
    q.addBindValue(batch.now);
    q.addBindValue(clientId);
    if (!Database::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return true; // another console's send, or already settled
    QSqlQuery &mirror = m_db.prepare(QStringLiteral(
        "UPDATE messages SET outbox_state = 'failed' WHERE client_id = ? RETURNING message_key, chat_key"));
    mirror.addBindValue(clientId);
    if (!Database::exec(mirror, error))
        return false;
    while (mirror.next()) {
        batch.changes.messages.insert(mirror.value(0).toString());
        batch.changes.chats.insert(mirror.value(1).toString());
    }
    mirror.finish();
    batch.changes.outbox = true;
    return true;
}

} // namespace Deskline::Storage
