#include "widgets/message_model.h"

#include "widgets/message_text.h"
#include "widgets/tr.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Deskline::Widgets {

namespace {

QString keyOf(const Storage::MessageRow &m)
{
    return m.key;
}

QDate dayOf(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at).date();
}

QString dayTitle(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return Tr::tr("Today");
    if (day == today.addDays(-1))
        return Tr::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

} // namespace

MessageModel::MessageModel(Storage::CacheStore &cache, QObject *parent) : KeyedListModel(parent), m_cache(cache) { }

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Storage::MessageRow *MessageModel::row(int i) const
{
    return i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
}

Tick MessageModel::tickOf(const Storage::MessageRow &m)
{
    if (m.direction != u"out")
        return Tick::None;
    if (m.outboxState == u"failed" || m.outboxState == u"draft" || m.status == u"failed")
        return Tick::Failed;
    if (m.status == u"read" || m.status == u"played")
        return Tick::Read;
    if (m.status == u"delivered")
        return Tick::Delivered;
    if (m.status == u"sent" || m.outboxState == u"accepted")
        return Tick::Sent;
    return Tick::Pending;
}

QList<Storage::MessageRow> MessageModel::load(int count) const
{
    if (m_chat.isEmpty())
        return {};
    QList<Storage::MessageRow> rows = m_cache.messages(m_chat, count);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void MessageModel::fold(QList<Storage::MessageRow> &rows)
{
    // Reactions become a line under their message; the latest reaction of the customer wins
    // (an empty emoji removes it, as in WhatsApp).
    for (const Storage::MessageRow &m : rows) {
        if (!m.reactionTo.isEmpty())
            m_reactions.insert(m.reactionTo, m.reactionEmoji);
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Storage::MessageRow &m) { return !m.reactionTo.isEmpty(); }),
               rows.end());
}

void MessageModel::setChat(const QString &chatKey)
{
    beginResetModel();
    m_chat = chatKey;
    m_reactions.clear();
    m_rows = load(kPage);
    m_olderExhausted = m_rows.size() < kPage;
    fold(m_rows);
    endResetModel();
}

void MessageModel::refresh()
{
    if (m_chat.isEmpty())
        return;
    // Everything loaded so far, plus what arrived since.
    const qsizetype loaded = m_rows.size() + m_reactions.size() + kPage;
    QList<Storage::MessageRow> next = load(int(loaded));
    m_reactions.clear();
    fold(next);
    if (!m_rows.isEmpty() && next.size() > m_rows.size()) {
        // Keep the older pages the agent scrolled to: only the newest part is re-read.
        const QString firstKey = m_rows.first().key;
        const auto it = std::find_if(next.begin(), next.end(), [&](const Storage::MessageRow &m) { return m.key == firstKey; });
        if (it != next.end())
            next.erase(next.begin(), it);
    }
    replaceRows(m_rows, std::move(next), keyOf);
}

bool MessageModel::loadOlder()
{
    if (m_chat.isEmpty() || m_olderExhausted || m_rows.isEmpty())
        return false;
    QList<Storage::MessageRow> older = m_cache.messages(m_chat, kPage, m_rows.first().createdAt);
    m_olderExhausted = older.size() < kPage;
    std::reverse(older.begin(), older.end());
    fold(older);
    if (older.isEmpty())
        return false;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    return true;
}

QJsonObject MessageModel::outboxError(const Storage::MessageRow &m) const
{
    if (m.clientId.isEmpty() || !m.errors.isEmpty())
        return {};
    const std::optional<Storage::OutboxItem> item = m_cache.outboxItem(m.clientId);
    return item ? item->error : QJsonObject();
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    const Storage::MessageRow *m = index.isValid() ? row(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(*m);
    case MessageKeyRole:
        return m->key;
    case OutgoingRole:
        return m->direction == u"out";
    case LabelRole:
        return describeMessage(*m).label;
    case TextRole:
        return describeMessage(*m).text;
    case TickRole:
        return int(tickOf(*m));
    case TimeRole:
        return m->createdAt;
    case DaySeparatorRole: {
        const QDate day = dayOf(m->createdAt);
        if (index.row() > 0 && dayOf(m_rows.at(index.row() - 1).createdAt) == day)
            return QString();
        return dayTitle(day);
    }
    case QuoteRole: {
        if (m->replyTo.isEmpty())
            return QString();
        for (const Storage::MessageRow &other : m_rows) {
            if (other.wamid == m->replyTo)
                return oneLine(other);
        }
        return Tr::tr("an earlier message");
    }
    case ReactionsRole:
        return m->wamid.isEmpty() ? QString() : m_reactions.value(m->wamid);
    case FailureRole:
        if (m->outboxState == u"draft")
            return Tr::tr("Not sent: the customer service window closed before it went out. The text is kept; send a template instead.");
        return tickOf(*m) == Tick::Failed ? failureOf(*m, outboxError(*m)).reason : QString();
    case RetryableRole:
        return tickOf(*m) == Tick::Failed && m->outboxState != u"draft" && failureOf(*m, outboxError(*m)).retryable;
    case MediaIdRole:
        return m->mediaId;
    case SystemRole:
        return describeMessage(*m).system;
    case UnsupportedRole:
        return !m->supported;
    case SentByRole:
        return m->sentBy;
    case ClientIdRole:
        return m->clientId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageKeyRole, "messageKey");
    names.insert(OutgoingRole, "outgoing");
    names.insert(LabelRole, "label");
    names.insert(TextRole, "text");
    names.insert(TickRole, "tick");
    names.insert(TimeRole, "time");
    names.insert(DaySeparatorRole, "daySeparator");
    names.insert(QuoteRole, "quote");
    names.insert(ReactionsRole, "reactions");
    names.insert(FailureRole, "failure");
    names.insert(RetryableRole, "retryable");
    names.insert(MediaIdRole, "mediaId");
    names.insert(SystemRole, "system");
    names.insert(UnsupportedRole, "unsupported");
    names.insert(SentByRole, "sentBy");
    names.insert(ClientIdRole, "clientId");
    return names;
}

} // namespace Deskline::Widgets
