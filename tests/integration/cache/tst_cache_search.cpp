// Search over the cache: Russian, Turkish and Chinese text, contact names, and the index kept in
// step with the cache's transactions.
#include "cache_fixture.h"

#include <QTest>

using namespace Deskline;
using namespace Deskline::Storage;
using namespace Deskline::Test;

class TestCacheSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void normalization_data();
    void normalization();
    void finds_data();
    void finds();
    void doesNotFind_data();
    void doesNotFind();
    void contactsByName();
    void snippetShowsTheOriginalText();
    void indexFollowsSnapshotsAndSends();
    void quotesAndLikeCharactersAreLiteral();

private:
    std::unique_ptr<CacheFixture> m_f;
    CacheStore *m_store = nullptr;
};

namespace {

constexpr qint64 kT0 = 1795251600;
const Customer kAigul{QStringLiteral("79161234567"), QString(), QStringLiteral("Айгюль Петрова"), QString()};
const Customer kSukru{QStringLiteral("905321112233"), QString(), QStringLiteral("Şükrü Yılmaz"), QString()};
const Customer kWei{QStringLiteral("8613800138000"), QStringLiteral("CN.77"), QStringLiteral("王伟"), QStringLiteral("wangwei")};

QStringList keys(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out.append(h.messageKey.isEmpty() ? QStringLiteral("chat:") + h.chatKey : h.messageKey);
    return out;
}

} // namespace

void TestCacheSearch::init()
{
    m_f = std::make_unique<CacheFixture>();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
    m_store = m_f->store.get();
    QCOMPARE(m_store->applyEvents({inbound(1, kAigul, u"wamid.ru"_qs, u"Привет! Где мой заказ №1042?"_qs, kT0),
                                   inbound(2, kSukru, u"wamid.tr1"_qs, u"İstanbul'a yarın geliyorum"_qs, kT0 + 1),
                                   inbound(3, kSukru, u"wamid.tr2"_qs, u"Günaydın, sipariş ne zaman gelir?"_qs, kT0 + 2),
                                   inbound(4, kWei, u"wamid.zh"_qs, u"我们的数据库今天很慢，请帮忙看看"_qs, kT0 + 3),
                                   inbound(5, kAigul, u"wamid.fr"_qs, u"Café crème, s'il vous plaît"_qs, kT0 + 4)},
                                  nullptr, &error),
             ApplyResult::Applied);
}

void TestCacheSearch::cleanup()
{
    m_store = nullptr;
    m_f.reset();
}

void TestCacheSearch::normalization_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("russian") << u"ПРИВЕТ"_qs << u"привет"_qs;
    QTest::newRow("turkish capital dotted I") << u"İSTANBUL"_qs << u"istanbul"_qs;
    QTest::newRow("turkish dotless ı") << u"ıstanbul"_qs << u"istanbul"_qs;
    QTest::newRow("turkish ASCII I") << u"ISTANBUL"_qs << u"istanbul"_qs;
    QTest::newRow("turkish diacritics") << u"Günaydın Şükrü ğ ç ö"_qs << u"gunaydin sukru g c o"_qs;
    QTest::newRow("french") << u"Café Crème"_qs << u"cafe creme"_qs;
    QTest::newRow("decomposed input") << u"Cafe\u0301"_qs << u"cafe"_qs;
    QTest::newRow("chinese untouched") << u"数据库"_qs << u"数据库"_qs;
}

void TestCacheSearch::normalization()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeForSearch(text), normalized);
}

void TestCacheSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("messageKey");
    QTest::newRow("ru lower finds capitalised") << u"привет"_qs << u"wamid.ru"_qs;
    QTest::newRow("ru upper") << u"ПРИВЕТ"_qs << u"wamid.ru"_qs;
    QTest::newRow("ru inside a word") << u"зака"_qs << u"wamid.ru"_qs;
    QTest::newRow("ru two words") << u"мой заказ"_qs << u"wamid.ru"_qs;
    QTest::newRow("ru short word") << u"мой"_qs << u"wamid.ru"_qs;
    QTest::newRow("ru two letters") << u"Гд"_qs << u"wamid.ru"_qs;
    QTest::newRow("tr istanbul") << u"istanbul"_qs << u"wamid.tr1"_qs;
    QTest::newRow("tr İSTANBUL") << u"İSTANBUL"_qs << u"wamid.tr1"_qs;
    QTest::newRow("tr ıstanbul") << u"ıstanbul"_qs << u"wamid.tr1"_qs;
    QTest::newRow("tr ISTANBUL") << u"ISTANBUL"_qs << u"wamid.tr1"_qs;
    QTest::newRow("tr gunaydin") << u"gunaydin"_qs << u"wamid.tr2"_qs;
    QTest::newRow("tr GÜNAYDIN") << u"GÜNAYDIN"_qs << u"wamid.tr2"_qs;
    QTest::newRow("tr siparis") << u"siparis"_qs << u"wamid.tr2"_qs;
    QTest::newRow("zh substring") << u"数据库"_qs << u"wamid.zh"_qs;
    QTest::newRow("zh longer substring") << u"今天很慢"_qs << u"wamid.zh"_qs;
    QTest::newRow("zh two characters") << u"数据"_qs << u"wamid.zh"_qs;
    QTest::newRow("zh one character") << u"慢"_qs << u"wamid.zh"_qs;
    QTest::newRow("fr without accent") << u"creme"_qs << u"wamid.fr"_qs;
    QTest::newRow("digits") << u"1042"_qs << u"wamid.ru"_qs;
}

void TestCacheSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, messageKey);
    const QList<SearchHit> hits = m_store->search(query, 20);
    QVERIFY2(keys(hits).contains(messageKey), qPrintable(keys(hits).join(u' ')));
    for (const SearchHit &h : hits) {
        if (h.messageKey == messageKey)
            QCOMPARE(h.chatKey, m_store->message(messageKey)->chatKey);
    }
}

void TestCacheSearch::doesNotFind_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("absent word") << u"доставка"_qs;
    QTest::newRow("absent chinese") << u"网络"_qs;
    QTest::newRow("absent single chinese") << u"猫"_qs;
    QTest::newRow("words in different messages") << u"привет istanbul"_qs;
    QTest::newRow("blank") << u"   "_qs;
}

void TestCacheSearch::doesNotFind()
{
    QFETCH(QString, query);
    QVERIFY2(m_store->search(query, 20).isEmpty(), qPrintable(keys(m_store->search(query, 20)).join(u' ')));
}

void TestCacheSearch::contactsByName()
{
    const QList<SearchHit> sukru = m_store->search(u"sukru"_qs, 20);
    QVERIFY(!sukru.isEmpty());
    QCOMPARE(sukru.first().chatKey, chatKeyOf(kSukru.waId));
    QVERIFY(sukru.first().messageKey.isEmpty());
    QCOMPARE(sukru.first().snippet, u"Şükrü Yılmaz"_qs);
    QCOMPARE(m_store->search(u"АЙГЮЛЬ"_qs, 20).first().chatKey, chatKeyOf(kAigul.waId));
    QCOMPARE(m_store->search(u"王伟"_qs, 20).first().chatKey, chatKeyOf(kWei.userId));
    QCOMPARE(m_store->search(u"wangwei"_qs, 20).first().chatKey, chatKeyOf(kWei.userId));
    // A renamed contact is found under the new name only.
    Customer renamed = kSukru;
    renamed.name = u"Şükrü Demir"_qs;
    QString error;
    QCOMPARE(m_store->applyEvents({inbound(6, renamed, u"wamid.tr3"_qs, u"tamam"_qs, kT0 + 10)}, nullptr, &error), ApplyResult::Applied);
    QVERIFY(keys(m_store->search(u"demir"_qs, 20)).contains(QStringLiteral("chat:") + chatKeyOf(kSukru.waId)));
    QVERIFY(m_store->search(u"yilmaz"_qs, 20).isEmpty());
}

void TestCacheSearch::snippetShowsTheOriginalText()
{
    const QList<SearchHit> hits = m_store->search(u"istanbul"_qs, 20);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().snippet.contains(u"İstanbul'a"), qPrintable(hits.first().snippet));
    const QList<SearchHit> zh = m_store->search(u"数据库"_qs, 20);
    QVERIFY2(zh.first().snippet.contains(u"数据库"), qPrintable(zh.first().snippet));
}

void TestCacheSearch::indexFollowsSnapshotsAndSends()
{
    QString error;
    const QString chat = chatKeyOf(kAigul.waId);
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Ваш заказ отправлен"_qs),
                                 kT0 + 20, &error));
    QVERIFY(keys(m_store->search(u"отправлен"_qs, 20)).contains(u"client:c-1"_qs));
    // The hub's message.out keeps the row (and its index entry) under the same key.
    QCOMPARE(m_store->applyEvents({outbound(6, chat, u"c-1"_qs, u"wamid.out"_qs, u"Ваш заказ отправлен"_qs, kT0 + 21)}, nullptr, &error),
             ApplyResult::Applied);
    QCOMPARE(keys(m_store->search(u"отправлен"_qs, 20)), QStringList{u"client:c-1"_qs});
    // A snapshot replaces what is indexed.
    const QJsonObject snapshot{
        {QStringLiteral("seq"), 100},
        {QStringLiteral("chats"), QJsonArray{QJsonObject{{QStringLiteral("chat_key"), chat}, {QStringLiteral("phone_number_id"), kLine},
                                                         {QStringLiteral("customer_key"), kAigul.waId}, {QStringLiteral("wa_id"), kAigul.waId},
                                                         {QStringLiteral("name"), QStringLiteral("Айгюль")}}}},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("message_key"), QStringLiteral("wamid.snap")},
                                                            {QStringLiteral("wamid"), QStringLiteral("wamid.snap")},
                                                            {QStringLiteral("chat_key"), chat},
                                                            {QStringLiteral("direction"), QStringLiteral("in")},
                                                            {QStringLiteral("kind"), QStringLiteral("text")},
                                                            {QStringLiteral("body"), QStringLiteral("Снимок состояния")},
                                                            {QStringLiteral("created_at"), kT0 + 50},
                                                            {QStringLiteral("errors"), QStringLiteral("[]")}}}}};
    QVERIFY2(m_store->applySnapshot(snapshot, nullptr, &error), qPrintable(error));
    QVERIFY(m_store->search(u"привет"_qs, 20).isEmpty());
    QVERIFY(m_store->search(u"istanbul"_qs, 20).isEmpty());
    QCOMPARE(keys(m_store->search(u"снимок"_qs, 20)), QStringList{u"wamid.snap"_qs});
}

void TestCacheSearch::quotesAndLikeCharactersAreLiteral()
{
    QString error;
    QCOMPARE(m_store->applyEvents({inbound(6, kAigul, u"wamid.q"_qs, u"Скидка 50% на \"всё\""_qs, kT0 + 30)}, nullptr, &error),
             ApplyResult::Applied);
    QCOMPARE(keys(m_store->search(u"\"всё\""_qs, 20)), QStringList{u"wamid.q"_qs});
    QCOMPARE(keys(m_store->search(u"50%"_qs, 20)), QStringList{u"wamid.q"_qs});
    QCOMPARE(keys(m_store->search(u"%"_qs, 20)), QStringList{u"wamid.q"_qs});
    QVERIFY(m_store->search(u"_"_qs, 20).isEmpty());
    QVERIFY(m_store->search(u"AND OR NOT"_qs, 20).isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheSearch)
#include "tst_cache_search.moc"
