// deskline-sim on a real loopback socket, driven by the cloud layer's GraphClient, with its
// signed webhooks received by a real HTTP server.
#include "cloud/graph_client.h"
#include "cloud/message_builder.h"
#include "cloud/signature.h"
#include "cloud/webhook_parser.h"
#include "net/http_server.h"
#include "simulator/sim_server.h"

#include "core/chat_windows.h"
#include "core/message_template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Cloud;

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySendTypeRoundTrips();
    void statusesCarryTheEraPricing();
    void signedWithTheAppSecretOnly();
    void freeFormAfterTheWindowFailsBy131047();
    void freeFormJustInsideTheWindowIsSent();
    void badTokenIs190();
    void templateErrorsComeBackTyped();
    void pairRateLimitAndThroughput();
    void noFaultsMeansNoDuplicatesAndOrder();
    void duplicatesAndReorderingWhenEnabled();
    void failedDeliveryIsRetried();
    void mediaUploadUrlAndDownload();
    void phoneNumbersTemplatesAndPaging();
    void accountChangesArriveAsWebhooks();
    void analyticsCountWhatWasBilled();
    void shippedScenarioPlays();
    void historyIsDeliveredFirstWithPastTimestamps();
    void historyDrivesTheWindowRule();
    void chatterKeepsWritingInAFixedOrder();
    void chatterReactsToTheLatestBusinessMessage();
    void scenarioRefusesBadHistoryAndChatter();

private:
    struct Received
    {
        QByteArray body;
        QByteArray signature;
    };
    // Customer writes (opens the window) and the webhook is consumed.
    void customerWrites(const QString &from, const QByteArray &extra = {});
    SendResult send(const QJsonObject &body);
    QList<WebhookEvent> eventsSince(qsizetype from) const;
    QList<StatusUpdate> statusesFor(const QString &wamid) const;

    std::unique_ptr<Net::HttpServer> m_receiver;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<GraphClient> m_graph;
    QList<Received> m_received;
    int m_failNext = 0;
};

namespace {

const QByteArray kSecret = "sim-app-secret";
const QByteArray kToken = "sim-access-token";
const QString kLine = QStringLiteral("106540352242922");
const QString kWaba = QStringLiteral("102290129340398");

template<typename T>
GraphResult<T> wait(std::function<void(GraphClient::Callback<T>)> start)
{
    std::optional<GraphResult<T>> out;
    start([&out](const GraphResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        QTest::qFail("no answer from the simulator", __FILE__, __LINE__);
    return out.value_or(GraphResult<T>{});
}

} // namespace

void TestSimulator::init()
{
    m_received.clear();
    m_failNext = 0;
    m_receiver = std::make_unique<Net::HttpServer>();
    m_receiver->route("POST", QStringLiteral("/webhook"), [this](const Net::ServerRequest &rq, Net::Responder rs) {
        if (m_failNext > 0) {
            --m_failNext;
            rs.respond(503);
            return;
        }
        m_received.append({rq.body, rq.header("x-hub-signature-256")});
        rs.respond(200);
    });
    QVERIFY(m_receiver->listen());

    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = *parseIsoUtc(u"2025-08-01T09:00:00Z"); // per-message pricing era
    Sim::SimServerConfig config;
    config.webhookUrl = QUrl(m_receiver->baseUrl().toString() + u"/webhook"_qs);
    config.appSecret = kSecret;
    config.accessToken = kToken;
    config.speed = 0; // time moves only when a test says so
    m_sim = std::make_unique<Sim::SimServer>(business, config);
    m_sim->dispatcher().setRetryBase(std::chrono::milliseconds(10));
    QVERIFY(m_sim->listen() != 0);
    m_graph = std::make_unique<GraphClient>(m_sim->baseUrl(), u"v25.0"_qs, kToken);
    m_graph->setRetryTimeUnit(std::chrono::milliseconds(1));
}

void TestSimulator::cleanup()
{
    m_graph.reset();
    m_sim.reset();
    m_receiver.reset();
}

void TestSimulator::customerWrites(const QString &from, const QByteArray &extra)
{
    const qsizetype before = m_received.size();
    QJsonObject item = QJsonDocument::fromJson("{\"type\":\"text\",\"text\":{\"body\":\"Здравствуйте\"}" + extra + "}").object();
    item.insert(u"phone_number_id"_qs, kLine);
    item.insert(u"from"_qs, from);
    const Sim::GraphReply r = m_sim->engine().injectInbound(item);
    QCOMPARE(r.status, 200);
    m_sim->flush();
    QTRY_VERIFY(m_received.size() > before);
}

SendResult TestSimulator::send(const QJsonObject &body)
{
    const auto r = wait<SendResult>([&](auto done) { m_graph->sendMessage(kLine, body, this, done); });
    if (!r.ok()) {
        QTest::qFail(qPrintable(u"send failed: "_qs + QString::fromUtf8(r.http.body)), __FILE__, __LINE__);
        return {};
    }
    return *r.value;
}

QList<WebhookEvent> TestSimulator::eventsSince(qsizetype from) const
{
    QList<WebhookEvent> events;
    for (qsizetype i = from; i < m_received.size(); ++i)
        events += WebhookParser::parse(m_received.at(i).body).events;
    return events;
}

QList<StatusUpdate> TestSimulator::statusesFor(const QString &wamid) const
{
    QList<StatusUpdate> out;
    for (const WebhookEvent &e : eventsSince(0)) {
        if (const auto *s = std::get_if<StatusUpdate>(&e); s && s->messageId == wamid)
            out.append(*s);
    }
    return out;
}

void TestSimulator::everySendTypeRoundTrips()
{
    customerWrites(u"79161234567"_qs);
    const Recipient to{u"+79161234567"_qs, {}};
    const auto upload = wait<QString>([&](auto done) { m_graph->uploadMedia(kLine, "%PDF-1.4 fake", "application/pdf", u"счёт.pdf"_qs, this, done); });
    QVERIFY(upload.ok());

    MessageTemplate order;
    order.headerFormat = HeaderFormat::Text;
    order.headerText = u"Order {{1}}"_qs;
    order.bodyText = u"Hi {{1}}, your order {{2}} has shipped."_qs;
    order.buttons = {{ButtonType::Url, u"URL"_qs, u"Track"_qs, u"https://shop.example/track/{{1}}"_qs, {}}};
    TemplateArguments args;
    args.header = {{u"1"_qs, u"#4411"_qs}};
    args.body = {{u"1"_qs, u"Айгюль"_qs}, {u"2"_qs, u"#4411"_qs}};
    args.buttons = {{0, u"4411"_qs}};

    const QList<QPair<QString, QJsonObject>> sends = {
        {u"text"_qs, MessageBuilder::text(to, u"Добрый день!"_qs)},
        {u"reply"_qs, MessageBuilder::text(to, u"Ответ"_qs, false, {u"wamid.IN1"_qs, u"client-1"_qs})},
        {u"image link"_qs, MessageBuilder::media(to, MediaKind::Image, {{}, QUrl(u"https://x.example/a.jpg"_qs)}, u"фото"_qs)},
        {u"document id"_qs, MessageBuilder::media(to, MediaKind::Document, {*upload.value, {}}, u"Счёт"_qs, u"счёт.pdf"_qs)},
        {u"audio"_qs, MessageBuilder::media(to, MediaKind::Audio, {{}, QUrl(u"https://x.example/a.ogg"_qs)})},
        {u"video"_qs, MessageBuilder::media(to, MediaKind::Video, {{}, QUrl(u"https://x.example/v.mp4"_qs)})},
        {u"sticker"_qs, MessageBuilder::media(to, MediaKind::Sticker, {{}, QUrl(u"https://x.example/s.webp"_qs)})},
        {u"template"_qs, MessageBuilder::templateMessage(to, u"order_update"_qs, u"en_US"_qs, TemplateComposer::buildComponents(order, args))},
        {u"buttons"_qs, MessageBuilder::replyButtons(to, u"Подтвердить?"_qs, {{u"yes"_qs, u"Да"_qs}, {u"no"_qs, u"Нет"_qs}})},
        {u"list"_qs, MessageBuilder::list(to, u"Доставка"_qs, u"Варианты"_qs, {{u"Курьер"_qs, {{u"c1"_qs, u"Сегодня"_qs, {}}}}})},
        {u"reaction"_qs, MessageBuilder::reaction(to, u"wamid.IN1"_qs, u"👍"_qs)},
    };
    QSet<QString> ids;
    for (const auto &[name, body] : sends) {
        const SendResult r = send(body);
        QVERIFY2(r.messageId.startsWith(u"wamid."_qs), qPrintable(name));
        QCOMPARE(r.waId, u"79161234567"_qs);
        ids.insert(r.messageId);
    }
    QCOMPARE(ids.size(), sends.size()); // every send gets its own wamid
    const auto read = wait<bool>([&](auto done) { m_graph->markRead(kLine, MessageBuilder::markRead(u"wamid.IN1"_qs, true), this, done); });
    QCOMPARE(read.value, std::optional(true));
}

void TestSimulator::statusesCarryTheEraPricing()
{
    customerWrites(u"905321112233"_qs);
    const SendResult r = send(MessageBuilder::text({u"+905321112233"_qs, {}}, u"Merhaba"_qs, false, {{}, u"client-77"_qs}));
    QTRY_COMPARE(statusesFor(r.messageId).size(), 1);
    StatusUpdate sent = statusesFor(r.messageId).first();
    QCOMPARE(sent.status, std::optional(DeliveryStatus::Sent));
    QCOMPARE(sent.bizOpaqueCallbackData, u"client-77"_qs);
    QCOMPARE(sent.pricing->pricingModel, u"PMP"_qs);
    QCOMPARE(sent.pricing->type, u"free_customer_service"_qs);
    QCOMPARE(sent.pricing->billable, std::optional(false));
    QVERIFY(!sent.conversation); // v24+: only inside a free entry point window

    m_sim->advance(1);
    QTRY_COMPARE(statusesFor(r.messageId).size(), 2);
    QCOMPARE(statusesFor(r.messageId).at(1).status, std::optional(DeliveryStatus::Delivered));
    m_sim->advance(3);
    QTRY_COMPARE(statusesFor(r.messageId).size(), 3);
    QCOMPARE(statusesFor(r.messageId).at(2).status, std::optional(DeliveryStatus::Read));

    // A marketing template in the same era is charged.
    MessageTemplate promo;
    promo.parameterFormat = ParameterFormat::Named;
    promo.headerFormat = HeaderFormat::Image;
    promo.bodyText = u"{{first_name}}, our winter sale starts today: {{discount}} off."_qs;
    TemplateArguments a;
    a.headerMedia.link = QUrl(u"https://x.example/sale.jpg"_qs);
    a.body = {{u"first_name"_qs, u"Elif"_qs}, {u"discount"_qs, u"20%"_qs}};
    const SendResult m = send(MessageBuilder::templateMessage({u"+905321112233"_qs, {}}, u"winter_sale"_qs, u"en_US"_qs,
                                                              TemplateComposer::buildComponents(promo, a)));
    QCOMPARE(m.messageStatus, u"accepted"_qs);
    QTRY_COMPARE(statusesFor(m.messageId).size(), 1);
    const StatusUpdate charged = statusesFor(m.messageId).first();
    QCOMPARE(charged.pricing->billable, std::optional(true));
    QCOMPARE(charged.pricing->type, u"regular"_qs);
    QCOMPARE(charged.pricing->category, u"marketing"_qs);
}

void TestSimulator::signedWithTheAppSecretOnly()
{
    customerWrites(u"8613800000000"_qs, ",\"profile_name\":\"王伟\"");
    QVERIFY(!m_received.isEmpty());
    for (const Received &r : std::as_const(m_received)) {
        QVERIFY(WebhookSignature::verify(r.body, r.signature, kSecret));
        QVERIFY(!WebhookSignature::verify(r.body, r.signature, "another-secret"));
        // Meta's encoding: no raw non-ASCII bytes, "/" escaped.
        QVERIFY(std::all_of(r.body.begin(), r.body.end(), [](char c) { return uchar(c) < 0x80; }));
    }
    const auto events = eventsSince(0);
    const auto &m = std::get<InboundMessage>(events.last());
    QCOMPARE(m.contact.name, u"王伟"_qs);
    QCOMPARE(m.text, u"Здравствуйте"_qs);
}

void TestSimulator::freeFormAfterTheWindowFailsBy131047()
{
    customerWrites(u"79160000001"_qs);
    m_sim->advance(24 * 3600 + 1);
    const SendResult r = send(MessageBuilder::text({u"+79160000001"_qs, {}}, u"Вы тут?"_qs)); // 200, as Meta
    QVERIFY(!r.messageId.isEmpty());
    QTRY_COMPARE(statusesFor(r.messageId).size(), 1);
    const StatusUpdate failed = statusesFor(r.messageId).first();
    QCOMPARE(failed.status, std::optional(DeliveryStatus::Failed));
    QCOMPARE(failed.errors.first().code, 131047);
    QCOMPARE(GraphErrorCatalogue::lookup(failed.errors.first().code).retry, RetryClass::AfterUserAction);
    // A template still goes out.
    MessageTemplate t;
    t.bodyText = u"{{1}}, ваша бронь на {{2}} подтверждена."_qs;
    TemplateArguments a;
    a.body = {{u"1"_qs, u"Анна"_qs}, {u"2"_qs, u"пятницу"_qs}};
    const SendResult ok = send(MessageBuilder::templateMessage({u"+79160000001"_qs, {}}, u"reservation_confirmation"_qs, u"ru"_qs,
                                                               TemplateComposer::buildComponents(t, a)));
    QTRY_COMPARE(statusesFor(ok.messageId).size(), 1);
    QCOMPARE(statusesFor(ok.messageId).first().status, std::optional(DeliveryStatus::Sent));
}

void TestSimulator::freeFormJustInsideTheWindowIsSent()
{
    customerWrites(u"79160000002"_qs);
    m_sim->advance(24 * 3600 - 1);
    const SendResult r = send(MessageBuilder::text({u"+79160000002"_qs, {}}, u"Успели"_qs));
    QTRY_COMPARE(statusesFor(r.messageId).size(), 1);
    QCOMPARE(statusesFor(r.messageId).first().status, std::optional(DeliveryStatus::Sent));
}

void TestSimulator::badTokenIs190()
{
    GraphClient wrong(m_sim->baseUrl(), u"v25.0"_qs, "not-the-token");
    const auto r = wait<SendResult>([&](auto done) { wrong.sendMessage(kLine, MessageBuilder::text({u"+1"_qs, {}}, u"x"_qs), this, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.http.status, 401);
    QCOMPARE(r.error->code, 190);
    QCOMPARE(r.http.attempts, 1); // not retried
    QVERIFY(!r.error->info().isRetryable());
}

void TestSimulator::templateErrorsComeBackTyped()
{
    const Recipient to{u"+905320000000"_qs, {}};
    auto sendTemplate = [&](const QString &name, const QString &language, const QJsonArray &components) {
        return wait<SendResult>([&](auto done) {
            m_graph->sendMessage(kLine, MessageBuilder::templateMessage(to, name, language, components), this, done);
        });
    };
    const auto missing = sendTemplate(u"no_such_template"_qs, u"en_US"_qs, {});
    QCOMPARE(missing.error->code, 132001);
    QCOMPARE(missing.http.status, 404);
    QVERIFY(missing.error->details.contains(u"no_such_template"_qs));
    const auto pending = sendTemplate(u"address_update"_qs, u"zh_CN"_qs, {});
    QCOMPARE(pending.error->code, 132001);
    const auto wrongLanguage = sendTemplate(u"order_update"_qs, u"ru"_qs, {});
    QCOMPARE(wrongLanguage.error->code, 132001);
    const QJsonArray oneParameter{QJsonObject{{u"type"_qs, u"body"_qs},
                                              {u"parameters"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, u"x"_qs}}}}}};
    const auto count = sendTemplate(u"reservation_confirmation"_qs, u"ru"_qs, oneParameter);
    QCOMPARE(count.error->code, 132000);
    QCOMPARE(count.error->info().retry, RetryClass::AfterUserAction);
    QVERIFY(!count.error->info().meaning().isEmpty());
}

void TestSimulator::pairRateLimitAndThroughput()
{
    customerWrites(u"79160000003"_qs);
    m_sim->engine().limits().pairMessagesPerWindow = 2;
    const Recipient to{u"+79160000003"_qs, {}};
    send(MessageBuilder::text(to, u"1"_qs));
    send(MessageBuilder::text(to, u"2"_qs));
    const auto third = wait<SendResult>([&](auto done) { m_graph->sendMessage(kLine, MessageBuilder::text(to, u"3"_qs), this, done); });
    QCOMPARE(third.error->code, 131056);
    QVERIFY(third.http.attempts > 1); // retried after 4^X (scaled), still limited: time stood still
    m_sim->advance(6);                // the pair window has passed
    send(MessageBuilder::text(to, u"4"_qs));

    m_sim->engine().limits().pairMessagesPerWindow = 45;
    m_sim->engine().limits().throughputPerSecond = 1;
    m_sim->advance(1);
    send(MessageBuilder::text(to, u"5"_qs));
    const auto fast = wait<SendResult>([&](auto done) { m_graph->sendMessage(kLine, MessageBuilder::text({u"+79160000004"_qs, {}}, u"6"_qs), this, done); });
    QCOMPARE(fast.error->code, 130429);
    QCOMPARE(fast.error->info().retry, RetryClass::RetryLater);
}

void TestSimulator::noFaultsMeansNoDuplicatesAndOrder()
{
    customerWrites(u"79160000005"_qs);
    QStringList sent;
    for (int i = 0; i < 6; ++i)
        sent.append(send(MessageBuilder::text({u"+79160000005"_qs, {}}, QString::number(i))).messageId);
    m_sim->advance(1); // all six "delivered" fall due in one POST
    QTRY_COMPARE(eventsSince(0).size(), 1 + 6 + 6);
    QSet<QByteArray> bodies;
    for (const Received &r : std::as_const(m_received))
        bodies.insert(r.body);
    QCOMPARE(bodies.size(), m_received.size()); // no body twice
    QStringList delivered;
    for (const WebhookEvent &e : WebhookParser::parse(m_received.last().body).events)
        delivered.append(std::get<StatusUpdate>(e).messageId);
    QCOMPARE(delivered, sent); // in the order they were sent
}

void TestSimulator::duplicatesAndReorderingWhenEnabled()
{
    customerWrites(u"79160000006"_qs);
    Sim::WebhookFaults faults;
    faults.duplicateRate = 1.0;
    faults.reorder = true;
    faults.seed = 7;
    m_sim->dispatcher().setFaults(faults);
    QStringList sent;
    for (int i = 0; i < 8; ++i)
        sent.append(send(MessageBuilder::text({u"+79160000006"_qs, {}}, QString::number(i))).messageId);
    QTRY_COMPARE(m_sim->dispatcher().queued(), 0); // the "sent" statuses (each twice) are out
    const qsizetype before = m_received.size();
    m_sim->advance(1);
    QTRY_COMPARE(m_received.size(), before + 2);
    QCOMPARE(m_received.at(before).body, m_received.at(before + 1).body); // the same POST twice
    QStringList delivered;
    for (const WebhookEvent &e : WebhookParser::parse(m_received.last().body).events)
        delivered.append(std::get<StatusUpdate>(e).messageId);
    QCOMPARE(QSet<QString>(delivered.begin(), delivered.end()), QSet<QString>(sent.begin(), sent.end()));
    QVERIFY(delivered != sent); // reordered (seed 7)
}

void TestSimulator::failedDeliveryIsRetried()
{
    QSignalSpy failures(&m_sim->dispatcher(), &Sim::WebhookDispatcher::attemptFailed);
    QSignalSpy deliveries(&m_sim->dispatcher(), &Sim::WebhookDispatcher::delivered);
    m_failNext = 2;
    customerWrites(u"79160000007"_qs);
    QCOMPARE(failures.size(), 2);
    QTRY_VERIFY(deliveries.size() >= 1); // the 200 reaches the simulator after the body reached us
    QCOMPARE(deliveries.last().at(1).toInt(), 3); // delivered on the third attempt
    QCOMPARE(m_received.size(), 1);
}

void TestSimulator::mediaUploadUrlAndDownload()
{
    const QByteArray bytes("\x89PNG\r\n\x1a\n fake image", 20);
    const auto id = wait<QString>([&](auto done) { m_graph->uploadMedia(kLine, bytes, "image/png", u"a.png"_qs, this, done); });
    QVERIFY(id.ok());
    const auto info = wait<MediaInfo>([&](auto done) { m_graph->mediaInfo(*id.value, this, done); });
    QVERIFY(info.ok());
    QCOMPARE(info.value->mimeType, u"image/png"_qs);
    QCOMPARE(info.value->fileSize, bytes.size());
    const auto download = wait<MediaBytes>([&](auto done) { m_graph->downloadMedia(info.value->url, this, done); });
    QCOMPARE(download.value->data, bytes);
    QCOMPARE(download.value->contentType, QByteArray("image/png"));
    GraphClient wrong(m_sim->baseUrl(), u"v25.0"_qs, "nope");
    const auto denied = wait<MediaBytes>([&](auto done) { wrong.downloadMedia(info.value->url, this, done); });
    QCOMPARE(denied.http.status, 401);

    // A customer's photo: the webhook carries a media id that can be fetched the same way.
    const qsizetype before = m_received.size();
    m_sim->engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, u"14155550101"_qs},
                                              {u"type"_qs, u"image"_qs}, {u"image"_qs, QJsonObject{{u"caption"_qs, u"this one?"_qs}}}});
    m_sim->flush();
    QTRY_VERIFY(m_received.size() > before);
    const InboundMessage photo = std::get<InboundMessage>(eventsSince(before).first());
    QCOMPARE(photo.media->caption, u"this one?"_qs);
    QCOMPARE(photo.media->mimeType, u"image/jpeg"_qs);
    const auto photoInfo = wait<MediaInfo>([&](auto done) { m_graph->mediaInfo(photo.media->id, this, done); });
    QCOMPARE(photoInfo.value->sha256, photo.media->sha256);
    const auto photoBytes = wait<MediaBytes>([&](auto done) { m_graph->downloadMedia(photoInfo.value->url, this, done); });
    QVERIFY(!photoBytes.value->data.isEmpty());
}

void TestSimulator::phoneNumbersTemplatesAndPaging()
{
    const auto number = wait<PhoneNumberInfo>([&](auto done) {
        m_graph->phoneNumber(kLine, {u"quality_rating"_qs, u"whatsapp_business_manager_messaging_limit"_qs, u"status"_qs, u"throughput"_qs}, this, done);
    });
    QCOMPARE(number.value->quality->rating, QualityRating::Green);
    QCOMPARE(number.value->messagingLimit->tier, MessagingLimitTier::Tier2K);
    QVERIFY(number.value->status->canSend());
    QCOMPARE(number.value->throughputLevel, u"STANDARD"_qs);
    const auto numbers = wait<PhoneNumberPage>([&](auto done) { m_graph->phoneNumbers(kWaba, {}, this, done); });
    QCOMPARE(numbers.value->numbers.size(), 2);

    const auto first = wait<TemplatePage>([&](auto done) { m_graph->templates(kWaba, 3, {}, this, done); });
    QCOMPARE(first.value->templates.size(), 3);
    QVERIFY(first.value->paging.next.isValid());
    const auto second = wait<TemplatePage>([&](auto done) { m_graph->templates(kWaba, 3, first.value->paging.after, this, done); });
    QCOMPARE(second.value->templates.size(), 3);
    QVERIFY(second.value->templates.first().name != first.value->templates.first().name);
    const auto all = wait<QList<MessageTemplate>>([&](auto done) { m_graph->allTemplates(kWaba, this, done); });
    QCOMPARE(all.value->size(), 7);
    const auto paused = std::find_if(all.value->begin(), all.value->end(), [](const MessageTemplate &t) { return t.name == u"feedback_request"; });
    QCOMPARE(paused->status.status, TemplateStatus::Paused);
    QVERIFY(!paused->status.explanation().isEmpty());
    const auto quality = wait<TemplateQualityScore>([&](auto done) { m_graph->templateQuality(all.value->first().id, this, done); });
    QCOMPARE(quality.value->score.rating, QualityRating::Green);
    const auto health = wait<HealthStatus>([&](auto done) { m_graph->healthStatus(paused->id, this, done); });
    QCOMPARE(health.value->canSendMessage, u"BLOCKED"_qs);
}

void TestSimulator::accountChangesArriveAsWebhooks()
{
    const qsizetype before = m_received.size();
    m_sim->engine().setLineQuality(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"quality_rating"_qs, u"YELLOW"_qs},
                                               {u"event"_qs, u"DOWNGRADE"_qs}, {u"messaging_limit"_qs, u"TIER_250"_qs}});
    m_sim->engine().setTemplateStatus(QJsonObject{{u"name"_qs, u"order_update"_qs}, {u"language"_qs, u"en_US"_qs},
                                                  {u"event"_qs, u"PAUSED"_qs}, {u"reason"_qs, u"FIRST_PAUSE"_qs}});
    m_sim->engine().setTemplateQuality(QJsonObject{{u"name"_qs, u"order_update"_qs}, {u"language"_qs, u"en_US"_qs}, {u"score"_qs, u"RED"_qs}});
    m_sim->flush();
    QTRY_VERIFY(eventsSince(before).size() == 3);
    const auto events = eventsSince(before);
    QCOMPARE(std::get<PhoneQualityChanged>(events.at(0)).currentLimit->tier, MessagingLimitTier::Tier250);
    QCOMPARE(std::get<PhoneQualityChanged>(events.at(0)).oldLimit->tier, MessagingLimitTier::Tier2K);
    QCOMPARE(std::get<TemplateStatusChanged>(events.at(1)).status.status, TemplateStatus::Paused);
    QCOMPARE(std::get<TemplateQualityChanged>(events.at(2)).current.rating, QualityRating::Red);
    const auto number = wait<PhoneNumberInfo>([&](auto done) { m_graph->phoneNumber(kLine, {u"quality_rating"_qs}, this, done); });
    QCOMPARE(number.value->quality->rating, QualityRating::Yellow);
    // A paused template can no longer be sent.
    const auto r = wait<SendResult>([&](auto done) {
        m_graph->sendMessage(kLine, MessageBuilder::templateMessage({u"+1"_qs, {}}, u"order_update"_qs, u"en_US"_qs, {}), this, done);
    });
    QCOMPARE(r.error->code, 132001);
}

void TestSimulator::analyticsCountWhatWasBilled()
{
    customerWrites(u"79160000008"_qs);
    send(MessageBuilder::text({u"+79160000008"_qs, {}}, u"free"_qs));
    MessageTemplate t;
    t.bodyText = u"{{1}} doğrulama kodunuzdur."_qs;
    TemplateArguments a;
    a.body = {{u"1"_qs, u"123456"_qs}};
    send(MessageBuilder::templateMessage({u"+79160000008"_qs, {}}, u"login_code"_qs, u"tr"_qs, TemplateComposer::buildComponents(t, a)));
    const EpochSeconds now = m_sim->engine().now();
    const auto r = wait<Analytics>([&](auto done) { m_graph->analytics(kWaba, true, now - 86400, now + 86400, u"DAILY"_qs, this, done); });
    QVERIFY(r.ok());
    qint64 free = 0, authentication = 0;
    for (const AnalyticsPoint &p : r.value->points) {
        if (p.type == u"FREE_CUSTOMER_SERVICE")
            free += p.volume;
        if (p.category == u"AUTHENTICATION" && p.type == u"REGULAR")
            authentication += p.volume;
    }
    QCOMPARE(free, 1);
    QCOMPARE(authentication, 1);
}

namespace {

const EpochSeconds kStart = *parseIsoUtc(u"2026-11-21T09:00:00Z");

// The inbound messages among due changes, parsed as the hub parses them.
QList<InboundMessage> inboundOf(const QList<Sim::PendingChange> &changes, const QString &wabaId)
{
    QList<InboundMessage> out;
    for (const Sim::PendingChange &c : changes) {
        const auto parsed = WebhookParser::parseChange(c.field, c.value, wabaId);
        for (const WebhookEvent &e : parsed.events) {
            if (const auto *m = std::get_if<InboundMessage>(&e))
                out.append(*m);
        }
    }
    return out;
}

QList<StatusUpdate> statusesOf(const QList<Sim::PendingChange> &changes, const QString &wabaId)
{
    QList<StatusUpdate> out;
    for (const Sim::PendingChange &c : changes) {
        const auto parsed = WebhookParser::parseChange(c.field, c.value, wabaId);
        for (const WebhookEvent &e : parsed.events) {
            if (const auto *s = std::get_if<StatusUpdate>(&e))
                out.append(*s);
        }
    }
    return out;
}

// A free-form text from the business; returns the first status it gets at once (sent or failed).
StatusUpdate replyNow(Sim::SimEngine &engine, const QString &line, const QString &to, const QString &text)
{
    engine.takeDue();
    const Sim::GraphReply r = engine.postMessages(line, MessageBuilder::text({to, {}}, text));
    if (r.status != 200) {
        QTest::qFail(qPrintable(u"send refused: "_qs + QString::fromUtf8(QJsonDocument(r.json).toJson())), __FILE__, __LINE__);
        return {};
    }
    const QList<StatusUpdate> statuses = statusesOf(engine.takeDue(), engine.business().wabaId);
    if (statuses.isEmpty()) {
        QTest::qFail("no status at once", __FILE__, __LINE__);
        return {};
    }
    return statuses.first();
}

Sim::Business scenario(const QByteArray &json)
{
    QString error;
    const auto b = Sim::businessFromScenario(json, &error);
    if (!b)
        QTest::qFail(qPrintable(u"scenario refused: "_qs + error), __FILE__, __LINE__);
    return b.value_or(Sim::Business{});
}

const QByteArray kHistoryScenario = R"({
  "customers": [{"wa_id": "79160000101", "name": "Две часа"}, {"wa_id": "79160000102", "name": "Почти сутки"},
                {"wa_id": "79160000103", "name": "Вчера"}, {"wa_id": "79160000104", "name": "Три дня"},
                {"wa_id": "79160000105", "name": "Никогда"}, {"wa_id": "905320000106", "name": "Reklam"},
                {"wa_id": "79160000107", "name": "Сейчас"}],
  "timeline": [
    {"at_s": 5, "inbound": {"phone_number_id": "106540352242922", "from": "79160000107", "text": "after the start"}},
    {"at_s": 0, "inbound": {"phone_number_id": "106540352242922", "from": "79160000107", "text": "at the start"}},
    {"at_s": -7200, "inbound": {"phone_number_id": "106540352242922", "from": "79160000101", "text": "two hours ago"}},
    {"at_s": -84000, "inbound": {"phone_number_id": "106540352242922", "from": "79160000102", "text": "23 h 20 min ago"}},
    {"at_s": -108000, "inbound": {"phone_number_id": "106540352242922", "from": "79160000103", "text": "30 h ago"}},
    {"at_s": -259200, "inbound": {"phone_number_id": "106540352242922", "from": "79160000104", "type": "image", "image": {"caption": "three days ago"}}},
    {"at_s": -1800, "inbound": {"phone_number_id": "106540352242922", "from": "905320000106", "text": "from the ad",
                                "referral": {"source_url": "https://fb.me/x", "source_id": "1", "source_type": "ad", "ctwa_clid": "c"}}},
    {"at_s": 60, "template_status": {"name": "order_update", "language": "en_US", "event": "PAUSED", "reason": "FIRST_PAUSE"}}
  ]
})";

const QByteArray kChatterScenario = R"({
  "customers": [{"wa_id": "905320000201", "name": "Ayla"}, {"wa_id": "79160000301", "name": "Вера"}],
  "chatter": {"every_s": [40, 120], "seed": 3, "messages": [
    {"phone_number_id": "106540352242922", "from": "905320000201", "text": "bir"},
    {"phone_number_id": "106540352242922", "from": "905320000201", "type": "reaction", "reaction": {"emoji": "👍"}},
    {"phone_number_id": "106540352242923", "from": "79160000301", "type": "text", "text": {"body": "два"}}
  ]}
})";

} // namespace

void TestSimulator::shippedScenarioPlays()
{
    QFile file(QStringLiteral(DESKLINE_RESOURCES_DIR "/simulator/demo-scenario.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto business = Sim::businessFromScenario(file.readAll(), &error);
    QVERIFY2(business, qPrintable(error));
    QCOMPARE(business->startsAt, EpochSeconds(0)); // the demo runs on the real time

    // Three lines, one of them YELLOW, in different messaging tiers.
    QCOMPARE(business->lines.size(), 3);
    QSet<QString> tiers;
    int yellow = 0;
    for (const Sim::SimLine &l : business->lines) {
        tiers.insert(l.limit.raw);
        yellow += l.quality.rating == QualityRating::Yellow ? 1 : 0;
    }
    QCOMPARE(yellow, 1);
    QCOMPARE(tiers.size(), 3);

    // Templates in every review state; the sendable ones in four languages and three categories,
    // with an image header, quick replies and URL buttons among them.
    QSet<TemplateStatus> statuses;
    QSet<QString> languages;
    QSet<TemplateCategory> categories;
    bool image = false, quickReply = false, url = false;
    for (const MessageTemplate &t : business->templates) {
        statuses.insert(t.status.status);
        QVERIFY2(t.status.status != TemplateStatus::Unrecognized, qPrintable(t.name));
        QVERIFY2(TemplateComposer::validateDefinition(t).isEmpty(), qPrintable(t.name));
        if (t.status.status == TemplateStatus::Rejected || t.status.status == TemplateStatus::Paused)
            QVERIFY2(!t.status.reason.isEmpty(), qPrintable(t.name));
        if (!t.status.canSend())
            continue;
        languages.insert(t.language);
        categories.insert(t.category);
        image = image || t.headerFormat == HeaderFormat::Image;
        for (const TemplateButton &b : t.buttons) {
            quickReply = quickReply || b.type == ButtonType::QuickReply;
            url = url || b.type == ButtonType::Url;
        }
    }
    for (const TemplateStatus s : {TemplateStatus::Approved, TemplateStatus::Pending, TemplateStatus::Rejected, TemplateStatus::Paused,
                                   TemplateStatus::Disabled, TemplateStatus::InAppeal, TemplateStatus::Flagged})
        QVERIFY2(statuses.contains(s), QByteArray::number(int(s)).constData());
    for (const QString &l : {u"en_US"_qs, u"ru"_qs, u"tr"_qs, u"zh_CN"_qs})
        QVERIFY2(languages.contains(l), qPrintable(l));
    QCOMPARE(categories, (QSet<TemplateCategory>{TemplateCategory::Marketing, TemplateCategory::Utility, TemplateCategory::Authentication}));
    QVERIFY(image && quickReply && url);

    QVERIFY(business->customers.size() >= 40);
    QCOMPARE(int(std::count_if(business->customers.begin(), business->customers.end(),
                               [](const Sim::SimCustomer &c) { return c.waId.isEmpty(); })), 1);
    QVERIFY(business->chatter.isEnabled());

    // At the start: the history, every message in the past, in time order, parsed without a
    // warning; every kind of window is there, and exactly one customer came from an ad.
    Sim::SimEngine engine(*business, kStart);
    const QList<Sim::PendingChange> history = engine.takeDue();
    for (const Sim::PendingChange &c : history) {
        const auto parsed = WebhookParser::parseChange(c.field, c.value, business->wabaId);
        QVERIFY(parsed.ok);
        QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
    }
    const QList<InboundMessage> messages = inboundOf(history, business->wabaId);
    QVERIFY(messages.size() >= 80);
    QHash<QString, ChatWindows> chats;
    EpochSeconds previous = 0;
    const InboundMessage *fromAd = nullptr;
    for (const InboundMessage &m : messages) {
        QVERIFY(m.timestamp && *m.timestamp < kStart && *m.timestamp >= previous);
        previous = *m.timestamp;
        chats[m.line.phoneNumberId + u'|' + m.customerKey()].onInbound(m.kind, *m.timestamp, m.referral.has_value());
        if (m.referral) {
            QVERIFY(!fromAd);
            fromAd = &m;
        }
    }
    QVERIFY(chats.size() >= 40);
    QMap<WindowState, int> windows;
    for (const ChatWindows &w : std::as_const(chats))
        ++windows[w.serviceWindowAt(kStart).state];
    QVERIFY(windows.value(WindowState::Open) >= 15);
    QVERIFY(windows.value(WindowState::ClosingSoon) >= 2);
    QVERIFY(windows.value(WindowState::Closed) >= 5);
    QVERIFY(windows.value(WindowState::NeverOpened) >= 1);
    QVERIFY(fromAd);
    QVERIFY(kStart - *fromAd->timestamp < 3600);
    const StatusUpdate answer = replyNow(engine, fromAd->line.phoneNumberId, fromAd->from, u"Merhaba!"_qs);
    QCOMPARE(answer.status, std::optional(DeliveryStatus::Sent));
    QCOMPARE(answer.pricing->type, u"free_entry_point"_qs);
    QVERIFY(answer.conversation);

    // A day of it: the account changes, and customers writing every minute or two.
    int inbound = 0, account = 0;
    for (int minute = 0; minute < 24 * 60; ++minute) {
        engine.advance(60);
        for (const Sim::PendingChange &c : engine.takeDue()) {
            const auto parsed = WebhookParser::parseChange(c.field, c.value, business->wabaId);
            QVERIFY(parsed.ok);
            QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
            if (c.field != u"messages")
                ++account;
            else if (c.value.contains(u"messages"_qs))
                ++inbound;
        }
    }
    QVERIFY(inbound >= 24 * 3600 / 120);
    QVERIFY(account >= 5);

    QVERIFY(!Sim::businessFromScenario("{\"timeline\":[{\"at_s\":5}]}", &error));
    QVERIFY(error.contains(u"action"_qs));
    QVERIFY(!Sim::businessFromScenario("not json", &error));
}

void TestSimulator::historyIsDeliveredFirstWithPastTimestamps()
{
    Sim::SimEngine engine(scenario(kHistoryScenario), kStart);
    const QString waba = engine.business().wabaId;
    const QList<Sim::PendingChange> atStart = engine.takeDue();
    for (const Sim::PendingChange &c : atStart) {
        QCOMPARE(c.field, u"messages"_qs);
        QCOMPARE(c.at, kStart); // sent at start-up…
        QVERIFY(WebhookParser::parseChange(c.field, c.value, waba).warnings.isEmpty());
    }
    const QList<InboundMessage> history = inboundOf(atStart, waba);
    QStringList order;
    for (const InboundMessage &m : history)
        order.append(m.from + u'@' + QString::number(*m.timestamp - kStart));
    // …oldest first, each stamped with its own past instant, then the step at 0.
    QCOMPARE(order, (QStringList{u"79160000104@-259200"_qs, u"79160000103@-108000"_qs, u"79160000102@-84000"_qs,
                                 u"79160000101@-7200"_qs, u"905320000106@-1800"_qs, u"79160000107@0"_qs}));
    QVERIFY(history.at(0).media);
    QCOMPARE(history.at(0).media->caption, u"three days ago"_qs);
    QVERIFY(history.at(4).referral);
    QCOMPARE(history.at(4).referral->ctwaClid, u"c"_qs);
    // The wire shape is the live one: same keys as a message written now.
    QCOMPARE(atStart.first().value.keys(), atStart.last().value.keys());
    QCOMPARE(history.first().raw.keys(), (QStringList{u"from"_qs, u"id"_qs, u"image"_qs, u"timestamp"_qs, u"type"_qs}));
    QCOMPARE(history.first().raw.value(u"timestamp"_qs).toString(), QString::number(kStart - 259200));

    engine.advance(4);
    QVERIFY(engine.takeDue().isEmpty());
    engine.advance(1);
    const QList<InboundMessage> later = inboundOf(engine.takeDue(), waba);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().text, u"after the start"_qs);
    QCOMPARE(*later.first().timestamp, kStart + 5);

    // A coarse jump still stamps a scripted step with its own instant.
    Sim::SimEngine jumped(scenario(kHistoryScenario), kStart);
    jumped.takeDue();
    jumped.advance(3600);
    const QList<Sim::PendingChange> due = jumped.takeDue();
    QCOMPARE(inboundOf(due, waba).size(), 1);
    QCOMPARE(*inboundOf(due, waba).first().timestamp, kStart + 5);
    QCOMPARE(due.last().field, u"message_template_status_update"_qs);
}

void TestSimulator::historyDrivesTheWindowRule()
{
    Sim::SimEngine engine(scenario(kHistoryScenario), kStart);
    engine.advance(5);
    auto failsBy131047 = [](const StatusUpdate &s) {
        return s.status == std::optional(DeliveryStatus::Failed) && !s.errors.isEmpty() && s.errors.first().code == 131047;
    };
    // Written two hours ago: open.
    QCOMPARE(replyNow(engine, kLine, u"+79160000101"_qs, u"Добрый день"_qs).status, std::optional(DeliveryStatus::Sent));
    // 30 hours and three days ago: closed. Never written: never opened.
    QVERIFY(failsBy131047(replyNow(engine, kLine, u"+79160000103"_qs, u"Вы тут?"_qs)));
    QVERIFY(failsBy131047(replyNow(engine, kLine, u"+79160000104"_qs, u"Вы тут?"_qs)));
    QVERIFY(failsBy131047(replyNow(engine, kLine, u"+79160000105"_qs, u"Здравствуйте"_qs)));
    // The same customer on the other line has no window there.
    QVERIFY(failsBy131047(replyNow(engine, u"106540352242923"_qs, u"+79160000101"_qs, u"Здравствуйте"_qs)));
    // 23 h 20 min ago: open for 40 more minutes, closed at exactly 24 h.
    QCOMPARE(replyNow(engine, kLine, u"+79160000102"_qs, u"Успеваем"_qs).status, std::optional(DeliveryStatus::Sent));
    engine.advance(2400 - 5 - 1);
    QCOMPARE(replyNow(engine, kLine, u"+79160000102"_qs, u"Ещё успеваем"_qs).status, std::optional(DeliveryStatus::Sent));
    engine.advance(1);
    QVERIFY(failsBy131047(replyNow(engine, kLine, u"+79160000102"_qs, u"Опоздали"_qs)));

    // The customer from the ad: the answer opens the 72 h free entry point window.
    const StatusUpdate fep = replyNow(engine, kLine, u"+905320000106"_qs, u"Merhaba!"_qs);
    QCOMPARE(fep.status, std::optional(DeliveryStatus::Sent));
    QCOMPARE(fep.pricing->type, u"free_entry_point"_qs);
    QVERIFY(fep.conversation);
    QCOMPARE(*fep.conversation->expiresAt, engine.now() + 72 * 3600);
}

void TestSimulator::chatterKeepsWritingInAFixedOrder()
{
    const Sim::Business business = scenario(kChatterScenario);
    Sim::SimEngine engine(business, kStart);
    QVERIFY(engine.takeDue().isEmpty());
    QList<InboundMessage> written;
    for (int second = 0; second < 3 * 3600; ++second) {
        engine.advance(1);
        for (const InboundMessage &m : inboundOf(engine.takeDue(), business.wabaId)) {
            QCOMPARE(*m.timestamp, engine.now()); // written when it is due
            written.append(m);
        }
    }
    QVERIFY(written.size() >= 3 * 3600 / 120);
    QCOMPARE(*written.first().timestamp, kStart + 40); // no start_s: the first after the shortest gap
    QSet<qint64> gaps;
    for (qsizetype i = 0; i < written.size(); ++i) {
        // No business message yet, so the reaction's turn passes to the next message: bir, два, bir, два…
        QCOMPARE(written.at(i).text, i % 2 == 0 ? u"bir"_qs : u"два"_qs);
        QCOMPARE(written.at(i).line.phoneNumberId, i % 2 == 0 ? kLine : u"106540352242923"_qs);
        if (i > 0) {
            const qint64 gap = *written.at(i).timestamp - *written.at(i - 1).timestamp;
            QVERIFY2(gap >= 40 && gap <= 120, qPrintable(QString::number(gap)));
            gaps.insert(gap);
        }
    }
    QVERIFY(gaps.size() > 10); // spread over the range, not a fixed beat
    QCOMPARE(engine.stateJson().value(u"chatter"_qs).toObject().value(u"turns"_qs).toInteger(), qint64(written.size()));

    // The same scenario played in big jumps writes the same messages at the same instants.
    Sim::SimEngine again(business, kStart);
    QList<InboundMessage> replayed;
    for (int hour = 0; hour < 3; ++hour) {
        again.advance(3600);
        replayed += inboundOf(again.takeDue(), business.wabaId);
    }
    QCOMPARE(replayed.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        QCOMPARE(*replayed.at(i).timestamp, *written.at(i).timestamp);
        QCOMPARE(replayed.at(i).text, written.at(i).text);
    }
}

void TestSimulator::chatterReactsToTheLatestBusinessMessage()
{
    const Sim::Business business = scenario(kChatterScenario);
    Sim::SimEngine engine(business, kStart);
    engine.advance(40);
    const QList<InboundMessage> first = inboundOf(engine.takeDue(), business.wabaId);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().text, u"bir"_qs); // the window is open now
    const Sim::GraphReply sent = engine.postMessages(kLine, MessageBuilder::text({u"+905320000201"_qs, {}}, u"Merhaba Ayla"_qs));
    QCOMPARE(sent.status, 200);
    const QString wamid = sent.json.value(u"messages"_qs).toArray().first().toObject().value(u"id"_qs).toString();
    engine.postMessages(kLine, MessageBuilder::reaction({u"+905320000201"_qs, {}}, first.first().id, u"👋"_qs)); // not a target

    std::optional<InboundMessage> reaction;
    for (int second = 0; second < 600 && !reaction; ++second) {
        engine.advance(1);
        for (const InboundMessage &m : inboundOf(engine.takeDue(), business.wabaId)) {
            if (m.kind == MessageKind::Reaction)
                reaction = m;
        }
    }
    QVERIFY(reaction);
    QCOMPARE(reaction->reaction->messageId, wamid);
    QCOMPARE(reaction->reaction->emoji, u"👍"_qs);
    QCOMPARE(reaction->from, u"905320000201"_qs);

    // Through the control API too: a reaction with nothing to react to is refused.
    const Sim::GraphReply refused = engine.injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, u"79160000999"_qs},
                                                                     {u"type"_qs, u"reaction"_qs},
                                                                     {u"reaction"_qs, QJsonObject{{u"emoji"_qs, u"👍"_qs}}}});
    QCOMPARE(refused.status, 400);
}

void TestSimulator::scenarioRefusesBadHistoryAndChatter()
{
    QString error;
    QVERIFY(!Sim::businessFromScenario(R"({"timeline":[{"at_s":-60,"template_status":{"name":"order_update","language":"en_US","event":"PAUSED"}}]})", &error));
    QVERIFY2(error.contains(u"past"_qs), qPrintable(error));
    QVERIFY(!Sim::businessFromScenario(R"({"timeline":[{"inbound":{"phone_number_id":"106540352242922","from":"1","text":"x"}}]})", &error));
    QVERIFY2(error.contains(u"at_s"_qs), qPrintable(error));
    QVERIFY(!Sim::businessFromScenario(R"({"timeline":[{"at_s":-60,"inbound":{"phone_number_id":"999","from":"1","text":"x"}}]})", &error));
    QVERIFY2(error.contains(u"999"_qs), qPrintable(error));
    QVERIFY(!Sim::businessFromScenario(R"({"chatter":{"every_s":[0,10],"messages":[{"phone_number_id":"106540352242922","from":"1","text":"x"}]}})", &error));
    QVERIFY2(error.contains(u"every_s"_qs), qPrintable(error));
    QVERIFY(!Sim::businessFromScenario(R"({"chatter":{"every_s":[60,30],"messages":[{"phone_number_id":"106540352242922","from":"1","text":"x"}]}})", &error));
    QVERIFY(!Sim::businessFromScenario(R"({"chatter":{"every_s":30,"messages":[]}})", &error));
    QVERIFY2(error.contains(u"message"_qs), qPrintable(error));
    QVERIFY(!Sim::businessFromScenario(R"({"chatter":{"every_s":30,"messages":[{"phone_number_id":"106540352242922","text":"x"}]}})", &error));
    QVERIFY2(error.contains(u"from"_qs), qPrintable(error));
    // A fixed beat is fine too.
    const auto fixed = Sim::businessFromScenario(R"({"chatter":{"every_s":30,"start_s":0,"messages":[{"phone_number_id":"106540352242922","from":"1","text":"x"}]}})", &error);
    QVERIFY2(fixed, qPrintable(error));
    QCOMPARE(fixed->chatter.gapAfter(0), qint64(30));
    QCOMPARE(fixed->chatter.gapAfter(17), qint64(30));
    Sim::SimEngine engine(*fixed, kStart);
    QCOMPARE(inboundOf(engine.takeDue(), fixed->wabaId).size(), 1); // start_s 0: at once
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
