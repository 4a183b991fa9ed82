#include "storage/cache_store.h"
#include "storage/cache_store_p.h"

#include "core/service_window.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCache, "deskline.cache")

namespace Deskline::Storage {

// The helpers the cache store's .cpp files share (declared in cache_store_p.h).
namespace CacheDetail {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}


QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant optionalEpoch(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : nullInt();
}

std::optional<qint64> epochOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// A JSON number (snapshot rows, event fields) or null.
std::optional<qint64> epochOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString() && !v.toString().isEmpty()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("");
}

QJsonArray arrayOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isString())
        return QJsonDocument::fromJson(v.toString().toUtf8()).array();
    return {};
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString previewOf(const QString &type, const QString &body)
{
    constexpr int kPreview = 80;
    if (type == u"text" || (type.isEmpty() && !body.isEmpty())) {
        const QString s = body.simplified();
        return s.size() > kPreview ? s.left(kPreview - 1) + u'…' : s;
    }
    return nonNull(type);
}

// The customer part of a chat key ("line|customer").
QString contactOf(const QString &chatKey)
{
    const qsizetype bar = chatKey.indexOf(u'|');
    return bar < 0 ? chatKey : chatKey.mid(bar + 1);
}

QString lineOf(const QString &chatKey)
{
    const qsizetype bar = chatKey.indexOf(u'|');
    return bar < 0 ? QString() : chatKey.left(bar);
}

void addErrors(QJsonArray &into, const QJsonArray &more)
{
    for (const QJsonValue &e : more) {
        if (!into.contains(e))
            into.append(e);
    }
}

} // namespace CacheDetail

using namespace CacheDetail;

namespace {

const QSet<QString> &knownKinds()
{
    static const QSet<QString> kinds{
        QStringLiteral("message.in"),        QStringLiteral("message.status"),   QStringLiteral("message.out"),
        QStringLiteral("send.failed"),       QStringLiteral("chat.assigned"),    QStringLiteral("template.status"),
        QStringLiteral("template.quality"),  QStringLiteral("template.category"), QStringLiteral("template.refreshed"),
        QStringLiteral("line.quality"),      QStringLiteral("line.name"),        QStringLiteral("line.refreshed"),
        QStringLiteral("line.errors"),       QStringLiteral("account.update"),   QStringLiteral("account.alert"),
        QStringLiteral("account.capability"), QStringLiteral("user.preferences"), QStringLiteral("unknown"),
        QStringLiteral("redacted"),          QStringLiteral("note.added"),       QStringLiteral("billing.analytics"),
    };
    return kinds;
}

const QString kMessageColumns = QStringLiteral(
    "message_key, wamid, client_id, chat_key, direction, kind, body, reply_to, reaction_to, reaction_emoji, media_id,"
    " media_mime, media_caption, media_filename, raw, supported, sent_by, created_at, status, sent_at, delivered_at,"
    " read_at, played_at, failed_at, errors, outbox_state");

MessageRow messageFrom(const QSqlQuery &q)
{
    MessageRow m;
    m.key = q.value(0).toString();
    m.wamid = q.value(1).toString();
    m.clientId = q.value(2).toString();
    m.chatKey = q.value(3).toString();
    m.direction = q.value(4).toString();
    m.kind = q.value(5).toString();
    m.body = q.value(6).toString();
    m.replyTo = q.value(7).toString();
    m.reactionTo = q.value(8).toString();
    m.reactionEmoji = q.value(9).toString();
    m.mediaId = q.value(10).toString();
    m.mediaMime = q.value(11).toString();
    m.mediaCaption = q.value(12).toString();
    m.mediaFilename = q.value(13).toString();
    m.raw = q.value(14).toString();
    m.supported = q.value(15).toInt() != 0;
    m.sentBy = q.value(16).toString();
    m.createdAt = q.value(17).toLongLong();
    m.status = q.value(18).toString();
    m.sentAt = epochOf(q.value(19));
    m.deliveredAt = epochOf(q.value(20));
    m.readAt = epochOf(q.value(21));
    m.playedAt = epochOf(q.value(22));
    m.failedAt = epochOf(q.value(23));
    m.errors = QJsonDocument::fromJson(q.value(24).toString().toUtf8()).array();
    m.outboxState = q.value(25).toString();
    return m;
}

const QString kChatColumns = QStringLiteral(
    "c.chat_key, c.phone_number_id, c.contact_key, COALESCE(ct.name, ''), COALESCE(ct.username, ''),"
    " COALESCE(ct.wa_id, ''), COALESCE(ct.user_id, ''), c.last_inbound_at, c.referral_at, c.fep_opened_at,"
    " c.fep_for_referral_at, c.last_message_at, c.last_message_preview, c.unread_count, c.assignee"
    " FROM chats c LEFT JOIN contacts ct ON ct.contact_key = c.contact_key");

ChatRow chatFrom(const QSqlQuery &q)
{
    ChatRow c;
    c.key = q.value(0).toString();
    c.line = q.value(1).toString();
    c.contactKey = q.value(2).toString();
    c.contactName = q.value(3).toString();
    if (c.contactName.isEmpty())
        c.contactName = q.value(4).toString();
    c.waId = q.value(5).toString();
    c.userId = q.value(6).toString();
    if (c.contactName.isEmpty())
        c.contactName = c.waId.isEmpty() ? c.contactKey : c.waId;
    c.lastInboundAt = epochOf(q.value(7));
    c.referralAt = epochOf(q.value(8));
    c.fepOpenedAt = epochOf(q.value(9));
    c.fepForReferralAt = epochOf(q.value(10));
    c.lastMessageAt = epochOf(q.value(11));
    c.preview = q.value(12).toString();
    c.unread = q.value(13).toInt();
    c.assignee = q.value(14).toString();
    return c;
}

} // namespace

void CacheChanges::merge(const CacheChanges &other)
{
    chats.unite(other.chats);
    messages.unite(other.messages);
    lines = lines || other.lines;
    templates = templates || other.templates;
    billing = billing || other.billing;
    outbox = outbox || other.outbox;
}

bool CacheStore::flushSearch(Batch &batch, QString *error)
{
    for (const auto &[rowid, texts] : std::as_const(batch.search)) {
        if (!indexNewMessage(m_db, rowid, texts, error))
            return false;
    }
    batch.search.clear();
    for (const QString &contact : std::as_const(batch.contacts)) {
        if (!indexContact(m_db, contact, false, error))
            return false;
    }
    batch.contacts.clear();
    batch.contactSet.clear();
    return true;
}

CacheStore::CacheStore(Database &db, const Clock *clock)
    : m_db(db)
    , m_clock(clock ? clock : &m_systemClock)
{
    // A larger page cache than SQLite's 2 MB default: status updates land on random messages.
    m_db.execute(QStringLiteral("PRAGMA cache_size=-32768"));
    // Statement journals (every upsert inside a batch opens one) and sorts in memory rather than
    // in temporary files: they are small, and nothing in them has to survive a crash.
    m_db.execute(QStringLiteral("PRAGMA temp_store=MEMORY"));
}

bool CacheStore::knowsKind(const QString &kind)
{
    return knownKinds().contains(kind);
}

// ---- sync state ---------------------------------------------------------------------------

qint64 CacheStore::cursor()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
    if (!Database::exec(q) || !q.next())
        return 0;
    const qint64 value = q.value(0).toString().toLongLong();
    q.finish();
    return value;
}

bool CacheStore::setCursor(qint64 seq, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', ?)"
                                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(seq));
    return Database::exec(q, error);
}

QString CacheStore::hubIdentity()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'hub'"));
    if (!Database::exec(q) || !q.next())
        return {};
    const QString value = q.value(0).toString();
    q.finish();
    return value;
}

bool CacheStore::setHubIdentity(const QString &identity, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('hub', ?)"
                                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(nonNull(identity));
    return Database::exec(q, error);
}

bool CacheStore::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    QString why;
    if (!m_db.begin()) {
        if (error)
            *error = QStringLiteral("cannot begin a transaction: ") + m_db.sql().lastError().text();
        return false;
    }
    if (!work(&why)) {
        m_db.rollback();
        if (error)
            *error = why;
        return false;
    }
    if (!m_db.commit()) {
        why = m_db.sql().lastError().text();
        m_db.rollback();
        if (error)
            *error = QStringLiteral("commit failed: ") + why;
        return false;
    }
    return true;
}

// ---- snapshot -----------------------------------------------------------------------------

bool CacheStore::applySnapshot(const QJsonObject &snapshot, CacheChanges *changes, QString *error)
{
    const std::optional<qint64> seq = epochOf(snapshot.value(L("seq")));
    if (!seq || *seq < 0) {
        if (error)
            *error = QStringLiteral("the snapshot has no seq");
        return false;
    }
    CacheChanges touched;
    touched.lines = touched.templates = touched.billing = touched.outbox = true;
    m_aliases = -1;
    const Relaxed relaxed(m_db);
    const bool ok = inTransaction([&](QString *why) {
        // What survives a snapshot: unread counts of chats still there, and the outbox.
        QHash<QString, int> unread;
        {
            QSqlQuery old(m_db.sql());
            old.setForwardOnly(true);
            if (!old.exec(QStringLiteral("SELECT chat_key, unread_count FROM chats"))) {
                *why = old.lastError().text();
                return false;
            }
            while (old.next()) {
                unread.insert(old.value(0).toString(), old.value(1).toInt());
                touched.chats.insert(old.value(0).toString());
            }
        }
        for (const char *table : {"lines", "templates", "chats", "messages", "contacts", "chat_aliases", "billing",
                                  "message_search", "contact_search"}) {
            if (!m_db.execute(QStringLiteral("DELETE FROM ") + QLatin1StringView(table), why))
                return false;
        }
        for (const QJsonValue &v : snapshot.value(L("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO lines(phone_number_id, waba_id, display_phone_number, verified_name, quality_rating,"
                " messaging_limit, status) VALUES (?,?,?,?,?,?,?)"));
            for (const char *k : {"phone_number_id", "waba_id", "display_phone_number", "verified_name", "quality_rating",
                                  "messaging_limit", "status"})
                q.addBindValue(nonNull(l.value(QLatin1StringView(k)).toString()));
            if (!Database::exec(q, why))
                return false;
        }
        for (const QJsonValue &v : snapshot.value(L("templates")).toArray()) {
            const QJsonObject t = v.toObject();
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO templates(id, name, language, category, status, reason, quality, definition)"
                " VALUES (?,?,?,?,?,?,?,?)"));
            for (const char *k : {"id", "name", "language", "category", "status", "reason", "quality"})
                q.addBindValue(nonNull(t.value(QLatin1StringView(k)).toString()));
            const QJsonValue def = t.value(L("definition"));
            q.addBindValue(def.isString() ? nonNull(def.toString()) : compact(def));
            if (!Database::exec(q, why))
                return false;
        }
        for (const QJsonValue &v : snapshot.value(L("chats")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(L("chat_key")).toString();
            if (key.isEmpty())
                continue;
            QString contactKey = c.value(L("customer_key")).toString();
            if (contactKey.isEmpty())
                contactKey = contactOf(key);
            QSqlQuery &contact = m_db.prepare(QStringLiteral(
                "INSERT INTO contacts(contact_key, wa_id, user_id, name, username) VALUES (?,?,?,?,?)"
                " ON CONFLICT(contact_key) DO UPDATE SET"
                " wa_id = CASE WHEN excluded.wa_id <> '' THEN excluded.wa_id ELSE contacts.wa_id END,"
                " user_id = CASE WHEN excluded.user_id <> '' THEN excluded.user_id ELSE contacts.user_id END,"
                " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END,"
                " username = CASE WHEN excluded.username <> '' THEN excluded.username ELSE contacts.username END"));
            contact.addBindValue(contactKey);
            for (const char *k : {"wa_id", "user_id", "name", "username"})
                contact.addBindValue(nonNull(c.value(QLatin1StringView(k)).toString()));
            if (!Database::exec(contact, why))
                return false;
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO chats(chat_key, phone_number_id, contact_key, last_inbound_at, referral_at, fep_opened_at,"
                " fep_for_referral_at, last_message_at, last_message_preview, unread_count, assignee)"
                " VALUES (?,?,?,?,?,?,?,?,'',?,?)"));
            q.addBindValue(key);
            QString line = c.value(L("phone_number_id")).toString();
            q.addBindValue(line.isEmpty() ? nonNull(lineOf(key)) : line);
            q.addBindValue(contactKey);
            for (const char *k : {"last_inbound_at", "referral_at", "fep_opened_at", "fep_for_referral_at", "last_message_at"})
                q.addBindValue(optionalEpoch(epochOf(c.value(QLatin1StringView(k)))));
            q.addBindValue(unread.value(key, 0));
            q.addBindValue(textOrNull(c.value(L("assignee")).toString()));
            if (!Database::exec(q, why))
                return false;
            touched.chats.insert(key);
        }
        struct Latest
        {
            qint64 at = 0;
            QString preview;
        };
        QHash<QString, Latest> latest;
        for (const QJsonValue &v : snapshot.value(L("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString key = m.value(L("message_key")).toString();
            const QString chatKey = m.value(L("chat_key")).toString();
            if (key.isEmpty() || chatKey.isEmpty())
                continue;
            const QString kind = m.value(L("kind")).toString();
            const QString body = m.value(L("body")).toString();
            const qint64 createdAt = epochOf(m.value(L("created_at"))).value_or(0);
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "INSERT INTO messages(message_key, wamid, client_id, chat_key, direction, kind, body, supported, sent_by,"
                " created_at, status, sent_at, delivered_at, read_at, played_at, failed_at, errors, billed)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
            q.addBindValue(key);
            q.addBindValue(textOrNull(m.value(L("wamid")).toString()));
            q.addBindValue(textOrNull(m.value(L("client_id")).toString()));
            q.addBindValue(chatKey);
            q.addBindValue(m.value(L("direction")).toString() == u"in" ? QStringLiteral("in") : QStringLiteral("out"));
            q.addBindValue(nonNull(kind));
            q.addBindValue(nonNull(body));
            q.addBindValue(kind == u"unsupported" || kind == u"unknown" ? 0 : 1);
            q.addBindValue(nonNull(m.value(L("sent_by")).toString()));
            q.addBindValue(createdAt);
            q.addBindValue(nonNull(m.value(L("status")).toString()));
            for (const char *k : {"sent_at", "delivered_at", "read_at", "played_at", "failed_at"})
                q.addBindValue(optionalEpoch(epochOf(m.value(QLatin1StringView(k)))));
            q.addBindValue(compact(arrayOf(m.value(L("errors")))));
            // The hub counts a message in `billing` at its first status: the snapshot's totals
            // already hold the ones with a status.
            q.addBindValue(m.value(L("status")).toString().isEmpty() ? 0 : 1);
            if (!Database::exec(q, why))
                return false;
            touched.messages.insert(key);
            Latest &l = latest[chatKey];
            if (l.preview.isNull() || createdAt >= l.at)
                l = {createdAt, previewOf(kind, body)};
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE chats SET last_message_preview = ?,"
                                                       " last_message_at = CASE WHEN last_message_at IS NULL OR last_message_at < ? THEN ? ELSE last_message_at END"
                                                       " WHERE chat_key = ?"));
            q.addBindValue(nonNull(it->preview));
            q.addBindValue(it->at);
            q.addBindValue(it->at);
            q.addBindValue(it.key());
            if (!Database::exec(q, why))
                return false;
        }
        // The outbox stays: sends the hub already has are accepted; the others stay visible.
        if (!m_db.execute(QStringLiteral("UPDATE outbox SET state = 'accepted' WHERE state IN ('queued','sending','unconfirmed')"
                                         " AND client_id IN (SELECT client_id FROM messages WHERE client_id IS NOT NULL AND wamid IS NOT NULL)"),
                          why))
            return false;
        {
            QSqlQuery pending(m_db.sql());
            pending.setForwardOnly(true);
            if (!pending.exec(QStringLiteral("SELECT client_id, chat_key, type, request, state, created_at FROM outbox"
                                             " WHERE state <> 'accepted' AND client_id NOT IN"
                                             " (SELECT client_id FROM messages WHERE client_id IS NOT NULL)"))) {
                *why = pending.lastError().text();
                return false;
            }
            while (pending.next()) {
                const QJsonObject request = objectOf(pending.value(3).toString());
                QSqlQuery &q = m_db.prepare(QStringLiteral(
                    "INSERT INTO messages(message_key, client_id, chat_key, direction, kind, body, created_at, outbox_state)"
                    " VALUES (?, ?, ?, 'out', ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
                const QString clientId = pending.value(0).toString();
                q.addBindValue(QString(QStringLiteral("client:") + clientId));
                q.addBindValue(clientId);
                q.addBindValue(pending.value(1).toString());
                q.addBindValue(pending.value(2).toString());
                q.addBindValue(nonNull(request.value(L("text")).toObject().value(L("body")).toString()));
                q.addBindValue(pending.value(5).toLongLong());
                q.addBindValue(pending.value(4).toString());
                if (!Database::exec(q, why))
                    return false;
                touched.messages.insert(QStringLiteral("client:") + clientId);
            }
        }
        if (!m_db.execute(QStringLiteral("UPDATE messages SET outbox_state = (SELECT state FROM outbox WHERE outbox.client_id = messages.client_id)"
                                         " WHERE client_id IN (SELECT client_id FROM outbox)"),
                          why))
            return false;
        for (const QJsonValue &v : snapshot.value(L("billing")).toArray()) {
            const QJsonObject b = v.toObject();
            QSqlQuery &q = m_db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO billing(phone_number_id, day, category, pricing_type, billable, total) VALUES (?,?,?,?,?,?)"));
            for (const char *k : {"phone_number_id", "day", "category", "pricing_type"})
                q.addBindValue(nonNull(b.value(QLatin1StringView(k)).toString()));
            q.addBindValue(epochOf(b.value(L("billable"))).value_or(0));
            q.addBindValue(epochOf(b.value(L("total"))).value_or(0));
            if (!Database::exec(q, why))
                return false;
        }
        return rebuildSearchIndex(m_db, why) && setCursor(*seq, why);
    }, error);
    if (ok && changes)
        changes->merge(touched);
    if (ok)
        qCInfo(lcCache).noquote() << "snapshot applied at seq" << *seq;
    return ok;
}

bool CacheStore::markChatRead(const QString &chatKey, QString *error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE chats SET unread_count = 0 WHERE chat_key = ?"));
    q.addBindValue(resolveChatKey(chatKey));
    return Database::exec(q, error);
}

// ---- reads --------------------------------------------------------------------------------

QString CacheStore::resolveChatKey(const QString &chatKey)
{
    if (chatKey.isEmpty())
        return chatKey;
    if (m_aliases < 0) {
        QSqlQuery &count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM chat_aliases"));
        if (Database::exec(count) && count.next())
            m_aliases = count.value(0).toInt();
        count.finish();
    }
    if (m_aliases == 0)
        return chatKey;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT chat_key FROM chat_aliases WHERE old_key = ?"));
    q.addBindValue(chatKey);
    if (!Database::exec(q) || !q.next())
        return chatKey;
    const QString key = q.value(0).toString();
    q.finish();
    return key;
}

QList<ChatRow> CacheStore::chats(int limit, int offset, const QString &lineFilter)
{
    QList<ChatRow> out;
    QSqlQuery &q = lineFilter.isEmpty()
        ? m_db.prepare(QStringLiteral("SELECT ") + kChatColumns
                       + QStringLiteral(" ORDER BY c.last_message_at DESC LIMIT ? OFFSET ?"))
        : m_db.prepare(QStringLiteral("SELECT ") + kChatColumns
                       + QStringLiteral(" WHERE c.phone_number_id = ? ORDER BY c.last_message_at DESC LIMIT ? OFFSET ?"));
    if (!lineFilter.isEmpty())
        q.addBindValue(lineFilter);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(chatFrom(q));
    q.finish();
    return out;
}

std::optional<ChatRow> CacheStore::chat(const QString &chatKey)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kChatColumns + QStringLiteral(" WHERE c.chat_key = ?"));
    q.addBindValue(chatKey);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    ChatRow c = chatFrom(q);
    q.finish();
    return c;
}

QList<ChatRow> CacheStore::chatPage(const ChatQuery &query, int limit, int offset)
{
    QList<ChatRow> out;
    if (query.onlyChats && query.onlyChats->isEmpty())
        return out;
    const qint64 cut = query.now - ServiceWindow::kLength; // windows opened after this are open
    QStringList where;
    QVariantList binds;
    if (!query.line.isEmpty()) {
        where.append(QStringLiteral("c.phone_number_id = ?"));
        binds.append(query.line);
    }
    switch (query.filter) {
    case ChatQuery::Filter::All:
        break;
    case ChatQuery::Filter::Mine:
        where.append(QStringLiteral("c.assignee = ?"));
        binds.append(query.agent);
        break;
    case ChatQuery::Filter::Unassigned:
        where.append(QStringLiteral("COALESCE(c.assignee, '') = ''"));
        break;
    case ChatQuery::Filter::ClosingSoon:
        where.append(QStringLiteral("c.last_inbound_at > ? AND c.last_inbound_at <= ?"));
        binds.append(cut);
        binds.append(cut + query.closingSoonSeconds);
        break;
    }
    if (query.onlyChats) {
        QStringList marks;
        for (const QString &key : *query.onlyChats) {
            marks.append(QStringLiteral("?"));
            binds.append(key);
        }
        where.append(QStringLiteral("c.chat_key IN (") + marks.join(u',') + u')');
    }
    QString sql = QStringLiteral("SELECT ") + kChatColumns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (query.sort == ChatQuery::Sort::TimeLeft) {
        // Open windows first, the least time left first; then the rest by last activity.
        sql += QStringLiteral(" ORDER BY CASE WHEN c.last_inbound_at > ? THEN 0 ELSE 1 END,"
                              " CASE WHEN c.last_inbound_at > ? THEN c.last_inbound_at END,"
                              " c.last_message_at DESC, c.chat_key");
        binds.append(cut);
        binds.append(cut);
    } else {
        sql += QStringLiteral(" ORDER BY c.last_message_at DESC, c.chat_key");
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    binds.append(limit);
    binds.append(offset);
    // Search results vary in length: those statements are not worth caching.
    QSqlQuery local(m_db.sql());
    if (query.onlyChats)
        local.prepare(sql);
    QSqlQuery &q = query.onlyChats ? local : m_db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(chatFrom(q));
    q.finish();
    return out;
}

QList<BillingRow> CacheStore::billing(const QString &fromDay, const QString &toDay)
{
    QList<BillingRow> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT phone_number_id, day, category, pricing_type, billable, total FROM billing"
        " WHERE day >= ? AND day <= ? ORDER BY phone_number_id, day, category, pricing_type"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(BillingRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    q.finish();
    return out;
}

int CacheStore::outboxWaiting()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"));
    if (!Database::exec(q) || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

QList<MessageRow> CacheStore::messages(const QString &chatKey, int limit, qint64 beforeCreatedAt)
{
    QList<MessageRow> out;
    QSqlQuery &q = beforeCreatedAt > 0
        ? m_db.prepare(QStringLiteral("SELECT ") + kMessageColumns
                       + QStringLiteral(" FROM messages WHERE chat_key = ? AND created_at < ? ORDER BY created_at DESC, rowid DESC LIMIT ?"))
        : m_db.prepare(QStringLiteral("SELECT ") + kMessageColumns
                       + QStringLiteral(" FROM messages WHERE chat_key = ? ORDER BY created_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(resolveChatKey(chatKey));
    if (beforeCreatedAt > 0)
        q.addBindValue(beforeCreatedAt);
    q.addBindValue(limit);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(messageFrom(q));
    q.finish();
    return out;
}

std::optional<MessageRow> CacheStore::messageWhere(const char *column, const QString &value)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kMessageColumns + QStringLiteral(" FROM messages WHERE ")
                                + QLatin1StringView(column) + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    MessageRow m = messageFrom(q);
    q.finish();
    return m;
}

std::optional<MessageRow> CacheStore::message(const QString &messageKey)
{
    return messageWhere("message_key", messageKey);
}

std::optional<MessageRow> CacheStore::messageByWamid(const QString &wamid)
{
    return messageWhere("wamid", wamid);
}

std::optional<MessageRow> CacheStore::messageByClientId(const QString &clientId)
{
    return messageWhere("client_id", clientId);
}

QList<LineRow> CacheStore::lines()
{
    QList<LineRow> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT phone_number_id, waba_id, display_phone_number, verified_name, quality_rating, messaging_limit, status,"
        " name_decision, quality_event, errors FROM lines ORDER BY phone_number_id"));
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        LineRow l;
        l.phoneNumberId = q.value(0).toString();
        l.wabaId = q.value(1).toString();
        l.displayPhoneNumber = q.value(2).toString();
        l.verifiedName = q.value(3).toString();
        l.qualityRating = q.value(4).toString();
        l.messagingLimit = q.value(5).toString();
        l.status = q.value(6).toString();
        l.nameDecision = q.value(7).toString();
        l.qualityEvent = q.value(8).toString();
        l.errors = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        out.append(l);
    }
    q.finish();
    return out;
}

QList<TemplateRow> CacheStore::templates()
{
    QList<TemplateRow> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, name, language, category, status, reason, quality, definition FROM templates ORDER BY name, language"));
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        TemplateRow t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.language = q.value(2).toString();
        t.category = q.value(3).toString();
        t.status = q.value(4).toString();
        t.reason = q.value(5).toString();
        t.quality = q.value(6).toString();
        t.definition = objectOf(q.value(7).toString());
        out.append(t);
    }
    q.finish();
    return out;
}

QList<SearchHit> CacheStore::search(const QString &text, int limit)
{
    return searchCache(m_db, text, limit);
}

} // namespace Deskline::Storage
