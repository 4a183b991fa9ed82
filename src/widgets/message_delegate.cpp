#include "widgets/message_delegate.h"

#include "widgets/message_model.h"
#include "widgets/style.h"
#include "widgets/tr.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Deskline::Widgets {

namespace {

constexpr int kPad = 8;
constexpr int kGap = 6;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

QString ticks(Tick t)
{
    switch (t) {
    case Tick::Pending:
        return QStringLiteral("◷");
    case Tick::Sent:
        return QStringLiteral("✓");
    case Tick::Delivered:
    case Tick::Read:
        return QStringLiteral("✓✓");
    case Tick::Failed:
        return QStringLiteral("!");
    case Tick::None:
        break;
    }
    return QString();
}

} // namespace

QString MessageDelegate::tickText(int tick)
{
    switch (Tick(tick)) {
    case Tick::Pending:
        return Tr::tr("Waiting to be sent");
    case Tick::Sent:
        return Tr::tr("Sent");
    case Tick::Delivered:
        return Tr::tr("Delivered");
    case Tick::Read:
        return Tr::tr("Read");
    case Tick::Failed:
        return Tr::tr("Failed");
    case Tick::None:
        break;
    }
    return QString();
}

struct MessageDelegate::Layout
{
    QString day, quote, label, text, reactions, failure, footer;
    bool outgoing = false, system = false, unsupported = false, retryable = false;
    int tick = 0;
    int bubbleWidth = 0;
    int dayH = 0, quoteH = 0, labelH = 0, textH = 0, reactionsH = 0, failureH = 0, footerH = 0;
    [[nodiscard]] int bubbleHeight() const
    {
        return kPad + quoteH + labelH + textH + reactionsH + failureH + footerH + kPad;
    }
};

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int viewWidth = view ? view->viewport()->width() : option.rect.width();
    l.day = index.data(MessageModel::DaySeparatorRole).toString();
    l.quote = index.data(MessageModel::QuoteRole).toString();
    l.label = index.data(MessageModel::LabelRole).toString();
    l.text = index.data(MessageModel::TextRole).toString();
    l.reactions = index.data(MessageModel::ReactionsRole).toString();
    l.failure = index.data(MessageModel::FailureRole).toString();
    l.outgoing = index.data(MessageModel::OutgoingRole).toBool();
    l.system = index.data(MessageModel::SystemRole).toBool();
    l.unsupported = index.data(MessageModel::UnsupportedRole).toBool();
    l.retryable = index.data(MessageModel::RetryableRole).toBool();
    l.tick = index.data(MessageModel::TickRole).toInt();
    const QString time = QLocale().toString(QDateTime::fromSecsSinceEpoch(index.data(MessageModel::TimeRole).toLongLong()).time(),
                                            QLocale::ShortFormat);
    const QString by = index.data(MessageModel::SentByRole).toString();
    l.footer = by.isEmpty() || !l.outgoing ? time : by + QStringLiteral(" · ") + time;
    if (l.outgoing)
        l.footer += u' ' + ticks(Tick(l.tick));
    if (l.retryable)
        l.footer += QStringLiteral("  ") + Tr::tr("Double-click to retry");

    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QFontMetrics fm(font);
    const QFontMetrics sfm(small);
    const int maxText = std::max(120, int(viewWidth * 0.68) - 2 * kPad);
    auto widthOf = [&](const QFont &f, const QString &s) {
        return QFontMetrics(f).boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, s).width();
    };
    int inner = std::max({widthOf(font, l.text), widthOf(small, l.quote.left(200)), widthOf(small, l.footer),
                          widthOf(small, l.failure), sfm.horizontalAdvance(l.reactions), 60});
    if (!l.label.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        inner = std::max(inner, QFontMetrics(bold).horizontalAdvance(l.label));
    }
    inner = std::min(inner, maxText);
    l.bubbleWidth = inner + 2 * kPad;
    l.dayH = l.day.isEmpty() ? 0 : sfm.height() + 2 * kGap + 4;
    l.quoteH = l.quote.isEmpty() ? 0 : sfm.height() + 8;
    l.labelH = l.label.isEmpty() ? 0 : fm.height() + 2;
    l.textH = wrappedHeight(font, inner, l.text);
    l.reactionsH = l.reactions.isEmpty() ? 0 : sfm.height() + 2;
    l.failureH = l.failure.isEmpty() ? 0 : wrappedHeight(small, inner, l.failure) + 4;
    l.footerH = sfm.height() + 2;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    if (l.system)
        return QSize(l.bubbleWidth, l.dayH + l.textH + 2 * kGap + 4);
    return QSize(l.bubbleWidth, l.dayH + l.bubbleHeight() + kGap);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QPalette &pal = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect r = option.rect;

    if (l.dayH > 0) {
        painter->setFont(small);
        QColor c = pal.color(QPalette::Text);
        c.setAlpha(140);
        painter->setPen(c);
        const QRect dayRect(r.left(), r.top() + kGap, r.width(), l.dayH - 2 * kGap);
        painter->drawText(dayRect, Qt::AlignCenter, l.day);
        r.setTop(r.top() + l.dayH);
    }

    if (l.system) {
        painter->setFont(small);
        QColor c = pal.color(QPalette::Text);
        c.setAlpha(170);
        painter->setPen(c);
        painter->drawText(QRect(r.left(), r.top() + kGap, r.width(), l.textH + 4), Qt::AlignCenter | Qt::TextWordWrap, l.text);
        painter->restore();
        return;
    }

    const int left = l.outgoing ? r.right() - 12 - l.bubbleWidth : r.left() + 12;
    const QRect bubble(left, r.top() + 2, l.bubbleWidth, l.bubbleHeight());
    QColor bg = l.outgoing ? QColor(0xdc, 0xf8, 0xc6) : pal.color(QPalette::Base);
    if (pal.color(QPalette::Window).lightness() < 128) // a dark palette
        bg = l.outgoing ? QColor(0x05, 0x4d, 0x44) : pal.color(QPalette::AlternateBase);
    if (option.state & QStyle::State_Selected)
        bg = bg.darker(112);
    painter->setPen(QPen(pal.color(QPalette::Mid), 0.6));
    painter->setBrush(bg);
    painter->drawRoundedRect(bubble, 8, 8);

    const QColor textColor = l.outgoing && pal.color(QPalette::Window).lightness() >= 128 ? QColor(0x11, 0x1b, 0x21)
                                                                                          : pal.color(QPalette::Text);
    QColor dim = textColor;
    dim.setAlpha(150);
    int y = bubble.top() + kPad;
    const int x = bubble.left() + kPad;
    const int w = bubble.width() - 2 * kPad;

    if (l.quoteH > 0) {
        const QRect q(x, y, w, l.quoteH - 4);
        QColor qb = accentColor();
        qb.setAlpha(30);
        painter->setPen(Qt::NoPen);
        painter->setBrush(qb);
        painter->drawRect(q);
        painter->setBrush(accentColor());
        painter->drawRect(QRect(q.left(), q.top(), 3, q.height()));
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(q.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(small).elidedText(l.quote, Qt::ElideRight, q.width() - 12));
        y += l.quoteH;
    }
    if (l.labelH > 0) {
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(l.unsupported ? failureColor() : accentColor());
        painter->drawText(QRect(x, y, w, l.labelH), Qt::AlignLeft | Qt::AlignVCenter, l.label);
        y += l.labelH;
    }
    painter->setFont(font);
    painter->setPen(l.unsupported ? dim : textColor);
    painter->drawText(QRect(x, y, w, l.textH), Qt::TextWordWrap | Qt::AlignLeft, l.text);
    y += l.textH;
    if (l.reactionsH > 0) {
        painter->setFont(small);
        painter->drawText(QRect(x, y, w, l.reactionsH), Qt::AlignLeft | Qt::AlignVCenter, l.reactions);
        y += l.reactionsH;
    }
    if (l.failureH > 0) {
        painter->setFont(small);
        painter->setPen(failureColor());
        painter->drawText(QRect(x, y + 2, w, l.failureH), Qt::TextWordWrap | Qt::AlignLeft, l.failure);
        y += l.failureH;
    }
    painter->setFont(small);
    const bool read = Tick(l.tick) == Tick::Read;
    const bool failed = Tick(l.tick) == Tick::Failed;
    painter->setPen(failed ? failureColor() : (read ? QColor(0x1e, 0x88, 0xe5) : dim));
    painter->drawText(QRect(x, y, w, l.footerH), Qt::AlignRight | Qt::AlignVCenter, l.footer);
    painter->restore();
}

} // namespace Deskline::Widgets
