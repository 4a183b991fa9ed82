#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Deskline::Storage {

// What became of one keyring operation.
enum class SecretStatus {
    Ok, // done; for read(), `secret` holds the value
    NotFound, // read(): nothing stored under the key (a first sign-in)
    Unavailable, // no usable keyring: none running, none set up, or no answer in time
    Locked, // the keyring is there but locked (QtKeychain's AccessDenied)
    Error, // the request itself was wrong (empty key or secret) or the keyring gave back garbage
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Error;
    // read() with Ok only. Never log it; nothing in this class does.
    QByteArray secret;
    // For the agent, translated (context "Deskline::Storage"): what happened and what to install
    // or unlock. Empty for Ok.
    QString explanation;
    // For logs: QtKeychain's errorString or why the job was abandoned. Never holds the secret.
    QString detail;

    [[nodiscard]] bool isOk() const { return status == SecretStatus::Ok; }
};

enum class KeyringAvailability { Available, Unavailable };

struct ProbeResult
{
    KeyringAvailability availability = KeyringAvailability::Unavailable;
    // The status of the step that failed (Unavailable, Locked or Error); Ok when available.
    SecretStatus reason = SecretStatus::Error;
    QString explanation; // translated, for the agent; empty when available
    QString detail; // for logs: which step failed, and why

    [[nodiscard]] bool isAvailable() const
    {
        return availability == KeyringAvailability::Available;
    }
};

// The console's hub token lives here and only here: the OS keyring (Secret Service through
// QtKeychain 0.13), service "deskline". Never SQLite, QSettings, logs, or a plaintext fallback.
//
// Every call is asynchronous. The callback runs once, later, on this object's thread, from the
// event loop (never from inside the call, never from inside QtKeychain's finished handler), so
// it may start the next operation. It is not called if `context` is destroyed first, nor after
// this store is destroyed.
//
// Every job has a timeout (5 s by default). A job that has not finished by then is abandoned and
// reported as Unavailable: the store stops listening to it and leaves it to delete itself when
// the keyring answers. (libsecret's pending callback holds a raw pointer into the job: deleting it
// while the keyring is still busy, e.g. behind an unlock prompt, crashes when the answer comes.)
// QtKeychain runs one job at a time, so jobs queued behind a hung one time out too; an abandoned
// write may still land later.
//
// What libsecret does with a locked keyring: write() and probe() say Locked, but a read() finds
// nothing (NotFound) and a remove() deletes nothing yet says Ok, because locked items are hidden.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    using ProbeCallback = std::function<void(const ProbeResult &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout {5000};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // "deskline": the service every key is stored under.
    [[nodiscard]] static QString service();
    // "hub:https://hub.example.com:443|agent:alice": scheme and host lower-case, the host in its
    // ASCII (punycode) form, the port always written out (80/443 for http(s) and ws(s) when the
    // URL has none); user info, path, query and fragment dropped. Empty when `hub` has no scheme
    // or host, or `agent` is empty.
    [[nodiscard]] static QString keyFor(const QUrl &hub, const QString &agent);

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // Stores (or replaces) `secret` under `key`. Ok, or why not.
    void write(const QString &key, const QByteArray &secret, const QObject *context, Callback done);
    // Ok with the secret, NotFound (also when the keyring is locked), or why the keyring could
    // not say.
    void read(const QString &key, const QObject *context, Callback done);
    // Ok also when nothing was stored under `key` (and when the keyring is locked).
    void remove(const QString &key, const QObject *context, Callback done);

    // QtKeychain 0.13 has no isAvailable(): writes a random value under a key of its own
    // ("probe:<random>", so probes may overlap), reads it back, compares and deletes it, all
    // within one timeout. Available, or Unavailable with the failed step's status, explanation
    // and detail.
    void probe(const QObject *context, ProbeCallback done);

private:
    enum class Operation { Write, Read, Remove };
    using JobFinished = std::function<void(SecretResult)>;

    // Whom a callback is for: no context, or a context that must still be alive.
    struct Receiver
    {
        explicit Receiver(const QObject *context)
            : m_context(context)
            , m_hasContext(context != nullptr)
        {
        }
        [[nodiscard]] bool isAlive() const { return !m_hasContext || m_context; }

    private:
        QPointer<const QObject> m_context;
        bool m_hasContext;
    };

    void refuse(const QString &why, const QObject *context, Callback done);
    void start(Operation operation, const QString &key, const QByteArray &secret,
        const QObject *context, Callback done);
    void run(Operation operation, const QString &key, const QByteArray &secret,
        std::chrono::milliseconds timeout, JobFinished finished);
    [[nodiscard]] static QLatin1StringView operationName(Operation operation);
    [[nodiscard]] static SecretResult resultOf(Operation operation, const QKeychain::Job &job);
    void deliver(const Receiver &receiver, Callback done, SecretResult result);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace Deskline::Storage
