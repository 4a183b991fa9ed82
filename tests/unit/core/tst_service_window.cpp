#include "core/chat_windows.h"
#include "core/service_window.h"
#include "test_time.h"

#include <QTest>

using namespace Deskline;
using Test::hours;

Q_DECLARE_METATYPE(Deskline::MessageKind)
Q_DECLARE_METATYPE(Deskline::WindowState)

namespace {
const EpochSeconds T0 = Test::at("2025-08-01T10:00:00Z");
}

class TestServiceWindow : public QObject
{
    Q_OBJECT

private slots:
    void neverOpened()
    {
        const ServiceWindow w;
        const WindowStatus s = w.statusAt(T0);
        QCOMPARE(s.state, WindowState::NeverOpened);
        QVERIFY(!s.isOpen());
        QVERIFY(!s.closesAt.has_value());
        QCOMPARE(s.remainingSeconds, 0);
    }

    // The 24 h edge, one second either side, and the closing-soon threshold (1 h by default).
    void edges_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<WindowState>("state");
        QTest::addColumn<qint64>("remaining");
        QTest::newRow("at-the-message") << qint64(0) << WindowState::Open << hours(24);
        QTest::newRow("23h-minus-1s") << hours(23) - 1 << WindowState::Open << hours(1) + 1;
        QTest::newRow("23h: closing soon") << hours(23) << WindowState::ClosingSoon << hours(1);
        QTest::newRow("24h-minus-1s") << hours(24) - 1 << WindowState::ClosingSoon << qint64(1);
        QTest::newRow("exactly-24h") << hours(24) << WindowState::Closed << qint64(0);
        QTest::newRow("24h-plus-1s") << hours(24) + 1 << WindowState::Closed << qint64(0);
        QTest::newRow("a-week-later") << hours(24 * 7) << WindowState::Closed << qint64(0);
    }
    void edges()
    {
        QFETCH(qint64, elapsed);
        QFETCH(WindowState, state);
        QFETCH(qint64, remaining);
        ServiceWindow w;
        QVERIFY(w.recordInbound(MessageKind::Text, T0));
        const WindowStatus s = w.statusAt(T0 + elapsed);
        QCOMPARE(s.state, state);
        QCOMPARE(s.remainingSeconds, remaining);
        QCOMPARE(s.opensAt, std::optional<EpochSeconds>(T0));
        QCOMPARE(s.closesAt, std::optional<EpochSeconds>(T0 + hours(24)));
    }

    void closingSoonThresholdIsConfigurable()
    {
        ServiceWindow w;
        w.recordInbound(MessageKind::Text, T0);
        QCOMPARE(w.statusAt(T0 + hours(22), hours(2)).state, WindowState::ClosingSoon);
        QCOMPARE(w.statusAt(T0 + hours(22) - 1, hours(2)).state, WindowState::Open);
        QCOMPARE(w.statusAt(T0 + hours(22), 0).state, WindowState::Open);
        QCOMPARE(w.statusAt(T0 + hours(24) - 1, 0).state, WindowState::Open);
    }

    // design.md §3: every customer message that counts restarts the window; reactions and
    // the other kinds listed in docs/adr/0002 do not.
    void kindsThatRestart_data()
    {
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<bool>("restarts");
        const std::pair<MessageKind, bool> rows[] = {
            {MessageKind::Text, true},        {MessageKind::Image, true},
            {MessageKind::Video, true},       {MessageKind::Audio, true},
            {MessageKind::Document, true},    {MessageKind::Sticker, true},
            {MessageKind::Location, true},    {MessageKind::Contacts, true},
            {MessageKind::Interactive, true}, {MessageKind::Button, true},
            {MessageKind::Order, true},       {MessageKind::RequestWelcome, true},
            {MessageKind::Call, true},        {MessageKind::Reaction, false},
            {MessageKind::System, false},     {MessageKind::Edit, false},
            {MessageKind::Revoke, false},     {MessageKind::Unsupported, false},
            {MessageKind::Unrecognized, false},
        };
        for (const auto &[kind, restarts] : rows)
            QTest::newRow(qPrintable(wireName(kind).isEmpty() ? QStringLiteral("unrecognized") : wireName(kind))) << kind << restarts;
    }
    void kindsThatRestart()
    {
        QFETCH(MessageKind, kind);
        QFETCH(bool, restarts);
        QCOMPARE(reopensServiceWindow(kind), restarts);

        ServiceWindow w;
        w.recordInbound(MessageKind::Text, T0);
        QCOMPARE(w.recordInbound(kind, T0 + hours(20)), restarts);
        const WindowStatus s = w.statusAt(T0 + hours(30));
        QCOMPARE(s.isOpen(), restarts);
        QCOMPARE(*s.closesAt, restarts ? T0 + hours(44) : T0 + hours(24));

        // On a chat that never had a window, it opens one or nothing at all.
        ServiceWindow fresh;
        fresh.recordInbound(kind, T0);
        QCOMPARE(fresh.statusAt(T0).state, restarts ? WindowState::Open : WindowState::NeverOpened);
    }

    void wireNamesRoundTrip()
    {
        QCOMPARE(messageKindFromWire(u"request_welcome"), MessageKind::RequestWelcome);
        QCOMPARE(messageKindFromWire(u"unknown"), MessageKind::Unsupported);
        QCOMPARE(messageKindFromWire(u"poll_vote_2027"), MessageKind::Unrecognized);
        QCOMPARE(messageKindFromWire(wireName(MessageKind::Interactive)), MessageKind::Interactive);
    }

    void laterMessageRestarts()
    {
        ServiceWindow w;
        w.recordInbound(MessageKind::Text, T0);
        QVERIFY(w.recordInbound(MessageKind::Image, T0 + hours(23)));
        // The first window would have closed at T0 + 24 h; the restart keeps it open.
        QCOMPARE(w.statusAt(T0 + hours(24)).state, WindowState::Open);
        QCOMPARE(w.statusAt(T0 + hours(47) - 1).remainingSeconds, 1);
        QCOMPARE(w.statusAt(T0 + hours(47)).state, WindowState::Closed);
    }

    void reopensAfterClosing()
    {
        ServiceWindow w;
        w.recordInbound(MessageKind::Text, T0);
        QCOMPARE(w.statusAt(T0 + hours(30)).state, WindowState::Closed);
        w.recordInbound(MessageKind::Text, T0 + hours(30));
        QCOMPARE(w.statusAt(T0 + hours(30)).state, WindowState::Open);
        QCOMPARE(w.statusAt(T0 + hours(30)).remainingSeconds, hours(24));
    }

    void lateOlderEventNeverShortens()
    {
        ServiceWindow w;
        w.recordInbound(MessageKind::Text, T0 + hours(10));
        QVERIFY(!w.recordInbound(MessageKind::Text, T0)); // delivered late, older
        QVERIFY(!w.recordInbound(MessageKind::Text, T0 + hours(10))); // a duplicate
        QCOMPARE(*w.statusAt(T0).closesAt, T0 + hours(34));
    }

    void arrivalOrderDoesNotMatter()
    {
        const EpochSeconds times[] = {T0, T0 + hours(5), T0 + hours(3), T0 + 17};
        ServiceWindow forward, backward;
        for (const EpochSeconds t : times)
            forward.recordInbound(MessageKind::Text, t);
        for (auto it = std::rbegin(times); it != std::rend(times); ++it)
            backward.recordInbound(MessageKind::Text, *it);
        QCOMPARE(forward, backward);
        QCOMPARE(forward.lastCustomerMessageAt(), std::optional<EpochSeconds>(T0 + hours(5)));
    }

    void businessTemplateDoesNotReopen()
    {
        ChatWindows chat;
        chat.onInbound(MessageKind::Text, T0);
        chat.onOutbound(T0 + hours(23)); // a template, or any business message
        chat.onOutbound(T0 + hours(25));
        QCOMPARE(chat.serviceWindowAt(T0 + hours(24)).state, WindowState::Closed);
        QCOMPARE(chat.serviceWindowAt(T0 + hours(26)).state, WindowState::Closed);
    }

    void reactionDoesNotReopenAClosedWindow()
    {
        ChatWindows chat;
        chat.onInbound(MessageKind::Text, T0);
        chat.onInbound(MessageKind::Reaction, T0 + hours(25));
        QCOMPARE(chat.serviceWindowAt(T0 + hours(25)).state, WindowState::Closed);
    }

    void restoreFromCache()
    {
        ServiceWindow w;
        w.recordInbound(MessageKind::Order, T0);
        const ServiceWindow restored = ServiceWindow::fromLastCustomerMessage(w.lastCustomerMessageAt());
        QCOMPARE(restored, w);
        QCOMPARE(ServiceWindow::fromLastCustomerMessage(std::nullopt).statusAt(T0).state,
                 WindowState::NeverOpened);
    }
};

QTEST_APPLESS_MAIN(TestServiceWindow)
#include "tst_service_window.moc"
