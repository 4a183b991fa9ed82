#pragma once

#include "widgets/keyed_list_model.h"

#include "storage/cache_store.h"

namespace Deskline::Widgets {

enum class Tick { None, Pending, Sent, Delivered, Read, Failed };

// One chat's messages, oldest at the top. Opens on the latest 50; older pages are loaded when
// the agent scrolls up. Reactions are folded into the message they react to.
class MessageModel : public KeyedListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageKeyRole = Qt::UserRole + 1,
        OutgoingRole,
        LabelRole,       // "Photo", "Location", … or empty
        TextRole,
        TickRole,        // Tick as int
        TimeRole,        // epoch seconds
        DaySeparatorRole, // the day's title when this is the first message of a day, else empty
        QuoteRole,       // the text of the message this one replies to
        ReactionsRole,   // emoji, joined
        FailureRole,     // why it failed, in words
        RetryableRole,
        MediaIdRole,
        SystemRole,
        UnsupportedRole,
        SentByRole,
        ClientIdRole,
    };

    MessageModel(Storage::CacheStore &cache, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setChat(const QString &chatKey);
    [[nodiscard]] QString chatKey() const { return m_chat; }
    void refresh();
    // Loads an older page at the top; false when there is none.
    bool loadOlder();

    [[nodiscard]] const Storage::MessageRow *row(int i) const;
    [[nodiscard]] static Tick tickOf(const Storage::MessageRow &m);

    static constexpr int kPage = 50;

private:
    QList<Storage::MessageRow> load(int count) const;
    QJsonObject outboxError(const Storage::MessageRow &m) const;
    void fold(QList<Storage::MessageRow> &rows);

    Storage::CacheStore &m_cache;
    QString m_chat;
    QList<Storage::MessageRow> m_rows;
    QHash<QString, QString> m_reactions; // wamid → emoji
    bool m_olderExhausted = false;
};

} // namespace Deskline::Widgets
