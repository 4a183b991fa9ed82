// deskline-sim on a real loopback socket, driven by the cloud layer's GraphClient, with its
// signed webhooks received by a real HTTP server.
#include "cloud/graph_client.h"
#include "cloud/message_builder.h"
#include "cloud/signature.h"
#include "cloud/webhook_parser.h"
#include "net/http_server.h"
#include "simulator/sim_server.h"

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

void TestSimulator::shippedScenarioPlays()
{
    QFile file(QStringLiteral(DESKLINE_RESOURCES_DIR "/simulator/demo-scenario.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto business = Sim::businessFromScenario(file.readAll(), &error);
    QVERIFY2(business, qPrintable(error));
    QVERIFY(business->lines.size() >= 2);
    QVERIFY(business->customers.size() >= 10);
    QVERIFY(!business->timeline.isEmpty());
    Sim::SimEngine engine(*business, business->startsAt);
    int inbound = 0, account = 0;
    for (int minute = 0; minute < 24 * 60; ++minute) {
        engine.advance(60);
        for (const Sim::PendingChange &c : engine.takeDue()) {
            const auto parsed = WebhookParser::parseChange(c.field, c.value, business->wabaId);
            QVERIFY(parsed.ok);
            QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
            if (c.field == u"messages")
                ++inbound;
            else
                ++account;
        }
    }
    QVERIFY(inbound >= 10);
    QVERIFY(account >= 2);

    QVERIFY(!Sim::businessFromScenario("{\"timeline\":[{\"at_s\":5}]}", &error));
    QVERIFY(error.contains(u"action"_qs));
    QVERIFY(!Sim::businessFromScenario("not json", &error));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
