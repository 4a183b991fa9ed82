#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace Deskline {

// Values Meta sends for the number's health. Every type keeps the raw value it was built
// from, so a value this build does not know is still stored, shown and compared, never lost.

enum class QualityRating { Green, Yellow, Red, NotApplicable, Unknown, Unrecognized };

struct Quality
{
    QualityRating rating = QualityRating::Unknown;
    QString raw;

    static Quality fromWire(QStringView value); // GREEN, YELLOW, RED, NA, UNKNOWN, …
    [[nodiscard]] QString displayName() const;  // translated; the raw value when unrecognised
    [[nodiscard]] bool isRecognized() const { return rating != QualityRating::Unrecognized; }
    friend bool operator==(const Quality &, const Quality &) = default;
};

// Template quality scores use the same words (GREEN, YELLOW, RED, UNKNOWN).
using TemplateQuality = Quality;

enum class MessagingLimitTier {
    Tier50,        // legacy
    Tier250,
    Tier1K,        // legacy per-number tier, before October 2025
    Tier2K,
    Tier10K,
    Tier100K,
    Unlimited,
    NotSet,        // legacy
    Unrecognized,
};

// The messaging limit: unique customers reached outside a service window in a moving 24 h.
// Meta sends it as "TIER_2K" (whatsapp_business_manager_messaging_limit, current_limit) or as
// an integer (business_capability_update carries 2000; the legacy field used -1 for unlimited).
struct MessagingLimit
{
    MessagingLimitTier tier = MessagingLimitTier::NotSet;
    QString raw;

    static MessagingLimit fromWire(QStringView value);
    static MessagingLimit fromInteger(qint64 value);
    // Accepts what a JSON parser hands over: a string or a number.
    static MessagingLimit fromVariant(const QVariant &value);

    // Unique customers per 24 h; nullopt when unlimited, not set or unrecognised.
    [[nodiscard]] std::optional<qint64> dailyLimit() const;
    [[nodiscard]] bool isLegacy() const;
    [[nodiscard]] QString displayName() const; // translated, e.g. "2,000 customers / 24 h"
    friend bool operator==(const MessagingLimit &, const MessagingLimit &) = default;
};

// A phone number's `status`. Only Connected can send.
enum class NumberStatus { Connected, Disconnected, Migrated, Pending, Deleted, Unrecognized };

struct PhoneNumberStatus
{
    NumberStatus status = NumberStatus::Unrecognized;
    QString raw;

    static PhoneNumberStatus fromWire(QStringView value);
    [[nodiscard]] bool canSend() const { return status == NumberStatus::Connected; }
    [[nodiscard]] QString displayName() const;
    friend bool operator==(const PhoneNumberStatus &, const PhoneNumberStatus &) = default;
};

} // namespace Deskline
