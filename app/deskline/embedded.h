#pragma once

#include "hub/server/hub_server.h"
#include "hub/server/roles.h"
#include "simulator/sim_server.h"

#include "core/clock.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Deskline::Storage {
class CacheStore;
}
namespace Deskline::Sync {
class SyncEngine;
}

namespace Deskline::App {

// The demo team's first moves, through the console's own sync engine like any agent's: chats
// shared out between alex (you), anna, elif and wei, and alex's answer to the customer who came
// from an ad, which opens the 72-hour free entry point.
void startDemoTeam(Storage::CacheStore &cache, Sync::SyncEngine &engine);

// A hub in the console's own process, on SQLite, on loopback: the one-desk setup (talking to
// Meta) and the demo (talking to the simulator started beside it). Only app/deskline uses it.
class EmbeddedHub : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedHub(const Clock &clock, QObject *parent = nullptr);
    ~EmbeddedHub() override;

    // The demo: the simulator on the scenario, at real time, and a hub on a throwaway database.
    bool startDemo(const QByteArray &scenario, QString *error);
    // One desk: a hub on `databaseUrl` forwarding to Meta with the secrets from the environment
    // (DESKLINE_APP_SECRET, DESKLINE_VERIFY_TOKEN, DESKLINE_ACCESS_TOKEN), webhooks on `port`.
    bool startOneDesk(const QString &databaseUrl, const QString &wabaId, quint16 port, QString *error);

    [[nodiscard]] QUrl hubUrl() const;
    [[nodiscard]] QString directory() const { return m_dir ? m_dir->path() : QString(); }
    Hub::HubServer *hub() { return m_hub.get(); }
    Sim::SimServer *simulator() { return m_sim.get(); }

    // An agent for this process to sign in as, with a password that lives only in memory.
    bool addAgent(const QString &name, Hub::Role role, QString *password, QString *error);

    // The demo's month so far on each line (as if the hub had run since the 1st): one line close
    // to the end of its free service allowance.
    void seedDemoMonth();

private:
    const Clock &m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<Hub::HubServer> m_hub;
};

} // namespace Deskline::App
