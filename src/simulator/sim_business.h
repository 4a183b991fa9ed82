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

// One step of a scripted timeline, `at` seconds after the scenario starts.
struct ScenarioStep
{
    qint64 at = 0;
    QString action; // inbound, template_status, template_quality, line_quality, number_change
    QJsonObject data;
};

struct Business
{
    QString wabaId;
    QList<SimLine> lines;
    QList<MessageTemplate> templates;
    QList<SimCustomer> customers;
    QList<ScenarioStep> timeline;
    EpochSeconds startsAt = 0; // the simulated clock's start; 0: the real time at start-up
};

// A small realistic business: two lines, templates in several states, no customers yet.
Business defaultBusiness();

// Reads a scenario (docs/simulator.md). On error returns nullopt and says why in `error`.
std::optional<Business> businessFromScenario(const QByteArray &json, QString *error);

} // namespace Deskline::Sim
