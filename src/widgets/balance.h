#pragma once

#include "core/clock.h"

#include "storage/cache_store.h"

#include <QMap>

namespace Deskline::Widgets {

// A line's month so far, from the units Meta reported in `pricing` (the cache's billing rows):
// service units counted against the monthly free allowance, and billable units by category.
struct LineBalance
{
    QString line;
    int allowance = 0;   // service units free this month (0: the era has none)
    int serviceUsed = 0; // service units counted this month
    [[nodiscard]] int remaining() const { return std::max(0, allowance - serviceUsed); }
    QMap<QString, int> billableByCategory; // "marketing" → 12
    int billableTotal = 0;
};

QList<LineBalance> balancesAt(const QList<Storage::BillingRow> &rows, const QStringList &lines, EpochSeconds now);
// The first and last day of `now`'s UTC month: "2026-11-01", "2026-11-30".
QPair<QString, QString> monthOf(EpochSeconds now);
// "312 of 1,000 left this month" (empty when the era has no allowance).
QString balanceText(const LineBalance &b);

} // namespace Deskline::Widgets
