#include "core/chat_windows.h"
#include "core/free_entry_point.h"
#include "test_time.h"

#include <QTest>

using namespace Deskline;
using Test::hours;
using Test::minutes;

Q_DECLARE_METATYPE(Deskline::FepState)

namespace {
const EpochSeconds R = Test::at("2025-09-10T08:30:00Z"); // the ad click's inbound message
}

class TestFreeEntryPoint : public QObject
{
    Q_OBJECT

private slots:
    void noReferralNoWindow()
    {
        FreeEntryPointWindow w;
        w.recordBusinessMessage(R);
        QCOMPARE(w.statusAt(R).state, FepState::None);
        QVERIFY(!w.statusAt(R).coversSendNow());
    }

    // Answered at 23:59 opens the 72 h window; at 24:00 or 24:01 it is missed.
    void answerDeadline_data()
    {
        QTest::addColumn<qint64>("answerAfter");
        QTest::addColumn<bool>("opens");
        QTest::newRow("00:00") << qint64(0) << true;
        QTest::newRow("23:59") << hours(23) + minutes(59) << true;
        QTest::newRow("23:59:59") << hours(24) - 1 << true;
        QTest::newRow("24:00") << hours(24) << false;
        QTest::newRow("24:01") << hours(24) + minutes(1) << false;
    }
    void answerDeadline()
    {
        QFETCH(qint64, answerAfter);
        QFETCH(bool, opens);
        FreeEntryPointWindow w;
        w.recordReferral(R);
        const EpochSeconds answer = R + answerAfter;
        w.recordBusinessMessage(answer);
        const FepStatus s = w.statusAt(answer);
        if (opens) {
            QCOMPARE(s.state, FepState::Open);
            QCOMPARE(s.opensAt, std::optional<EpochSeconds>(answer));
            QCOMPARE(s.closesAt, std::optional<EpochSeconds>(answer + hours(72)));
            QCOMPARE(s.remainingSeconds, hours(72));
        } else {
            QCOMPARE(s.state, FepState::Missed);
            QVERIFY(!s.opensAt.has_value());
            QVERIFY(!s.coversSendNow());
        }
    }

    void eligibleUntilAnswered()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        FepStatus s = w.statusAt(R + hours(1));
        QCOMPARE(s.state, FepState::Eligible);
        QCOMPARE(s.answerBy, std::optional<EpochSeconds>(R + hours(24)));
        QCOMPARE(s.remainingSeconds, hours(23));
        QVERIFY(s.coversSendNow()); // the answer itself is free
        QVERIFY(!s.isOpen());
        QCOMPARE(w.statusAt(R + hours(24)).state, FepState::Missed);
    }

    void seventyTwoHourEdges_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<FepState>("state");
        QTest::addColumn<qint64>("remaining");
        QTest::newRow("opened") << qint64(0) << FepState::Open << hours(72);
        QTest::newRow("66h-minus-1s") << hours(66) - 1 << FepState::Open << hours(6) + 1;
        QTest::newRow("66h: closing soon") << hours(66) << FepState::ClosingSoon << hours(6);
        QTest::newRow("72h-minus-1s") << hours(72) - 1 << FepState::ClosingSoon << qint64(1);
        QTest::newRow("exactly-72h") << hours(72) << FepState::Closed << qint64(0);
        QTest::newRow("72h-plus-1s") << hours(72) + 1 << FepState::Closed << qint64(0);
    }
    void seventyTwoHourEdges()
    {
        QFETCH(qint64, elapsed);
        QFETCH(FepState, state);
        QFETCH(qint64, remaining);
        FreeEntryPointWindow w;
        w.recordReferral(R);
        const EpochSeconds answer = R + hours(2);
        w.recordBusinessMessage(answer);
        const FepStatus s = w.statusAt(answer + elapsed);
        QCOMPARE(s.state, state);
        QCOMPARE(s.remainingSeconds, remaining);
        QCOMPARE(s.closesAt, std::optional<EpochSeconds>(answer + hours(72)));
    }

    void laterAnswersDoNotMoveTheStart()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordBusinessMessage(R + hours(1));
        w.recordBusinessMessage(R + hours(5));
        QCOMPARE(*w.statusAt(R + hours(6)).opensAt, R + hours(1));
    }

    void earlierAnswerReportedLateWins()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordBusinessMessage(R + hours(5));
        w.recordBusinessMessage(R + hours(1));
        QCOMPARE(*w.statusAt(R + hours(6)).opensAt, R + hours(1));
        QCOMPARE(*w.statusAt(R + hours(6)).closesAt, R + hours(73));
    }

    void businessMessageBeforeReferralDoesNotOpen()
    {
        FreeEntryPointWindow w;
        w.recordBusinessMessage(R - 1);
        w.recordReferral(R);
        QCOMPARE(w.statusAt(R).state, FepState::Eligible);
    }

    void referralDuringOpenWindowDoesNotRestartIt()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordBusinessMessage(R + hours(1));
        w.recordReferral(R + hours(10));           // another ad click while open
        w.recordBusinessMessage(R + hours(11));
        QCOMPARE(*w.statusAt(R + hours(12)).opensAt, R + hours(1));
        QCOMPARE(w.statusAt(R + hours(73)).state, FepState::Closed);
    }

    void newReferralAfterWindowClosedOpensAgain()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordBusinessMessage(R + hours(1));
        const EpochSeconds second = R + hours(100);
        w.recordReferral(second);
        QCOMPARE(w.statusAt(second).state, FepState::Eligible);
        w.recordBusinessMessage(second + hours(2));
        const FepStatus s = w.statusAt(second + hours(3));
        QCOMPARE(s.state, FepState::Open);
        QCOMPARE(*s.opensAt, second + hours(2));
        QCOMPARE(*s.referralAt, second);
    }

    void lateOlderReferralIsIgnored()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordReferral(R - hours(30));
        QCOMPARE(w.referralAt(), std::optional<EpochSeconds>(R));
    }

    void restoreFromCache()
    {
        FreeEntryPointWindow w;
        w.recordReferral(R);
        w.recordBusinessMessage(R + minutes(3));
        QCOMPARE(FreeEntryPointWindow::restore(w.referralAt(), w.openedAt(), w.openedForReferralAt()), w);
    }

    // The FEP and the service window are separate clocks: after 24 h the customer service
    // window closes (no free-form), while the free entry point keeps templates free for 72 h.
    void computedApartFromTheServiceWindow()
    {
        ChatWindows chat;
        chat.onInbound(MessageKind::Text, R, /*hasReferral=*/true);
        chat.onOutbound(R + hours(1));
        const EpochSeconds later = R + hours(30);
        QCOMPARE(chat.serviceWindowAt(later).state, WindowState::Closed);
        QCOMPARE(chat.freeEntryPointAt(later).state, FepState::Open);
        QCOMPARE(*chat.freeEntryPointAt(later).closesAt, R + hours(73));
    }

    void referralOnlyCountsOnMessagesThatOpenTheWindow()
    {
        ChatWindows chat;
        chat.onInbound(MessageKind::Reaction, R, /*hasReferral=*/true);
        QCOMPARE(chat.freeEntryPointAt(R).state, FepState::None);
    }
};

QTEST_APPLESS_MAIN(TestFreeEntryPoint)
#include "tst_free_entry_point.moc"
