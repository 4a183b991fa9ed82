#pragma once

#include "core/clock.h"
#include "storage/cache_search.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Deskline::Storage {

// What a snapshot, an event batch or an outbox change touched: the models refresh these after
// the commit.
struct CacheChanges
{
    QSet<QString> chats;    // chat keys
    QSet<QString> messages; // message keys
    bool lines = false;
    bool templates = false;
    bool billing = false;
    bool outbox = false;

    void merge(const CacheChanges &other);
};

enum class ApplyResult {
    Applied,     // everything new in the batch is applied and the cursor moved with it
    Gap,         // the batch does not continue the cursor (or skips a seq): nothing applied
    UnknownKind, // a kind this build does not know: nothing applied
    Error,       // an invalid event or a database failure: rolled back, nothing applied
};

struct OutboxItem
{
    QString clientId, lineId, chatKey, to, type;
    QJsonObject request;
    QString state; // queued, sending, accepted, failed, draft, unconfirmed
    int attempts = 0;
    qint64 createdAt = 0;
    QJsonObject error;
    qint64 updatedAt = 0;
};

struct ChatRow
{
    QString key;
    QString line;
    QString contactKey;
    QString contactName;
    QString waId;
    QString userId;
    std::optional<qint64> lastInboundAt;
    std::optional<qint64> referralAt;
    std::optional<qint64> fepOpenedAt;
    std::optional<qint64> fepForReferralAt;
    std::optional<qint64> lastMessageAt;
    QString preview;
    int unread = 0;
    QString assignee; // empty: nobody

    // The customer part of the chat key ("line|customer"): a phone number or the business-scoped
    // user id. The hub addresses sends by it and resolves wa_id / user_id itself.
    [[nodiscard]] QString customerKey() const { return key.mid(key.indexOf(u'|') + 1); }
};

struct MessageRow
{
    QString key;
    QString wamid;
    QString clientId;
    QString chatKey;
    QString direction; // in, out
    QString kind;      // Meta's type name ("text", "image", …)
    QString body;
    QString replyTo;
    QString reactionTo;
    QString reactionEmoji;
    QString mediaId, mediaMime, mediaCaption, mediaFilename;
    QString raw; // the raw item, for kinds this build cannot show
    bool supported = true;
    QString sentBy;
    qint64 createdAt = 0;
    QString status; // delivery status wire name, "" when none
    std::optional<qint64> sentAt, deliveredAt, readAt, playedAt, failedAt;
    QJsonArray errors;
    QString outboxState; // for the console's own sends: the outbox state, else ""
};

struct LineRow
{
    QString phoneNumberId, wabaId, displayPhoneNumber, verifiedName, qualityRating, messagingLimit, status;
    QString nameDecision, qualityEvent;
    QJsonArray errors;
};

// Which chats the console's list shows, and in which order.
struct ChatQuery
{
    enum class Filter { All, Mine, Unassigned, ClosingSoon };
    enum class Sort { LastActivity, TimeLeft };
    Filter filter = Filter::All;
    Sort sort = Sort::LastActivity;
    QString agent;                 // for Mine
    QString line;                  // empty: every line
    qint64 now = 0;                // for ClosingSoon and TimeLeft
    qint64 closingSoonSeconds = 3600;
    std::optional<QStringList> onlyChats; // search results: these chats only
};

// Units counted for one line, day, category and pricing type (from Meta's `pricing`).
struct BillingRow
{
    QString line, day, category, pricingType;
    int billable = 0;
    int total = 0;
};

struct TemplateRow
{
    QString id, name, language, category, status, reason, quality;
    QJsonObject definition;
};

// The console's local cache over one SQLite connection (migrated with migrateCache()). It
// applies the hub's snapshot and event stream, keeps the cursor (the last applied seq) in the
// same transaction as the changes, holds the durable outbox and answers the models' reads.
class CacheStore
{
public:
    // Time for outbox bookkeeping comes from `clock` (the system clock when null).
    explicit CacheStore(Database &db, const Clock *clock = nullptr);

    [[nodiscard]] qint64 cursor();
    // The hub this cache follows (the console compares it before resuming from the cursor).
    [[nodiscard]] QString hubIdentity();
    bool setHubIdentity(const QString &identity, QString *error = nullptr);

    // The hub's GET /api/v1/snapshot: replaces every synced table (the outbox stays), sets the
    // cursor to its seq. One transaction.
    bool applySnapshot(const QJsonObject &snapshot, CacheChanges *changes, QString *error);
    // Events in seq order (docs/hub-api.md). Already applied ones (seq <= cursor) are skipped;
    // the rest must continue the cursor without a gap. All or nothing, one transaction.
    ApplyResult applyEvents(const QList<QJsonObject> &events, CacheChanges *changes, QString *error);

    bool markChatRead(const QString &chatKey, QString *error = nullptr);

    // ---- the outbox ------------------------------------------------------------------------
    // Stores the send and a visible pending message in one transaction.
    bool enqueueSend(const QString &clientId, const QString &lineId, const QString &chatKey, const QString &to,
                     const QString &type, const QJsonObject &request, qint64 now, QString *error);
    [[nodiscard]] QList<OutboxItem> sendable(); // queued, oldest first
    [[nodiscard]] std::optional<OutboxItem> outboxItem(const QString &clientId);
    bool markSending(const QString &clientId, QString *error = nullptr);
    bool markAccepted(const QString &clientId, const QString &wamid, QString *error = nullptr);
    // retryable: back to queued with one more attempt; otherwise failed for good.
    bool markFailed(const QString &clientId, const QJsonObject &failure, bool retryable, QString *error = nullptr);
    // A free-form message whose window closed before it went out stays as a draft.
    bool markDraft(const QString &clientId, const QString &reason, QString *error = nullptr);
    bool markUnconfirmed(const QString &clientId, QString *error = nullptr);
    // After a crash: sends left "sending" go back to the queue (same client id). Returns how many.
    int requeueInterrupted(QString *error = nullptr);

    // ---- reads for the models --------------------------------------------------------------
    [[nodiscard]] QList<ChatRow> chats(int limit, int offset, const QString &lineFilter = {});
    [[nodiscard]] std::optional<ChatRow> chat(const QString &chatKey);
    // The console's chat list: filtered and sorted in SQL, one page at a time.
    [[nodiscard]] QList<ChatRow> chatPage(const ChatQuery &query, int limit, int offset);
    // Units counted per line/day/category with day in [fromDay, toDay] ("2026-11-01").
    [[nodiscard]] QList<BillingRow> billing(const QString &fromDay, const QString &toDay);
    // Sends not yet accepted by the hub (queued or on their way).
    [[nodiscard]] int outboxWaiting();
    // Newest first; beforeCreatedAt > 0 pages back (created_at < beforeCreatedAt).
    [[nodiscard]] QList<MessageRow> messages(const QString &chatKey, int limit, qint64 beforeCreatedAt = 0);
    [[nodiscard]] std::optional<MessageRow> message(const QString &messageKey);
    [[nodiscard]] std::optional<MessageRow> messageByWamid(const QString &wamid);
    [[nodiscard]] std::optional<MessageRow> messageByClientId(const QString &clientId);
    [[nodiscard]] QList<LineRow> lines();
    [[nodiscard]] QList<TemplateRow> templates();
    // The chat a (possibly merged-away) chat key lives under now.
    [[nodiscard]] QString resolveChatKey(const QString &chatKey);

    [[nodiscard]] QList<SearchHit> search(const QString &text, int limit);

    // Event kinds this build applies.
    [[nodiscard]] static bool knowsKind(const QString &kind);

private:
    struct Batch;
    std::optional<MessageRow> messageWhere(const char *column, const QString &value); // column: a constant
    bool applyOne(const QJsonObject &event, Batch &batch, QString *error);
    bool applyInbound(const QJsonObject &e, Batch &batch, QString *error);
    bool applyStatus(const QJsonObject &e, Batch &batch, QString *error);
    bool applyOutbound(const QJsonObject &e, Batch &batch, QString *error);
    bool applySendFailed(const QJsonObject &e, Batch &batch, QString *error);
    bool mergeContact(const QJsonObject &e, Batch &batch, QString *error);
    bool moveContact(const QString &oldKey, const QString &newKey, const QJsonObject &customer, Batch &batch, QString *error);
    bool upsertContact(const QString &key, const QJsonObject &customer, Batch &batch, QString *error);
    bool linkWamid(const QString &clientId, const QString &wamid, Batch &batch, QString *error);
    bool touchChat(const QString &chatKey, qint64 at, const QString &preview, QString *error);
    bool ensureChat(const QString &chatKey, QString *error);
    bool setOutboxState(const QString &clientId, const QString &state, const QJsonObject *failure, bool countAttempt,
                        qint64 now, QString *error);
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);
    bool setCursor(qint64 seq, QString *error);
    bool flushSearch(Batch &batch, QString *error);
    // Writes what the batch holds back (delivery states, billing units, then the search index).
    bool flushPending(Batch &batch, QString *error);

    Database &m_db;
    SystemClock m_systemClock;
    const Clock *m_clock;
    int m_aliases = -1; // rows in chat_aliases; -1: not counted yet (most caches have none)
};

} // namespace Deskline::Storage
