#pragma once

#include <QStyledItemDelegate>

namespace Deskline::Widgets {

// A chat bubble: day separator above the first message of a day, the quoted message, a label
// for media and structured messages, the text, reactions, the reason a send failed, and the
// time with its delivery ticks.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text a tick stands for ("Delivered", …), also used for accessibility and tooltips.
    static QString tickText(int tick);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Deskline::Widgets
