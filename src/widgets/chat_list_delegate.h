#pragma once

#include <QStyledItemDelegate>

namespace Deskline::Widgets {

// One uniform row of the chat list: name, countdown pill, last message, assignee, unread badge.
class ChatListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Deskline::Widgets
