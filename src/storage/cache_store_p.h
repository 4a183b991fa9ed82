#pragma once

// Private to the cache store's implementation (cache_store.cpp, cache_apply.cpp,
// cache_outbox.cpp): not part of Deskline::Storage's interface.

#include "core/message_status.h"
#include "storage/cache_store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>
#include <tuple>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace Deskline::Storage {

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

// One message's row as far as status events are concerned.
struct KnownDelivery
{
    QString key;
    QString chatKey;
    Delivery delivery;
    bool billed = false;
    bool dirty = false;
    qint64 seq = 0; // the last event that changed it, for error messages
};

// The delivery columns of messages that one batch's status events read, by wamid. A message's
// later statuses in the batch start from here instead of reading its row again, and the row is
// written once, when the batch flushes (`dirty`). The row itself exists: a status for a message
// the cache has not seen inserts it at once, so rowids keep the order messages arrived in.
struct HeldDeliveries
{
    QHash<QString, KnownDelivery> byWamid;
    QStringList dirty; // wamids, in the order they first changed
};

struct BillingKey
{
    QString line, day, category, pricingType;
    friend bool operator<(const BillingKey &a, const BillingKey &b)
    {
        return std::tie(a.line, a.day, a.category, a.pricingType) < std::tie(b.line, b.day, b.category, b.pricingType);
    }
};

// Billing units one batch counted, per line, day, category and pricing type, in the order first
// counted (rows the flush inserts come in the order they did when each status wrote its own).
struct HeldBilling
{
    struct Units
    {
        BillingKey key;
        int billable = 0;
        int total = 0;
    };
    QList<Units> rows;
    std::map<BillingKey, qsizetype> index; // into rows

    void count(BillingKey key, bool billable)
    {
        const auto [it, added] = index.try_emplace(std::move(key), rows.size());
        if (added)
            rows.append(Units{it->first});
        Units &units = rows[it->second];
        units.billable += billable ? 1 : 0;
        units.total += 1;
    }
    void clear()
    {
        rows.clear();
        index.clear();
    }
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

// One event batch being applied: what it changed (for the models), and what it holds back until
// CacheStore::flushPending() (at its end, and before anything that would read what it holds).
struct CacheStore::Batch
{
    CacheChanges changes;
    qint64 seq = 0;
    qint64 now = 0; // the event's time, for outbox bookkeeping
    // New messages to index, written after the batch's other changes: once FTS5 has pending
    // rows, every later statement that opens a savepoint (an upsert) makes it flush them, which
    // costs more than the rest of the batch.
    QList<QPair<qint64, QStringList>> search;
    // Contacts whose name or ids changed, reindexed at the same time for the same reason.
    QStringList contacts;
    QSet<QString> contactSet;

    // Delivery states read by this batch's status events (see CacheDetail::HeldDeliveries).
    CacheDetail::HeldDeliveries deliveries;
    // Billing units counted by this batch, added to the table at the flush.
    CacheDetail::HeldBilling billing;
};

} // namespace Deskline::Storage
