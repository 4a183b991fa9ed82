#include "net/backoff.h"
#include "net/http_request.h"
#include "net/retry_policy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Deskline::Net;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const Backoff backoff;
        QCOMPARE(backoff.base(), 500ms);
        QCOMPARE(backoff.factor(), 2.0);
        QCOMPARE(backoff.cap(), 30s);
    }

    // The ceiling doubles from the base and stops at the cap.
    void ceilingGrowsExponentially_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ceilingMs");
        QTest::newRow("retry 0 counts as 1") << 0 << qint64(500);
        QTest::newRow("retry 1") << 1 << qint64(500);
        QTest::newRow("retry 2") << 2 << qint64(1000);
        QTest::newRow("retry 3") << 3 << qint64(2000);
        QTest::newRow("retry 6") << 6 << qint64(16000);
        QTest::newRow("retry 7 capped") << 7 << qint64(30000);
        QTest::newRow("retry 1000 capped, no overflow") << 1000 << qint64(30000);
    }
    void ceilingGrowsExponentially()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ceilingMs);
        QCOMPARE(Backoff().ceiling(retry).count(), ceilingMs);
    }

    void customFactorAndCap()
    {
        const Backoff backoff(100ms, 3.0, 1000ms);
        QCOMPARE(backoff.ceiling(1), 100ms);
        QCOMPARE(backoff.ceiling(2), 300ms);
        QCOMPARE(backoff.ceiling(3), 900ms);
        QCOMPARE(backoff.ceiling(4), 1000ms);
    }

    // Full jitter: every delay lies in [0, ceiling], and the draws really spread over the range.
    void jitterStaysWithinBounds()
    {
        const Backoff backoff = Backoff().seeded(42);
        for (int retry = 1; retry <= 8; ++retry) {
            const milliseconds ceiling = backoff.ceiling(retry);
            milliseconds lowest = ceiling;
            milliseconds highest = 0ms;
            for (int i = 0; i < 500; ++i) {
                const milliseconds d = backoff.delay(retry);
                QVERIFY2(d >= 0ms && d <= ceiling, qPrintable(QString::number(d.count())));
                lowest = std::min(lowest, d);
                highest = std::max(highest, d);
            }
            // 500 uniform draws: the extremes land in the outer tenths of the range.
            QVERIFY(lowest <= ceiling / 10);
            QVERIFY(highest >= ceiling * 9 / 10);
        }
    }

    // A minimum (Retry-After, a Graph minimum delay) is never undercut, even above the cap.
    void minimumIsRespected_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("minimumMs");
        QTest::newRow("below ceiling") << 4 << qint64(3000);
        QTest::newRow("equal to ceiling") << 3 << qint64(2000);
        QTest::newRow("above ceiling") << 1 << qint64(5000);
        QTest::newRow("above cap") << 20 << qint64(120000);
    }
    void minimumIsRespected()
    {
        QFETCH(int, retry);
        QFETCH(qint64, minimumMs);
        const Backoff backoff = Backoff().seeded(7);
        const milliseconds minimum(minimumMs);
        const milliseconds high = std::max(minimum, backoff.ceiling(retry));
        for (int i = 0; i < 300; ++i) {
            const milliseconds d = backoff.delay(retry, minimum);
            QVERIFY(d >= minimum);
            QVERIFY(d <= high);
        }
    }

    void sameSeedSameDelays()
    {
        const Backoff a = Backoff().seeded(2025);
        const Backoff b = Backoff().seeded(2025);
        const Backoff c = Backoff().seeded(2026);
        QList<qint64> first, second, other;
        for (int retry = 1; retry <= 20; ++retry) {
            first << a.delay(retry % 7 + 1).count();
            second << b.delay(retry % 7 + 1).count();
            other << c.delay(retry % 7 + 1).count();
        }
        QCOMPARE(first, second);
        QVERIFY(first != other);
    }

    void injectedGenerator()
    {
        QRandomGenerator one(99);
        QRandomGenerator two(99);
        const Backoff a = Backoff().withGenerator(&one);
        const Backoff b = Backoff().withGenerator(&two);
        for (int retry = 1; retry <= 10; ++retry)
            QCOMPARE(a.delay(retry), b.delay(retry));
    }

    void zeroBaseMeansNoWait()
    {
        const Backoff backoff(0ms, 2.0, 0ms);
        QCOMPARE(backoff.delay(5), 0ms);
        QCOMPARE(backoff.delay(5, 250ms), 250ms);
    }

    // --- the default retry policy --------------------------------------------------------

    void transientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("transient");
        QTest::newRow("200") << 200 << int(NetError::None) << false;
        QTest::newRow("400") << 400 << int(NetError::None) << false;
        QTest::newRow("401") << 401 << int(NetError::None) << false;
        QTest::newRow("404") << 404 << int(NetError::None) << false;
        QTest::newRow("429") << 429 << int(NetError::None) << true;
        QTest::newRow("500") << 500 << int(NetError::None) << true;
        QTest::newRow("503") << 503 << int(NetError::None) << true;
        QTest::newRow("599") << 599 << int(NetError::None) << true;
        QTest::newRow("timeout") << 0 << int(NetError::Timeout) << true;
        QTest::newRow("refused") << 0 << int(NetError::ConnectionRefused) << true;
        QTest::newRow("closed") << 0 << int(NetError::ConnectionClosed) << true;
        QTest::newRow("host not found") << 0 << int(NetError::HostNotFound) << true;
        QTest::newRow("network") << 0 << int(NetError::Network) << true;
        QTest::newRow("aborted") << 0 << int(NetError::Aborted) << false;
        QTest::newRow("invalid request") << 0 << int(NetError::InvalidRequest) << false;
    }
    void transientFailures()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, transient);
        HttpResult result;
        result.status = status;
        result.error = NetError(error);
        QCOMPARE(isTransientFailure(result), transient);
        const RetryPolicy policy = defaultRetryPolicy();
        QCOMPARE(policy(result, 1).has_value(), transient);
    }

    void defaultPolicyStopsAfterFourAttempts()
    {
        HttpResult busy;
        busy.status = 503;
        const RetryPolicy policy = defaultRetryPolicy();
        QVERIFY(policy(busy, 1));
        QVERIFY(policy(busy, 3));
        QVERIFY(!policy(busy, 4));
    }

    void defaultPolicyUsesBackoff()
    {
        HttpResult busy;
        busy.status = 503;
        const RetryPolicy policy = defaultRetryPolicy();
        for (int i = 0; i < 200; ++i) {
            QVERIFY(*policy(busy, 1) <= 500ms);
            QVERIFY(*policy(busy, 3) <= 2000ms);
        }
    }

    void retryAfterIsAMinimum()
    {
        RetryOptions options;
        options.backoff = Backoff(10ms, 2.0, 20ms).seeded(1);
        options.retryAfterUnit = 100ms;
        const RetryPolicy policy = transientRetryPolicy(options);
        HttpResult limited;
        limited.status = 429;
        limited.retryAfterSeconds = 3;
        for (int i = 0; i < 100; ++i)
            QCOMPARE(*policy(limited, 1), 300ms); // the minimum is above the backoff's cap
    }

    void tooLongRetryAfterEndsTheJob()
    {
        HttpResult limited;
        limited.status = 429;
        limited.retryAfterSeconds = 3600;
        QVERIFY(!defaultRetryPolicy()(limited, 1));
        limited.retryAfterSeconds = 300;
        QCOMPARE(*defaultRetryPolicy()(limited, 1), 300s);
    }

    // --- Retry-After parsing ---------------------------------------------------------------

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("delta") << QByteArray("120") << true << qint64(120);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << true << qint64(7);
        QTest::newRow("imf-fixdate")
            << QByteArray("Wed, 01 Oct 2025 12:00:30 GMT") << true << qint64(30);
        QTest::newRow("rfc850") << QByteArray("Wednesday, 01-Oct-25 12:01:00 GMT") << true
                                << qint64(60);
        QTest::newRow("asctime") << QByteArray("Wed Oct  1 12:00:05 2025") << true << qint64(5);
        QTest::newRow("date in the past")
            << QByteArray("Wed, 01 Oct 2025 11:00:00 GMT") << true << qint64(0);
        QTest::newRow("no such day")
            << QByteArray("Wed, 32 Oct 2025 12:00:30 GMT") << false << qint64(0);
        QTest::newRow("no such month")
            << QByteArray("Wed, 01 Okt 2025 12:00:30 GMT") << false << qint64(0);
        QTest::newRow("not GMT") << QByteArray("Wed, 01 Oct 2025 12:00:30 CET") << false
                                 << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999999999") << false << qint64(0);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        const QDateTime now(QDate(2025, 10, 1), QTime(12, 0), QTimeZone::utc());
        const auto parsed = Deskline::Net::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, seconds);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
