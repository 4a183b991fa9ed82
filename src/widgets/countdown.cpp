#include "widgets/countdown.h"

#include "widgets/tr.h"

#include <QDateTime>
#include <QLocale>

namespace Deskline::Widgets {

QString formatRemaining(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= kSecondsPerHour) {
        const qint64 h = seconds / kSecondsPerHour;
        const qint64 m = (seconds % kSecondsPerHour) / kSecondsPerMinute;
        const qint64 s = seconds % kSecondsPerMinute;
        return QStringLiteral("%1:%2:%3")
            .arg(QLocale().toString(h))
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    if (seconds >= kSecondsPerMinute)
        return Tr::tr("%n min", "time left", int((seconds + kSecondsPerMinute - 1) / kSecondsPerMinute));
    return Tr::tr("%n s", "time left", int(seconds));
}

QString formatSpan(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 2 * kSecondsPerDay)
        return Tr::tr("%n d", "time span", int(seconds / kSecondsPerDay));
    if (seconds >= kSecondsPerHour)
        return Tr::tr("%n h", "time span", int(seconds / kSecondsPerHour));
    if (seconds >= kSecondsPerMinute)
        return Tr::tr("%n min", "time span", int(seconds / kSecondsPerMinute));
    return Tr::tr("%n s", "time span", int(seconds));
}

namespace {

QString clockTime(EpochSeconds at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).time(), QLocale::ShortFormat);
}

} // namespace

Countdown countdownAt(const ChatClock &clock, EpochSeconds now, const WindowThresholds &thresholds, bool explain)
{
    Countdown c;
    c.service = ServiceWindow::fromLastCustomerMessage(clock.lastInboundAt).statusAt(now, thresholds.serviceClosingSoon);
    c.freeEntry = FreeEntryPointWindow::restore(clock.referralAt, clock.fepOpenedAt, clock.fepForReferralAt)
                      .statusAt(now, thresholds.freeEntryClosingSoon);
    if (c.freeEntry.isOpen()) {
        c.tone = c.freeEntry.state == FepState::ClosingSoon ? CountdownTone::FreeEntryClosingSoon : CountdownTone::FreeEntry;
        c.text = Tr::tr("free %1", "free entry point window, time left").arg(formatRemaining(c.freeEntry.remainingSeconds));
        if (!explain)
            return c;
        c.explanation = Tr::tr("Free entry point: every message is free until %1 (72 hours from the first answer to an ad).")
                            .arg(clockTime(*c.freeEntry.closesAt));
        if (c.service.isOpen())
            c.explanation += u' ' + Tr::tr("The customer service window is open for %1.").arg(formatRemaining(c.service.remainingSeconds));
        return c;
    }
    switch (c.service.state) {
    case WindowState::Open:
    case WindowState::ClosingSoon:
        c.tone = c.service.state == WindowState::Open ? CountdownTone::Open : CountdownTone::ClosingSoon;
        c.text = formatRemaining(c.service.remainingSeconds);
        if (explain)
            c.explanation = Tr::tr("The customer service window is open until %1: free-form replies can be sent.")
                            .arg(clockTime(*c.service.closesAt));
        break;
    case WindowState::Closed:
        c.tone = CountdownTone::Closed;
        c.text = Tr::tr("closed %1 ago").arg(formatSpan(now - *c.service.closesAt));
        if (explain)
            c.explanation = Tr::tr("The customer service window closed %1 ago. Only approved templates can be sent until the customer writes again.")
                            .arg(formatSpan(now - *c.service.closesAt));
        break;
    case WindowState::NeverOpened:
        c.tone = CountdownTone::NeverOpened;
        c.text = Tr::tr("templates only");
        if (explain)
            c.explanation = Tr::tr("The customer has not written yet. Only approved templates can be sent.");
        break;
    }
    if (explain && c.freeEntry.state == FepState::Eligible)
        c.explanation += u' ' + Tr::tr("Came from an ad: answering within %1 opens a free 72-hour window.")
                                    .arg(formatRemaining(c.freeEntry.remainingSeconds));
    return c;
}

} // namespace Deskline::Widgets
