#include "widgets/balance_panel.h"

#include "widgets/status_text.h"
#include "widgets/style.h"

#include "core/pricing.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Deskline::Widgets {

BalancePanel::BalancePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("balanceTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree);
    rebuild();
}

void BalancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void BalancePanel::setData(const QList<Storage::LineRow> &lines, const QList<LineBalance> &balances)
{
    m_lines = lines;
    m_balances = balances;
    rebuild();
}

void BalancePanel::rebuild()
{
    m_tree->setHeaderLabels({tr("Line"), tr("This month")});
    m_tree->clear();
    for (const Storage::LineRow &line : std::as_const(m_lines)) {
        LineBalance b;
        for (const LineBalance &candidate : std::as_const(m_balances)) {
            if (candidate.line == line.phoneNumberId)
                b = candidate;
        }
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, lineTitle(line));
        top->setText(1, balanceText(b));
        top->setFirstColumnSpanned(false);
        auto *quality = new QTreeWidgetItem(top);
        quality->setText(0, tr("Quality rating"));
        quality->setText(1, qualityText(line.qualityRating));
        quality->setForeground(1, qualityColor(line.qualityRating));
        auto *tier = new QTreeWidgetItem(top);
        tier->setText(0, tr("Messaging limit"));
        tier->setText(1, limitText(line.messagingLimit));
        auto *billable = new QTreeWidgetItem(top);
        billable->setText(0, tr("Billable messages"));
        billable->setText(1, QLocale().toString(b.billableTotal));
        for (auto it = b.billableByCategory.cbegin(); it != b.billableByCategory.cend(); ++it) {
            auto *cat = new QTreeWidgetItem(billable);
            cat->setText(0, displayName(pricingCategoryFromWire(it.key())));
            cat->setText(1, QLocale().toString(it.value()));
        }
        auto *service = new QTreeWidgetItem(top);
        service->setText(0, tr("Service messages (free allowance)"));
        service->setText(1, QLocale().toString(b.serviceUsed));
        top->setExpanded(true);
        billable->setExpanded(true);
    }
}

} // namespace Deskline::Widgets
