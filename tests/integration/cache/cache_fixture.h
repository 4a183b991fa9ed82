#pragma once

// Shared by the cache suites: a fresh migrated cache, and hub events built exactly as the hub
// emits them (src/hub/server/event_encoding.cpp, send_forwarder.cpp, hub_server.cpp).
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "test_database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace Deskline::Test {

inline const QString kLine = QStringLiteral("106540352242922");

inline QString chatKeyOf(const QString &customerKey, const QString &line = kLine)
{
    return line + u'|' + customerKey;
}

struct CacheFixture
{
    TestDatabase database;
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Storage::CacheStore> store;

    bool open(QString *error)
    {
        if (!database.isValid()) {
            *error = database.error();
            return false;
        }
        db = database.open(error);
        if (!db || !Storage::migrateCache(*db, error))
            return false;
        store = std::make_unique<Storage::CacheStore>(*db);
        return true;
    }
};

struct Customer
{
    QString waId;
    QString userId;
    QString name;
    QString username;
    [[nodiscard]] QString key() const { return userId.isEmpty() ? waId : userId; }
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonObject{{QStringLiteral("key"), key()},
                           {QStringLiteral("wa_id"), waId},
                           {QStringLiteral("user_id"), userId},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("username"), username}};
    }
};

// message.in as encodeEvent() writes it, plus the stream's seq, kind and received_at.
inline QJsonObject inbound(qint64 seq, const Customer &c, const QString &wamid, const QString &text, qint64 at,
                           const QString &type = QStringLiteral("text"), bool opensWindow = true, bool referral = false)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("message.in")},
                       {QStringLiteral("received_at"), at},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("chat_key"), chatKeyOf(c.key())},
                       {QStringLiteral("wamid"), wamid},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("supported"), true},
                       {QStringLiteral("opens_window"), opensWindow},
                       {QStringLiteral("timestamp"), at},
                       {QStringLiteral("customer"), c.json()},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("referral"), referral},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("raw"), QJsonObject{{QStringLiteral("id"), wamid}, {QStringLiteral("type"), type}}}};
}

inline QJsonObject systemChange(qint64 seq, const Customer &c, const QString &wamid, qint64 at, const QString &type,
                                const QString &newWaId, const QString &previousUserId, const QString &userId)
{
    QJsonObject e = inbound(seq, c, wamid, QStringLiteral("User changed"), at, QStringLiteral("system"), false);
    e.insert(QStringLiteral("system"), QJsonObject{{QStringLiteral("type"), type},
                                                   {QStringLiteral("new_wa_id"), newWaId},
                                                   {QStringLiteral("previous_user_id"), previousUserId},
                                                   {QStringLiteral("user_id"), userId}});
    return e;
}

inline QJsonObject status(qint64 seq, const QString &wamid, const QString &status, qint64 at,
                          const QString &recipient = QStringLiteral("79161234567"), const QString &clientId = QString(),
                          const QJsonArray &errors = {})
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("message.status")},
                       {QStringLiteral("received_at"), at},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("wamid"), wamid},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("timestamp"), at},
                       {QStringLiteral("recipient_id"), recipient},
                       {QStringLiteral("recipient_user_id"), QString()},
                       {QStringLiteral("client_id"), clientId.isNull() ? QStringLiteral("") : clientId},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("raw"), QJsonObject{{QStringLiteral("id"), wamid}}},
                       {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                               {QStringLiteral("type"), QStringLiteral("free_customer_service")},
                                                               {QStringLiteral("category"), QStringLiteral("service")},
                                                               {QStringLiteral("billable"), false}}}};
}

// message.out as SendForwarder::finish() writes it.
inline QJsonObject outbound(qint64 seq, const QString &chatKey, const QString &clientId, const QString &wamid,
                            const QString &text, qint64 at)
{
    const QJsonObject request{{QStringLiteral("to"), chatKey.section(u'|', 1)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("message.out")},
                       {QStringLiteral("received_at"), at},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("chat_key"), chatKey},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("wamid"), wamid},
                       {QStringLiteral("agent"), QStringLiteral("anna")},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("timestamp"), at},
                       {QStringLiteral("request"), request}};
}

inline QJsonObject sendFailed(qint64 seq, const QString &chatKey, const QString &clientId, int code, const QString &retry)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("send.failed")},
                       {QStringLiteral("received_at"), 1795251600},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("chat_key"), chatKey},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("agent"), QStringLiteral("anna")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("retry"), retry}};
}

inline QJsonObject simple(qint64 seq, const QString &kind, const QJsonObject &payload = {})
{
    QJsonObject e = payload;
    e.insert(QStringLiteral("seq"), seq);
    e.insert(QStringLiteral("kind"), kind);
    if (kind != u"redacted")
        e.insert(QStringLiteral("received_at"), 1795251600);
    return e;
}

inline QJsonObject textRequest(const QString &to, const QString &body)
{
    return QJsonObject{{QStringLiteral("to"), to},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

} // namespace Deskline::Test
