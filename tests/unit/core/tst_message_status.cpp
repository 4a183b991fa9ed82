#include "core/message_status.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace Deskline;

Q_DECLARE_METATYPE(Deskline::DeliveryStatus)

namespace {

struct Update
{
    DeliveryStatus status;
    EpochSeconds at;
};

DeliveryRecord replay(const std::vector<Update> &updates)
{
    DeliveryRecord r;
    for (const Update &u : updates) {
        QList<StatusError> errors;
        if (u.status == DeliveryStatus::Failed)
            errors = {{131026, QStringLiteral("Message Undeliverable"), QStringLiteral("…")}};
        r.apply(u.status, u.at, errors);
    }
    return r;
}

// Every arrival order of `updates` gives the record built from the first order.
void checkEveryOrder(std::vector<Update> updates, DeliveryStatus expected)
{
    auto byStatus = [](const Update &a, const Update &b) {
        return std::tie(a.status, a.at) < std::tie(b.status, b.at);
    };
    std::sort(updates.begin(), updates.end(), byStatus);
    const DeliveryRecord reference = replay(updates);
    QCOMPARE(reference.status(), expected);
    int orders = 0;
    do {
        const DeliveryRecord r = replay(updates);
        QVERIFY2(r == reference, qPrintable(QStringLiteral("order #%1 differs").arg(orders)));
        ++orders;
    } while (std::next_permutation(updates.begin(), updates.end(), byStatus));
    QVERIFY(orders > 1);
}

} // namespace

class TestMessageStatus : public QObject
{
    Q_OBJECT

private slots:
    void everyOrderOfSentDeliveredRead()
    {
        checkEveryOrder({{DeliveryStatus::Sent, 100}, {DeliveryStatus::Delivered, 105}, {DeliveryStatus::Read, 160}},
                        DeliveryStatus::Read);
    }

    void everyOrderWithFailedEndsFailed()
    {
        checkEveryOrder({{DeliveryStatus::Sent, 100},
                         {DeliveryStatus::Delivered, 105},
                         {DeliveryStatus::Read, 160},
                         {DeliveryStatus::Failed, 170}},
                        DeliveryStatus::Failed);
        checkEveryOrder({{DeliveryStatus::Failed, 90}, {DeliveryStatus::Sent, 100}}, DeliveryStatus::Failed);
    }

    void everyOrderWithDuplicatesAndPlayed()
    {
        // Webhooks are at least once: the same status may come twice, with the same instant.
        checkEveryOrder({{DeliveryStatus::Sent, 100},
                         {DeliveryStatus::Sent, 100},
                         {DeliveryStatus::Delivered, 101},
                         {DeliveryStatus::Read, 130},
                         {DeliveryStatus::Played, 140}},
                        DeliveryStatus::Played);
    }

    void neverMovesBackward()
    {
        DeliveryRecord r;
        r.apply(DeliveryStatus::Read, 200);
        r.apply(DeliveryStatus::Delivered, 150);
        r.apply(DeliveryStatus::Sent, 100);
        QCOMPARE(r.status(), DeliveryStatus::Read);
        QCOMPARE(r.at(DeliveryStatus::Delivered), std::optional<EpochSeconds>(150));
    }

    void readWithoutDeliveredStillShowsDelivered()
    {
        DeliveryRecord r;
        r.apply(DeliveryStatus::Sent, 100);
        r.apply(DeliveryStatus::Read, 130); // Meta skips delivered when read at once
        QVERIFY(r.reached(DeliveryStatus::Sent));
        QVERIFY(r.reached(DeliveryStatus::Delivered));
        QVERIFY(r.reached(DeliveryStatus::Read));
        QVERIFY(!r.reached(DeliveryStatus::Played));
        QVERIFY(!r.reached(DeliveryStatus::Failed));
        QVERIFY(!r.at(DeliveryStatus::Delivered).has_value()); // but no invented instant
    }

    void failedIsFinalAndKeepsItsErrors()
    {
        DeliveryRecord r;
        QVERIFY(r.apply(DeliveryStatus::Failed, 100, {{131047, QStringLiteral("Re-engagement message"), {}}}));
        QVERIFY(r.apply(DeliveryStatus::Delivered, 110));
        QCOMPARE(r.status(), DeliveryStatus::Failed);
        QVERIFY(r.reached(DeliveryStatus::Failed));
        QVERIFY(r.reached(DeliveryStatus::Delivered));
        QVERIFY(!r.reached(DeliveryStatus::Read));
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors().first().code, 131047);
        // The same failure delivered twice changes nothing.
        QVERIFY(!r.apply(DeliveryStatus::Failed, 100, {{131047, QStringLiteral("Re-engagement message"), {}}}));
        QCOMPARE(r.errors().size(), 1);
    }

    void earliestInstantWins()
    {
        DeliveryRecord r;
        r.apply(DeliveryStatus::Delivered, 150);
        QVERIFY(r.apply(DeliveryStatus::Delivered, 120));
        QVERIFY(!r.apply(DeliveryStatus::Delivered, 180));
        QCOMPARE(r.at(DeliveryStatus::Delivered), std::optional<EpochSeconds>(120));
    }

    void mergeIsCommutativeAndAssociative()
    {
        DeliveryRecord a, b, c;
        a.apply(DeliveryStatus::Sent, 100);
        b.apply(DeliveryStatus::Read, 130);
        c.apply(DeliveryStatus::Failed, 140, {{131000, QStringLiteral("Something went wrong"), {}}});
        DeliveryRecord ab = a, ba = b;
        ab.merge(b);
        ba.merge(a);
        QCOMPARE(ab, ba);
        DeliveryRecord ab_c = ab, a_bc = a, bc = b;
        ab_c.merge(c);
        bc.merge(c);
        a_bc.merge(bc);
        QCOMPARE(ab_c, a_bc);
        DeliveryRecord again = ab_c;
        again.merge(ab_c);
        QCOMPARE(again, ab_c); // idempotent
    }

    void nothingYet()
    {
        const DeliveryRecord r;
        QCOMPARE(r.status(), DeliveryStatus::None);
        QVERIFY(!r.reached(DeliveryStatus::Sent));
        DeliveryRecord s;
        QVERIFY(!s.apply(DeliveryStatus::None, 1));
    }

    void wireNames_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<DeliveryStatus>("status");
        QTest::newRow("sent") << QStringLiteral("sent") << DeliveryStatus::Sent;
        QTest::newRow("delivered") << QStringLiteral("delivered") << DeliveryStatus::Delivered;
        QTest::newRow("read") << QStringLiteral("read") << DeliveryStatus::Read;
        QTest::newRow("played") << QStringLiteral("played") << DeliveryStatus::Played;
        QTest::newRow("failed") << QStringLiteral("failed") << DeliveryStatus::Failed;
    }
    void wireNames()
    {
        QFETCH(QString, wire);
        QFETCH(DeliveryStatus, status);
        QCOMPARE(deliveryStatusFromWire(wire), std::optional(status));
        QCOMPARE(wireName(status), wire);
        QVERIFY(!displayName(status).isEmpty());
    }

    void unknownStatusWordIsNotGuessed()
    {
        QVERIFY(!deliveryStatusFromWire(u"deleted").has_value());
        QVERIFY(!deliveryStatusFromWire(u"SENT").has_value());
    }
};

QTEST_APPLESS_MAIN(TestMessageStatus)
#include "tst_message_status.moc"
