#pragma once

#include "core/clock.h"

#include "storage/cache_store.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace Deskline::Widgets {

// System tray notifications: a new customer message in a chat that is mine or unassigned, and
// a chat of mine whose customer service window closes within the configured minutes (once per
// window). `notified` carries the same texts, for tests and for a tray-less desktop.
class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(Storage::CacheStore &cache, const Clock &clock, QString agent, QObject *parent = nullptr);

    void setEnabled(bool messages, int closeMinutes);
    // After the sync engine committed: looks at the messages that arrived.
    void onChanges(const Storage::CacheChanges &changes);
    // On the console's tick: my chats closing soon.
    void checkClosing();

signals:
    void notified(const QString &title, const QString &text, const QString &chatKey);
    void activated(const QString &chatKey);

private:
    void show(const QString &title, const QString &text, const QString &chatKey);

    Storage::CacheStore &m_cache;
    const Clock &m_clock;
    QString m_agent;
    bool m_messages = true;
    int m_closeMinutes = 15;
    EpochSeconds m_started;
    EpochSeconds m_lastClosingCheck = 0;
    QSet<QString> m_warned; // chat key + window start
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastChat;
};

} // namespace Deskline::Widgets
