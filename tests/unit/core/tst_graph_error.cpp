#include "core/graph_error.h"

#include <QSet>
#include <QTest>

using namespace Deskline;

Q_DECLARE_METATYPE(Deskline::RetryClass)

class TestGraphError : public QObject
{
    Q_OBJECT

private slots:
    // facts §3.2: code → retry class and HTTP status.
    void catalogue_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<RetryClass>("retry");
        QTest::addColumn<int>("http");
        using R = RetryClass;
        QTest::newRow("0 auth") << 0 << R::AfterUserAction << 401;
        QTest::newRow("1 unknown") << 1 << R::RetryLater << 400;
        QTest::newRow("2 service") << 2 << R::RetryLater << 503;
        QTest::newRow("4 app rate limit") << 4 << R::RetryLater << 400;
        QTest::newRow("10 permission") << 10 << R::AfterUserAction << 403;
        QTest::newRow("100 invalid parameter") << 100 << R::AfterUserAction << 400;
        QTest::newRow("190 token") << 190 << R::AfterUserAction << 401;
        QTest::newRow("250 permission range") << 250 << R::AfterUserAction << 403;
        QTest::newRow("368 policy block") << 368 << R::AfterUserAction << 403;
        QTest::newRow("80007 WABA rate limit") << 80007 << R::RetryLater << 400;
        QTest::newRow("130429 throughput") << 130429 << R::RetryLater << 400;
        QTest::newRow("130472 experiment") << 130472 << R::Never << 400;
        QTest::newRow("131000 something went wrong") << 131000 << R::RetrySoon << 500;
        QTest::newRow("131016 unavailable") << 131016 << R::RetrySoon << 500;
        QTest::newRow("131026 undeliverable") << 131026 << R::Never << 400;
        QTest::newRow("131047 re-engagement") << 131047 << R::AfterUserAction << 400;
        QTest::newRow("131049 ecosystem") << 131049 << R::Never << 400;
        QTest::newRow("131050 stopped marketing") << 131050 << R::Never << 400;
        QTest::newRow("131056 pair rate limit") << 131056 << R::RetryLater << 400;
        QTest::newRow("131057 maintenance") << 131057 << R::RetryLater << 400;
        QTest::newRow("132000 parameter count") << 132000 << R::AfterUserAction << 400;
        QTest::newRow("132001 no template") << 132001 << R::AfterUserAction << 404;
        QTest::newRow("132015 paused") << 132015 << R::RetryLater << 400;
        QTest::newRow("132016 disabled") << 132016 << R::Never << 400;
        QTest::newRow("133004 unavailable") << 133004 << R::RetrySoon << 503;
        QTest::newRow("131005 access denied") << 131005 << R::AfterUserAction << 403;
    }
    void catalogue()
    {
        QFETCH(int, code);
        QFETCH(RetryClass, retry);
        QFETCH(int, http);
        const GraphErrorInfo info = GraphErrorCatalogue::lookup(code);
        QVERIFY(info.known);
        QCOMPARE(info.code, code);
        QCOMPARE(info.retry, retry);
        QCOMPARE(info.httpStatus, http);
        QCOMPARE(info.isRetryable(), retry == RetryClass::RetrySoon || retry == RetryClass::RetryLater);
        QVERIFY(!info.meaning().isEmpty());
        QVERIFY(!info.advice().isEmpty());
        QVERIFY(!info.metaTitle.isEmpty());
    }

    void everyKnownCodeIsComplete()
    {
        const QList<int> codes = GraphErrorCatalogue::knownCodes();
        QVERIFY(codes.size() >= 50);
        QCOMPARE(QSet<int>(codes.begin(), codes.end()).size(), codes.size()); // no code twice
        for (const int code : codes) {
            const GraphErrorInfo info = GraphErrorCatalogue::lookup(code);
            QVERIFY2(info.known && !info.meaning().isEmpty() && !info.advice().isEmpty()
                         && !info.metaTitle.isEmpty() && info.maxAttempts >= 1,
                     qPrintable(QString::number(code)));
            QCOMPARE(info.isRetryable(), info.maxAttempts > 1 || info.retry == RetryClass::RetryLater);
        }
    }

    void unknownCodeStillSaysWhichCode()
    {
        const GraphErrorInfo info = GraphErrorCatalogue::lookup(9876543);
        QVERIFY(!info.known);
        QCOMPARE(info.retry, RetryClass::Never);
        QVERIFY(info.meaning().contains(QStringLiteral("9876543")));
        QVERIFY(!info.advice().isEmpty());
        QVERIFY(!GraphErrorCatalogue::retryDelaySeconds(9876543, 1).has_value());
    }

    void subcodeRefinesTheMeaning()
    {
        const QString plain = GraphErrorCatalogue::lookup(190).meaning();
        const QString expired = GraphErrorCatalogue::lookup(190, 463).meaning();
        const QString password = GraphErrorCatalogue::lookup(190, 460).meaning();
        QVERIFY(expired != plain && password != plain && expired != password);
        QCOMPARE(GraphErrorCatalogue::lookup(190, 999).meaning(), plain);
        QCOMPARE(GraphErrorCatalogue::lookup(130429, 2494055).retry, RetryClass::RetryLater);
    }

    // Meta for 131056: retry after 4^X seconds.
    void pairRateLimitBacksOffByPowersOfFour()
    {
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131056, 1), std::optional<qint64>(1));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131056, 2), std::optional<qint64>(4));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131056, 3), std::optional<qint64>(16));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131056, 4), std::optional<qint64>(64));
        const int max = GraphErrorCatalogue::lookup(131056).maxAttempts;
        QVERIFY(GraphErrorCatalogue::retryDelaySeconds(131056, max - 1).has_value());
        QVERIFY(!GraphErrorCatalogue::retryDelaySeconds(131056, max).has_value());
    }

    void throttlesDoubleFromTheirMinimum()
    {
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(130429, 1), std::optional<qint64>(1));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(130429, 3), std::optional<qint64>(4));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131057, 1), std::optional<qint64>(60));
        QCOMPARE(GraphErrorCatalogue::retryDelaySeconds(131057, 2), std::optional<qint64>(120));
        for (int attempt = 1; attempt < 8; ++attempt) {
            const auto d = GraphErrorCatalogue::retryDelaySeconds(80007, attempt);
            if (d)
                QVERIFY(*d >= 300 && *d <= 30 * 60);
        }
    }

    void nothingIsRetriedThatWouldFailAgain()
    {
        for (const int code : {131047, 131026, 131050, 132000, 190, 100})
            QVERIFY(!GraphErrorCatalogue::retryDelaySeconds(code, 1).has_value());
        QVERIFY(!GraphErrorCatalogue::retryDelaySeconds(130429, 0).has_value());
    }

    void retryClassesHaveNames()
    {
        for (const RetryClass r : {RetryClass::RetrySoon, RetryClass::RetryLater, RetryClass::AfterUserAction, RetryClass::Never})
            QVERIFY(!displayName(r).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestGraphError)
#include "tst_graph_error.moc"
