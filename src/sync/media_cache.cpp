#include "sync/media_cache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcMedia, "deskline.sync.media")

namespace Deskline::Sync {

MediaCache::MediaCache(HubClient &hub, QString directory, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_dir(std::move(directory))
    , m_maxBytes(maxBytes)
{
    QDir().mkpath(m_dir);
}

QString MediaCache::pathFor(const QString &mediaId) const
{
    // Media ids are digits at Meta; hash anyway so no id can name a path outside the cache.
    return m_dir + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(mediaId.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

void MediaCache::fetch(const QString &mediaId, QObject *context, Callback done)
{
    const QString path = pathFor(mediaId);
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime); // recently used
        QFile type(path + QStringLiteral(".type"));
        const QByteArray contentType = type.open(QIODevice::ReadOnly) ? type.readAll() : QByteArray();
        done(Result{path, contentType, true, QString()});
        return;
    }
    m_hub.downloadMedia(mediaId, context, [this, path, done](const HubClient::Media &m) {
        if (m.status != 200) {
            done(Result{QString(), QByteArray(), false,
                        m.status ? QStringLiteral("HTTP %1").arg(m.status) : m.transportError});
            return;
        }
        QSaveFile file(path); // all or nothing: a half-written file never looks cached
        if (!file.open(QIODevice::WriteOnly) || file.write(m.data) != m.data.size() || !file.commit()) {
            done(Result{QString(), QByteArray(), false, QStringLiteral("cannot write %1").arg(path)});
            return;
        }
        QSaveFile type(path + QStringLiteral(".type"));
        if (type.open(QIODevice::WriteOnly)) {
            type.write(m.contentType);
            type.commit();
        }
        evict(path);
        done(Result{path, m.contentType, false, QString()});
    });
}

qint64 MediaCache::totalBytes() const
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

void MediaCache::evict(const QString &keep)
{
    QFileInfoList files;
    for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files, QDir::Time | QDir::Reversed)) {
        if (!f.fileName().endsWith(u".type"))
            files.append(f); // oldest first
    }
    qint64 total = totalBytes();
    for (const QFileInfo &f : std::as_const(files)) {
        if (total <= m_maxBytes)
            break;
        if (f.filePath() == keep)
            continue; // the file just asked for stays, even when it alone is over the limit
        total -= f.size();
        QFile::remove(f.filePath());
        QFile::remove(f.filePath() + QStringLiteral(".type"));
        qCInfo(lcMedia).noquote() << "evicted" << f.fileName() << f.size() << "bytes";
    }
}

} // namespace Deskline::Sync
