#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Deskline::Hub {

// What an agent is allowed to do on the hub. Stored as "agent", "supervisor", "admin".
enum class Role { Agent, Supervisor, Admin };

std::optional<Role> roleFromString(QStringView text); // exact, lowercase
QString toString(Role role);

// An agent as the hub knows it (never the password hash).
struct AgentInfo
{
    QString name;
    Role role = Role::Agent;
    QStringList lines; // phone_number_ids this agent works on; empty = every line
    bool disabled = false;
    qint64 createdAt = 0; // epoch seconds

    // Supervisors and admins use every line; an agent the listed ones, or all when none are
    // listed. An empty id is no line: only someone who may use every line may "use" it.
    [[nodiscard]] bool mayUseLine(const QString &phoneNumberId) const;

    friend bool operator==(const AgentInfo &, const AgentInfo &) = default;
};

enum class Action {
    ReadLine, // see a line's chats, messages, templates and health
    SendOnLine, // send messages and templates from a line
    ClaimChat, // take an unassigned chat on a line for oneself
    ReleaseOwnChat, // give back a chat one holds
    WriteNote, // internal notes on a line's chats
    AssignChat, // give a chat to someone else (or take it from them)
    ViewBilling, // costs and billing counters
    ManageAgents, // add, disable, change agents (the hub's `agent` commands do this locally)
};

// The permission matrix. "own lines" means AgentInfo::mayUseLine(phoneNumberId).
//
//   action          | agent     | supervisor | admin
//   ----------------+-----------+------------+-----------
//   ReadLine        | own lines | all lines  | all lines
//   SendOnLine      | own lines | all lines  | all lines
//   ClaimChat       | own lines | all lines  | all lines
//   ReleaseOwnChat  | own lines | all lines  | all lines
//   WriteNote       | own lines | all lines  | all lines
//   AssignChat      | no        | all lines  | all lines
//   ViewBilling     | no        | all lines  | all lines
//   ManageAgents    | no        | no         | yes
//
// A disabled agent may do nothing. `phoneNumberId` matters only for the line actions of the
// role "agent"; the other rows ignore it.
bool permits(const AgentInfo &agent, Action action, const QString &phoneNumberId = {});

} // namespace Deskline::Hub
