#pragma once

#include "widgets/balance.h"

#include <QWidget>

class QTreeWidget;

namespace Deskline::Widgets {

// The supervisor's view: every line with its quality rating, messaging-limit tier, the free
// allowance left and the billable units by category this month.
class BalancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit BalancePanel(QWidget *parent = nullptr);

    void setData(const QList<Storage::LineRow> &lines, const QList<LineBalance> &balances);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QTreeWidget *m_tree = nullptr;
    QList<Storage::LineRow> m_lines;
    QList<LineBalance> m_balances;
};

} // namespace Deskline::Widgets
