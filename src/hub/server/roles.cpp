#include "hub/server/roles.h"

namespace Deskline::Hub {

std::optional<Role> roleFromString(QStringView text)
{
    if (text == u"agent")
        return Role::Agent;
    if (text == u"supervisor")
        return Role::Supervisor;
    if (text == u"admin")
        return Role::Admin;
    return std::nullopt;
}

QString toString(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
}

bool AgentInfo::mayUseLine(const QString &phoneNumberId) const
{
    if (role == Role::Supervisor || role == Role::Admin || lines.isEmpty())
        return true;
    return !phoneNumberId.isEmpty() && lines.contains(phoneNumberId);
}

bool permits(const AgentInfo &agent, Action action, const QString &phoneNumberId)
{
    if (agent.disabled)
        return false;
    switch (action) {
    case Action::ReadLine:
    case Action::SendOnLine:
    case Action::ClaimChat:
    case Action::ReleaseOwnChat:
    case Action::WriteNote:
        return agent.mayUseLine(phoneNumberId);
    case Action::AssignChat:
    case Action::ViewBilling:
        return agent.role == Role::Supervisor || agent.role == Role::Admin;
    case Action::ManageAgents:
        return agent.role == Role::Admin;
    }
    return false;
}

} // namespace Deskline::Hub
