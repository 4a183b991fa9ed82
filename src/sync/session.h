#pragma once

#include "storage/secret_store.h"
#include "sync/hub_client.h"

#include <QObject>

#include <functional>

namespace Deskline::Sync {

// Signing in to a hub. The token lives only in the OS keyring (Storage::SecretStore) under a
// per-hub, per-agent key, and in memory while the console runs — never in a file, QSettings or a
// log. When the keyring cannot be used, the agent can still work this session, and is told in
// their language why they will have to sign in again next time.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(QUrl hub, QString agent, Storage::SecretStore &secrets, HubClient &client,
            QObject *parent = nullptr);

    enum class State { SignedIn, NeedsPassword, WrongPassword, HubUnreachable, KeyringUnavailable };
    struct Result
    {
        State state = State::NeedsPassword;
        bool remembered = false; // the token is in the keyring for the next start
        QString explanation;     // translated; empty when there is nothing to say
    };
    using Callback = std::function<void(const Result &)>;

    // At start: the token from the keyring, if there is one.
    void resume(Callback done);
    // With a password: signs in at the hub and keeps the token in the keyring.
    void signIn(const QString &password, Callback done);
    // Forgets the token here and in the keyring.
    void signOut(Callback done);

    [[nodiscard]] QString key() const { return Storage::SecretStore::keyFor(m_hub, m_agent); }

private:
    QUrl m_hub;
    QString m_agent;
    Storage::SecretStore &m_secrets;
    HubClient &m_client;
};

} // namespace Deskline::Sync
