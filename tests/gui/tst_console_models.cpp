// The console's models and texts over a real cache file: countdown wording, the chat list and
// message models under QAbstractItemModelTester through inserts, reorders and removals, message
// descriptions for every kind, and the monthly balance.
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "widgets/balance.h"
#include "widgets/chat_list_model.h"
#include "widgets/countdown.h"
#include "widgets/message_model.h"
#include "widgets/message_text.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Deskline;

class TestConsoleModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void remainingTexts_data();
    void remainingTexts();
    void countdownStates();
    void chatListFollowsTheCache();
    void chatListPagesAndFilters();
    void messageModelFoldsReactionsAndPages();
    void describesEveryKind();
    void balanceCountsTheMonth();

private:
    void inbound(const QString &customer, const QString &text, qint64 at, const QJsonObject &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::CacheStore> m_cache;
    std::unique_ptr<ManualClock> m_clock;
    qint64 m_seq = 0;
};

namespace {

const QString kLine = QStringLiteral("106540352242922");
const EpochSeconds kStart = 1795251600; // 2026-11-21T09:00:00Z

} // namespace

void TestConsoleModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const auto url = Storage::DatabaseUrl::parse(u"sqlite:"_qs + m_dir->filePath(u"c.db"_qs), &error);
    m_db = Storage::Database::open(*url, u"models"_qs, &error);
    QVERIFY2(m_db && Storage::migrateCache(*m_db, &error), qPrintable(error));
    m_clock = std::make_unique<ManualClock>(kStart);
    m_cache = std::make_unique<Storage::CacheStore>(*m_db, m_clock.get());
    m_seq = 0;
}

void TestConsoleModels::cleanup()
{
    m_cache.reset();
    m_db.reset();
}

void TestConsoleModels::inbound(const QString &customer, const QString &text, qint64 at, const QJsonObject &extra)
{
    QJsonObject e{{u"seq"_qs, ++m_seq}, {u"kind"_qs, u"message.in"_qs}, {u"received_at"_qs, at},
                  {u"phone_number_id"_qs, kLine}, {u"chat_key"_qs, QString(kLine + u'|' + customer)},
                  {u"wamid"_qs, u"wamid.%1"_qs.arg(m_seq)}, {u"type"_qs, u"text"_qs}, {u"text"_qs, text},
                  {u"timestamp"_qs, at}, {u"opens_window"_qs, true}, {u"referral"_qs, false},
                  {u"customer"_qs, QJsonObject{{u"key"_qs, customer}, {u"wa_id"_qs, customer}, {u"name"_qs, QString(u"C "_qs + customer)}}},
                  {u"supported"_qs, true}, {u"errors"_qs, QJsonArray()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e.insert(it.key(), it.value());
    Storage::CacheChanges changes;
    QString error;
    QCOMPARE(m_cache->applyEvents({e}, &changes, &error), Storage::ApplyResult::Applied);
}

void TestConsoleModels::remainingTexts_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("a day") << qint64(86400) << u"24:00:00"_qs;
    QTest::newRow("h:mm:ss") << qint64(23 * 3600 + 14 * 60 + 5) << u"23:14:05"_qs;
    QTest::newRow("one hour") << qint64(3600) << u"1:00:00"_qs;
    QTest::newRow("minutes round up") << qint64(16 * 60 + 1) << u"17 min"_qs;
    QTest::newRow("one minute") << qint64(60) << u"1 min"_qs;
    QTest::newRow("seconds") << qint64(40) << u"40 s"_qs;
}

void TestConsoleModels::remainingTexts()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Widgets::formatRemaining(seconds), text);
}

void TestConsoleModels::countdownStates()
{
    using Widgets::CountdownTone;
    const Widgets::ChatClock open{kStart - 3600, {}, {}, {}};
    QCOMPARE(Widgets::countdownAt(open, kStart).tone, CountdownTone::Open);
    QCOMPARE(Widgets::countdownAt(open, kStart).text, u"23:00:00"_qs);
    QCOMPARE(Widgets::countdownAt(open, kStart + 23 * 3600 - 10 * 60).tone, CountdownTone::ClosingSoon);
    const Widgets::Countdown closed = Widgets::countdownAt(open, kStart + 26 * 3600);
    QCOMPARE(closed.tone, CountdownTone::Closed);
    QCOMPARE(closed.text, u"closed 3 h ago"_qs);
    QCOMPARE(Widgets::countdownAt(open, kStart + 23 * 3600 + 4 * 86400).text, u"closed 4 d ago"_qs);
    QCOMPARE(Widgets::countdownAt(Widgets::ChatClock{}, kStart).tone, CountdownTone::NeverOpened);
    // A free entry point window is shown on its own, with its 72 h.
    const Widgets::ChatClock fep{kStart - 100, kStart - 100, kStart - 50, kStart - 100};
    const Widgets::Countdown f = Widgets::countdownAt(fep, kStart);
    QCOMPARE(f.tone, CountdownTone::FreeEntry);
    QCOMPARE(f.text, u"free 71:59:10"_qs);
    QVERIFY(f.service.isOpen());
    QCOMPARE(Widgets::countdownAt(fep, kStart + 72 * 3600 - 60).tone, CountdownTone::FreeEntryClosingSoon);
}

void TestConsoleModels::chatListFollowsTheCache()
{
    inbound(u"1001"_qs, u"a"_qs, kStart);
    inbound(u"1002"_qs, u"b"_qs, kStart + 1);
    inbound(u"1003"_qs, u"c"_qs, kStart + 2);
    Widgets::ChatListModel model(*m_cache, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(Widgets::ChatListModel::ChatKeyRole).toString(), QString(kLine + u"|1003"));
    const QPersistentModelIndex held = model.index(2); // chat 1001
    inbound(u"1001"_qs, u"again"_qs, kStart + 10); // moves to the top
    inbound(u"1004"_qs, u"new"_qs, kStart + 11);    // a new chat
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0).data(Widgets::ChatListModel::ChatKeyRole).toString(), QString(kLine + u"|1004"));
    QCOMPARE(model.index(1).data(Widgets::ChatListModel::PreviewRole).toString(), u"again"_qs);
    QVERIFY(held.isValid());
    QCOMPARE(held.row(), 1); // the selection follows the chat
    QCOMPARE(model.index(1).data(Widgets::ChatListModel::UnreadRole).toInt(), 2);
}

void TestConsoleModels::chatListPagesAndFilters()
{
    for (int i = 0; i < 450; ++i)
        inbound(QString::number(5000 + i), u"hi"_qs, kStart - 86400 + 60 * i);
    Widgets::ChatListModel model(*m_cache, *m_clock);
    QCOMPARE(model.rowCount(), Widgets::ChatListModel::kPage); // a page at a time
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // (No QAbstractItemModelTester here: after a reset it calls fetchMore from its own
    // modelReset handler, before it has closed the reset; chatListFollowsTheCache covers the
    // model's inserts, moves and removals.)
    // Time left: the window closing first comes first; closed ones after the open ones.
    Storage::ChatQuery q;
    q.sort = Storage::ChatQuery::Sort::TimeLeft;
    model.setQuery(q);
    QCOMPARE(model.index(0).data(Widgets::ChatListModel::ChatKeyRole).toString(), QString(kLine + u"|5001"));
    QCOMPARE(model.index(0).data(Widgets::ChatListModel::CountdownTextRole).toString(), u"1 min"_qs);
    q.filter = Storage::ChatQuery::Filter::ClosingSoon;
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 60); // windows opened within the first hour of the last 24
}

void TestConsoleModels::messageModelFoldsReactionsAndPages()
{
    for (int i = 0; i < 120; ++i)
        inbound(u"42"_qs, u"m%1"_qs.arg(i), kStart + i);
    inbound(u"42"_qs, QString(), kStart + 200,
            QJsonObject{{u"type"_qs, u"reaction"_qs}, {u"opens_window"_qs, false},
                        {u"reaction"_qs, QJsonObject{{u"message_id"_qs, u"wamid.120"_qs}, {u"emoji"_qs, u"👍"_qs}}}});
    Widgets::MessageModel model(*m_cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChat(kLine + u"|42"_qs);
    QCOMPARE(model.rowCount(), 49); // the latest 50 rows, the reaction folded into its message
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(Widgets::MessageModel::TextRole).toString(), u"m119"_qs);
    QCOMPARE(last.data(Widgets::MessageModel::ReactionsRole).toString(), u"👍"_qs);
    QVERIFY(!model.index(0).data(Widgets::MessageModel::DaySeparatorRole).toString().isEmpty());
    QVERIFY(model.index(1).data(Widgets::MessageModel::DaySeparatorRole).toString().isEmpty());
    QVERIFY(model.loadOlder());
    QCOMPARE(model.rowCount(), 99);
    QVERIFY(model.loadOlder());
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.loadOlder());
    inbound(u"42"_qs, u"latest"_qs, kStart + 300);
    model.refresh();
    QCOMPARE(model.rowCount(), 121);
    QCOMPARE(model.index(120).data(Widgets::MessageModel::TextRole).toString(), u"latest"_qs);
}

void TestConsoleModels::describesEveryKind()
{
    Storage::MessageRow m;
    m.kind = u"location"_qs;
    m.raw = uR"({"location":{"latitude":41.0082,"longitude":28.9784,"name":"Galata","address":"Beyoğlu"}})"_qs;
    Widgets::MessageText t = Widgets::describeMessage(m);
    QCOMPARE(t.label, u"Location"_qs);
    QVERIFY(t.text.startsWith(u"Galata · Beyoğlu · 41.00820"_qs));
    // Through the cache, as the hub's event brings it.
    inbound(u"77"_qs, QString(), kStart,
            QJsonObject{{u"type"_qs, u"location"_qs},
                        {u"raw"_qs, QJsonObject{{u"type"_qs, u"location"_qs},
                                                {u"location"_qs, QJsonObject{{u"latitude"_qs, 55.75}, {u"longitude"_qs, 37.62},
                                                                             {u"name"_qs, u"ГУМ"_qs}}}}}});
    Widgets::MessageModel model(*m_cache);
    model.setChat(kLine + u"|77"_qs);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY2(model.index(0).data(Widgets::MessageModel::TextRole).toString().startsWith(u"ГУМ · 55.75000"_qs),
             qPrintable(model.index(0).data(Widgets::MessageModel::TextRole).toString()));
    m = {};
    m.kind = u"image"_qs;
    m.mediaId = u"m1"_qs;
    m.mediaCaption = u"чек"_qs;
    t = Widgets::describeMessage(m);
    QVERIFY(t.media);
    QCOMPARE(t.label, u"Photo"_qs);
    QCOMPARE(t.text, u"чек"_qs);
    m = {};
    m.kind = u"order"_qs;
    m.raw = uR"({"order":{"product_items":[{"quantity":2,"item_price":10,"currency":"USD"},{"quantity":1,"item_price":5,"currency":"USD"}]}})"_qs;
    t = Widgets::describeMessage(m);
    QCOMPARE(t.label, u"Order"_qs);
    QVERIFY2(t.text.startsWith(u"2 item(s)"_qs), qPrintable(t.text));
    QVERIFY(t.text.contains(u"25"_qs));
    m = {};
    m.kind = u"interactive"_qs;
    m.raw = uR"({"interactive":{"type":"button_reply","button_reply":{"id":"b1","title":"Yes, please"}}})"_qs;
    QCOMPARE(Widgets::describeMessage(m).text, u"Yes, please"_qs);
    m = {};
    m.kind = u"contacts"_qs;
    m.raw = uR"({"contacts":[{"name":{"formatted_name":"Wei Zhang"},"phones":[{"phone":"+86 138 0000"}]}]})"_qs;
    QCOMPARE(Widgets::describeMessage(m).text, u"Wei Zhang (+86 138 0000)"_qs);
    m = {};
    m.kind = u"hologram"_qs;
    m.supported = false;
    m.raw = uR"({"type":"hologram"})"_qs;
    t = Widgets::describeMessage(m);
    QVERIFY(t.unsupported);
    QVERIFY(t.text.contains(u"hologram"_qs));
    m = {};
    m.kind = u"system"_qs;
    QVERIFY(Widgets::describeMessage(m).system);
}

void TestConsoleModels::balanceCountsTheMonth()
{
    const QList<Storage::BillingRow> rows{
        {kLine, u"2026-11-01"_qs, u"service"_qs, u"free_customer_service"_qs, 0, 400},
        {kLine, u"2026-11-20"_qs, u"service"_qs, u"free_customer_service"_qs, 0, 288},
        {kLine, u"2026-11-20"_qs, u"marketing"_qs, u"regular"_qs, 12, 12},
        {kLine, u"2026-10-31"_qs, u"service"_qs, u"free_customer_service"_qs, 0, 999}, // last month
        {u"other"_qs, u"2026-11-20"_qs, u"service"_qs, u"free_customer_service"_qs, 0, 50},
    };
    const QList<Widgets::LineBalance> b = Widgets::balancesAt(rows, {kLine}, kStart);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.first().allowance, 1000);
    QCOMPARE(b.first().serviceUsed, 688);
    QCOMPARE(b.first().remaining(), 312);
    QCOMPARE(b.first().billableByCategory.value(u"marketing"_qs), 12);
    QLocale::setDefault(QLocale(u"en_US"_qs));
    QCOMPARE(Widgets::balanceText(b.first()), u"312 of 1,000 left this month"_qs);
}

QTEST_MAIN(TestConsoleModels)
#include "tst_console_models.moc"
