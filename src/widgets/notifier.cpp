#include "widgets/notifier.h"

#include "widgets/countdown.h"
#include "widgets/message_text.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Deskline::Widgets {

Notifier::Notifier(Storage::CacheStore &cache, const Clock &clock, QString agent, QObject *parent)
    : QObject(parent), m_cache(cache), m_clock(clock), m_agent(std::move(agent)), m_started(clock.now())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                         ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                         : QApplication::windowIcon(),
                                     this);
        m_tray->setToolTip(QStringLiteral("Deskline"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastChat.isEmpty())
                emit activated(m_lastChat);
        });
    }
}

void Notifier::setEnabled(bool messages, int closeMinutes)
{
    m_messages = messages;
    m_closeMinutes = closeMinutes;
}

void Notifier::show(const QString &title, const QString &text, const QString &chatKey)
{
    m_lastChat = chatKey;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    emit notified(title, text, chatKey);
}

void Notifier::onChanges(const Storage::CacheChanges &changes)
{
    // A catch-up after a long time offline is not a burst of notifications.
    if (!m_messages || changes.messages.isEmpty() || changes.messages.size() > 20)
        return;
    for (const QString &key : changes.messages) {
        const std::optional<Storage::MessageRow> m = m_cache.message(key);
        if (!m || m->direction != u"in" || !m->reactionTo.isEmpty() || m->createdAt < m_started - 60)
            continue;
        const std::optional<Storage::ChatRow> chat = m_cache.chat(m->chatKey);
        if (!chat || (!chat->assignee.isEmpty() && chat->assignee != m_agent))
            continue;
        if (m->createdAt < m_clock.now() - 300 || chat->unread == 0)
            continue;
        show(chat->contactName, oneLine(*m), chat->key);
    }
}

void Notifier::checkClosing()
{
    const EpochSeconds now = m_clock.now();
    if (m_closeMinutes <= 0 || now - m_lastClosingCheck < 15)
        return;
    m_lastClosingCheck = now;
    // Only the windows closing within the threshold (an index range), then mine among them.
    Storage::ChatQuery q;
    q.filter = Storage::ChatQuery::Filter::ClosingSoon;
    q.closingSoonSeconds = qint64(m_closeMinutes) * kSecondsPerMinute;
    q.sort = Storage::ChatQuery::Sort::TimeLeft;
    q.now = now;
    for (const Storage::ChatRow &chat : m_cache.chatPage(q, 500, 0)) {
        if (chat.assignee != m_agent)
            continue;
        const Countdown c = countdownAt(ChatClock{chat.lastInboundAt, chat.referralAt, chat.fepOpenedAt, chat.fepForReferralAt}, now);
        if (!c.service.isOpen() || c.service.remainingSeconds > m_closeMinutes * kSecondsPerMinute)
            continue;
        const QString once = chat.key + u'@' + QString::number(chat.lastInboundAt.value_or(0));
        if (m_warned.contains(once))
            continue;
        m_warned.insert(once);
        show(chat.contactName,
             tr("The customer service window closes in %1. Reply now, or only templates can be sent afterwards.")
                 .arg(formatRemaining(c.service.remainingSeconds)),
             chat.key);
    }
}

} // namespace Deskline::Widgets
