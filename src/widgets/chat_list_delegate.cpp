#include "widgets/chat_list_delegate.h"

#include "widgets/chat_list_model.h"
#include "widgets/style.h"
#include "widgets/tr.h"

#include <QApplication>
#include <QPainter>

namespace Deskline::Widgets {

namespace {

constexpr int kMargin = 8;

} // namespace

QSize ChatListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(280, 3 * fm.height() + 2 * kMargin + 4);
}

void ChatListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlpha(170);

    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);
    const int line = fm.height();

    // The countdown pill, top right.
    const QString countdown = index.data(ChatListModel::CountdownTextRole).toString();
    const auto tone = CountdownTone(index.data(ChatListModel::CountdownToneRole).toInt());
    const QColor toneC = toneColor(tone);
    const int pillW = sfm.horizontalAdvance(countdown) + 12;
    const QRect pill(r.right() - pillW + 1, r.top(), pillW, sfm.height() + 4);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor pillBg = toneC;
    pillBg.setAlpha(tone == CountdownTone::Closed || tone == CountdownTone::NeverOpened ? 30 : 45);
    painter->setBrush(pillBg);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(small);
    painter->setPen(selected ? text : toneC);
    painter->drawText(pill, Qt::AlignCenter, countdown);

    // Name.
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(r.left(), r.top(), pill.left() - r.left() - kMargin, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));

    // Unread badge, second line right.
    const int unread = index.data(ChatListModel::UnreadRole).toInt();
    int previewRight = r.right();
    if (unread > 0) {
        const QString n = unread > 99 ? QStringLiteral("99+") : QLocale().toString(unread);
        const int w = std::max(sfm.height() + 4, sfm.horizontalAdvance(n) + 10);
        const QRect badge(r.right() - w + 1, r.top() + line + 2, w, sfm.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accentColor());
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(small);
        painter->drawText(badge, Qt::AlignCenter, n);
        previewRight = badge.left() - kMargin;
    }

    // Last message.
    painter->setFont(option.font);
    painter->setPen(dim);
    const QRect previewRect(r.left(), r.top() + line + 2, previewRight - r.left(), line);
    QString preview = index.data(ChatListModel::PreviewRole).toString();
    preview.replace(u'\n', u' ');
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(preview, Qt::ElideRight, previewRect.width()));

    // Assignee and line, third line.
    const QString assignee = index.data(ChatListModel::AssigneeRole).toString();
    painter->setFont(small);
    const QRect third(r.left(), r.top() + 2 * line + 4, r.width(), sfm.height());
    painter->drawText(third, Qt::AlignLeft | Qt::AlignVCenter,
                      assignee.isEmpty() ? Tr::tr("unassigned") : Tr::tr("→ %1").arg(assignee));
    painter->restore();
}

} // namespace Deskline::Widgets
