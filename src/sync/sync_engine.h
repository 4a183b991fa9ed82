#pragma once

#include "storage/cache_store.h"
#include "sync/hub_client.h"

#include "core/clock.h"
#include "net/backoff.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Deskline::Sync {

enum class SyncState { Offline, Connecting, Online, Reconnecting };

// Keeps the local cache converged with the hub and drains the outbox (docs/sync.md).
//
// First connect: snapshot, then the stream from the snapshot's seq; later: the stream from the
// stored cursor. Events are applied in order, idempotently, the cursor in the same transaction;
// `changed` goes out after each commit. A gap or an unknown kind is logged and triggers a full
// resync — never a silent skip. Disconnects reconnect with backoff.
//
// Sends: stored in the outbox (and visible as pending) before anything else; drained one at a
// time with the client id as Idempotency-Key, so a retry after a crash or a lost answer is never
// a second message.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Storage::CacheStore &cache, HubClient &hub, const Clock &clock, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] SyncState state() const { return m_state; }
    [[nodiscard]] qint64 resyncCount() const { return m_resyncs; }
    // A send is on its way to the hub (its answer has not come back yet).
    [[nodiscard]] bool isDraining() const { return m_draining; }

    // Queues a message; returns its client id (empty, with `error`, when it could not be stored).
    QString send(const QString &lineId, const QString &chatKey, const QString &to, const QJsonObject &body,
                 QString *error = nullptr);
    // Tries the outbox now (also done after every connect and every enqueue).
    void drain();

    // Team actions go straight to the hub (they are events there; the stream brings the result
    // back into the cache). `done` gets an empty string on success, else the reason in the
    // agent's words.
    using Done = std::function<void(const QString &problem)>;
    void claim(const QString &chatKey, Done done);
    void release(const QString &chatKey, Done done);
    void assign(const QString &chatKey, const QString &agent, Done done);
    // Uploads a file through the hub, then queues it as an image, video, audio or document
    // message with the caption. `done` gets an empty string once it is queued.
    void sendMedia(const QString &lineId, const QString &chatKey, const QString &to, const QString &filePath,
                   const QString &caption, Done done);
    // Sends the whole outbox item again under a new client id (a failed send the agent retries).
    QString retry(const QString &clientId, QString *error = nullptr);

    void setReconnectBackoff(const Net::Backoff &backoff) { m_backoff = backoff; }

signals:
    void stateChanged(Deskline::Sync::SyncState state);
    void changed(const Deskline::Storage::CacheChanges &changes);
    // A send Meta or the hub refused: the agent's words (core's catalogue) and whether a retry
    // makes sense.
    void sendRefused(const QString &clientId, const QString &message, bool retryable);

private:
    void setState(SyncState s);
    void connectStream();
    void resync(const QString &why);
    void onEvents(const QList<QJsonObject> &events);
    void onClosed(int code, const QString &reason);
    void scheduleReconnect();

    Storage::CacheStore &m_cache;
    HubClient &m_hub;
    const Clock &m_clock;
    SyncState m_state = SyncState::Offline;
    bool m_running = false;
    bool m_draining = false;
    int m_attempt = 0;
    qint64 m_resyncs = 0;
    Net::Backoff m_backoff;
    QTimer m_reconnect;
};

} // namespace Deskline::Sync
