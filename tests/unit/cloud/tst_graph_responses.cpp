// Graph API responses and errors: every file under ../shared/fixtures/cloud-api/{responses,errors}
// parses into its typed result; request builders produce Meta's shapes.
#include "cloud/graph_responses.h"
#include "cloud/message_builder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Cloud;

// Declared before any raw string literal (Qt 6.4 moc).
class TestGraphResponses : public QObject
{
    Q_OBJECT

private slots:
    void responseFixtures_data();
    void responseFixtures();
    void errorFixtures_data();
    void errorFixtures();
    void templatesRoundTrip();
    void builders();
    void mediaAndInteractiveBuilders();
    void errorEnvelopeRoundTrip();
};

namespace {

QString fixtures(const char *sub)
{
    const QString shared = qEnvironmentVariable("DESKLINE_SHARED_DIR");
    return shared.isEmpty() ? QString() : shared + u"/fixtures/cloud-api/"_qs + QLatin1String(sub);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

void addRows(const char *sub)
{
    QTest::addColumn<QString>("path");
    const QString dir = fixtures(sub);
    if (dir.isEmpty() || !QDir(dir).exists())
        QSKIP("../shared/fixtures/cloud-api is not beside the repository: conformance not checked");
    const QDir d(dir);
    for (const QString &file : d.entryList({u"*.json"_qs}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << d.filePath(file);
}

} // namespace

void TestGraphResponses::responseFixtures_data()
{
    addRows("responses");
}

void TestGraphResponses::responseFixtures()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).completeBaseName();
    const QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
    QVERIFY(!o.isEmpty());
    if (name.startsWith(u"send_"_qs)) {
        const auto r = SendResult::fromJson(o);
        QVERIFY(r.has_value());
        QVERIFY(r->messageId.startsWith(u"wamid."_qs));
        if (name.contains(u"bsuid"_qs))
            QCOMPARE(r->userId, u"US.13491208655302741918"_qs);
        if (name == u"send_message_success_bsuid")
            QVERIFY(r->waId.isEmpty());
        if (name.contains(u"pacing"_qs))
            QCOMPARE(r->messageStatus, u"accepted"_qs);
    } else if (name.startsWith(u"conversation_analytics"_qs) || name.startsWith(u"pricing_analytics"_qs)) {
        const auto a = Analytics::fromJson(o);
        QVERIFY(a.has_value());
        QVERIFY(!a->points.isEmpty());
        if (a->kind == Analytics::Kind::Pricing) {
            QVERIFY(std::any_of(a->points.begin(), a->points.end(), [](const AnalyticsPoint &p) { return p.tier == u"0:MAX"; }));
            QVERIFY(std::any_of(a->points.begin(), a->points.end(), [](const AnalyticsPoint &p) {
                return p.category == u"AUTHENTICATION_INTERNATIONAL" && p.cost > 4.5 && p.volume == 2; }));
        } else {
            QVERIFY(a->points.first().volume > 0);
            QVERIFY(!a->points.first().category.isEmpty());
        }
    } else if (name.startsWith(u"health_status"_qs)) {
        const HealthStatus h = HealthStatus::fromJson(o);
        QVERIFY(!h.canSendMessage.isEmpty());
        QVERIFY(h.entities.size() >= 3);
        if (name.endsWith(u"blocked_template"_qs)) {
            QCOMPARE(h.canSendMessage, u"BLOCKED"_qs);
            QCOMPARE(h.entities.first().errors.first().code, 141002);
        }
        if (name.endsWith(u"limited"_qs))
            QVERIFY(!h.entities.first().additionalInfo.isEmpty());
    } else if (name == u"media_get_url") {
        const MediaInfo m = MediaInfo::fromJson(o);
        QCOMPARE(m.fileSize, 303833);
        QCOMPARE(m.mimeType, u"image/jpeg"_qs);
    } else if (name == u"media_upload_success") {
        QCOMPARE(o.value(u"id").toString(), u"1037543291543636"_qs);
    } else if (name == u"message_templates_list_fields") {
        const TemplatePage p = TemplatePage::fromJson(o);
        QCOMPARE(p.templates.size(), 5);
        QVERIFY(p.templates.first().status.canSend());
        QCOMPARE(p.templates.at(3).status.status, TemplateStatus::Pending);
        QCOMPARE(p.templates.at(4).status.status, TemplateStatus::Rejected);
        QVERIFY(!p.paging.after.isEmpty());
        QVERIFY(p.paging.next.isValid());
    } else if (name == u"phone_numbers_list") {
        const PhoneNumberPage p = PhoneNumberPage::fromJson(o);
        QCOMPARE(p.numbers.size(), 2);
        QCOMPARE(p.numbers.at(1).quality->rating, QualityRating::NotApplicable);
        QVERIFY(!p.paging.next.isValid());
    } else if (name.startsWith(u"phone_number"_qs)) {
        const PhoneNumberInfo p = PhoneNumberInfo::fromJson(o);
        QVERIFY(!p.id.isEmpty());
        if (name == u"phone_number_messaging_limit")
            QCOMPARE(p.messagingLimit->tier, MessagingLimitTier::Tier250);
        if (name == u"phone_number_status")
            QVERIFY(p.status->canSend());
        if (name == u"phone_number_metadata_throughput") {
            QCOMPARE(p.throughputLevel, u"STANDARD"_qs);
            QCOMPARE(p.platformType, u"CLOUD_API"_qs);
            QCOMPARE(p.quality->rating, QualityRating::Green);
        }
    } else if (name.startsWith(u"success_true"_qs)) {
        QVERIFY(o.value(u"success").toBool());
    } else if (name == u"template_quality_score") {
        const TemplateQualityScore q = TemplateQualityScore::fromJson(o);
        QCOMPARE(q.score.rating, QualityRating::Green);
        QCOMPARE(q.date, std::optional<EpochSeconds>(1758754645));
    } else {
        qWarning("no typed parser is checked for %s yet", qPrintable(name));
    }
}

void TestGraphResponses::errorFixtures_data()
{
    addRows("errors");
}

void TestGraphResponses::errorFixtures()
{
    QFETCH(QString, path);
    const auto e = GraphError::fromJson(readFile(path), 400);
    QVERIFY(e.has_value());
    QVERIFY(e->code > 0);
    const GraphErrorInfo info = e->info();
    QVERIFY(info.known);
    QVERIFY(!info.meaning().isEmpty());
    const QString name = QFileInfo(path).completeBaseName();
    if (name.contains(u"130429"_qs)) {
        QCOMPARE(e->subcode, std::optional<int>(2494055));
        QCOMPARE(info.retry, RetryClass::RetryLater);
    }
    if (name.contains(u"131030"_qs))
        QVERIFY(e->details.startsWith(u"Empfänger"_qs)); // details are localised: never shown raw alone
    if (name.contains(u"190"_qs))
        QCOMPARE(info.retry, RetryClass::AfterUserAction);
    if (name.contains(u"generic_shape"_qs)) {
        QCOMPARE(e->userTitle, u"A title"_qs);
        QCOMPARE(e->subcode, std::optional<int>(460));
    }
}

void TestGraphResponses::templatesRoundTrip()
{
    const QByteArray json = R"({"name":"order_update","language":"ru","status":"APPROVED","category":"UTILITY","parameter_format":"POSITIONAL","id":"77",
        "components":[{"type":"HEADER","format":"IMAGE"},{"type":"BODY","text":"Заказ {{1}} отправлен {{2}}"},{"type":"FOOTER","text":"Спасибо"},
        {"type":"BUTTONS","buttons":[{"type":"URL","text":"Отследить","url":"https://t.example/{{1}}"},{"type":"COPY_CODE","text":"Код"},{"type":"FLOW","text":"Анкета"}]}]})";
    const MessageTemplate t = templateFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(t.headerFormat, HeaderFormat::Image);
    QCOMPARE(t.bodyParameters(), (QStringList{u"1"_qs, u"2"_qs}));
    QCOMPARE(t.footerText, u"Спасибо"_qs);
    QCOMPARE(t.buttons.size(), 3);
    QVERIFY(t.buttons.at(0).hasUrlVariable());
    QCOMPARE(t.buttons.at(1).type, ButtonType::CopyCode);
    QCOMPARE(t.buttons.at(2).type, ButtonType::Other);
    QCOMPARE(t.buttons.at(2).rawType, u"FLOW"_qs);
    const MessageTemplate again = templateFromJson(templateToJson(t));
    QCOMPARE(again.bodyText, t.bodyText);
    QCOMPARE(again.headerFormat, t.headerFormat);
    QCOMPARE(again.buttons.size(), 3);
    QCOMPARE(again.buttons.at(0).url, t.buttons.at(0).url);
    QCOMPARE(again.status.raw, u"APPROVED"_qs);
}

void TestGraphResponses::builders()
{
    const QJsonObject text = MessageBuilder::text({u"+79161234567"_qs, {}}, u"Добрый день! 👋"_qs, true,
                                                  {u"wamid.IN1"_qs, u"client-42"_qs});
    const QByteArray expected = R"({"biz_opaque_callback_data":"client-42","context":{"message_id":"wamid.IN1"},"messaging_product":"whatsapp","recipient_type":"individual","text":{"body":"Добрый день! 👋","preview_url":true},"to":"+79161234567","type":"text"})";
    QCOMPARE(compact(text), compact(expected));

    const QJsonObject tmpl = MessageBuilder::templateMessage({{}, u"TR.5551"_qs}, u"order_update"_qs, u"tr"_qs,
        QJsonArray{QJsonObject{{u"type"_qs, u"body"_qs}, {u"parameters"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, u"#7"_qs}}}}}});
    QCOMPARE(tmpl.value(u"recipient").toString(), u"TR.5551"_qs);
    QVERIFY(!tmpl.contains(u"to"));
    QCOMPARE(tmpl.value(u"template").toObject().value(u"language").toObject().value(u"code").toString(), u"tr"_qs);

    const QJsonObject read = MessageBuilder::markRead(u"wamid.IN2"_qs, true);
    const QByteArray readExpected = R"({"message_id":"wamid.IN2","messaging_product":"whatsapp","status":"read","typing_indicator":{"type":"text"}})";
    QCOMPARE(compact(read), compact(readExpected));

    const QJsonObject react = MessageBuilder::reaction({u"+905321112233"_qs, {}}, u"wamid.IN3"_qs, QString());
    QCOMPARE(react.value(u"reaction").toObject().value(u"emoji").toString(), QString()); // removal
    QVERIFY(!react.contains(u"context"));
}

void TestGraphResponses::mediaAndInteractiveBuilders()
{
    const QJsonObject doc = MessageBuilder::media({u"+1"_qs, {}}, MediaKind::Document, {u"555"_qs, {}}, u"Счёт"_qs, u"invoice.pdf"_qs);
    QCOMPARE(doc.value(u"document").toObject().value(u"filename").toString(), u"invoice.pdf"_qs);
    QCOMPARE(doc.value(u"document").toObject().value(u"id").toString(), u"555"_qs);
    const QJsonObject audio = MessageBuilder::media({u"+1"_qs, {}}, MediaKind::Audio, {{}, QUrl(u"https://x.example/a.ogg"_qs)}, u"ignored"_qs);
    QVERIFY(!audio.value(u"audio").toObject().contains(u"caption")); // audio takes no caption
    QCOMPARE(audio.value(u"audio").toObject().value(u"link").toString(), u"https://x.example/a.ogg"_qs);

    const QJsonObject buttons = MessageBuilder::replyButtons({u"+1"_qs, {}}, u"Подтвердить?"_qs,
        {{u"yes"_qs, u"Да"_qs}, {u"no"_qs, u"Нет"_qs}}, u"Заказ"_qs, u"Deskline"_qs);
    const QJsonObject interactive = buttons.value(u"interactive").toObject();
    QCOMPARE(interactive.value(u"type").toString(), u"button"_qs);
    QCOMPARE(interactive.value(u"action").toObject().value(u"buttons").toArray().size(), 2);
    QCOMPARE(interactive.value(u"header").toObject().value(u"text").toString(), u"Заказ"_qs);

    const QJsonObject list = MessageBuilder::list({u"+1"_qs, {}}, u"Выберите доставку"_qs, u"Варианты"_qs,
        {{u"Курьер"_qs, {{u"c1"_qs, u"Сегодня"_qs, u"до 22:00"_qs}}}});
    QCOMPARE(list.value(u"interactive").toObject().value(u"action").toObject().value(u"sections").toArray()
                 .first().toObject().value(u"rows").toArray().first().toObject().value(u"description").toString(), u"до 22:00"_qs);
}

void TestGraphResponses::errorEnvelopeRoundTrip()
{
    GraphError e;
    e.code = 131056;
    e.message = u"(#131056) (Business Account, Consumer Account) pair rate limit hit"_qs;
    e.details = u"Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."_qs;
    e.fbtraceId = u"sim-1"_qs;
    const auto back = GraphError::fromJson(QJsonDocument(e.toJson()).toJson(), 400);
    QVERIFY(back.has_value());
    QCOMPARE(back->code, 131056);
    QCOMPARE(back->details, e.details);
    QCOMPARE(back->info().retry, RetryClass::RetryLater);
    QVERIFY(!GraphError::fromJson("{\"data\":[]}", 200).has_value());
    QVERIFY(!GraphError::fromJson("not json", 500).has_value());
}

QTEST_APPLESS_MAIN(TestGraphResponses)
#include "tst_graph_responses.moc"
