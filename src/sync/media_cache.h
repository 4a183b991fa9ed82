#pragma once

#include "sync/hub_client.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Deskline::Sync {

// Customers' photos, voice notes and documents, downloaded through the hub on demand and kept in a
// bounded directory: the least recently used files go first when it grows past its limit.
class MediaCache : public QObject
{
    Q_OBJECT

public:
    MediaCache(HubClient &hub, QString directory, qint64 maxBytes, QObject *parent = nullptr);

    struct Result
    {
        QString path;        // the file on disk; empty on failure
        QByteArray contentType;
        bool fromDisk = false;
        QString error;       // for logs
    };
    using Callback = std::function<void(const Result &)>;

    void fetch(const QString &mediaId, QObject *context, Callback done);
    [[nodiscard]] qint64 totalBytes() const;
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }

private:
    [[nodiscard]] QString pathFor(const QString &mediaId) const;
    void evict(const QString &keep);

    HubClient &m_hub;
    QString m_dir;
    qint64 m_maxBytes;
};

} // namespace Deskline::Sync
