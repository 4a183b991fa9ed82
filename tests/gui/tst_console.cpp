// The console's main window against a real hub and simulator on loopback, on a manual clock:
// countdowns tick, the composer locks at the instant the window closes and unlocks when the
// customer writes, templates reach the simulator with their components, failed sends show
// Meta's reason in words, and a language switch retranslates the open window.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_business.h"
#include "simulator/sim_server.h"
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "sync/hub_client.h"
#include "sync/sync_engine.h"
#include "widgets/chat_list_model.h"
#include "widgets/composer.h"
#include "widgets/language.h"
#include "widgets/main_window.h"
#include "widgets/message_model.h"
#include "widgets/notifier.h"
#include "widgets/template_picker.h"

#include "core/graph_error.h"
#include "test_database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Deskline;

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countdownTicksOnVisibleRowsOnly();
    void composerLocksWhenWindowClosesAndUnlocksWhenCustomerWrites();
    void templateSendReachesSimulatorWithComponents();
    void failedSendShowsReason();
    void attachmentIsUploadedThroughTheHub();
    void languageSwitchRetranslatesOpenWindow();
    void filtersAndSearch();
    void notifiesNewMessageAndClosingWindow();

private:
    void customerWrites(const QString &from, const QString &text);
    void advance(qint64 seconds);
    QString hubValue(const QString &sql);
    void openWindow();
    void relogin();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<Hub::HubServer> m_hub;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::CacheStore> m_cache;
    std::unique_ptr<Sync::HubClient> m_client;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Widgets::Language> m_language;
    std::unique_ptr<Widgets::MainWindow> m_window;
};

namespace {

const QString kLine = QStringLiteral("106540352242922");
const EpochSeconds kStart = 1795251600; // 2026-11-21T09:00:00Z

QString chatKey(const QString &customer)
{
    return kLine + u'|' + customer;
}

} // namespace

void TestConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Test::TestDatabase>();
    m_clock = std::make_unique<ManualClock>(kStart);
    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = kStart;
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = "s";
    simConfig.accessToken = "t";
    simConfig.speed = 0;
    m_sim = std::make_unique<Sim::SimServer>(business, simConfig);
    m_sim->dispatcher().setRetryBase(std::chrono::milliseconds(10));
    QVERIFY(m_sim->listen());
    Hub::HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "s";
    config.verifyToken = "v";
    config.accessToken = "t";
    config.graphUrl = m_sim->baseUrl();
    config.wabaId = business.wabaId;
    m_hub = std::make_unique<Hub::HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen());
    m_sim->dispatcher().setUrl(QUrl(m_hub->baseUrl().toString() + u"/webhook"_qs));
    QVERIFY(m_hub->agents().add(u"anna"_qs, Hub::Role::Supervisor, u"anna-password"_qs, {}, &error));
    QTRY_COMPARE(hubValue(u"SELECT COUNT(*) FROM templates"_qs), u"7"_qs);

    const auto url = Storage::DatabaseUrl::parse(u"sqlite:"_qs + m_dir->filePath(u"console.db"_qs), &error);
    m_db = Storage::Database::open(*url, u"tst-console"_qs, &error);
    QVERIFY2(m_db && Storage::migrateCache(*m_db, &error), qPrintable(error));
    m_cache = std::make_unique<Storage::CacheStore>(*m_db, m_clock.get());
    m_client = std::make_unique<Sync::HubClient>(m_hub->baseUrl());
    std::optional<QByteArray> token;
    m_client->login(u"anna"_qs, u"anna-password"_qs, nullptr,
                    [&token](const Sync::HubClient::Answer &a) { token = a.json.value(u"token").toString().toUtf8(); });
    QTRY_VERIFY(token.has_value());
    m_client->setToken(*token);
    m_engine = std::make_unique<Sync::SyncEngine>(*m_cache, *m_client, *m_clock);
    m_engine->start();
    QTRY_COMPARE(m_engine->state(), Sync::SyncState::Online);
    m_language = std::make_unique<Widgets::Language>();
    QVERIFY(m_language->setLanguage(u"en"_qs));
}

void TestConsole::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_engine.reset();
    m_client.reset();
    m_cache.reset();
    m_db.reset();
    m_hub.reset();
    m_sim.reset();
    m_store.reset();
}

void TestConsole::openWindow()
{
    Widgets::ConsoleContext ctx;
    ctx.cache = m_cache.get();
    ctx.engine = m_engine.get();
    ctx.clock = m_clock.get();
    ctx.language = m_language.get();
    ctx.agent = u"anna"_qs;
    ctx.role = u"supervisor"_qs;
    m_window = std::make_unique<Widgets::MainWindow>(ctx);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// Hub tokens last 12 hours on the hub's (manual) clock: after a jump, sign in again.
void TestConsole::relogin()
{
    std::optional<QByteArray> token;
    m_client->login(u"anna"_qs, u"anna-password"_qs, nullptr,
                    [&token](const Sync::HubClient::Answer &a) { token = a.json.value(u"token").toString().toUtf8(); });
    QTRY_VERIFY(token.has_value());
    m_client->setToken(*token);
}

void TestConsole::customerWrites(const QString &from, const QString &text)
{
    m_sim->engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, from}, {u"type"_qs, u"text"_qs},
                                              {u"text"_qs, QJsonObject{{u"body"_qs, text}}}});
    m_sim->flush();
}

// Both clocks move together: the console's (and hub's) manual clock and the simulator's.
void TestConsole::advance(qint64 seconds)
{
    m_clock->advance(seconds);
    m_sim->advance(seconds);
}

QString TestConsole::hubValue(const QString &sql)
{
    QSqlQuery q(m_hub->database().sql());
    if (!q.exec(sql) || !q.next())
        return QString();
    return q.value(0).toString();
}

void TestConsole::countdownTicksOnVisibleRowsOnly()
{
    // Enough chats that some rows are out of view.
    for (int i = 0; i < 30; ++i)
        customerWrites(u"7916000%1"_qs.arg(1000 + i), u"Здравствуйте %1"_qs.arg(i));
    QTRY_COMPARE(m_cache->chats(100, 0).size(), qsizetype(30));
    openWindow();
    Widgets::ChatListModel *model = m_window->chatModel();
    QTRY_COMPARE(model->rowCount(), 30);
    const QString before = model->index(0).data(Widgets::ChatListModel::CountdownTextRole).toString();
    QCOMPARE(before, u"24:00:00"_qs);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_clock->advance(1);
    m_window->tick();
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::CountdownTextRole).toString(), u"23:59:59"_qs);
    QVERIFY(!changed.isEmpty());
    // Only the rows on screen were told to repaint.
    const int lastVisible = m_window->chatList()->indexAt(QPoint(1, m_window->chatList()->viewport()->height() - 2)).row();
    QVERIFY(lastVisible > 0 && lastVisible < 29);
    for (const QList<QVariant> &args : changed) {
        QVERIFY(args.at(0).toModelIndex().row() >= 0);
        QVERIFY(args.at(1).toModelIndex().row() <= lastVisible);
    }

    m_clock->advance(23 * 3600 + 59 * 60 + 59 - 17 * 60); // 17 minutes left
    m_window->tick();
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::CountdownTextRole).toString(), u"17 min"_qs);
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::CountdownToneRole).toInt(), int(Widgets::CountdownTone::ClosingSoon));
    m_clock->advance(17 * 60 + 3 * 3600);
    m_window->tick();
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::CountdownTextRole).toString(), u"closed 3 h ago"_qs);
}

void TestConsole::composerLocksWhenWindowClosesAndUnlocksWhenCustomerWrites()
{
    customerWrites(u"79161234567"_qs, u"Когда приедет заказ?"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"79161234567"_qs)).has_value());
    openWindow();
    QVERIFY(m_window->openChat(chatKey(u"79161234567"_qs)));
    Widgets::Composer *composer = m_window->composer();
    QVERIFY(!composer->isLocked());
    composer->textEdit()->insertPlainText(u"Ваш заказ в пути"_qs); // (QTest::keyClicks is ASCII only)
    QVERIFY(composer->sendButton()->isEnabled());

    m_clock->advance(24 * 3600 - 1); // the last open second
    m_window->tick();
    QVERIFY(!composer->isLocked());
    m_clock->advance(1); // the instant the window closes, while the agent is typing
    m_window->tick();
    QVERIFY(composer->isLocked());
    QVERIFY(composer->textEdit()->isReadOnly());
    QVERIFY(!composer->sendButton()->isEnabled());
    QCOMPARE(composer->draft(), u"Ваш заказ в пути"_qs); // the draft is kept
    QVERIFY(composer->lockText().contains(u"template"_qs));
    // Ctrl+Enter does not send while locked.
    QTest::keyClick(composer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(hubValue(u"SELECT COUNT(*) FROM sends"_qs), u"0"_qs);

    // The customer writes again: the window reopens and the composer unlocks.
    m_sim->advance(24 * 3600);
    relogin();
    customerWrites(u"79161234567"_qs, u"Алло?"_qs);
    QTRY_VERIFY(!composer->isLocked());
    QCOMPARE(composer->draft(), u"Ваш заказ в пути"_qs);
    QTest::keyClick(composer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(hubValue(u"SELECT COUNT(*) FROM messages WHERE direction = 'out' AND wamid <> ''"_qs), u"1"_qs);
    QCOMPARE(composer->draft(), QString());
    QTRY_VERIFY(m_window->messageModel()->rowCount() == 3);
    const QModelIndex sent = m_window->messageModel()->index(2);
    QCOMPARE(sent.data(Widgets::MessageModel::TextRole).toString(), u"Ваш заказ в пути"_qs);
    QTRY_VERIFY(sent.data(Widgets::MessageModel::TickRole).toInt() >= int(Widgets::Tick::Sent));
}

void TestConsole::templateSendReachesSimulatorWithComponents()
{
    customerWrites(u"79161234567"_qs, u"Бронь на завтра"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"79161234567"_qs)).has_value());
    openWindow();
    QVERIFY(m_window->openChat(chatKey(u"79161234567"_qs)));
    advance(30 * 3600); // the window is closed: templates only
    relogin();
    m_window->tick();
    QVERIFY(m_window->composer()->isLocked());

    Widgets::TemplatePicker *picker = m_window->openTemplatePicker();
    QVERIFY(picker);
    // Templates that cannot be sent are listed but not selectable.
    QVERIFY(!picker->selectTemplate(u"flash_deal"_qs, u"en_US"_qs));
    QVERIFY(!picker->selectTemplate(u"feedback_request"_qs, u"en_US"_qs));
    QVERIFY(picker->selectTemplate(u"reservation_confirmation"_qs, u"ru"_qs));
    QVERIFY(!picker->canSend()); // the variables are empty
    QVERIFY(!picker->issueTexts().isEmpty());
    QVERIFY(picker->setField(u"body:1"_qs, u"Айгюль"_qs));
    QVERIFY(picker->setField(u"body:2"_qs, u"22 ноября"_qs));
    QVERIFY(picker->canSend());
    QCOMPARE(picker->previewText().trimmed(), u"Айгюль, ваша бронь на 22 ноября подтверждена."_qs);
    QVERIFY2(picker->chargeText().contains(u"Billable"_qs), qPrintable(picker->chargeText())); // utility outside the window
    picker->accept();

    // The hub forwarded it and the simulator accepted it (it checks the parameters).
    QTRY_COMPARE(hubValue(u"SELECT COUNT(*) FROM messages WHERE direction = 'out' AND wamid <> ''"_qs), u"1"_qs);
    const QJsonObject request = QJsonDocument::fromJson(hubValue(u"SELECT request FROM sends"_qs).toUtf8()).object();
    const QJsonObject tmpl = request.value(u"template").toObject();
    QCOMPARE(tmpl.value(u"name").toString(), u"reservation_confirmation"_qs);
    QCOMPARE(tmpl.value(u"language").toObject().value(u"code").toString(), u"ru"_qs);
    const QJsonArray components = tmpl.value(u"components").toArray();
    QCOMPARE(components.size(), 1);
    const QJsonArray params = components.at(0).toObject().value(u"parameters").toArray();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).toObject().value(u"text").toString(), u"Айгюль"_qs);
    QCOMPARE(params.at(1).toObject().value(u"text").toString(), u"22 ноября"_qs);
}

void TestConsole::failedSendShowsReason()
{
    customerWrites(u"905321234567"_qs, u"Merhaba"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"905321234567"_qs)).has_value());
    openWindow();
    QVERIFY(m_window->openChat(chatKey(u"905321234567"_qs)));
    QVERIFY(m_language->setLanguage(u"en"_qs));
    // A template sent without its parameters: Meta (the simulator) refuses it with 132000.
    m_engine->send(kLine, chatKey(u"905321234567"_qs), u"905321234567"_qs,
                   QJsonObject{{u"type"_qs, u"template"_qs},
                               {u"template"_qs, QJsonObject{{u"name"_qs, u"login_code"_qs},
                                                            {u"language"_qs, QJsonObject{{u"code"_qs, u"tr"_qs}}}}}});
    Widgets::MessageModel *messages = m_window->messageModel();
    QTRY_COMPARE(messages->rowCount(), 2);
    const QModelIndex failed = messages->index(1);
    QTRY_COMPARE(failed.data(Widgets::MessageModel::TickRole).toInt(), int(Widgets::Tick::Failed));
    const QString reason = failed.data(Widgets::MessageModel::FailureRole).toString();
    QVERIFY2(reason.startsWith(GraphErrorCatalogue::lookup(132000).meaning()), qPrintable(reason));
    QVERIFY(!failed.data(Widgets::MessageModel::RetryableRole).toBool()); // sending it again would fail again

    // An agent may still send it again on purpose: a new client id, a second send at the hub.
    const QString clientId = failed.data(Widgets::MessageModel::ClientIdRole).toString();
    QVERIFY(!clientId.isEmpty());
    const QString again = m_engine->retry(clientId);
    QVERIFY(!again.isEmpty() && again != clientId);
    QTRY_COMPARE(hubValue(u"SELECT COUNT(*) FROM sends"_qs), u"2"_qs);
}

void TestConsole::attachmentIsUploadedThroughTheHub()
{
    customerWrites(u"79169998877"_qs, u"Пришлите счёт"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"79169998877"_qs)).has_value());
    QFile file(m_dir->filePath(u"invoice.pdf"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n% a small invoice\n");
    file.close();
    std::optional<QString> problem;
    m_engine->sendMedia(kLine, chatKey(u"79169998877"_qs), u"79169998877"_qs, file.fileName(), u"Счёт №42"_qs,
                        [&problem](const QString &p) { problem = p; });
    QTRY_VERIFY(problem.has_value());
    QCOMPARE(*problem, QString());
    QTRY_COMPARE(hubValue(u"SELECT COUNT(*) FROM messages WHERE direction = 'out' AND wamid <> ''"_qs), u"1"_qs);
    const QJsonObject request = QJsonDocument::fromJson(hubValue(u"SELECT request FROM sends"_qs).toUtf8()).object();
    QCOMPARE(request.value(u"type").toString(), u"document"_qs);
    const QJsonObject document = request.value(u"document").toObject();
    QVERIFY(!document.value(u"id").toString().isEmpty()); // the hub's upload gave a media id
    QCOMPARE(document.value(u"filename").toString(), u"invoice.pdf"_qs);
    QCOMPARE(document.value(u"caption").toString(), u"Счёт №42"_qs);
}

void TestConsole::languageSwitchRetranslatesOpenWindow()
{
    customerWrites(u"8613812345678"_qs, u"你好"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"8613812345678"_qs)).has_value());
    openWindow();
    QVERIFY(m_window->openChat(chatKey(u"8613812345678"_qs)));
    auto *tabs = m_window->findChild<QTabBar *>(u"chatFilters"_qs);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"Mine"_qs);
    const QString online = m_window->connectionText();
    for (const QString &code : {u"ru"_qs, u"tr"_qs, u"zh_CN"_qs}) {
        QVERIFY(m_language->setLanguage(code));
        const QString mine = QCoreApplication::translate("Deskline::Widgets::MainWindow", "Mine");
        QVERIFY2(mine != u"Mine"_qs, qPrintable(code));
        QTRY_COMPARE(tabs->tabText(0), mine);
        QVERIFY(m_window->connectionText() != online);
        QCOMPARE(m_window->windowText().contains(u"24:00:00"_qs) || m_window->windowText().contains(u"24:00:00"_qs), true);
        QVERIFY(m_window->composer()->sendButton()->text() != u"Send"_qs);
    }
    QVERIFY(m_language->setLanguage(u"en"_qs));
    QTRY_COMPARE(tabs->tabText(0), u"Mine"_qs);
    QCOMPARE(m_window->composer()->sendButton()->text(), u"Send"_qs);
}

void TestConsole::filtersAndSearch()
{
    customerWrites(u"79160000001"_qs, u"Где мой заказ?"_qs);
    customerWrites(u"905320000002"_qs, u"Günaydın, iade istiyorum"_qs);
    customerWrites(u"8613800000003"_qs, u"我想退货"_qs);
    QTRY_COMPARE(m_cache->chats(10, 0).size(), qsizetype(3));
    openWindow();
    Widgets::ChatListModel *model = m_window->chatModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    m_window->setFilter(0); // Mine: nothing yet
    QCOMPARE(model->rowCount(), 0);
    std::optional<QString> problem;
    m_engine->claim(chatKey(u"905320000002"_qs), [&problem](const QString &p) { problem = p; });
    QTRY_VERIFY(problem.has_value());
    QCOMPARE(*problem, QString());
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::AssigneeRole).toString(), u"anna"_qs);
    m_window->setFilter(1); // Unassigned
    QCOMPARE(model->rowCount(), 2);
    m_window->setFilter(2); // All
    m_window->setSearch(u"gunaydin"_qs); // Turkish ı folded
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(Widgets::ChatListModel::ChatKeyRole).toString(), chatKey(u"905320000002"_qs));
    m_window->setSearch(u"ЗАКАЗ"_qs);
    QCOMPARE(model->rowCount(), 1);
    m_window->setSearch(u"退货"_qs);
    QCOMPARE(model->rowCount(), 1);
    m_window->setSearch(QString());
    QCOMPARE(model->rowCount(), 3);
    // Closing soon: only the windows with less than an hour left.
    advance(23 * 3600 + 30 * 60);
    customerWrites(u"79160000001"_qs, u"Ау"_qs);
    QTRY_COMPARE(m_cache->chat(chatKey(u"79160000001"_qs))->lastInboundAt.value_or(0), kStart + 23 * 3600 + 30 * 60);
    m_window->setFilter(3);
    QCOMPARE(model->rowCount(), 2);
    // Keyboard: next and previous chat.
    m_window->setFilter(2);
    m_window->chatList()->setCurrentIndex(model->index(0));
    const QString first = m_window->currentChat();
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::ControlModifier);
    QVERIFY(m_window->currentChat() != first);
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_window->currentChat(), first);
}

void TestConsole::notifiesNewMessageAndClosingWindow()
{
    customerWrites(u"79161112233"_qs, u"Первое"_qs);
    QTRY_VERIFY(m_cache->chat(chatKey(u"79161112233"_qs)).has_value());
    openWindow();
    QSignalSpy notified(m_window->notifier(), &Widgets::Notifier::notified);
    // The open chat is being read: no notification for it; another chat's message notifies.
    customerWrites(u"79161112233"_qs, u"Вы тут?"_qs);
    customerWrites(u"79164445566"_qs, u"Есть кто?"_qs);
    QTRY_VERIFY(!notified.isEmpty());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.last().at(1).toString(), u"Есть кто?"_qs);
    QCOMPARE(notified.last().at(2).toString(), chatKey(u"79164445566"_qs));
    notified.clear();
    std::optional<QString> problem;
    m_engine->claim(chatKey(u"79161112233"_qs), [&problem](const QString &p) { problem = p; });
    QTRY_VERIFY(problem.has_value());
    QTRY_COMPARE(m_cache->chat(chatKey(u"79161112233"_qs))->assignee, u"anna"_qs);
    m_clock->advance(24 * 3600 - 14 * 60); // 14 minutes left, threshold 15
    m_window->tick();
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.first().at(1).toString().contains(u"14 min"_qs));
    m_clock->advance(60);
    m_window->tick();
    QCOMPARE(notified.size(), 1); // once per window
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
