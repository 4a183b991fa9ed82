// CacheStore: snapshot and events, idempotent replay, gaps, unknown kinds, statuses, contact
// merges, windows, the outbox, and the cursor committed with the changes.
#include "cache_fixture.h"

#include "core/message_status.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Deskline;
using namespace Deskline::Storage;
using namespace Deskline::Test;

class TestCacheStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void snapshotThenEvents();
    void snapshotKeepsOutbox();
    void replayingABatchChangesNothing();
    void gapAppliesNothing_data();
    void gapAppliesNothing();
    void unknownKindAppliesNothing();
    void redactedUnknownAndAccountKindsAdvance();
    void statusesInEveryOrderEndTheSame();
    void failedWinsInAnyOrder();
    void statusBeforeMessageOutGivesOneMessage();
    void numberChangeKeepsOneChat();
    void numberChangeMergesIntoExistingChat();
    void userIdChangeKeepsOneChat();
    void windowTimestampsOnlyMoveLater();
    void freeEntryPointFollowsCore();
    void unreadCountsAndMarkRead();
    void templatesLinesAndAssignment();
    void enqueueIsVisibleAsPending();
    void outboxAcceptedByEvent();
    void outboxTransitions();
    void sendFailedEventFailsTheEntry();
    void unconfirmedSettledByStatus();
    void cursorIsCommittedWithTheChanges();
    void invalidEventRollsBackTheBatch();
    void messagesPageNewestFirst();

private:
    ApplyResult apply(const QList<QJsonObject> &events, CacheChanges *changes = nullptr);
    QString dump();

    std::unique_ptr<CacheFixture> m_f;
    CacheStore *m_store = nullptr;
};

namespace {

const Customer kAigul{QStringLiteral("79161234567"), QString(), QStringLiteral("Айгюль"), QString()};
const Customer kElif{QStringLiteral("905321112233"), QString(), QStringLiteral("Elif"), QString()};
constexpr qint64 kT0 = 1795251600;

} // namespace

void TestCacheStore::init()
{
    m_f = std::make_unique<CacheFixture>();
    QString error;
    QVERIFY2(m_f->open(&error), qPrintable(error));
    m_store = m_f->store.get();
}

void TestCacheStore::cleanup()
{
    m_store = nullptr;
    m_f.reset();
}

ApplyResult TestCacheStore::apply(const QList<QJsonObject> &events, CacheChanges *changes)
{
    QString error;
    const ApplyResult r = m_store->applyEvents(events, changes, &error);
    if (r != ApplyResult::Applied)
        qInfo().noquote() << "apply:" << error;
    return r;
}

// Every row of every table the cache syncs, in a stable order.
QString TestCacheStore::dump()
{
    QStringList out;
    for (const char *table : {"sync_state", "lines", "contacts", "chat_aliases", "chats", "messages", "templates",
                              "billing", "outbox", "account_events", "message_search", "contact_search"}) {
        QSqlQuery q(m_f->db->sql());
        q.exec(QStringLiteral("SELECT rowid, * FROM %1 ORDER BY 2, 1").arg(QLatin1StringView(table)));
        while (q.next()) {
            QStringList row;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                row.append(r.fieldName(i) + u'=' + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
            out.append(QLatin1StringView(table) + u':' + row.join(u','));
        }
    }
    return out.join(u'\n');
}

void TestCacheStore::snapshotThenEvents()
{
    const QString chat = chatKeyOf(kAigul.waId);
    const QJsonObject snapshot{
        {QStringLiteral("seq"), 1234},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("phone_number_id"), kLine},
                                                         {QStringLiteral("waba_id"), QStringLiteral("102290129340398")},
                                                         {QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                                         {QStringLiteral("verified_name"), QStringLiteral("Deskline Demo")},
                                                         {QStringLiteral("quality_rating"), QStringLiteral("GREEN")},
                                                         {QStringLiteral("messaging_limit"), QStringLiteral("TIER_2K")},
                                                         {QStringLiteral("status"), QStringLiteral("CONNECTED")},
                                                         {QStringLiteral("updated_seq"), 12}}}},
        {QStringLiteral("templates"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("t1")},
                                                             {QStringLiteral("name"), QStringLiteral("order_update")},
                                                             {QStringLiteral("language"), QStringLiteral("en_US")},
                                                             {QStringLiteral("category"), QStringLiteral("UTILITY")},
                                                             {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                                             {QStringLiteral("reason"), QStringLiteral("")},
                                                             {QStringLiteral("quality"), QStringLiteral("GREEN")},
                                                             {QStringLiteral("definition"), QStringLiteral("{\"name\":\"order_update\"}")}}}},
        {QStringLiteral("chats"), QJsonArray{QJsonObject{{QStringLiteral("chat_key"), chat},
                                                         {QStringLiteral("phone_number_id"), kLine},
                                                         {QStringLiteral("customer_key"), kAigul.waId},
                                                         {QStringLiteral("wa_id"), kAigul.waId},
                                                         {QStringLiteral("user_id"), QStringLiteral("")},
                                                         {QStringLiteral("name"), kAigul.name},
                                                         {QStringLiteral("username"), QStringLiteral("")},
                                                         {QStringLiteral("last_inbound_at"), kT0},
                                                         {QStringLiteral("referral_at"), QJsonValue()},
                                                         {QStringLiteral("fep_opened_at"), QJsonValue()},
                                                         {QStringLiteral("fep_for_referral_at"), QJsonValue()},
                                                         {QStringLiteral("last_message_at"), kT0 + 100},
                                                         {QStringLiteral("assignee"), QStringLiteral("anna")}}}},
        {QStringLiteral("messages"), QJsonArray{
             QJsonObject{{QStringLiteral("message_key"), QStringLiteral("wamid.in1")}, {QStringLiteral("wamid"), QStringLiteral("wamid.in1")},
                         {QStringLiteral("client_id"), QJsonValue()}, {QStringLiteral("chat_key"), chat},
                         {QStringLiteral("direction"), QStringLiteral("in")}, {QStringLiteral("kind"), QStringLiteral("text")},
                         {QStringLiteral("body"), QStringLiteral("Здравствуйте")}, {QStringLiteral("sent_by"), QJsonValue()},
                         {QStringLiteral("created_at"), kT0}, {QStringLiteral("status"), QStringLiteral("")},
                         {QStringLiteral("sent_at"), QJsonValue()}, {QStringLiteral("delivered_at"), QJsonValue()},
                         {QStringLiteral("read_at"), QJsonValue()}, {QStringLiteral("played_at"), QJsonValue()},
                         {QStringLiteral("failed_at"), QJsonValue()}, {QStringLiteral("errors"), QStringLiteral("[]")}},
             QJsonObject{{QStringLiteral("message_key"), QStringLiteral("wamid.out1")}, {QStringLiteral("wamid"), QStringLiteral("wamid.out1")},
                         {QStringLiteral("client_id"), QStringLiteral("c-1")}, {QStringLiteral("chat_key"), chat},
                         {QStringLiteral("direction"), QStringLiteral("out")}, {QStringLiteral("kind"), QStringLiteral("text")},
                         {QStringLiteral("body"), QStringLiteral("Добрый день!")}, {QStringLiteral("sent_by"), QStringLiteral("anna")},
                         {QStringLiteral("created_at"), kT0 + 100}, {QStringLiteral("status"), QStringLiteral("sent")},
                         {QStringLiteral("sent_at"), kT0 + 101}, {QStringLiteral("delivered_at"), QJsonValue()},
                         {QStringLiteral("read_at"), QJsonValue()}, {QStringLiteral("played_at"), QJsonValue()},
                         {QStringLiteral("failed_at"), QJsonValue()}, {QStringLiteral("errors"), QStringLiteral("[]")}}}},
        {QStringLiteral("billing"), QJsonArray{QJsonObject{{QStringLiteral("phone_number_id"), kLine},
                                                           {QStringLiteral("day"), QStringLiteral("2026-11-21")},
                                                           {QStringLiteral("category"), QStringLiteral("marketing")},
                                                           {QStringLiteral("pricing_type"), QStringLiteral("regular")},
                                                           {QStringLiteral("billable"), 3},
                                                           {QStringLiteral("total"), 3}}}},
    };
    CacheChanges changes;
    QString error;
    QVERIFY2(m_store->applySnapshot(snapshot, &changes, &error), qPrintable(error));
    QCOMPARE(m_store->cursor(), 1234);
    QVERIFY(changes.chats.contains(chat));
    QVERIFY(changes.lines && changes.templates && changes.billing);
    QCOMPARE(m_store->lines().size(), 1);
    QCOMPARE(m_store->lines().first().messagingLimit, u"TIER_2K"_qs);
    QCOMPARE(m_store->templates().first().definition.value(u"name").toString(), u"order_update"_qs);
    QList<ChatRow> chats = m_store->chats(50, 0);
    QCOMPARE(chats.size(), 1);
    QCOMPARE(chats.first().contactName, u"Айгюль"_qs);
    QCOMPARE(chats.first().assignee, u"anna"_qs);
    QCOMPARE(chats.first().preview, u"Добрый день!"_qs);
    QCOMPARE(chats.first().lastInboundAt, std::optional<qint64>(kT0));
    QCOMPARE(m_store->messages(chat, 10).size(), 2);
    QCOMPARE(m_store->message(u"wamid.out1"_qs)->sentAt, std::optional<qint64>(kT0 + 101));

    // Stream from the snapshot's seq.
    CacheChanges next;
    QCOMPARE(apply({inbound(1235, kAigul, u"wamid.in2"_qs, u"Где мой заказ?"_qs, kT0 + 200),
                    status(1236, u"wamid.out1"_qs, u"read"_qs, kT0 + 210, kAigul.waId, u"c-1"_qs),
                    simple(1237, u"redacted"_qs)},
                   &next),
             ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 1237);
    QVERIFY(next.chats.contains(chat));
    QVERIFY(next.messages.contains(u"wamid.in2"_qs));
    QVERIFY(next.messages.contains(u"wamid.out1"_qs));
    chats = m_store->chats(50, 0);
    QCOMPARE(chats.first().preview, u"Где мой заказ?"_qs);
    QCOMPARE(chats.first().unread, 1);
    QCOMPARE(chats.first().lastInboundAt, std::optional<qint64>(kT0 + 200));
    const auto out1 = m_store->message(u"wamid.out1"_qs);
    QCOMPARE(out1->status, u"read"_qs);
    QCOMPARE(out1->sentAt, std::optional<qint64>(kT0 + 101));
    QCOMPARE(out1->readAt, std::optional<qint64>(kT0 + 210));
    QCOMPARE(m_store->messages(chat, 10).first().key, u"wamid.in2"_qs);

    // Events the snapshot already covers are skipped.
    QCOMPARE(apply({inbound(1200, kElif, u"wamid.old"_qs, u"old"_qs, kT0)}), ApplyResult::Applied);
    QVERIFY(!m_store->message(u"wamid.old"_qs));
    QCOMPARE(m_store->cursor(), 1237);
}

void TestCacheStore::snapshotKeepsOutbox()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    QVERIFY2(m_store->enqueueSend(u"c-9"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Ещё здесь"_qs), kT0, &error),
             qPrintable(error));
    const QJsonObject snapshot{{QStringLiteral("seq"), 50},
                               {QStringLiteral("chats"), QJsonArray{QJsonObject{{QStringLiteral("chat_key"), chat},
                                                                                {QStringLiteral("phone_number_id"), kLine},
                                                                                {QStringLiteral("customer_key"), kAigul.waId},
                                                                                {QStringLiteral("wa_id"), kAigul.waId},
                                                                                {QStringLiteral("name"), kAigul.name},
                                                                                {QStringLiteral("last_message_at"), kT0 - 10}}}},
                               {QStringLiteral("messages"), QJsonArray()}};
    QVERIFY2(m_store->applySnapshot(snapshot, nullptr, &error), qPrintable(error));
    QCOMPARE(m_store->cursor(), 50);
    QCOMPARE(m_store->sendable().size(), 1);
    const QList<MessageRow> messages = m_store->messages(chat, 10);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().clientId, u"c-9"_qs);
    QCOMPARE(messages.first().outboxState, u"queued"_qs);
    QCOMPARE(messages.first().body, u"Ещё здесь"_qs);
}

void TestCacheStore::replayingABatchChangesNothing()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Hi"_qs), kT0 + 5, &error));
    const QList<QJsonObject> batch{
        inbound(1, kAigul, u"wamid.a"_qs, u"Привет"_qs, kT0),
        inbound(2, kElif, u"wamid.b"_qs, u"Merhaba"_qs, kT0 + 1, u"text"_qs, true, true),
        outbound(3, chat, u"c-1"_qs, u"wamid.c"_qs, u"Hi"_qs, kT0 + 6),
        status(4, u"wamid.c"_qs, u"delivered"_qs, kT0 + 7, kAigul.waId, u"c-1"_qs),
        simple(5, u"chat.assigned"_qs, QJsonObject{{QStringLiteral("chat_key"), chat}, {QStringLiteral("assignee"), QStringLiteral("anna")}}),
        simple(6, u"account.alert"_qs, QJsonObject{{QStringLiteral("waba_id"), QStringLiteral("1")}, {QStringLiteral("time"), kT0},
                                                   {QStringLiteral("severity"), QStringLiteral("CRITICAL")}}),
    };
    QCOMPARE(apply(batch), ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 6);
    const QString once = dump();
    CacheChanges changes;
    QCOMPARE(apply(batch, &changes), ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 6);
    QCOMPARE(dump(), once);
    QVERIFY(changes.chats.isEmpty());
    QVERIFY(changes.messages.isEmpty());
    // An overlapping batch applies only what is new.
    QList<QJsonObject> overlapping = batch.mid(4);
    overlapping.append(inbound(7, kAigul, u"wamid.d"_qs, u"Ещё"_qs, kT0 + 20));
    QCOMPARE(apply(overlapping), ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 7);
    QCOMPARE(m_store->chat(chat)->unread, 2);
}

void TestCacheStore::gapAppliesNothing_data()
{
    QTest::addColumn<QList<qint64>>("seqs");
    QTest::newRow("starts past cursor+1") << QList<qint64>{3, 4};
    QTest::newRow("hole inside") << QList<qint64>{1, 2, 4};
    QTest::newRow("repeated seq") << QList<qint64>{1, 2, 2};
    QTest::newRow("out of order") << QList<qint64>{2, 1};
}

void TestCacheStore::gapAppliesNothing()
{
    QFETCH(QList<qint64>, seqs);
    const QString before = dump();
    QList<QJsonObject> batch;
    for (const qint64 seq : std::as_const(seqs))
        batch.append(inbound(seq, kAigul, QStringLiteral("wamid.%1").arg(seq), u"x"_qs, kT0 + seq));
    QCOMPARE(apply(batch), ApplyResult::Gap);
    QCOMPARE(m_store->cursor(), 0);
    QCOMPARE(dump(), before);
    QVERIFY(m_store->chats(10, 0).isEmpty());
}

void TestCacheStore::unknownKindAppliesNothing()
{
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.1"_qs, u"x"_qs, kT0)}), ApplyResult::Applied);
    const QString before = dump();
    QString error;
    const ApplyResult r = m_store->applyEvents({inbound(2, kAigul, u"wamid.2"_qs, u"y"_qs, kT0 + 1), simple(3, u"message.edited"_qs)},
                                               nullptr, &error);
    QCOMPARE(r, ApplyResult::UnknownKind);
    QVERIFY2(error.contains(u"message.edited") && error.contains(u"3"), qPrintable(error));
    QCOMPARE(m_store->cursor(), 1);
    QCOMPARE(dump(), before);
}

void TestCacheStore::redactedUnknownAndAccountKindsAdvance()
{
    QCOMPARE(apply({simple(1, u"redacted"_qs),
                    simple(2, u"unknown"_qs, QJsonObject{{QStringLiteral("field"), QStringLiteral("calls")}}),
                    simple(3, u"account.alert"_qs, QJsonObject{{QStringLiteral("waba_id"), QStringLiteral("102290129340398")},
                                                               {QStringLiteral("severity"), QStringLiteral("CRITICAL")},
                                                               {QStringLiteral("alert_type"), QStringLiteral("OBA_APPROVED")}}),
                    simple(4, u"user.preferences"_qs), simple(5, u"account.update"_qs), simple(6, u"account.capability"_qs),
                    simple(7, u"template.quality"_qs, QJsonObject{{QStringLiteral("template_id"), QStringLiteral("t1")},
                                                                  {QStringLiteral("name"), QStringLiteral("order_update")},
                                                                  {QStringLiteral("language"), QStringLiteral("en_US")},
                                                                  {QStringLiteral("quality"), QStringLiteral("YELLOW")}})}),
             ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 7);
    QSqlQuery q(m_f->db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM account_events")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestCacheStore::statusesInEveryOrderEndTheSame()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QList<QPair<QString, qint64>> steps{{u"sent"_qs, kT0 + 1}, {u"delivered"_qs, kT0 + 2}, {u"read"_qs, kT0 + 3}, {u"played"_qs, kT0 + 4}};
    std::sort(steps.begin(), steps.end());
    qint64 seq = 0;
    int permutation = 0;
    QList<QJsonObject> events;
    do {
        const QString wamid = QStringLiteral("wamid.p%1").arg(permutation++);
        events.append(outbound(++seq, chat, QStringLiteral("c-%1").arg(wamid), wamid, u"voice"_qs, kT0));
        for (const auto &[name, at] : std::as_const(steps))
            events.append(status(++seq, wamid, name, at, kAigul.waId));
    } while (std::next_permutation(steps.begin(), steps.end()));
    QCOMPARE(permutation, 24);
    QCOMPARE(apply(events), ApplyResult::Applied);
    for (int i = 0; i < permutation; ++i) {
        const auto m = m_store->messageByWamid(QStringLiteral("wamid.p%1").arg(i));
        QVERIFY(m);
        QCOMPARE(m->status, u"played"_qs);
        QCOMPARE(m->sentAt, std::optional<qint64>(kT0 + 1));
        QCOMPARE(m->deliveredAt, std::optional<qint64>(kT0 + 2));
        QCOMPARE(m->readAt, std::optional<qint64>(kT0 + 3));
        QCOMPARE(m->playedAt, std::optional<qint64>(kT0 + 4));
        QVERIFY(!m->failedAt);
    }
}

void TestCacheStore::failedWinsInAnyOrder()
{
    const QString chat = chatKeyOf(kAigul.waId);
    const QJsonArray errors{QJsonObject{{QStringLiteral("code"), 131047}, {QStringLiteral("title"), QStringLiteral("Re-engagement message")},
                                        {QStringLiteral("details"), QStringLiteral("")}}};
    QList<QJsonObject> events{outbound(1, chat, u"c-a"_qs, u"wamid.a"_qs, u"x"_qs, kT0),
                              status(2, u"wamid.a"_qs, u"failed"_qs, kT0 + 5, kAigul.waId, QString(), errors),
                              status(3, u"wamid.a"_qs, u"sent"_qs, kT0 + 1, kAigul.waId),
                              outbound(4, chat, u"c-b"_qs, u"wamid.b"_qs, u"x"_qs, kT0),
                              status(5, u"wamid.b"_qs, u"sent"_qs, kT0 + 1, kAigul.waId),
                              status(6, u"wamid.b"_qs, u"failed"_qs, kT0 + 5, kAigul.waId, QString(), errors)};
    QCOMPARE(apply(events), ApplyResult::Applied);
    const auto a = m_store->messageByWamid(u"wamid.a"_qs);
    const auto b = m_store->messageByWamid(u"wamid.b"_qs);
    QCOMPARE(a->status, u"failed"_qs);
    QCOMPARE(b->status, u"failed"_qs);
    QCOMPARE(a->sentAt, b->sentAt);
    QCOMPARE(a->failedAt, b->failedAt);
    QCOMPARE(a->errors, errors);
    QCOMPARE(b->errors, errors);
}

void TestCacheStore::statusBeforeMessageOutGivesOneMessage()
{
    // Another console's send: its status webhook comes before the hub's message.out.
    const QString chat = chatKeyOf(kAigul.waId);
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.in"_qs, u"Привет"_qs, kT0),
                    status(2, u"wamid.x"_qs, u"delivered"_qs, kT0 + 3, kAigul.waId, u"c-other"_qs),
                    outbound(3, chat, u"c-other"_qs, u"wamid.x"_qs, u"Ответ"_qs, kT0 + 2)}),
             ApplyResult::Applied);
    const QList<MessageRow> messages = m_store->messages(chat, 10);
    QCOMPARE(messages.size(), 2);
    const auto x = m_store->messageByWamid(u"wamid.x"_qs);
    QCOMPARE(x->clientId, u"c-other"_qs);
    QCOMPARE(x->body, u"Ответ"_qs);
    QCOMPARE(x->status, u"delivered"_qs);

    // Our own send: the status (carrying our client id) links the pending message.
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-own"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Моё"_qs), kT0 + 10, &error));
    QVERIFY(m_store->markSending(u"c-own"_qs, &error));
    QCOMPARE(apply({status(4, u"wamid.own"_qs, u"sent"_qs, kT0 + 11, kAigul.waId, u"c-own"_qs),
                    outbound(5, chat, u"c-own"_qs, u"wamid.own"_qs, u"Моё"_qs, kT0 + 10)}),
             ApplyResult::Applied);
    QCOMPARE(m_store->messages(chat, 10).size(), 3);
    const auto own = m_store->messageByClientId(u"c-own"_qs);
    QCOMPARE(own->wamid, u"wamid.own"_qs);
    QCOMPARE(own->status, u"sent"_qs);
    QCOMPARE(own->outboxState, u"accepted"_qs);
    QCOMPARE(m_store->outboxItem(u"c-own"_qs)->state, u"accepted"_qs);
}

void TestCacheStore::numberChangeKeepsOneChat()
{
    const Customer oldNumber{u"16505551234"_qs, QString(), u"Sheena Nelson"_qs, QString()};
    const Customer newNumber{u"12195555358"_qs, QString(), u"Sheena Nelson"_qs, QString()};
    QCOMPARE(apply({inbound(1, oldNumber, u"wamid.1"_qs, u"one"_qs, kT0),
                    inbound(2, oldNumber, u"wamid.2"_qs, u"two"_qs, kT0 + 1),
                    systemChange(3, oldNumber, u"wamid.3"_qs, kT0 + 2, u"user_changed_number"_qs, newNumber.waId, QString(), QString()),
                    inbound(4, newNumber, u"wamid.4"_qs, u"four"_qs, kT0 + 3),
                    // The hub may still use the old key for a while.
                    inbound(5, oldNumber, u"wamid.5"_qs, u"five"_qs, kT0 + 4)}),
             ApplyResult::Applied);
    const QList<ChatRow> chats = m_store->chats(10, 0);
    QCOMPARE(chats.size(), 1);
    QCOMPARE(chats.first().key, chatKeyOf(newNumber.waId));
    QCOMPARE(chats.first().waId, newNumber.waId);
    QCOMPARE(chats.first().contactName, u"Sheena Nelson"_qs);
    QCOMPARE(m_store->messages(chatKeyOf(newNumber.waId), 10).size(), 5);
    QVERIFY(!m_store->chat(chatKeyOf(oldNumber.waId)));
    QCOMPARE(m_store->resolveChatKey(chatKeyOf(oldNumber.waId)), chatKeyOf(newNumber.waId));
    QCOMPARE(chats.first().unread, 4); // the system notice is not counted
    QSqlQuery q(m_f->db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCacheStore::numberChangeMergesIntoExistingChat()
{
    const Customer oldNumber{u"16505551234"_qs, QString(), u"Sheena"_qs, QString()};
    const Customer newNumber{u"12195555358"_qs, QString(), QString(), QString()};
    const QString chat = chatKeyOf(oldNumber.waId);
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, oldNumber.waId, u"text"_qs, textRequest(oldNumber.waId, u"pending"_qs), kT0 + 1, &error));
    QCOMPARE(apply({inbound(1, oldNumber, u"wamid.1"_qs, u"old chat"_qs, kT0),
                    inbound(2, newNumber, u"wamid.2"_qs, u"new chat"_qs, kT0 + 5),
                    systemChange(3, oldNumber, u"wamid.3"_qs, kT0 + 6, u"user_changed_number"_qs, newNumber.waId, QString(), QString())}),
             ApplyResult::Applied);
    const QList<ChatRow> chats = m_store->chats(10, 0);
    QCOMPARE(chats.size(), 1);
    QCOMPARE(chats.first().key, chatKeyOf(newNumber.waId));
    QCOMPARE(chats.first().contactName, u"Sheena"_qs);
    QCOMPARE(chats.first().lastInboundAt, std::optional<qint64>(kT0 + 5));
    QCOMPARE(m_store->messages(chats.first().key, 10).size(), 4);
    const auto item = m_store->outboxItem(u"c-1"_qs);
    QCOMPARE(item->chatKey, chatKeyOf(newNumber.waId));
    QCOMPARE(item->to, newNumber.waId);
}

void TestCacheStore::userIdChangeKeepsOneChat()
{
    const Customer before{u"79161234567"_qs, u"RU.1001"_qs, u"Айгюль"_qs, u"aigul"_qs};
    const Customer after{u"79161234567"_qs, u"RU.2002"_qs, u"Айгюль"_qs, u"aigul"_qs};
    QCOMPARE(apply({inbound(1, before, u"wamid.1"_qs, u"один"_qs, kT0),
                    systemChange(2, after, u"wamid.2"_qs, kT0 + 1, u"user_changed_user_id"_qs, QString(), before.userId, after.userId),
                    inbound(3, after, u"wamid.3"_qs, u"два"_qs, kT0 + 2)}),
             ApplyResult::Applied);
    const QList<ChatRow> chats = m_store->chats(10, 0);
    QCOMPARE(chats.size(), 1);
    QCOMPARE(chats.first().key, chatKeyOf(after.userId));
    QCOMPARE(chats.first().userId, after.userId);
    QCOMPARE(m_store->messages(chats.first().key, 10).size(), 3);
    // A number change of a contact keyed by user id only updates the number.
    const Customer moved{u"79990000000"_qs, u"RU.2002"_qs, u"Айгюль"_qs, u"aigul"_qs};
    QCOMPARE(apply({systemChange(4, after, u"wamid.4"_qs, kT0 + 3, u"user_changed_number"_qs, moved.waId, QString(), QString())}),
             ApplyResult::Applied);
    QCOMPARE(m_store->chats(10, 0).size(), 1);
    QCOMPARE(m_store->chat(chatKeyOf(after.userId))->waId, moved.waId);
}

void TestCacheStore::windowTimestampsOnlyMoveLater()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.1"_qs, u"later"_qs, kT0 + 1000)}), ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->lastInboundAt, std::optional<qint64>(kT0 + 1000));
    // A late, older message does not shorten the window or take the preview.
    QCOMPARE(apply({inbound(2, kAigul, u"wamid.2"_qs, u"earlier"_qs, kT0)}), ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->lastInboundAt, std::optional<qint64>(kT0 + 1000));
    QCOMPARE(m_store->chat(chat)->lastMessageAt, std::optional<qint64>(kT0 + 1000));
    QCOMPARE(m_store->chat(chat)->preview, u"later"_qs);
    // A reaction does not open the window (opens_window=false), but is the newest message.
    QJsonObject reaction = inbound(3, kAigul, u"wamid.3"_qs, QString(), kT0 + 2000, u"reaction"_qs, false);
    reaction.insert(QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.out")},
                                                            {QStringLiteral("emoji"), QStringLiteral("👍")}});
    QCOMPARE(apply({reaction}), ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->lastInboundAt, std::optional<qint64>(kT0 + 1000));
    QCOMPARE(m_store->chat(chat)->lastMessageAt, std::optional<qint64>(kT0 + 2000));
    QCOMPARE(m_store->chat(chat)->preview, u"reaction"_qs);
    QCOMPARE(m_store->message(u"wamid.3"_qs)->reactionEmoji, u"👍"_qs);
    QCOMPARE(apply({inbound(4, kAigul, u"wamid.4"_qs, u"newest"_qs, kT0 + 3000)}), ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->lastInboundAt, std::optional<qint64>(kT0 + 3000));
}

void TestCacheStore::freeEntryPointFollowsCore()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.ad"_qs, u"from the ad"_qs, kT0, u"text"_qs, true, true),
                    outbound(2, chat, u"c-1"_qs, u"wamid.answer"_qs, u"Welcome"_qs, kT0 + 600)}),
             ApplyResult::Applied);
    auto c = m_store->chat(chat);
    QCOMPARE(c->referralAt, std::optional<qint64>(kT0));
    QCOMPARE(c->fepOpenedAt, std::optional<qint64>(kT0 + 600));
    QCOMPARE(c->fepForReferralAt, std::optional<qint64>(kT0));
    // A referral inside the open window does not restart it; a later answer does not move it.
    QCOMPARE(apply({inbound(3, kAigul, u"wamid.ad2"_qs, u"again"_qs, kT0 + 3600, u"text"_qs, true, true),
                    outbound(4, chat, u"c-2"_qs, u"wamid.answer2"_qs, u"Hi again"_qs, kT0 + 7200)}),
             ApplyResult::Applied);
    c = m_store->chat(chat);
    QCOMPARE(c->referralAt, std::optional<qint64>(kT0));
    QCOMPARE(c->fepOpenedAt, std::optional<qint64>(kT0 + 600));
}

void TestCacheStore::unreadCountsAndMarkRead()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.1"_qs, u"a"_qs, kT0), inbound(2, kAigul, u"wamid.2"_qs, u"b"_qs, kT0 + 1)}),
             ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->unread, 2);
    QVERIFY(m_store->markChatRead(chat));
    QCOMPARE(m_store->chat(chat)->unread, 0);
    QCOMPARE(apply({inbound(3, kAigul, u"wamid.3"_qs, u"c"_qs, kT0 + 2)}), ApplyResult::Applied);
    QCOMPARE(m_store->chat(chat)->unread, 1);
}

void TestCacheStore::templatesLinesAndAssignment()
{
    const QString chat = chatKeyOf(kAigul.waId);
    CacheChanges changes;
    QCOMPARE(apply({simple(1, u"line.refreshed"_qs, QJsonObject{{QStringLiteral("phone_number_id"), kLine},
                                                                {QStringLiteral("waba_id"), QStringLiteral("102290129340398")},
                                                                {QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                                                {QStringLiteral("verified_name"), QStringLiteral("Demo")},
                                                                {QStringLiteral("quality_rating"), QStringLiteral("GREEN")},
                                                                {QStringLiteral("messaging_limit"), QStringLiteral("TIER_1K")},
                                                                {QStringLiteral("status"), QStringLiteral("CONNECTED")}}),
                    simple(2, u"line.quality"_qs, QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                                              {QStringLiteral("event"), QStringLiteral("UPGRADE")},
                                                              {QStringLiteral("messaging_limit"), QStringLiteral("TIER_10K")}}),
                    simple(3, u"line.name"_qs, QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                                           {QStringLiteral("decision"), QStringLiteral("APPROVED")},
                                                           {QStringLiteral("requested_verified_name"), QStringLiteral("Deskline")}}),
                    simple(4, u"template.status"_qs, QJsonObject{{QStringLiteral("template_id"), QStringLiteral("t1")},
                                                                 {QStringLiteral("name"), QStringLiteral("order_update")},
                                                                 {QStringLiteral("language"), QStringLiteral("en_US")},
                                                                 {QStringLiteral("status"), QStringLiteral("PAUSED")},
                                                                 {QStringLiteral("reason"), QStringLiteral("LOW_QUALITY")},
                                                                 {QStringLiteral("category"), QStringLiteral("UTILITY")}}),
                    simple(5, u"template.category"_qs, QJsonObject{{QStringLiteral("template_id"), QStringLiteral("t1")},
                                                                   {QStringLiteral("new_category"), QStringLiteral("MARKETING")}}),
                    inbound(6, kAigul, u"wamid.1"_qs, u"a"_qs, kT0),
                    simple(7, u"chat.assigned"_qs, QJsonObject{{QStringLiteral("chat_key"), chat}, {QStringLiteral("assignee"), QStringLiteral("elif")},
                                                               {QStringLiteral("previous"), QStringLiteral("")}, {QStringLiteral("by"), QStringLiteral("sam")},
                                                               {QStringLiteral("action"), QStringLiteral("assign")}}),
                    simple(8, u"line.errors"_qs, QJsonObject{{QStringLiteral("phone_number_id"), kLine},
                                                             {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), 131000}}}}})},
                   &changes),
             ApplyResult::Applied);
    QVERIFY(changes.lines && changes.templates);
    const LineRow line = m_store->lines().first();
    QCOMPARE(line.messagingLimit, u"TIER_10K"_qs);
    QCOMPARE(line.verifiedName, u"Deskline"_qs);
    QCOMPARE(line.errors.size(), 1);
    const TemplateRow t = m_store->templates().first();
    QCOMPARE(t.status, u"PAUSED"_qs);
    QCOMPARE(t.category, u"MARKETING"_qs);
    QCOMPARE(m_store->chat(chat)->assignee, u"elif"_qs);
    QCOMPARE(apply({simple(9, u"chat.assigned"_qs, QJsonObject{{QStringLiteral("chat_key"), chat}, {QStringLiteral("assignee"), QStringLiteral("")}})}),
             ApplyResult::Applied);
    QVERIFY(m_store->chat(chat)->assignee.isEmpty());
}

void TestCacheStore::enqueueIsVisibleAsPending()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.1"_qs, u"Здравствуйте"_qs, kT0)}), ApplyResult::Applied);
    QString error;
    QVERIFY2(m_store->enqueueSend(u"5b0c2d7e"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Добрый день!"_qs),
                                  kT0 + 60, &error),
             qPrintable(error));
    const QList<MessageRow> messages = m_store->messages(chat, 10);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.first().clientId, u"5b0c2d7e"_qs);
    QCOMPARE(messages.first().direction, u"out"_qs);
    QCOMPARE(messages.first().outboxState, u"queued"_qs);
    QCOMPARE(messages.first().body, u"Добрый день!"_qs);
    QVERIFY(messages.first().wamid.isEmpty());
    QCOMPARE(m_store->chat(chat)->preview, u"Добрый день!"_qs);
    const QList<OutboxItem> sendable = m_store->sendable();
    QCOMPARE(sendable.size(), 1);
    QCOMPARE(sendable.first().to, kAigul.waId);
    QCOMPARE(sendable.first().request.value(u"text").toObject().value(u"body").toString(), u"Добрый день!"_qs);
    QCOMPARE(sendable.first().state, u"queued"_qs);
    QCOMPARE(sendable.first().createdAt, kT0 + 60);
    // The same client id twice is refused, and nothing half-stored stays behind.
    QVERIFY(!m_store->enqueueSend(u"5b0c2d7e"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"x"_qs), kT0 + 61, &error));
    QCOMPARE(m_store->messages(chat, 10).size(), 2);
    QCOMPARE(m_store->sendable().size(), 1);
    // Oldest first.
    QVERIFY(m_store->enqueueSend(u"a-later"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"2"_qs), kT0 + 70, &error));
    QCOMPARE(m_store->sendable().first().clientId, u"5b0c2d7e"_qs);
}

void TestCacheStore::outboxAcceptedByEvent()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"Hi"_qs), kT0, &error));
    QVERIFY(m_store->markSending(u"c-1"_qs, &error));
    CacheChanges changes;
    QCOMPARE(apply({outbound(1, chat, u"c-1"_qs, u"wamid.hi"_qs, u"Hi"_qs, kT0 + 1)}, &changes), ApplyResult::Applied);
    QVERIFY(changes.outbox);
    QCOMPARE(m_store->outboxItem(u"c-1"_qs)->state, u"accepted"_qs);
    const QList<MessageRow> messages = m_store->messages(chat, 10);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().wamid, u"wamid.hi"_qs);
    QCOMPARE(messages.first().outboxState, u"accepted"_qs);
    QCOMPARE(messages.first().sentBy, u"anna"_qs);
    QVERIFY(m_store->sendable().isEmpty());
}

void TestCacheStore::outboxTransitions()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    for (const char *id : {"ok", "retry", "fatal", "draft"})
        QVERIFY(m_store->enqueueSend(QLatin1StringView(id), kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"x"_qs), kT0, &error));

    QVERIFY(m_store->markSending(u"ok"_qs, &error));
    QVERIFY(!m_store->markSending(u"ok"_qs, &error)); // not queued any more
    QCOMPARE(m_store->outboxItem(u"ok"_qs)->state, u"sending"_qs);
    QVERIFY2(m_store->markAccepted(u"ok"_qs, u"wamid.ok"_qs, &error), qPrintable(error));
    QCOMPARE(m_store->outboxItem(u"ok"_qs)->state, u"accepted"_qs);
    QCOMPARE(m_store->messageByClientId(u"ok"_qs)->wamid, u"wamid.ok"_qs);
    QCOMPARE(m_store->messageByClientId(u"ok"_qs)->outboxState, u"accepted"_qs);
    QCOMPARE(apply({status(1, u"wamid.ok"_qs, u"delivered"_qs, kT0 + 5, kAigul.waId, u"ok"_qs)}), ApplyResult::Applied);
    QCOMPARE(m_store->messageByClientId(u"ok"_qs)->status, u"delivered"_qs);

    const QJsonObject throttled{{QStringLiteral("code"), 131056}, {QStringLiteral("retry"), QStringLiteral("soon")}};
    QVERIFY(m_store->markSending(u"retry"_qs, &error));
    QVERIFY(m_store->markFailed(u"retry"_qs, throttled, true, &error));
    auto item = m_store->outboxItem(u"retry"_qs);
    QCOMPARE(item->state, u"queued"_qs);
    QCOMPARE(item->attempts, 1);
    QCOMPARE(item->error.value(u"code").toInt(), 131056);
    QCOMPARE(m_store->messageByClientId(u"retry"_qs)->outboxState, u"queued"_qs);

    const QJsonObject refused{{QStringLiteral("code"), 131026}, {QStringLiteral("retry"), QStringLiteral("never")}};
    QVERIFY(m_store->markSending(u"fatal"_qs, &error));
    QVERIFY(m_store->markFailed(u"fatal"_qs, refused, false, &error));
    item = m_store->outboxItem(u"fatal"_qs);
    QCOMPARE(item->state, u"failed"_qs);
    QCOMPARE(item->attempts, 0);
    QCOMPARE(m_store->messageByClientId(u"fatal"_qs)->outboxState, u"failed"_qs);

    QVERIFY(m_store->markDraft(u"draft"_qs, u"outside_service_window"_qs, &error));
    item = m_store->outboxItem(u"draft"_qs);
    QCOMPARE(item->state, u"draft"_qs);
    QCOMPARE(item->error.value(u"reason").toString(), u"outside_service_window"_qs);
    QCOMPARE(m_store->messageByClientId(u"draft"_qs)->outboxState, u"draft"_qs);
    QVERIFY(!m_store->markSending(u"draft"_qs, &error));

    QVERIFY(!m_store->markFailed(u"ok"_qs, refused, false, &error)); // accepted stays accepted
    QVERIFY(!m_store->markSending(u"nope"_qs, &error));

    const QList<OutboxItem> sendable = m_store->sendable();
    QCOMPARE(sendable.size(), 1);
    QCOMPARE(sendable.first().clientId, u"retry"_qs);
}

void TestCacheStore::sendFailedEventFailsTheEntry()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"x"_qs), kT0, &error));
    QVERIFY(m_store->markSending(u"c-1"_qs, &error));
    CacheChanges changes;
    QCOMPARE(apply({sendFailed(1, chat, u"c-1"_qs, 131026, u"never"_qs)}, &changes), ApplyResult::Applied);
    QVERIFY(changes.outbox);
    QVERIFY(changes.messages.contains(u"client:c-1"_qs));
    const auto item = m_store->outboxItem(u"c-1"_qs);
    QCOMPARE(item->state, u"failed"_qs);
    QCOMPARE(item->error.value(u"code").toInt(), 131026);
    QCOMPARE(item->error.value(u"retry").toString(), u"never"_qs);
    QCOMPARE(m_store->messageByClientId(u"c-1"_qs)->outboxState, u"failed"_qs);
}

void TestCacheStore::unconfirmedSettledByStatus()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QString error;
    QVERIFY(m_store->enqueueSend(u"c-1"_qs, kLine, chat, kAigul.waId, u"text"_qs, textRequest(kAigul.waId, u"x"_qs), kT0, &error));
    QVERIFY(!m_store->markUnconfirmed(u"c-1"_qs, &error)); // only a send in flight can be unconfirmed
    QVERIFY(m_store->markSending(u"c-1"_qs, &error));
    QVERIFY(m_store->markUnconfirmed(u"c-1"_qs, &error));
    QCOMPARE(m_store->outboxItem(u"c-1"_qs)->state, u"unconfirmed"_qs);
    QVERIFY(m_store->sendable().isEmpty()); // never resent by itself
    QCOMPARE(apply({status(1, u"wamid.x"_qs, u"sent"_qs, kT0 + 3, kAigul.waId, u"c-1"_qs)}), ApplyResult::Applied);
    QCOMPARE(m_store->outboxItem(u"c-1"_qs)->state, u"accepted"_qs);
    const auto m = m_store->messageByClientId(u"c-1"_qs);
    QCOMPARE(m->wamid, u"wamid.x"_qs);
    QCOMPARE(m->status, u"sent"_qs);
    QCOMPARE(m_store->messages(chat, 10).size(), 1);
}

void TestCacheStore::cursorIsCommittedWithTheChanges()
{
    QCOMPARE(apply({inbound(1, kAigul, u"wamid.1"_qs, u"first"_qs, kT0)}), ApplyResult::Applied);
    const QString before = dump();
    // The third event fails in SQL, after two have been written inside the transaction.
    QSqlQuery trigger(m_f->db->sql());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON messages WHEN NEW.body = 'boom'"
                                        " BEGIN SELECT RAISE(ABORT, 'boom refused'); END")));
    QString error;
    const ApplyResult r = m_store->applyEvents({inbound(2, kAigul, u"wamid.2"_qs, u"two"_qs, kT0 + 1),
                                                inbound(3, kElif, u"wamid.3"_qs, u"three"_qs, kT0 + 2),
                                                inbound(4, kElif, u"wamid.4"_qs, u"boom"_qs, kT0 + 3),
                                                inbound(5, kElif, u"wamid.5"_qs, u"five"_qs, kT0 + 4)},
                                               nullptr, &error);
    QCOMPARE(r, ApplyResult::Error);
    QVERIFY2(error.contains(u"seq 4") && error.contains(u"boom refused"), qPrintable(error));
    QCOMPARE(m_store->cursor(), 1);
    QCOMPARE(dump(), before);
    QVERIFY(!m_store->message(u"wamid.2"_qs));
    QVERIFY(!m_store->chat(chatKeyOf(kElif.waId)));
    QVERIFY(m_store->search(u"three"_qs, 10).isEmpty());

    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER boom")));
    QCOMPARE(apply({inbound(2, kAigul, u"wamid.2"_qs, u"two"_qs, kT0 + 1), inbound(3, kElif, u"wamid.3"_qs, u"three"_qs, kT0 + 2),
                    inbound(4, kElif, u"wamid.4"_qs, u"boom"_qs, kT0 + 3), inbound(5, kElif, u"wamid.5"_qs, u"five"_qs, kT0 + 4)}),
             ApplyResult::Applied);
    QCOMPARE(m_store->cursor(), 5);
    QCOMPARE(m_store->search(u"three"_qs, 10).size(), 1);

    // A second connection (another process) sees both the changes and the cursor, or neither.
    auto other = m_f->database.open(&error);
    QVERIFY2(other, qPrintable(error));
    CacheStore reader(*other);
    QCOMPARE(reader.cursor(), 5);
    QVERIFY(reader.message(u"wamid.5"_qs));
}

void TestCacheStore::invalidEventRollsBackTheBatch()
{
    QJsonObject broken = inbound(3, kAigul, u"wamid.3"_qs, u"x"_qs, kT0 + 2);
    broken.remove(QStringLiteral("wamid"));
    const QString before = dump();
    QString error;
    QCOMPARE(m_store->applyEvents({inbound(1, kAigul, u"wamid.1"_qs, u"a"_qs, kT0), inbound(2, kAigul, u"wamid.2"_qs, u"b"_qs, kT0 + 1), broken},
                                  nullptr, &error),
             ApplyResult::Error);
    QVERIFY2(error.contains(u"seq 3"), qPrintable(error));
    QCOMPARE(m_store->cursor(), 0);
    QCOMPARE(dump(), before);
}

void TestCacheStore::messagesPageNewestFirst()
{
    const QString chat = chatKeyOf(kAigul.waId);
    QList<QJsonObject> events;
    for (int i = 1; i <= 30; ++i)
        events.append(inbound(i, kAigul, QStringLiteral("wamid.%1").arg(i), QStringLiteral("m%1").arg(i), kT0 + i));
    QCOMPARE(apply(events), ApplyResult::Applied);
    const QList<MessageRow> first = m_store->messages(chat, 10);
    QCOMPARE(first.size(), 10);
    QCOMPARE(first.first().key, u"wamid.30"_qs);
    QCOMPARE(first.last().key, u"wamid.21"_qs);
    const QList<MessageRow> next = m_store->messages(chat, 10, first.last().createdAt);
    QCOMPARE(next.first().key, u"wamid.20"_qs);
    QCOMPARE(m_store->chats(10, 0, kLine).size(), 1);
    QVERIFY(m_store->chats(10, 0, u"other-line"_qs).isEmpty());
    QVERIFY(m_store->chats(10, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cache_store.moc"
