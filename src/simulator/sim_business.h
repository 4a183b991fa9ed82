#pragma once

#include "core/account_health.h"
#include "core/clock.h"
#include "core/message_template.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Deskline::Sim {

// The business the simulator plays: one WABA with several lines, its templates and the
// customers it knows. Built in code (defaultBusiness) or read from a scenario file.

struct SimLine
{
    QString phoneNumberId;
    QString displayPhoneNumber;
    QString verifiedName;
    Quality quality = Quality::fromWire(u"GREEN");
    MessagingLimit limit = MessagingLimit::fromWire(u"TIER_2K");
    PhoneNumberStatus status = PhoneNumberStatus::fromWire(u"CONNECTED");
    QString nameStatus = QStringLiteral("APPROVED");
    QString throughputLevel = QStringLiteral("STANDARD");
};

struct SimCustomer
{
    QString waId;     // empty when the customer withholds the number (BSUID only)
    QString userId;   // business-scoped user id
    QString name;
    QString username;
    qint64 readAfterSeconds = 3; // reads a delivered message after this long; < 0: never reads
    [[nodiscard]] QString key() const { return !waId.isEmpty() ? waId : userId; }
};

// One step of a scripted timeline, `at` seconds after the scenario starts. A negative `at` is
// history: the step is played at start-up (before every step at 0 or later) and its message
// carries the past instant as its timestamp. Only inbound and number_change steps may be in
// the past; a line's or a template's starting state goes into `lines` / `templates`.
struct ScenarioStep
{
    qint64 at = 0;
    QString action; // inbound, template_status, template_quality, line_quality, number_change
    QJsonObject data;
};

// Customers who keep writing for as long as the simulator runs: `messages` are played in
// order, round and round, one every `minEvery`…`maxEvery` seconds. The gaps come from a fixed
// sequence (seeded by `seed`), so two runs with the same scenario and clock are identical.
struct Chatter
{
    qint64 minEvery = 0;
    qint64 maxEvery = 0;
    qint64 startAt = -1;         // when the first message comes, seconds after the start; < 0: minEvery
    quint64 seed = 1;
    QList<QJsonObject> messages; // inbound items as /sim/v1/inbound takes them

    [[nodiscard]] bool isEnabled() const { return !messages.isEmpty() && minEvery > 0; }
    // The gap after the `index`-th message (0-based), in [minEvery, maxEvery].
    [[nodiscard]] qint64 gapAfter(quint64 index) const;
};

struct Business
{
    QString wabaId;
    QList<SimLine> lines;
    QList<MessageTemplate> templates;
    QList<SimCustomer> customers;
    QList<ScenarioStep> timeline; // sorted by `at`; history (at < 0) first
    Chatter chatter;
    EpochSeconds startsAt = 0; // the simulated clock's start; 0: the real time at start-up
};

// A small realistic business: two lines, templates in several states, no customers yet.
Business defaultBusiness();

// Reads a scenario (docs/simulator.md). On error returns nullopt and says why in `error`.
std::optional<Business> businessFromScenario(const QByteArray &json, QString *error);

} // namespace Deskline::Sim
