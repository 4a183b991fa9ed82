#include "sync/session.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "deskline.sync.session")

namespace Deskline::Sync {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Deskline::Sync", text);
}

} // namespace

Session::Session(QUrl hub, QString agent, Storage::SecretStore &secrets, HubClient &client, QObject *parent)
    : QObject(parent)
    , m_hub(std::move(hub))
    , m_agent(std::move(agent))
    , m_secrets(secrets)
    , m_client(client)
{
}

void Session::resume(Callback done)
{
    m_secrets.read(key(), this, [this, done](const Storage::SecretResult &r) {
        Result result;
        switch (r.status) {
        case Storage::SecretStatus::Ok:
            m_client.setToken(r.secret);
            result.state = State::SignedIn;
            result.remembered = true;
            break;
        case Storage::SecretStatus::NotFound:
            result.state = State::NeedsPassword;
            break;
        default:
            qCWarning(lcSession).noquote() << "keyring:" << r.detail;
            result.state = State::NeedsPassword;
            result.explanation = r.explanation;
            break;
        }
        done(result);
    });
}

void Session::signIn(const QString &password, Callback done)
{
    m_client.login(m_agent, password, this, [this, done](const HubClient::Answer &a) {
        if (!a.ok()) {
            Result result;
            if (a.status == 401) {
                result.state = State::WrongPassword;
                result.explanation = translated(QT_TRANSLATE_NOOP("Deskline::Sync", "The name or the password is wrong."));
            } else {
                result.state = State::HubUnreachable;
                //: %1 is the hub's address
                result.explanation = translated(QT_TRANSLATE_NOOP("Deskline::Sync", "The hub at %1 cannot be reached. Check the address and the network, then try again."))
                                         .arg(m_hub.toString());
            }
            done(result);
            return;
        }
        const QByteArray token = a.json.value(QLatin1StringView("token")).toString().toUtf8();
        m_client.setToken(token); // works this session in any case
        m_secrets.write(key(), token, this, [done](const Storage::SecretResult &r) {
            Result result;
            result.state = State::SignedIn;
            result.remembered = r.isOk();
            if (!r.isOk()) {
                qCWarning(lcSession).noquote() << "keyring:" << r.detail;
                result.explanation = r.explanation + u' '
                    + translated(QT_TRANSLATE_NOOP("Deskline::Sync", "You are signed in for now, but you will have to sign in again the next time Deskline starts."));
            }
            done(result);
        });
    });
}

void Session::signOut(Callback done)
{
    m_client.setToken({});
    m_secrets.remove(key(), this, [done](const Storage::SecretResult &r) {
        Result result;
        result.state = State::NeedsPassword;
        if (!r.isOk() && r.status != Storage::SecretStatus::NotFound)
            result.explanation = r.explanation;
        done(result);
    });
}

} // namespace Deskline::Sync
