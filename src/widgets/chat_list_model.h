#pragma once

#include "widgets/countdown.h"
#include "widgets/keyed_list_model.h"

#include "storage/cache_store.h"

namespace Deskline::Widgets {

// The chat list over the local cache: filtered and sorted in SQL, loaded a page at a time as
// the list scrolls (50,000 chats open as fast as 200). The countdown of every chat is computed
// from `now` when a row is painted, so a tick only has to repaint the visible rows.
class ChatListModel : public KeyedListModel
{
    Q_OBJECT

public:
    enum Role {
        ChatKeyRole = Qt::UserRole + 1,
        LineRole,
        PreviewRole,
        UnreadRole,
        AssigneeRole,
        CountdownTextRole,
        CountdownToneRole, // CountdownTone as int
        CountdownExplanationRole,
        LastActivityRole,  // epoch seconds
        WindowOpenRole,    // free-form messages can be sent now
        ContactRole,       // wa_id or user id
    };

    ChatListModel(Storage::CacheStore &cache, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const Storage::ChatQuery &query);
    [[nodiscard]] const Storage::ChatQuery &query() const { return m_query; }
    void setThresholds(const WindowThresholds &t);
    [[nodiscard]] const WindowThresholds &thresholds() const { return m_thresholds; }

    // Re-reads the loaded rows (after the sync engine committed changes).
    void refresh();
    // The clock moved: the countdowns of rows first..last change (the visible ones).
    void tick(int first, int last);

    [[nodiscard]] const Storage::ChatRow *row(int i) const;
    [[nodiscard]] int rowOf(const QString &chatKey) const;
    [[nodiscard]] Countdown countdown(int i, bool explain = true) const;
    [[nodiscard]] EpochSeconds now() const { return m_now; }

    static constexpr int kPage = 200;

private:
    Storage::ChatQuery effectiveQuery() const;

    Storage::CacheStore &m_cache;
    const Clock &m_clock;
    Storage::ChatQuery m_query;
    WindowThresholds m_thresholds;
    QList<Storage::ChatRow> m_rows;
    bool m_exhausted = false;
    EpochSeconds m_now = 0;
};

} // namespace Deskline::Widgets
