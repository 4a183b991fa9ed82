#include "storage/secret_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcKeyring, "deskline.storage.keyring", QtInfoMsg)

namespace Deskline::Storage {

namespace {

// probe() writes, reads and deletes a key of its own, "probe:<random>": it cannot collide with
// keyFor()'s "hub:…" keys, nor with another probe running at the same time.
constexpr QStringView kProbePrefix = u"probe:";

QByteArray randomToken()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

// libsecret names a missing default collection by its object path; the path is not translated.
constexpr QStringView kMissingCollectionHint = u"/org/freedesktop/secrets/collection/";

QString explainNoKeyring()
{
    //: Shown when no Secret Service (GNOME Keyring, KWallet, …) answers on this computer
    return QCoreApplication::translate("Deskline::Storage",
        "Deskline keeps your sign-in in the system keyring, and none is running. Install and "
        "start a keyring (for example GNOME Keyring or KWallet), then sign in again.");
}

QString explainNoDefaultKeyring()
{
    //: Shown when a keyring service runs but has no default keyring (collection) to store into
    return QCoreApplication::translate("Deskline::Storage",
        "Deskline keeps your sign-in in the system keyring, and it has no default keyring yet. "
        "Create one in your keyring manager (for example Passwords and Keys), then sign in "
        "again.");
}

QString explainNoAnswer()
{
    //: Shown when the keyring did not answer within a few seconds
    return QCoreApplication::translate("Deskline::Storage",
        "The system keyring did not answer in time. If it is asking for a password in another "
        "window, answer it; otherwise restart the keyring (for example GNOME Keyring or "
        "KWallet), then sign in again.");
}

QString explainLocked()
{
    return QCoreApplication::translate("Deskline::Storage",
        "The system keyring is locked. Unlock it (your login password usually does it), then "
        "sign in again.");
}

QString explainNotFound()
{
    //: Shown when no token is stored for this hub and agent, e.g. on a first sign-in
    return QCoreApplication::translate("Deskline::Storage",
        "No sign-in is saved on this computer for this hub and agent. Sign in again.");
}

QString explainMismatch()
{
    //: Shown when the keyring returned something other than what was just stored in it
    return QCoreApplication::translate("Deskline::Storage",
        "The system keyring did not give back what Deskline stored in it, so it cannot keep "
        "your sign-in safely. Check or reset the keyring (for example GNOME Keyring or "
        "KWallet), then sign in again.");
}

QString explainBadRequest()
{
    return QCoreApplication::translate("Deskline::Storage",
        "Deskline could not use the system keyring because of an internal error. Please "
        "report it.");
}

QLatin1StringView statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return QLatin1StringView("ok");
    case SecretStatus::NotFound:
        return QLatin1StringView("not found");
    case SecretStatus::Unavailable:
        return QLatin1StringView("unavailable");
    case SecretStatus::Locked:
        return QLatin1StringView("locked");
    case SecretStatus::Error:
        return QLatin1StringView("error");
    }
    return QLatin1StringView("?");
}

SecretResult failure(SecretStatus status, QString explanation, QString detail)
{
    SecretResult r;
    r.status = status;
    r.explanation = std::move(explanation);
    r.detail = std::move(detail);
    return r;
}

int defaultPort(const QString &scheme)
{
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    return -1;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

// Jobs still running are abandoned: the watch timers, children of this object, go with it and
// take the connections along; each job deletes itself when the keyring answers.
SecretStore::~SecretStore() = default;

QString SecretStore::service()
{
    return QStringLiteral("deskline");
}

QString SecretStore::keyFor(const QUrl &hub, const QString &agent)
{
    const QString scheme = hub.scheme().toLower();
    const QString host = hub.host(QUrl::FullyEncoded); // QUrl keeps hosts lower-case; ACE form
    if (scheme.isEmpty() || host.isEmpty() || agent.isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(host);
    origin.setPort(hub.port(defaultPort(scheme)));
    return u"hub:" + origin.toString(QUrl::FullyEncoded) + u"|agent:" + agent;
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

void SecretStore::write(
    const QString &key, const QByteArray &secret, const QObject *context, Callback done)
{
    if (key.isEmpty() || secret.isEmpty()) {
        refuse(key.isEmpty() ? QStringLiteral("write: empty key")
                             : QStringLiteral("write: empty secret for %1").arg(key),
            context, std::move(done));
        return;
    }
    start(Operation::Write, key, secret, context, std::move(done));
}

void SecretStore::read(const QString &key, const QObject *context, Callback done)
{
    if (key.isEmpty()) {
        refuse(QStringLiteral("read: empty key"), context, std::move(done));
        return;
    }
    start(Operation::Read, key, {}, context, std::move(done));
}

void SecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    if (key.isEmpty()) {
        refuse(QStringLiteral("remove: empty key"), context, std::move(done));
        return;
    }
    start(Operation::Remove, key, {}, context, std::move(done));
}

void SecretStore::refuse(const QString &why, const QObject *context, Callback done)
{
    qCWarning(lcKeyring).noquote() << why;
    deliver(
        Receiver(context), std::move(done), failure(SecretStatus::Error, explainBadRequest(), why));
}

void SecretStore::start(Operation operation, const QString &key, const QByteArray &secret,
    const QObject *context, Callback done)
{
    run(operation, key, secret, m_timeout,
        [this, operation, key, receiver = Receiver(context), done = std::move(done)](
            SecretResult r) {
            if (r.status == SecretStatus::NotFound)
                qCDebug(lcKeyring).noquote() << operationName(operation) << key << u"found nothing";
            else if (!r.isOk())
                qCWarning(lcKeyring).noquote() << operationName(operation) << key << u"failed:"
                                               << statusName(r.status) << u"—" << r.detail;
            deliver(receiver, done, std::move(r));
        });
}

void SecretStore::probe(const QObject *context, ProbeCallback done)
{
    struct Probe
    {
        QDeadlineTimer deadline;
        QString key;
        QByteArray value;
        std::optional<ProbeResult> failed;
    };
    auto probe = std::make_shared<Probe>();
    probe->deadline = QDeadlineTimer(m_timeout);
    probe->key = kProbePrefix + QString::fromLatin1(randomToken());
    probe->value = randomToken();

    // Every step shares the one deadline; each next step starts from the event loop, never from
    // inside the previous job's finished handler.
    auto remaining = [probe] {
        return std::chrono::ceil<std::chrono::milliseconds>(
            probe->deadline.remainingTimeAsDuration());
    };
    auto stepFailed = [](QStringView step, const SecretResult &r) {
        ProbeResult p;
        p.availability = KeyringAvailability::Unavailable;
        p.reason = r.status;
        p.explanation = r.explanation;
        p.detail = u"probe " + step + u": " + r.detail;
        return p;
    };
    auto finish = [this, receiver = Receiver(context), done = std::move(done)](ProbeResult p) {
        if (p.isAvailable()) {
            p.reason = SecretStatus::Ok;
            qCDebug(lcKeyring) << "probe: keyring available";
        } else {
            qCWarning(lcKeyring).noquote()
                << u"probe: keyring unavailable:" << statusName(p.reason) << u"—" << p.detail;
        }
        QTimer::singleShot(0, this, [receiver, done, p = std::move(p)] {
            if (receiver.isAlive())
                done(p);
        });
    };
    auto cleanUp = [this, probe, remaining, stepFailed, finish] {
        if (remaining().count() <= 0) { // no time left: the write may or may not be there
            finish(probe->failed.value_or(stepFailed(u"delete",
                failure(SecretStatus::Unavailable, explainNoAnswer(),
                    QStringLiteral("no time left to delete the probe value")))));
            return;
        }
        run(Operation::Remove, probe->key, {}, remaining(),
            [probe, stepFailed, finish](SecretResult r) {
                if (!probe->failed && !r.isOk())
                    probe->failed = stepFailed(u"delete", r);
                ProbeResult available;
                available.availability = KeyringAvailability::Available;
                finish(probe->failed.value_or(available));
            });
    };
    auto readBack = [this, probe, remaining, stepFailed, cleanUp] {
        run(Operation::Read, probe->key, {}, remaining(),
            [this, probe, stepFailed, cleanUp](SecretResult r) {
                if (r.status == SecretStatus::NotFound || (r.isOk() && r.secret != probe->value))
                    r = failure(SecretStatus::Error, explainMismatch(),
                        r.isOk() ? QStringLiteral("read back a different value")
                                 : QStringLiteral("the value just written is missing"));
                if (!r.isOk())
                    probe->failed = stepFailed(u"read", r);
                QTimer::singleShot(0, this, cleanUp);
            });
    };
    run(Operation::Write, probe->key, probe->value, remaining(),
        [this, stepFailed, finish, readBack](SecretResult r) {
            if (!r.isOk()) {
                finish(stepFailed(u"write", r));
                return;
            }
            QTimer::singleShot(0, this, readBack);
        });
}

void SecretStore::run(Operation operation, const QString &key, const QByteArray &secret,
    std::chrono::milliseconds timeout, JobFinished finished)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service());
        writeJob->setBinaryData(secret);
        job = writeJob;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext QSettings copy
    job->setAutoDelete(true); // the job deletes itself after finished(), even when abandoned

    // The watch owns both connections: whichever of finished and timeout comes first ends it.
    auto *watch = new QTimer(this);
    watch->setSingleShot(true);
    watch->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    connect(
        job, &QKeychain::Job::finished, watch, [watch, operation, finished](QKeychain::Job *done) {
            watch->stop();
            watch->deleteLater();
            finished(resultOf(operation, *done));
        });
    connect(watch, &QTimer::timeout, this,
        [watch, job = QPointer<QKeychain::Job>(job), key, timeout, finished] {
            // Abandon: stop listening, but leave the job alive until the keyring answers
            // (libsecret's pending callback points into it); autoDelete then removes it.
            if (job)
                QObject::disconnect(job, nullptr, watch, nullptr);
            watch->deleteLater();
            finished(failure(SecretStatus::Unavailable, explainNoAnswer(),
                QStringLiteral("no answer from the keyring within %1 ms (%2)")
                    .arg(timeout.count())
                    .arg(key)));
        });
    watch->start(timeout);
    job->start(); // queued: QtKeychain starts it from the event loop
}

QLatin1StringView SecretStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return QLatin1StringView("write of");
    case Operation::Read:
        return QLatin1StringView("read of");
    case Operation::Remove:
        return QLatin1StringView("remove of");
    }
    return QLatin1StringView("?");
}

SecretResult SecretStore::resultOf(Operation operation, const QKeychain::Job &job)
{
    const QString detail
        = u"QtKeychain error " + QString::number(job.error()) + u": " + job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: {
        SecretResult r;
        r.status = SecretStatus::Ok;
        if (operation == Operation::Read)
            r.secret = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
        return r;
    }
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove) // nothing to delete is what remove() wants
            return SecretResult {SecretStatus::Ok, {}, {}, {}};
        return failure(SecretStatus::NotFound, explainNotFound(), detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return failure(SecretStatus::Locked, explainLocked(), detail);
    default:
        // On Linux QtKeychain 0.13 reports almost every libsecret failure as OtherError: no
        // session bus, no Secret Service, no default collection, libsecret missing.
        return failure(SecretStatus::Unavailable,
            job.errorString().contains(kMissingCollectionHint) ? explainNoDefaultKeyring()
                                                               : explainNoKeyring(),
            detail);
    }
}

void SecretStore::deliver(const Receiver &receiver, Callback done, SecretResult result)
{
    QTimer::singleShot(0, this, [receiver, done = std::move(done), result = std::move(result)] {
        if (receiver.isAlive())
            done(result);
    });
}

} // namespace Deskline::Storage
