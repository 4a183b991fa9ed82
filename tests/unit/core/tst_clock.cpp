#include "core/clock.h"
#include "test_time.h"

#include <QDateTime>
#include <QTest>

using namespace Deskline;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void parseEpochSeconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("meta-timestamp") << QStringLiteral("1750263773") << true << qint64(1750263773);
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
        QTest::newRow("plus-sign") << QStringLiteral("+1750263773") << false << qint64(0);
        QTest::newRow("leading-space") << QStringLiteral(" 1750263773") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("17502x3773") << false << qint64(0);
        QTest::newRow("fraction") << QStringLiteral("1750263773.5") << false << qint64(0);
        QTest::newRow("too-long") << QStringLiteral("9999999999999999999") << false << qint64(0);
        QTest::newRow("arabic-indic-digits") << QStringLiteral("١٢٣") << false << qint64(0);
    }
    void parseEpochSeconds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto parsed = Deskline::parseEpochSeconds(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }

    void isoUtcRoundTrip_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<qint64>("epoch");
        QTest::newRow("pmp-start") << QStringLiteral("2025-07-01T00:00:00Z") << qint64(1751328000);
        QTest::newRow("cbp-last-second") << QStringLiteral("2025-06-30T23:59:59Z") << qint64(1751327999);
        QTest::newRow("paid-service-start") << QStringLiteral("2026-10-01T00:00:00Z") << qint64(1790812800);
    }
    void isoUtcRoundTrip()
    {
        QFETCH(QString, iso);
        QFETCH(qint64, epoch);
        QCOMPARE(parseIsoUtc(iso), std::optional<EpochSeconds>(epoch));
        QCOMPARE(formatIsoUtc(epoch), iso);
    }

    void isoRequiresUtc()
    {
        QVERIFY(!parseIsoUtc(u"2025-07-01T00:00:00").has_value());
        QVERIFY(!parseIsoUtc(u"2025-07-01T00:00:00+03:00").has_value());
        QVERIFY(!parseIsoUtc(u"not a date Z").has_value());
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock = Test::clockAt("2025-07-01T00:00:00Z");
        const Clock &c = clock;
        QCOMPARE(c.now(), Test::at("2025-07-01T00:00:00Z"));
        QCOMPARE(c.now(), Test::at("2025-07-01T00:00:00Z"));
        clock.advance(Test::hours(24));
        QCOMPARE(c.now(), Test::at("2025-07-02T00:00:00Z"));
        clock.set(Test::at("2026-10-01T00:00:00Z"));
        QCOMPARE(c.now(), Test::at("2026-10-01T00:00:00Z"));
    }

    void systemClockIsUtcNow()
    {
        const SystemClock clock;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const EpochSeconds now = clock.now();
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY(now >= before && now <= after);
    }
};

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
