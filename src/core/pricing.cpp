#include "pricing.h"

#include "tr.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>

namespace Deskline {

namespace {

struct CategoryName
{
    PricingCategory category;
    QStringView wire;
};

constexpr std::array kCategoryNames{
    CategoryName{PricingCategory::Authentication, u"authentication"},
    CategoryName{PricingCategory::AuthenticationInternational, u"authentication_international"},
    CategoryName{PricingCategory::AuthenticationInternational, u"authentication-international"},
    CategoryName{PricingCategory::Marketing, u"marketing"},
    CategoryName{PricingCategory::MarketingLite, u"marketing_lite"},
    CategoryName{PricingCategory::ReferralConversion, u"referral_conversion"},
    CategoryName{PricingCategory::Service, u"service"},
    CategoryName{PricingCategory::Utility, u"utility"},
};

EpochSeconds utc(const char *iso)
{
    return parseIsoUtc(QString::fromLatin1(iso)).value_or(0);
}

PricingCategory fromTemplate(TemplateCategory c)
{
    switch (c) {
    case TemplateCategory::Marketing:
        return PricingCategory::Marketing;
    case TemplateCategory::Utility:
        return PricingCategory::Utility;
    case TemplateCategory::Authentication:
        return PricingCategory::Authentication;
    case TemplateCategory::Unrecognized:
        break;
    }
    return PricingCategory::Unrecognized;
}

// Conversations of several categories may be open at once; a free-form message joins one
// of them. Prefer the service conversation, then the one that lasts longest.
std::optional<OpenConversation> openConversation(const QList<OpenConversation> &open,
                                                 EpochSeconds at,
                                                 std::optional<PricingCategory> category)
{
    std::optional<OpenConversation> best;
    for (const OpenConversation &c : open) {
        if (c.expiresAt <= at || (category && c.category != *category))
            continue;
        const bool better = !best
            || (c.category == PricingCategory::Service && best->category != PricingCategory::Service)
            || (c.category == best->category && c.expiresAt > best->expiresAt);
        if (better)
            best = c;
    }
    return best;
}

} // namespace

QString wireName(PricingModel model)
{
    return model == PricingModel::ConversationBased ? QStringLiteral("CBP") : QStringLiteral("PMP");
}

QString wireName(PricingType type)
{
    switch (type) {
    case PricingType::Regular:
        return QStringLiteral("regular");
    case PricingType::FreeCustomerService:
        return QStringLiteral("free_customer_service");
    case PricingType::FreeEntryPoint:
        return QStringLiteral("free_entry_point");
    case PricingType::Unrecognized:
        break;
    }
    return QString();
}

QString wireName(PricingCategory category)
{
    for (const auto &c : kCategoryNames) {
        if (c.category == category)
            return c.wire.toString();
    }
    return QString();
}

std::optional<PricingModel> pricingModelFromWire(QStringView model)
{
    if (model.compare(u"CBP", Qt::CaseInsensitive) == 0)
        return PricingModel::ConversationBased;
    if (model.compare(u"PMP", Qt::CaseInsensitive) == 0)
        return PricingModel::PerMessage;
    return std::nullopt;
}

PricingType pricingTypeFromWire(QStringView type)
{
    for (const PricingType t :
         {PricingType::Regular, PricingType::FreeCustomerService, PricingType::FreeEntryPoint}) {
        if (wireName(t) == type)
            return t;
    }
    return PricingType::Unrecognized;
}

PricingCategory pricingCategoryFromWire(QStringView category)
{
    for (const auto &c : kCategoryNames) {
        if (c.wire.compare(category, Qt::CaseInsensitive) == 0)
            return c.category;
    }
    return PricingCategory::Unrecognized;
}

QString displayName(PricingCategory category)
{
    switch (category) {
    case PricingCategory::Authentication:
        //: Pricing category
        return Tr::tr("authentication");
    case PricingCategory::AuthenticationInternational:
        //: Pricing category
        return Tr::tr("international authentication");
    case PricingCategory::Marketing:
        //: Pricing category
        return Tr::tr("marketing");
    case PricingCategory::MarketingLite:
        //: Pricing category (Marketing Messages Lite API)
        return Tr::tr("marketing lite");
    case PricingCategory::ReferralConversion:
        //: Pricing category: a conversation that started from an ad or Page button
        return Tr::tr("free entry point");
    case PricingCategory::Service:
        //: Pricing category
        return Tr::tr("service");
    case PricingCategory::Utility:
        //: Pricing category
        return Tr::tr("utility");
    case PricingCategory::Unrecognized:
        break;
    }
    return Tr::tr("other");
}

const PricingRules &PricingRules::meta()
{
    static const PricingRules rules = metaEras();
    return rules;
}

PricingRules PricingRules::metaEras()
{
    // shared/reference/cloud-api-facts.md §5.2
    QList<PricingEra> eras;
    PricingEra cbpFreeTier;
    cbpFreeTier.id = QStringLiteral("cbp-free-tier");
    cbpFreeTier.effectiveFrom = 0;
    cbpFreeTier.model = PricingModel::ConversationBased;
    cbpFreeTier.serviceCharged = true;
    cbpFreeTier.defaultMonthlyFreeService = 1000; // service conversations per WABA per month
    cbpFreeTier.source = QStringLiteral("Meta: pricing/conversation-based-pricing; free tier per third-party sources");
    eras.append(cbpFreeTier);

    PricingEra cbpFreeService = cbpFreeTier;
    cbpFreeService.id = QStringLiteral("cbp-free-service");
    cbpFreeService.effectiveFrom = utc("2024-11-01T00:00:00Z");
    cbpFreeService.serviceCharged = false;
    cbpFreeService.defaultMonthlyFreeService = 0;
    cbpFreeService.source = QStringLiteral("Meta: pricing/conversation-based-pricing (service free from 1 Nov 2024)");
    eras.append(cbpFreeService);

    PricingEra pmp;
    pmp.id = QStringLiteral("pmp");
    pmp.effectiveFrom = utc("2025-07-01T00:00:00Z");
    pmp.model = PricingModel::PerMessage;
    pmp.serviceCharged = false;
    pmp.utilityFreeInServiceWindow = true;
    pmp.source = QStringLiteral("Meta: pricing (per-message pricing from 1 Jul 2025)");
    eras.append(pmp);

    PricingEra paidService = pmp;
    paidService.id = QStringLiteral("pmp-paid-service");
    paidService.effectiveFrom = utc("2026-10-01T00:00:00Z");
    paidService.serviceCharged = true;
    paidService.defaultMonthlyFreeService = 1000; // per phone number per month, reported
    paidService.serviceRate = PricingCategory::Utility;
    paidService.utilityFreeInServiceWindow = false;
    paidService.reported = true;
    paidService.source = QStringLiteral("BSP reports quoting Meta; not on Meta's pricing page");
    eras.append(paidService);
    return PricingRules(eras);
}

PricingRules::PricingRules(QList<PricingEra> eras) : m_eras(std::move(eras))
{
    std::stable_sort(m_eras.begin(), m_eras.end(), [](const PricingEra &a, const PricingEra &b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
    Q_ASSERT(!m_eras.isEmpty());
}

const PricingEra &PricingRules::eraAt(EpochSeconds at) const
{
    auto it = std::upper_bound(m_eras.cbegin(), m_eras.cend(), at,
                               [](EpochSeconds t, const PricingEra &e) { return t < e.effectiveFrom; });
    return it == m_eras.cbegin() ? m_eras.first() : *std::prev(it);
}

PricingPrediction PricingRules::predict(EpochSeconds at,
                                        std::optional<TemplateCategory> templateCategory,
                                        const PricingContext &chat,
                                        const LinePricingSettings &line) const
{
    using Reason = PricingPrediction::Reason;
    const PricingEra &era = eraAt(at);
    const bool freeForm = !templateCategory.has_value();
    const PricingCategory category = freeForm ? PricingCategory::Service
                                              : fromTemplate(*templateCategory);
    const int allowance = line.monthlyFreeService.value_or(era.defaultMonthlyFreeService);
    const bool allowanceLeft = chat.freeServiceUsedThisMonth < allowance;

    PricingPrediction p;
    p.pricingModel = era.model;
    p.reported = era.reported;
    p.eraId = era.id;
    p.category = category;
    p.rate = category;

    if (freeForm && !chat.serviceWindow.isOpen()) {
        p.sendable = false;
        p.reason = Reason::OutsideServiceWindow;
        return p;
    }
    if (era.freeEntryPointFree && chat.freeEntryPoint.coversSendNow()) {
        p.billable = false;
        p.type = PricingType::FreeEntryPoint;
        p.category = PricingCategory::ReferralConversion;
        p.reason = chat.freeEntryPoint.isOpen() ? Reason::FreeEntryPointOpen
                                                : Reason::OpensFreeEntryPoint;
        return p;
    }

    if (era.model == PricingModel::ConversationBased) {
        // Meta reports billable:true for every CBP conversation but free entry points, the
        // free tier included; `charged` says whether money is spent.
        p.billable = true;
        p.type = PricingType::Regular;
        const auto joined = openConversation(chat.openConversations, at,
                                             freeForm ? std::nullopt : std::optional(category));
        if (joined) {
            p.category = joined->category;
            p.reason = Reason::JoinsOpenConversation;
            return p;
        }
        p.opensConversation = true;
        if (category != PricingCategory::Service) {
            p.charged = true;
            p.reason = Reason::OpensConversation;
        } else if (!era.serviceCharged) {
            p.reason = Reason::OpensFreeServiceConversation;
        } else if (allowanceLeft) {
            p.usesFreeAllowance = true;
            p.reason = Reason::OpensFreeTierConversation;
        } else {
            p.charged = true;
            p.reason = Reason::OpensConversation;
        }
        return p;
    }

    // Per-message pricing: `billable` is true exactly when the message is charged.
    const bool inWindow = chat.serviceWindow.isOpen();
    auto charge = [&](Reason reason, PricingCategory rate) {
        p.billable = p.charged = true;
        p.type = PricingType::Regular;
        p.rate = rate;
        p.reason = reason;
    };
    auto free = [&](Reason reason) {
        p.billable = p.charged = false;
        p.type = PricingType::FreeCustomerService;
        p.reason = reason;
    };
    if (freeForm) {
        if (!era.serviceCharged)
            free(Reason::FreeServiceReply);
        else if (allowanceLeft) {
            free(Reason::ServiceWithinFreeAllowance);
            p.usesFreeAllowance = true;
        } else
            charge(Reason::ServiceReplyCharged, era.serviceRate);
    } else if (category == PricingCategory::Utility && inWindow) {
        if (era.utilityFreeInServiceWindow)
            free(Reason::FreeUtilityInWindow);
        else
            charge(Reason::UtilityInWindowCharged, PricingCategory::Utility);
    } else {
        charge(Reason::TemplateCharged, category);
    }
    return p;
}

QString PricingPrediction::explanation() const
{
    QString text;
    const QString name = displayName(category);
    switch (reason) {
    case Reason::OutsideServiceWindow:
        return Tr::tr("The customer service window is closed: only an approved template can be sent.");
    case Reason::FreeEntryPointOpen:
        text = Tr::tr("Free: the 72-hour free entry point window is open.");
        break;
    case Reason::OpensFreeEntryPoint:
        text = Tr::tr("Free: answering a customer who came from an ad or Page button opens a 72-hour window in which every message is free.");
        break;
    case Reason::JoinsOpenConversation:
        //: %1 is a pricing category such as "marketing"
        text = Tr::tr("No new charge: it joins the open %1 conversation.").arg(name);
        break;
    case Reason::OpensConversation:
        text = Tr::tr("Charged: it opens a new 24-hour %1 conversation.").arg(name);
        break;
    case Reason::OpensFreeTierConversation:
        text = Tr::tr("Free: it opens a service conversation within the monthly free allowance.");
        break;
    case Reason::OpensFreeServiceConversation:
        text = Tr::tr("Free: it opens a service conversation, and service conversations are free.");
        break;
    case Reason::FreeServiceReply:
        text = Tr::tr("Free: replies inside the customer service window are not charged.");
        break;
    case Reason::FreeUtilityInWindow:
        text = Tr::tr("Free: utility templates inside the customer service window are not charged.");
        break;
    case Reason::ServiceWithinFreeAllowance:
        text = Tr::tr("Free: within this line's monthly allowance of free replies.");
        break;
    case Reason::ServiceReplyCharged:
        text = Tr::tr("Charged at the utility rate: replies inside the customer service window are charged from 1 October 2026.");
        break;
    case Reason::UtilityInWindowCharged:
        text = Tr::tr("Charged: utility templates are charged inside the customer service window from 1 October 2026.");
        break;
    case Reason::TemplateCharged:
        //: %1 is a pricing category such as "marketing"
        text = Tr::tr("Charged as a %1 message when delivered.").arg(name);
        break;
    }
    if (reported)
        text += QLatin1Char(' ') + Tr::tr("(This rule is reported but not yet confirmed by Meta.)");
    return text;
}

ReportedPricing ReportedPricing::fromJson(const QJsonObject &pricing)
{
    ReportedPricing r;
    const QJsonValue billable = pricing.value(QLatin1StringView("billable"));
    if (billable.isBool())
        r.billable = billable.toBool();
    r.pricingModel = pricing.value(QLatin1StringView("pricing_model")).toString();
    r.type = pricing.value(QLatin1StringView("type")).toString();
    r.category = pricing.value(QLatin1StringView("category")).toString();
    return r;
}

bool ReportedPricing::countsAsBillable() const
{
    return billable.value_or(pricingTypeFromWire(type) == PricingType::Regular);
}

QString billingDay(EpochSeconds at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QStringList pricingMismatches(const PricingPrediction &predicted, const ReportedPricing &reported)
{
    QStringList fields;
    if (reported.billable && *reported.billable != predicted.billable)
        fields.append(QStringLiteral("billable"));
    if (!reported.pricingModel.isEmpty()
        && pricingModelFromWire(reported.pricingModel) != predicted.pricingModel)
        fields.append(QStringLiteral("pricing_model"));
    if (!reported.type.isEmpty() && pricingTypeFromWire(reported.type) != predicted.type)
        fields.append(QStringLiteral("type"));
    if (!reported.category.isEmpty()
        && pricingCategoryFromWire(reported.category) != predicted.category)
        fields.append(QStringLiteral("category"));
    return fields;
}

} // namespace Deskline
