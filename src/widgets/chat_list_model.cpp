#include "widgets/chat_list_model.h"

namespace Deskline::Widgets {

namespace {

QString keyOf(const Storage::ChatRow &r)
{
    return r.key;
}

ChatClock clockOf(const Storage::ChatRow &r)
{
    return ChatClock{r.lastInboundAt, r.referralAt, r.fepOpenedAt, r.fepForReferralAt};
}

} // namespace

ChatListModel::ChatListModel(Storage::CacheStore &cache, const Clock &clock, QObject *parent)
    : KeyedListModel(parent), m_cache(cache), m_clock(clock), m_now(clock.now())
{
    m_rows = m_cache.chatPage(effectiveQuery(), kPage, 0);
    m_exhausted = m_rows.size() < kPage;
}

Storage::ChatQuery ChatListModel::effectiveQuery() const
{
    Storage::ChatQuery q = m_query;
    q.now = m_now;
    q.closingSoonSeconds = m_thresholds.serviceClosingSoon;
    return q;
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Storage::ChatRow *ChatListModel::row(int i) const
{
    return i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
}

int ChatListModel::rowOf(const QString &chatKey) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == chatKey)
            return int(i);
    }
    return -1;
}

Countdown ChatListModel::countdown(int i, bool explain) const
{
    const Storage::ChatRow *r = row(i);
    return r ? countdownAt(clockOf(*r), m_now, m_thresholds, explain) : Countdown{};
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    const Storage::ChatRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return r->contactName;
    case Qt::ToolTipRole:
    case CountdownExplanationRole:
        return countdown(index.row()).explanation;
    case ChatKeyRole:
        return r->key;
    case LineRole:
        return r->line;
    case PreviewRole:
        return r->preview;
    case UnreadRole:
        return r->unread;
    case AssigneeRole:
        return r->assignee;
    case CountdownTextRole:
        return countdown(index.row(), false).text;
    case CountdownToneRole:
        return int(countdown(index.row(), false).tone);
    case LastActivityRole:
        return r->lastMessageAt ? QVariant(*r->lastMessageAt) : QVariant();
    case WindowOpenRole:
        return countdown(index.row(), false).service.isOpen();
    case ContactRole:
        return r->waId.isEmpty() ? r->userId : r->waId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ChatKeyRole, "chatKey");
    names.insert(LineRole, "line");
    names.insert(PreviewRole, "preview");
    names.insert(UnreadRole, "unread");
    names.insert(AssigneeRole, "assignee");
    names.insert(CountdownTextRole, "countdown");
    names.insert(CountdownToneRole, "countdownTone");
    names.insert(CountdownExplanationRole, "countdownExplanation");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(WindowOpenRole, "windowOpen");
    names.insert(ContactRole, "contact");
    return names;
}

bool ChatListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ChatListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<Storage::ChatRow> more = m_cache.chatPage(effectiveQuery(), kPage, int(m_rows.size()));
    m_exhausted = more.size() < kPage;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void ChatListModel::setQuery(const Storage::ChatQuery &query)
{
    m_query = query;
    m_now = m_clock.now();
    beginResetModel();
    m_rows = m_cache.chatPage(effectiveQuery(), kPage, 0);
    m_exhausted = m_rows.size() < kPage;
    endResetModel();
}

void ChatListModel::setThresholds(const WindowThresholds &t)
{
    m_thresholds = t;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {CountdownTextRole, CountdownToneRole});
}

void ChatListModel::refresh()
{
    m_now = m_clock.now();
    const int wanted = std::max<int>(kPage, int(m_rows.size()));
    QList<Storage::ChatRow> next = m_cache.chatPage(effectiveQuery(), wanted, 0);
    m_exhausted = next.size() < wanted;
    replaceRows(m_rows, std::move(next), keyOf);
}

void ChatListModel::tick(int first, int last)
{
    m_now = m_clock.now();
    first = std::max(0, first);
    last = std::min(int(m_rows.size()) - 1, last);
    if (first <= last)
        emit dataChanged(index(first), index(last),
                         {CountdownTextRole, CountdownToneRole, CountdownExplanationRole, WindowOpenRole, Qt::ToolTipRole});
}

} // namespace Deskline::Widgets
