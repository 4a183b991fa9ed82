#include "account_health.h"

#include "tr.h"

#include <QLocale>

#include <array>

namespace Deskline {

namespace {

template<typename Enum>
struct WireName
{
    Enum value;
    QStringView wire;
};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<WireName<Enum>, N> &table, QStringView wire)
{
    for (const auto &row : table) {
        if (row.wire.compare(wire, Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

constexpr std::array kQuality{
    WireName<QualityRating>{QualityRating::Green, u"GREEN"},
    WireName<QualityRating>{QualityRating::Yellow, u"YELLOW"},
    WireName<QualityRating>{QualityRating::Red, u"RED"},
    WireName<QualityRating>{QualityRating::NotApplicable, u"NA"},
    WireName<QualityRating>{QualityRating::Unknown, u"UNKNOWN"},
};

constexpr std::array kTiers{
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier50, u"TIER_50"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier250, u"TIER_250"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier1K, u"TIER_1K"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier2K, u"TIER_2K"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier10K, u"TIER_10K"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Tier100K, u"TIER_100K"},
    WireName<MessagingLimitTier>{MessagingLimitTier::Unlimited, u"TIER_UNLIMITED"},
    WireName<MessagingLimitTier>{MessagingLimitTier::NotSet, u"TIER_NOT_SET"},
};

struct TierLimit
{
    MessagingLimitTier tier;
    qint64 limit;
};

constexpr std::array kTierLimits{
    TierLimit{MessagingLimitTier::Tier50, 50},       TierLimit{MessagingLimitTier::Tier250, 250},
    TierLimit{MessagingLimitTier::Tier1K, 1000},     TierLimit{MessagingLimitTier::Tier2K, 2000},
    TierLimit{MessagingLimitTier::Tier10K, 10000},   TierLimit{MessagingLimitTier::Tier100K, 100000},
};

constexpr std::array kNumberStatuses{
    WireName<NumberStatus>{NumberStatus::Connected, u"CONNECTED"},
    WireName<NumberStatus>{NumberStatus::Disconnected, u"DISCONNECTED"},
    WireName<NumberStatus>{NumberStatus::Migrated, u"MIGRATED"},
    WireName<NumberStatus>{NumberStatus::Pending, u"PENDING"},
    WireName<NumberStatus>{NumberStatus::Deleted, u"DELETED"},
};

} // namespace

Quality Quality::fromWire(QStringView value)
{
    return {lookup(kQuality, value).value_or(QualityRating::Unrecognized), value.toString()};
}

QString Quality::displayName() const
{
    switch (rating) {
    case QualityRating::Green:
        //: Quality rating of a phone number or template
        return Tr::tr("High (green)");
    case QualityRating::Yellow:
        return Tr::tr("Medium (yellow)");
    case QualityRating::Red:
        return Tr::tr("Low (red)");
    case QualityRating::NotApplicable:
        return Tr::tr("Not rated yet");
    case QualityRating::Unknown:
        return Tr::tr("Unknown");
    case QualityRating::Unrecognized:
        break;
    }
    //: %1 is a quality value this version does not know, shown as Meta sent it
    return Tr::tr("Unrecognised (%1)").arg(raw);
}

MessagingLimit MessagingLimit::fromWire(QStringView value)
{
    if (const auto tier = lookup(kTiers, value))
        return {*tier, value.toString()};
    bool isNumber = false;
    const qint64 n = value.toLongLong(&isNumber);
    if (isNumber) {
        MessagingLimit l = fromInteger(n);
        l.raw = value.toString();
        return l;
    }
    return {MessagingLimitTier::Unrecognized, value.toString()};
}

MessagingLimit MessagingLimit::fromInteger(qint64 value)
{
    const QString raw = QString::number(value);
    if (value == -1)
        return {MessagingLimitTier::Unlimited, raw};
    for (const auto &row : kTierLimits) {
        if (row.limit == value)
            return {row.tier, raw};
    }
    return {MessagingLimitTier::Unrecognized, raw};
}

MessagingLimit MessagingLimit::fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return fromInteger(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return fromInteger(static_cast<qint64>(d));
        return {MessagingLimitTier::Unrecognized, value.toString()};
    }
    default:
        return fromWire(value.toString());
    }
}

std::optional<qint64> MessagingLimit::dailyLimit() const
{
    for (const auto &row : kTierLimits) {
        if (row.tier == tier)
            return row.limit;
    }
    return std::nullopt;
}

bool MessagingLimit::isLegacy() const
{
    return tier == MessagingLimitTier::Tier50 || tier == MessagingLimitTier::Tier1K
        || tier == MessagingLimitTier::NotSet;
}

QString MessagingLimit::displayName() const
{
    switch (tier) {
    case MessagingLimitTier::Unlimited:
        //: Messaging limit tier
        return Tr::tr("Unlimited customers / 24 h");
    case MessagingLimitTier::NotSet:
        return Tr::tr("Limit not set");
    case MessagingLimitTier::Unrecognized:
        //: %1 is a messaging limit value this version does not know, shown as Meta sent it
        return Tr::tr("Unrecognised limit (%1)").arg(raw);
    default:
        break;
    }
    //: %1 is a number of customers, e.g. "2,000"
    return Tr::tr("%1 customers / 24 h").arg(QLocale().toString(dailyLimit().value_or(0)));
}

PhoneNumberStatus PhoneNumberStatus::fromWire(QStringView value)
{
    return {lookup(kNumberStatuses, value).value_or(NumberStatus::Unrecognized),
            value.toString()};
}

QString PhoneNumberStatus::displayName() const
{
    switch (status) {
    case NumberStatus::Connected:
        //: Phone number status
        return Tr::tr("Connected");
    case NumberStatus::Disconnected:
        return Tr::tr("Disconnected");
    case NumberStatus::Migrated:
        return Tr::tr("Migrated");
    case NumberStatus::Pending:
        return Tr::tr("Pending");
    case NumberStatus::Deleted:
        return Tr::tr("Deleted");
    case NumberStatus::Unrecognized:
        break;
    }
    //: %1 is a phone number status this version does not know, shown as Meta sent it
    return Tr::tr("Unrecognised status (%1)").arg(raw);
}

} // namespace Deskline
