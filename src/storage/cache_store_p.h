#pragma once

// Private to the cache store's implementation (cache_store.cpp, cache_apply.cpp,
// cache_outbox.cpp): not part of Deskline::Storage's interface.

#include "core/message_status.h"
#include "storage/cache_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace Deskline::Storage {

struct CacheStore::Batch
{
    CacheChanges changes;
    qint64 seq = 0;
    qint64 now = 0; // the event's time, for outbox bookkeeping
    // New messages to index, written after the batch's other changes: once FTS5 has pending
    // rows, every later statement that opens a savepoint (an upsert) makes it flush them, which
    // costs more than the rest of the batch.
    QList<QPair<qint64, QStringList>> search;
};

// Helpers more than one of the cache store's files needs; defined in cache_store.cpp.
namespace CacheDetail {

QLatin1StringView L(const char *s);
QVariant nullInt();
QVariant nullText();
QVariant textOrNull(const QString &s);
QVariant optionalEpoch(const std::optional<qint64> &t);
std::optional<qint64> epochOf(const QVariant &v);
std::optional<qint64> epochOf(const QJsonValue &v);
QString compact(const QJsonValue &v);
QJsonArray arrayOf(const QJsonValue &v);
QJsonObject objectOf(const QString &json);
QString previewOf(const QString &type, const QString &body);
QString contactOf(const QString &chatKey);
QString lineOf(const QString &chatKey);
void addErrors(QJsonArray &into, const QJsonArray &more);

inline constexpr DeliveryStatus kSteps[] = {DeliveryStatus::Sent, DeliveryStatus::Delivered,
    DeliveryStatus::Read, DeliveryStatus::Played, DeliveryStatus::Failed};

struct Delivery
{
    DeliveryRecord record;
    QJsonArray errors;
};

// What the hub streamed can be streamed again: a power cut may take the last batches back, but
// the cursor goes back with them (same transaction), so the cache stays consistent and catches
// up. Their commits therefore skip the fsync of synchronous=FULL (WAL + NORMAL never corrupts).
// The outbox is the console's own intent and nowhere else: its commits stay FULL.
class Relaxed
{
public:
    explicit Relaxed(Database &db)
        : m_db(db)
    {
        m_db.execute(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    ~Relaxed() { m_db.execute(QStringLiteral("PRAGMA synchronous=FULL")); }
    Relaxed(const Relaxed &) = delete;
    Relaxed &operator=(const Relaxed &) = delete;

private:
    Database &m_db;
};

} // namespace CacheDetail

} // namespace Deskline::Storage
