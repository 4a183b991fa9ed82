#include "sync/sync_engine.h"

#include "core/graph_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QLoggingCategory>
#include <QUuid>

#include <csignal>

Q_LOGGING_CATEGORY(lcSync, "deskline.sync")

namespace Deskline::Sync {

namespace {

// Fault injection for the crash tests (tests/integration/sync/tst_outbox_crash):
// DESKLINE_CRASH_AT=<step> kills the process with SIGKILL when the send reaches that step.
void crashPoint(const char *step)
{
    static const QByteArray at = qgetenv("DESKLINE_CRASH_AT");
    if (!at.isEmpty() && at == step)
        ::raise(SIGKILL);
}

} // namespace

SyncEngine::SyncEngine(Storage::CacheStore &cache, HubClient &hub, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_hub(hub)
    , m_clock(clock)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectStream);
    connect(&m_hub, &HubClient::streamOpened, this, [this] {
        m_attempt = 0;
        setState(SyncState::Online);
        drain();
    });
    connect(&m_hub, &HubClient::streamEvents, this, &SyncEngine::onEvents);
    connect(&m_hub, &HubClient::streamClosed, this, &SyncEngine::onClosed);
}

void SyncEngine::setState(SyncState s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void SyncEngine::start()
{
    QString error;
    if (const int requeued = m_cache.requeueInterrupted(&error); requeued > 0)
        qCInfo(lcSync) << requeued << "interrupted send(s) queued again under the same client id";
    m_running = true;
    setState(SyncState::Connecting);
    if (m_cache.cursor() == 0)
        resync(QStringLiteral("first connect"));
    else
        connectStream();
}

void SyncEngine::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_hub.closeStream();
    setState(SyncState::Offline);
}

void SyncEngine::connectStream()
{
    if (!m_running)
        return;
    m_hub.openStream(m_cache.cursor());
}

void SyncEngine::resync(const QString &why)
{
    ++m_resyncs;
    qCWarning(lcSync).noquote() << "resync from a snapshot:" << why;
    m_hub.closeStream();
    m_hub.snapshot(this, [this](const HubClient::Answer &a) {
        if (!m_running)
            return;
        if (!a.ok()) {
            qCWarning(lcSync).noquote() << "snapshot failed:" << (a.status ? QString::number(a.status) : a.transportError);
            scheduleReconnect();
            return;
        }
        Storage::CacheChanges changes;
        QString error;
        if (!m_cache.applySnapshot(a.json, &changes, &error)) {
            qCCritical(lcSync).noquote() << "snapshot not applied:" << error;
            scheduleReconnect();
            return;
        }
        emit changed(changes);
        connectStream();
    });
}

void SyncEngine::onEvents(const QList<QJsonObject> &events)
{
    Storage::CacheChanges changes;
    QString error;
    switch (m_cache.applyEvents(events, &changes, &error)) {
    case Storage::ApplyResult::Applied:
        emit changed(changes);
        if (changes.outbox)
            drain();
        return;
    case Storage::ApplyResult::Gap:
        resync(QStringLiteral("sequence gap after %1: %2").arg(m_cache.cursor()).arg(error));
        return;
    case Storage::ApplyResult::UnknownKind:
        resync(QStringLiteral("unknown event kind: %1").arg(error));
        return;
    case Storage::ApplyResult::Error:
        qCCritical(lcSync).noquote() << "events not applied:" << error;
        resync(QStringLiteral("apply error"));
        return;
    }
}

void SyncEngine::onClosed(int code, const QString &reason)
{
    qCInfo(lcSync).noquote() << "stream closed" << code << reason;
    if (!m_running)
        return;
    if (code == 4401) {
        setState(SyncState::Offline); // the token is no longer valid: sign in again
        m_running = false;
        return;
    }
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    if (!m_running)
        return;
    setState(SyncState::Reconnecting);
    const auto delay = m_backoff.delay(++m_attempt);
    m_reconnect.start(delay);
}

QString SyncEngine::send(const QString &lineId, const QString &chatKey, const QString &to, const QJsonObject &body,
                         QString *error)
{
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject request = body;
    request.insert(QStringLiteral("to"), to);
    if (!m_cache.enqueueSend(clientId, lineId, chatKey, to, body.value(QLatin1StringView("type")).toString(QStringLiteral("text")),
                             request, m_clock.now(), error))
        return QString();
    crashPoint("after-enqueue");
    Storage::CacheChanges changes;
    changes.chats.insert(chatKey);
    changes.outbox = true;
    emit changed(changes);
    QTimer::singleShot(0, this, &SyncEngine::drain);
    return clientId;
}

void SyncEngine::drain()
{
    if (m_draining || m_state != SyncState::Online)
        return;
    const QList<Storage::OutboxItem> items = m_cache.sendable();
    if (items.isEmpty())
        return;
    const Storage::OutboxItem item = items.first();
    m_draining = true;
    m_cache.markSending(item.clientId);
    crashPoint("after-mark-sending");
    m_hub.send(item.lineId, item.clientId, item.request, this, [this, item](const HubClient::Answer &a) {
        crashPoint("after-hub-answer");
        m_draining = false;
        Storage::CacheChanges changes;
        changes.outbox = true;
        changes.chats.insert(item.chatKey);
        const QJsonObject error = a.json.value(QLatin1StringView("error")).toObject();
        if (a.status == 200) {
            m_cache.markAccepted(item.clientId, a.json.value(QLatin1StringView("wamid")).toString());
        } else if (a.status == 202) {
            m_cache.markUnconfirmed(item.clientId); // the hub settles it from status webhooks
        } else if (a.status == 409 && error.value(QLatin1StringView("reason")).toString() == u"outside_service_window") {
            m_cache.markDraft(item.clientId, error.value(QLatin1StringView("message")).toString());
            emit sendRefused(item.clientId, error.value(QLatin1StringView("message")).toString(), false);
        } else if (a.status >= 400 && a.status < 500 && a.status != 401 && a.status != 408 && a.status != 429) {
            const int code = error.value(QLatin1StringView("code")).toInt();
            const GraphErrorInfo info = GraphErrorCatalogue::lookup(code);
            const bool retryable = code != 0 && info.isRetryable();
            m_cache.markFailed(item.clientId, error, retryable);
            emit sendRefused(item.clientId, code ? info.meaning() : error.value(QLatin1StringView("message")).toString(), retryable);
        } else {
            // The hub is unreachable or busy: the item stays queued; the same client id makes the
            // next attempt safe.
            m_cache.markFailed(item.clientId, QJsonObject{{QStringLiteral("transport"), a.transportError},
                                                           {QStringLiteral("status"), a.status}}, true);
            emit changed(changes);
            return; // retried on the next connect
        }
        emit changed(changes);
        QTimer::singleShot(0, this, &SyncEngine::drain);
    });
}


// ---- team actions ---------------------------------------------------------------------------

namespace {

QString teamText(const char *text)
{
    return QCoreApplication::translate("Deskline::Sync", text);
}

// The hub's refusal of a team action, in the agent's words.
QString teamProblem(const HubClient::Answer &a)
{
    if (a.ok())
        return QString();
    const QJsonObject error = a.json.value(QLatin1StringView("error")).toObject();
    const QString reason = error.value(QLatin1StringView("reason")).toString();
    if (a.status == 0)
        return teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "The hub cannot be reached. Try again when the console is back online."));
    if (a.status == 409 && reason == u"already_assigned")
        return teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "%1 took this chat first."))
            .arg(error.value(QLatin1StringView("assignee")).toString());
    if (a.status == 403)
        return teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "Your role does not allow this. Ask a supervisor."));
    if (a.status == 404)
        return teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "The hub does not know this chat or agent."));
    return teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "The hub refused this (%1)."))
        .arg(error.value(QLatin1StringView("message")).toString(QString::number(a.status)));
}

} // namespace

void SyncEngine::claim(const QString &chatKey, Done done)
{
    m_hub.claim(chatKey, this, [done](const HubClient::Answer &a) { done(teamProblem(a)); });
}

void SyncEngine::release(const QString &chatKey, Done done)
{
    m_hub.release(chatKey, this, [done](const HubClient::Answer &a) { done(teamProblem(a)); });
}

void SyncEngine::assign(const QString &chatKey, const QString &agent, Done done)
{
    m_hub.assign(chatKey, agent, this, [done](const HubClient::Answer &a) { done(teamProblem(a)); });
}

void SyncEngine::sendMedia(const QString &lineId, const QString &chatKey, const QString &to, const QString &filePath,
                           const QString &caption, Done done)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        done(teamText(QT_TRANSLATE_NOOP("Deskline::Sync", "The file cannot be read: %1")).arg(file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, data).name();
    const QString type = mime.startsWith(u"image/") ? QStringLiteral("image")
        : mime.startsWith(u"video/")                ? QStringLiteral("video")
        : mime.startsWith(u"audio/")                ? QStringLiteral("audio")
                                                    : QStringLiteral("document");
    const QString fileName = QFileInfo(filePath).fileName();
    m_hub.uploadMedia(lineId, data, mime.toUtf8(), fileName, this,
                      [this, lineId, chatKey, to, type, caption, fileName, done](const HubClient::Answer &a) {
        if (!a.ok()) {
            done(teamProblem(a));
            return;
        }
        QJsonObject media{{QStringLiteral("id"), a.json.value(QLatin1StringView("id")).toString()}};
        if (type != u"audio" && !caption.isEmpty())
            media.insert(QStringLiteral("caption"), caption);
        if (type == u"document")
            media.insert(QStringLiteral("filename"), fileName);
        QString error;
        if (send(lineId, chatKey, to, QJsonObject{{QStringLiteral("type"), type}, {type, media}}, &error).isEmpty())
            done(error);
        else
            done(QString());
    });
}

QString SyncEngine::retry(const QString &clientId, QString *error)
{
    const std::optional<Storage::OutboxItem> item = m_cache.outboxItem(clientId);
    if (!item) {
        if (error)
            *error = QStringLiteral("no such send");
        return QString();
    }
    QJsonObject body = item->request;
    body.remove(QStringLiteral("to"));
    return send(item->lineId, item->chatKey, item->to, body, error);
}

} // namespace Deskline::Sync
