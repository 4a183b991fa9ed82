#pragma once

#include "simulator/sim_business.h"

#include "core/chat_windows.h"
#include "core/clock.h"
#include "core/pricing.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <map>

namespace Deskline::Sim {

// An HTTP answer in Graph's shape: a status and a JSON body (or raw bytes for media).
struct GraphReply
{
    int status = 200;
    QJsonObject json;
    QByteArray bytes;       // set instead of json for media downloads
    QByteArray contentType; // with bytes
};

// One webhook change waiting for its simulated instant.
struct PendingChange
{
    EpochSeconds at = 0;
    quint64 seq = 0;
    QString field;     // messages, message_template_status_update, …
    QJsonObject value; // the change's value, as Meta sends it
    bool accountField = false; // account fields carry entry.time
};

struct SimLimits
{
    int throughputPerSecond = 80;   // per line; over it: 130429
    int pairMessagesPerWindow = 45; // to one customer from one line; over it: 131056
    qint64 pairWindowSeconds = 6;
    qint64 deliveredAfterSeconds = 1;
};

// The Cloud API's behaviour for one business, on a simulated clock, without any I/O: the HTTP
// layer (SimServer) and the tests drive it. Everything time-dependent reads `now()`, which only
// moves through advance(). Webhooks come out of takeDue() in the order they fall due.
class SimEngine
{
public:
    explicit SimEngine(Business business, EpochSeconds start);

    [[nodiscard]] const Business &business() const { return m_business; }
    [[nodiscard]] EpochSeconds now() const { return m_clock.now(); }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    SimLimits &limits() { return m_limits; }

    // Moves the simulated clock; timeline steps and chatter messages that fall due are played,
    // in the order of their instants, each message stamped with its own instant.
    void advance(qint64 seconds);
    // Changes that have fallen due, oldest first; they are removed from the queue.
    QList<PendingChange> takeDue();
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

    // --- Graph API -------------------------------------------------------------------------
    // POST /{phone_number_id}/messages: sends, and mark-read / typing indicator.
    GraphReply postMessages(const QString &phoneNumberId, const QJsonObject &body);
    // GET /{id}: a phone number, template, media object or the WABA (fields= / analytics).
    GraphReply getObject(const QString &id, const QUrlQuery &query, const QString &mediaBaseUrl);
    GraphReply getPhoneNumbers(const QString &wabaId, const QUrlQuery &query, const QString &selfUrl);
    GraphReply getTemplates(const QString &wabaId, const QUrlQuery &query, const QString &selfUrl);
    GraphReply uploadMedia(const QString &phoneNumberId, const QByteArray &data,
                           const QString &mimeType, const QString &filename);
    GraphReply downloadMedia(const QString &mediaId) const;
    GraphReply deleteMedia(const QString &mediaId);

    // --- control ---------------------------------------------------------------------------
    // A customer writes: one inbound item in Meta's shape plus "phone_number_id" (and optional
    // "profile_name"); id and timestamp are filled in when missing. A reaction without
    // "message_id" reacts to the business's latest message in that chat.
    GraphReply injectInbound(const QJsonObject &item);
    GraphReply setTemplateStatus(const QJsonObject &request);  // {name, language, event, reason}
    GraphReply setTemplateQuality(const QJsonObject &request); // {name, language, score}
    GraphReply setLineQuality(const QJsonObject &request);     // {phone_number_id, quality_rating, event, messaging_limit}
    GraphReply changeNumber(const QJsonObject &request);       // {from, to[, phone_number_id, timestamp]}
    [[nodiscard]] QJsonObject stateJson() const;

    // The simulator's own error envelope for a Graph error code (Meta's title, HTTP status).
    GraphReply graphError(int code, const QString &details = {}, std::optional<int> subcode = {});

private:
    struct Chat
    {
        ChatWindows windows;
        QString lastBusinessMessage; // the latest wamid the business sent (not a reaction, not failed)
    };
    struct SentMessage
    {
        QString wamid;
        QString phoneNumberId;
        QString customerKey;
        bool failed = false;
    };
    struct BillingRecord
    {
        EpochSeconds at = 0;
        QString phoneNumberId;
        PricingPrediction pricing;
    };
    struct Media
    {
        QByteArray data;
        QString mimeType;
        QString filename;
        QString sha256;
    };

    const SimLine *line(const QString &phoneNumberId) const;
    SimLine *line(const QString &phoneNumberId);
    SimCustomer &customerFor(const QString &phoneOrUserId, bool byUserId);
    SimCustomer *findCustomer(const QString &key);
    MessageTemplate *findTemplate(const QString &name, const QString &language);
    Chat &chat(const QString &phoneNumberId, const QString &customerKey);
    QJsonObject metadata(const SimLine &l) const;
    void schedule(EpochSeconds at, const QString &field, const QJsonObject &value, bool account = false);
    void scheduleStatuses(const SimLine &l, const SimCustomer &c, const QString &wamid,
                          const PricingPrediction &pricing, bool isReaction,
                          const QString &bizOpaque, bool outsideWindow);
    std::optional<GraphReply> checkRateLimits(const QString &phoneNumberId, const QString &customerKey);
    std::optional<GraphReply> validateTemplateSend(const QJsonObject &t, MessageTemplate **found);
    void playTimeline();
    void playStep(const ScenarioStep &step, EpochSeconds at);
    bool playChatter(EpochSeconds at);
    QString nextWamid();
    int &freeAllowanceUsed(const QString &phoneNumberId);

    Business m_business;
    ManualClock m_clock;
    EpochSeconds m_start = 0;
    SimLimits m_limits;
    int m_timelineIndex = 0;
    EpochSeconds m_nextChatterAt = 0;
    quint64 m_chatterTurns = 0;   // chatter turns so far (a turn may stay quiet)
    qsizetype m_chatterIndex = 0; // the next one in business().chatter.messages
    quint64 m_seq = 0;
    quint64 m_ids = 0;
    std::multimap<std::pair<EpochSeconds, quint64>, PendingChange> m_pending;
    QHash<QString, Chat> m_chats; // phone_number_id + '|' + customer key
    QHash<QString, SentMessage> m_sent;
    QHash<QString, QList<EpochSeconds>> m_lineSends; // throughput window
    QHash<QString, QList<EpochSeconds>> m_pairSends; // pair-rate window
    QHash<QString, int> m_freeAllowance;             // phone_number_id + month → used
    QList<BillingRecord> m_billing;
    QHash<QString, Media> m_media;

};

} // namespace Deskline::Sim
