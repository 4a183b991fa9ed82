#pragma once

#include "clock.h"
#include "free_entry_point.h"
#include "message_template.h"
#include "service_window.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Deskline {

// Meta's pricing vocabulary, as in the `pricing` object of status webhooks.
enum class PricingModel { ConversationBased, PerMessage }; // "CBP", "PMP"
enum class PricingType { Regular, FreeCustomerService, FreeEntryPoint, Unrecognized };
enum class PricingCategory {
    Authentication,
    AuthenticationInternational,
    Marketing,
    MarketingLite,
    ReferralConversion,
    Service,
    Utility,
    Unrecognized,
};

QString wireName(PricingModel model);
QString wireName(PricingType type);
QString wireName(PricingCategory category);
std::optional<PricingModel> pricingModelFromWire(QStringView model);
PricingType pricingTypeFromWire(QStringView type);
// Accepts both spellings Meta uses: authentication-international and authentication_international.
PricingCategory pricingCategoryFromWire(QStringView category);
QString displayName(PricingCategory category); // translated

// One row of the pricing history: what applies from `effectiveFrom` until the next row.
// A new era is a new row, not new code.
struct PricingEra
{
    QString id;
    EpochSeconds effectiveFrom = 0;
    PricingModel model = PricingModel::PerMessage;
    bool serviceCharged = false;           // free-form replies cost money (outside any allowance)
    int defaultMonthlyFreeService = 0;     // service units free per month before charging
    PricingCategory serviceRate = PricingCategory::Service; // the rate service is billed at
    bool utilityFreeInServiceWindow = false;
    bool freeEntryPointFree = true;
    bool reported = false; // reported by third parties, not confirmed on Meta's own page
    QString source;        // where the rule comes from (not translated: for engineers)
};

// A conversation still open in a chat (conversation-based era only).
struct OpenConversation
{
    PricingCategory category = PricingCategory::Service;
    EpochSeconds expiresAt = 0;
};

// What is known about the chat and the line at the moment of the send.
struct PricingContext
{
    WindowStatus serviceWindow;
    FepStatus freeEntryPoint;
    QList<OpenConversation> openConversations; // CBP only; expired ones are ignored
    // Service units (conversations under CBP, messages from 2026-10) already counted against
    // the monthly free allowance in the current month.
    int freeServiceUsedThisMonth = 0;
};

// Per-line settings a supervisor can change.
struct LinePricingSettings
{
    std::optional<int> monthlyFreeService; // overrides the era's default allowance
};

// The answer to "if this is sent now in this chat, is it billable, and why".
struct PricingPrediction
{
    enum class Reason {
        OutsideServiceWindow,        // free-form with the window closed: not sendable (131047)
        FreeEntryPointOpen,          // free: inside the 72 h free entry point window
        OpensFreeEntryPoint,         // free: this answer opens the 72 h window
        JoinsOpenConversation,       // CBP: falls into an open conversation, no new charge
        OpensConversation,           // CBP: opens a new charged 24 h conversation
        OpensFreeTierConversation,   // CBP: service conversation within the monthly free tier
        OpensFreeServiceConversation,// CBP: service conversations are free (from 2024-11-01)
        FreeServiceReply,            // PMP: free-form reply inside the window is free
        FreeUtilityInWindow,         // PMP: utility template inside the window is free
        ServiceWithinFreeAllowance,  // 2026-10: within the line's monthly free allowance
        ServiceReplyCharged,         // 2026-10: reply inside the window charged at utility rate
        UtilityInWindowCharged,      // 2026-10: utility template in the window is charged
        TemplateCharged,             // a delivered template of this category is charged
    };

    bool sendable = true;
    PricingModel pricingModel = PricingModel::PerMessage;
    bool billable = false; // as Meta would report `billable`
    PricingType type = PricingType::Regular;
    PricingCategory category = PricingCategory::Service;
    bool charged = false;  // our answer: does this send cost money
    bool opensConversation = false;     // CBP only
    bool usesFreeAllowance = false;     // counts against the monthly free allowance
    PricingCategory rate = PricingCategory::Service; // the rate card row that applies if charged
    Reason reason = Reason::TemplateCharged;
    bool reported = false; // the era rule is reported, not confirmed by Meta
    QString eraId;

    [[nodiscard]] QString explanation() const; // translated, one or two sentences
};

// `pricing` as reported back by Meta in a status webhook: every field optional, raw kept.
struct ReportedPricing
{
    std::optional<bool> billable;
    QString pricingModel;
    QString type;
    QString category;

    // {"billable","pricing_model","type","category"}, as in status webhooks and hub events.
    static ReportedPricing fromJson(const QJsonObject &pricing);
    // Whether this unit counts against the line's balance: `billable` when Meta sent it (it is
    // to be deprecated), else a `regular` type.
    [[nodiscard]] bool countsAsBillable() const;
};

// The day ("2026-11-21", UTC) a billed unit is counted on, for per-line daily balances.
QString billingDay(EpochSeconds at);

// Fields where the prediction and what Meta reported disagree ("billable", "pricing_model",
// "type", "category"); fields Meta left out are not compared. What Meta reports always wins.
QStringList pricingMismatches(const PricingPrediction &predicted, const ReportedPricing &reported);

class PricingRules
{
public:
    // The eras as Meta (and, for 2026-10-01, reports of Meta) describe them. Built once.
    static const PricingRules &meta();
    explicit PricingRules(QList<PricingEra> eras); // sorted by effectiveFrom

    [[nodiscard]] const PricingEra &eraAt(EpochSeconds at) const;
    [[nodiscard]] const QList<PricingEra> &eras() const { return m_eras; }

    // `templateCategory` empty means a free-form (non-template) message.
    [[nodiscard]] PricingPrediction predict(EpochSeconds at,
                                            std::optional<TemplateCategory> templateCategory,
                                            const PricingContext &chat,
                                            const LinePricingSettings &line = {}) const;

private:
    static PricingRules metaEras();
    QList<PricingEra> m_eras;
};

} // namespace Deskline
