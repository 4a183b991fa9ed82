#include "widgets/balance.h"

#include "widgets/tr.h"

#include "core/pricing.h"

#include <QDateTime>
#include <QTimeZone>
#include <QLocale>

namespace Deskline::Widgets {

QPair<QString, QString> monthOf(EpochSeconds now)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    const QDate first(day.year(), day.month(), 1);
    return {first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate)};
}

QList<LineBalance> balancesAt(const QList<Storage::BillingRow> &rows, const QStringList &lines, EpochSeconds now)
{
    const auto [from, to] = monthOf(now);
    const int allowance = PricingRules::meta().eraAt(now).defaultMonthlyFreeService;
    QList<LineBalance> out;
    for (const QString &line : lines) {
        LineBalance b;
        b.line = line;
        b.allowance = allowance;
        for (const Storage::BillingRow &r : rows) {
            if (r.line != line || r.day < from || r.day > to)
                continue;
            if (r.category == u"service")
                b.serviceUsed += r.total;
            if (r.billable > 0) {
                b.billableByCategory[r.category] += r.billable;
                b.billableTotal += r.billable;
            }
        }
        out.append(b);
    }
    return out;
}

QString balanceText(const LineBalance &b)
{
    if (b.allowance <= 0)
        return QString();
    return Tr::tr("%1 of %2 left this month").arg(QLocale().toString(b.remaining()), QLocale().toString(b.allowance));
}

} // namespace Deskline::Widgets
