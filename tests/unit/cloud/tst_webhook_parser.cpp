// The project's own payloads, written from shared/reference/cloud-api-facts.md §1, for every
// inbound type and account field, and for what must be refused or kept raw.
#include "cloud/webhook_parser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Cloud;

// The class is declared before the payloads: Qt 6.4 moc mis-reads some raw string literals,
// so it must find Q_OBJECT before any of them.
class TestWebhookParser : public QObject
{
    Q_OBJECT

private slots:
    void everyInboundType_data();
    void everyInboundType();
    void unknownTypeIsReportedNotDropped();
    void contextAndReferral();
    void batchesEverything();
    void statusDetails();
    void unknownStatusWordIsKept();
    void accountFields();
    void unknownFieldIsKeptRaw();
    void refusesWhatIsNotAWebhook_data();
    void refusesWhatIsNotAWebhook();
    void changeWithoutAnObjectValueIsKept();
    void naturalKeysDeduplicateRedeliveries();
    void phoneNumberWithheld();
};

namespace {

const QString kWaba = QStringLiteral("880011223344");

QByteArray envelope(const QString &field, const QByteArray &value, const QByteArray &time = "1764000000")
{
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + kWaba.toUtf8()
        + "\",\"time\":" + time + ",\"changes\":[{\"field\":\"" + field.toUtf8() + "\",\"value\":" + value + "}]}]}";
}

QByteArray messageValue(const QByteArray &message, const QByteArray &contacts =
                        R"([{"profile":{"name":"Айгюль Садыкова"},"wa_id":"79161234567","user_id":"RU.88112233"}])")
{
    return R"({"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"555000111"},"contacts":)"
        + contacts + R"(,"messages":[)" + message + "]}";
}

InboundMessage parseOne(const QByteArray &message)
{
    const WebhookParseResult r = WebhookParser::parse(envelope(u"messages"_qs, messageValue(message)));
    if (!r.ok || r.events.size() != 1 || !std::holds_alternative<InboundMessage>(r.events.first())) {
        QTest::qFail("not exactly one inbound message", __FILE__, __LINE__);
        return {};
    }
    return std::get<InboundMessage>(r.events.first());
}

template<typename T>
T parseAccount(const QString &field, const QByteArray &value)
{
    const WebhookParseResult r = WebhookParser::parse(envelope(field, value));
    if (!r.ok || r.events.size() != 1 || !std::holds_alternative<T>(r.events.first())) {
        QTest::qFail("not exactly one event of the expected type", __FILE__, __LINE__);
        return {};
    }
    return std::get<T>(r.events.first());
}

} // namespace

Q_DECLARE_METATYPE(Deskline::MessageKind)


void TestWebhookParser::everyInboundType_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<QString>("expect"); // one field that must come through
    auto row = [](const char *tag, const QByteArray &type, const QByteArray &body, MessageKind k, const QString &expect) {
        QTest::newRow(tag) << (R"({"from":"79161234567","id":"wamid.T-)" + QByteArray(tag) + R"(","timestamp":"1764000100","type":")"
                               + type + "\"" + (body.isEmpty() ? QByteArray() : ",\"" + type + "\":" + body) + "}")
                           << k << expect;
    };
    row("text", "text", R"({"body":"Здравствуйте! Есть ли доставка в Казань?"})", MessageKind::Text, u"text=Здравствуйте! Есть ли доставка в Казань?"_qs);
    row("image", "image", R"({"id":"901","mime_type":"image/jpeg","sha256":"abc=","url":"https://lookaside.fbsbx.com/x","caption":"фото"})", MessageKind::Image, u"caption=фото"_qs);
    row("video", "video", R"({"id":"902","mime_type":"video/mp4","sha256":"v=","caption":"视频"})", MessageKind::Video, u"caption=视频"_qs);
    row("audio", "audio", R"({"id":"903","mime_type":"audio/ogg; codecs=opus","sha256":"a=","voice":true})", MessageKind::Audio, u"voice=true"_qs);
    row("document", "document", R"({"id":"904","mime_type":"application/pdf","sha256":"d=","filename":"fatura.pdf","caption":"Fatura"})", MessageKind::Document, u"filename=fatura.pdf"_qs);
    row("sticker", "sticker", R"({"id":"905","mime_type":"image/webp","sha256":"s=","animated":false})", MessageKind::Sticker, u"media=905"_qs);
    row("location", "location", R"({"latitude":41.0082,"longitude":28.9784,"name":"Galata Kulesi","address":"Beyoğlu, İstanbul"})", MessageKind::Location, u"name=Galata Kulesi"_qs);
    row("contacts", "contacts", R"([{"name":{"formatted_name":"王伟","first_name":"伟"},"phones":[{"phone":"+86 138 0000 0000","type":"CELL"}]}])", MessageKind::Contacts, u"card=王伟"_qs);
    row("interactive button", "interactive", R"({"type":"button_reply","button_reply":{"id":"yes","title":"Evet"}})", MessageKind::Interactive, u"title=Evet"_qs);
    row("interactive list", "interactive", R"({"type":"list_reply","list_reply":{"id":"r2","title":"Express","description":"1 day"}})", MessageKind::Interactive, u"title=Express"_qs);
    row("interactive flow", "interactive", R"({"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"t\"}"}})", MessageKind::Interactive, u"flow=flow"_qs);
    row("button", "button", R"({"payload":"STOP","text":"Stop promotions"})", MessageKind::Button, u"payload=STOP"_qs);
    row("reaction", "reaction", R"({"message_id":"wamid.OUT1","emoji":"❤️"})", MessageKind::Reaction, u"emoji=❤️"_qs);
    row("reaction removed empty", "reaction", R"({"message_id":"wamid.OUT1","emoji":""})", MessageKind::Reaction, u"removed"_qs);
    row("order", "order", R"({"catalog_id":"77","text":"Два, пожалуйста","product_items":[{"product_retailer_id":"sku-1","quantity":"2","item_price":"99.5","currency":"RUB"}]})", MessageKind::Order, u"items=1"_qs);
    row("system number changed", "system", R"({"body":"User changed number","wa_id":"79169999999","type":"user_changed_number"})", MessageKind::System, u"newWaId=79169999999"_qs);
    row("system user id changed", "system", R"({"body":"User changed user id","type":"user_changed_user_id","user_id":"RU.99","previous_user_id":"RU.88112233","previous_parent_user_id":"RU.P1"})", MessageKind::System, u"previousUserId=RU.88112233"_qs);
    row("request_welcome", "request_welcome", QByteArray(), MessageKind::RequestWelcome, u"-"_qs);
    row("edit", "edit", R"({"original_message_id":"wamid.IN0","message":{"type":"text","text":{"body":"исправлено"}}})", MessageKind::Edit, u"text=исправлено"_qs);
    row("revoke", "revoke", R"({"original_message_id":"wamid.IN0"})", MessageKind::Revoke, u"original=wamid.IN0"_qs);
    row("unsupported", "unsupported", R"({"type":"poll"})", MessageKind::Unsupported, u"unsupported=poll"_qs);
    row("unknown (older name)", "unknown", QByteArray(), MessageKind::Unsupported, u"-"_qs);
    row("type from the future", "hologram", R"({"beam":"up"})", MessageKind::Unrecognized, u"raw=hologram"_qs);
}
void TestWebhookParser::everyInboundType()
{
    QFETCH(QByteArray, message);
    QFETCH(MessageKind, kind);
    QFETCH(QString, expect);
    const InboundMessage m = parseOne(message);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.timestamp, std::optional<EpochSeconds>(1764000100));
    QCOMPARE(m.line.phoneNumberId, u"555000111"_qs);
    QCOMPARE(m.line.wabaId, kWaba);
    QCOMPARE(m.customerKey(), u"RU.88112233"_qs); // the BSUID wins over the phone number
    QCOMPARE(m.contact.name, u"Айгюль Садыкова"_qs);
    QCOMPARE(QJsonDocument(m.raw).toJson(QJsonDocument::Compact), QJsonDocument::fromJson(message).toJson(QJsonDocument::Compact));

    const QString key = expect.section(u'=', 0, 0);
    const QString value = expect.section(u'=', 1);
    if (key == u"text") QCOMPARE(m.text, value);
    else if (key == u"caption") QCOMPARE(m.media->caption, value);
    else if (key == u"voice") QVERIFY(m.media->voice);
    else if (key == u"filename") QCOMPARE(m.media->filename, value);
    else if (key == u"media") QCOMPARE(m.media->id, value);
    else if (key == u"name") { QCOMPARE(m.location->name, value); QCOMPARE(m.location->address, u"Beyoğlu, İstanbul"_qs); }
    else if (key == u"card") QCOMPARE(m.sharedContacts.first().formattedName, value);
    else if (key == u"title") QCOMPARE(m.interactive->title, value);
    else if (key == u"flow") QCOMPARE(m.interactive->flowName, value);
    else if (key == u"payload") QCOMPARE(m.button->payload, value);
    else if (key == u"emoji") { QCOMPARE(m.reaction->emoji, value); QVERIFY(!m.reaction->removed); }
    else if (key == u"removed") QVERIFY(m.reaction->removed);
    else if (key == u"items") { QCOMPARE(m.order->items.size(), 1); QCOMPARE(m.order->items.first().quantity, 2.0); QCOMPARE(m.order->items.first().itemPrice, 99.5); }
    else if (key == u"newWaId") QCOMPARE(m.system->newWaId, value);
    else if (key == u"previousUserId") { QCOMPARE(m.system->previousUserId, value); QCOMPARE(m.system->previousParentUserId, u"RU.P1"_qs); }
    else if (key == u"original") QCOMPARE(m.originalMessageId, value);
    else if (key == u"unsupported") QCOMPARE(m.unsupportedType, value);
    else if (key == u"raw") { QCOMPARE(m.type, value); QCOMPARE(m.raw.value(u"hologram").toObject().value(u"beam").toString(), u"up"_qs); }
    else QCOMPARE(expect, u"-"_qs);
}

void TestWebhookParser::unknownTypeIsReportedNotDropped()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(u"messages"_qs, messageValue(
        R"({"from":"79161234567","id":"wamid.F1","timestamp":"1764000100","type":"hologram"})")));
    QVERIFY(r.ok);
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(u"hologram"_qs));
}

void TestWebhookParser::contextAndReferral()
{
    const InboundMessage m = parseOne(R"({"from":"905321112233","id":"wamid.C1","timestamp":1764000100,"type":"text","text":{"body":"Merhaba"},
        "context":{"from":"15550001111","id":"wamid.OUT9","frequently_forwarded":true},
        "referral":{"source_url":"https://fb.me/x","source_id":"42","source_type":"ad","body":"Kış indirimi","headline":"Yaz bize","media_type":"video","video_url":"https://v/1","thumbnail_url":"https://t/1"}})");
    QCOMPARE(m.timestamp, std::optional<EpochSeconds>(1764000100)); // a number works too
    QCOMPARE(m.context->id, u"wamid.OUT9"_qs);
    QVERIFY(m.context->frequentlyForwarded);
    QCOMPARE(m.referral->mediaType, u"video"_qs);
    QCOMPARE(m.referral->videoUrl, u"https://v/1"_qs);
    QVERIFY(m.referral->ctwaClid.isEmpty()); // Status ad placements carry none
}

void TestWebhookParser::batchesEverything()
{
    // Two entries, several changes, several messages and statuses in one POST.
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[
      {"id":"1","changes":[
        {"field":"messages","value":{"metadata":{"phone_number_id":"A"},"contacts":[{"wa_id":"1"},{"wa_id":"2"}],
          "messages":[{"from":"1","id":"m1","timestamp":"1","type":"text","text":{"body":"a"}},
                      {"from":"2","id":"m2","timestamp":"2","type":"text","text":{"body":"b"}}]}},
        {"field":"messages","value":{"metadata":{"phone_number_id":"A"},
          "statuses":[{"id":"o1","status":"sent","timestamp":"3","recipient_id":"1"},
                      {"id":"o1","status":"delivered","timestamp":"4","recipient_id":"1"}]}}]},
      {"id":"2","time":1764000000,"changes":[
        {"field":"message_template_status_update","value":{"event":"PAUSED","message_template_id":9,"message_template_name":"promo","message_template_language":"ru","reason":"NONE","other_info":{"title":"FIRST_PAUSE","description":"Paused for 3 hours"}}}]}]})";
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY(r.ok);
    QCOMPARE(r.events.size(), 5);
    QCOMPARE(std::get<InboundMessage>(r.events.at(1)).contact.waId, u"2"_qs); // matched by wa_id
    QCOMPARE(std::get<StatusUpdate>(r.events.at(3)).status, std::optional(DeliveryStatus::Delivered));
    const auto &t = std::get<TemplateStatusChanged>(r.events.at(4));
    QCOMPARE(t.wabaId, u"2"_qs);
    QCOMPARE(t.status.status, TemplateStatus::Paused);
    QCOMPARE(t.otherInfoTitle, u"FIRST_PAUSE"_qs);
    QCOMPARE(t.time, std::optional<EpochSeconds>(1764000000));
    QVERIFY(r.warnings.isEmpty());
}

void TestWebhookParser::statusDetails()
{
    const QByteArray value = R"({"metadata":{"phone_number_id":"A"},"statuses":[{"id":"wamid.O2","status":"failed","timestamp":"1764000200",
        "recipient_id":"79161234567","biz_opaque_callback_data":"client-7f1c","errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
        "error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},"href":"https://x"}]}]})";
    const WebhookParseResult r = WebhookParser::parse(envelope(u"messages"_qs, value));
    const auto &s = std::get<StatusUpdate>(r.events.first());
    QCOMPARE(s.status, std::optional(DeliveryStatus::Failed));
    QCOMPARE(s.bizOpaqueCallbackData, u"client-7f1c"_qs);
    QCOMPARE(s.errors.first().code, 131047);
    QVERIFY(s.errors.first().details.contains(u"24 hours"_qs));
    QCOMPARE(naturalKey(r.events.first()), u"status:wamid.O2:failed"_qs);
}

void TestWebhookParser::unknownStatusWordIsKept()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(u"messages"_qs,
        R"({"metadata":{"phone_number_id":"A"},"statuses":[{"id":"o","status":"deleted","timestamp":"5"}]})"));
    const auto &s = std::get<StatusUpdate>(r.events.first());
    QVERIFY(!s.status);
    QCOMPARE(s.rawStatus, u"deleted"_qs);
    QCOMPARE(r.warnings.size(), 1);
}

void TestWebhookParser::accountFields()
{
    const auto q = parseAccount<PhoneQualityChanged>(u"phone_number_quality_update"_qs,
        R"({"display_phone_number":"15550001111","event":"DOWNGRADE","old_limit":"TIER_10K","current_limit":"TIER_1K"})");
    QCOMPARE(q.event, u"DOWNGRADE"_qs);          // legacy event, still accepted
    QCOMPARE(q.oldLimit->tier, MessagingLimitTier::Tier10K);
    QCOMPARE(q.currentLimit->tier, MessagingLimitTier::Tier1K);
    QVERIFY(q.currentLimit->isLegacy());

    const auto c = parseAccount<CapabilityUpdated>(u"business_capability_update"_qs,
        R"({"max_daily_conversations_per_business":"TIER_UNLIMITED","max_daily_conversation_per_phone":-1,"max_phone_numbers_per_business":"20"})");
    QCOMPARE(c.maxDailyConversationsPerBusiness->tier, MessagingLimitTier::Unlimited);
    QCOMPARE(c.legacyMaxDailyConversationsPerPhone->tier, MessagingLimitTier::Unlimited);
    QCOMPARE(c.maxPhoneNumbersPerBusiness, std::optional<qint64>(20));

    const auto tq = parseAccount<TemplateQualityChanged>(u"message_template_quality_update"_qs,
        R"({"previous_quality_score":"YELLOW","new_quality_score":"RED","message_template_id":5,"message_template_name":"promo","message_template_language":"tr"})");
    QCOMPARE(tq.current.rating, QualityRating::Red);

    const auto ts = parseAccount<TemplateStatusChanged>(u"message_template_status_update"_qs,
        R"({"event":"DISABLED","message_template_id":"6","message_template_name":"promo","message_template_language":"zh_CN","reason":null,"disable_info":{"disable_date":"DATE"}})");
    QCOMPARE(ts.status.status, TemplateStatus::Disabled);
    QCOMPARE(ts.disableDate, u"DATE"_qs);
    QVERIFY(ts.status.reason.isEmpty());

    const auto future = parseAccount<TemplateStatusChanged>(u"message_template_status_update"_qs,
        R"({"event":"QUANTUM_REVIEW","message_template_id":"7"})");
    QCOMPARE(future.status.status, TemplateStatus::Unrecognized);
    QCOMPARE(future.status.raw, u"QUANTUM_REVIEW"_qs);

    const auto name = parseAccount<PhoneNameChanged>(u"phone_number_name_update"_qs,
        R"({"display_phone_number":"15550001111","decision":"REJECTED","requested_verified_name":"Çiçekçi","rejection_reason":"NAME_FORMAT"})");
    QCOMPARE(name.rejectionReason, u"NAME_FORMAT"_qs);

    const auto alert = parseAccount<AccountAlert>(u"account_alerts"_qs,
        R"({"entity_type":"PHONE_NUMBER","entity_id":"555000111","alert_info":{"alert_severity":"CRITICAL","alert_status":"ACTIVE","alert_type":"PROFILE_PICTURE_LOST","alert_description":"x"}})");
    QCOMPARE(alert.entityType, u"PHONE_NUMBER"_qs);

    const auto prefs = parseAccount<UserPreferencesChanged>(u"user_preferences"_qs,
        R"({"user_preferences":[{"wa_id":"1","detail":"stop","category":"marketing_messages","value":"stop","timestamp":"1764000000"}]})");
    QCOMPARE(prefs.preferences.first().value, u"stop"_qs);

    const auto cat = parseAccount<TemplateCategoryChanged>(u"template_category_update"_qs,
        R"({"message_template_id":8,"message_template_name":"n","message_template_language":"en","previous_category":"MARKETING","new_category":"UTILITY"})");
    QVERIFY(!cat.isImpending());
}

void TestWebhookParser::unknownFieldIsKeptRaw()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(u"smb_app_state_sync"_qs, R"({"state":{"x":1}})"));
    QVERIFY(r.ok);
    const auto &u = std::get<UnknownChange>(r.events.first());
    QCOMPARE(u.field, u"smb_app_state_sync"_qs);
    QCOMPARE(u.raw.value(u"value").toObject().value(u"state").toObject().value(u"x").toInt(), 1);
    QVERIFY(r.warnings.first().contains(u"smb_app_state_sync"_qs));
    QVERIFY(naturalKey(r.events.first()).isEmpty());
}

void TestWebhookParser::refusesWhatIsNotAWebhook_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"object":"whatsapp_business_account","entry":[)");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("other object") << QByteArray(R"({"object":"page","entry":[]})");
    QTest::newRow("no entry") << QByteArray(R"({"object":"whatsapp_business_account"})");
}
void TestWebhookParser::refusesWhatIsNotAWebhook()
{
    QFETCH(QByteArray, body);
    const WebhookParseResult r = WebhookParser::parse(body);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.events.isEmpty());
}

void TestWebhookParser::changeWithoutAnObjectValueIsKept()
{
    const WebhookParseResult r = WebhookParser::parse(
        R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":"??"}]}]})");
    QVERIFY(r.ok);
    QVERIFY(std::holds_alternative<UnknownChange>(r.events.first()));
}

void TestWebhookParser::naturalKeysDeduplicateRedeliveries()
{
    const QByteArray body = envelope(u"messages"_qs, messageValue(
        R"({"from":"79161234567","id":"wamid.D1","timestamp":"1764000100","type":"text","text":{"body":"x"}})"));
    const auto first = WebhookParser::parse(body).events.first();
    const auto again = WebhookParser::parse(body).events.first();
    QCOMPARE(naturalKey(first), u"message:wamid.D1"_qs);
    QCOMPARE(naturalKey(first), naturalKey(again));
    QCOMPARE(eventKind(first), u"message"_qs);
}

void TestWebhookParser::phoneNumberWithheld()
{
    const WebhookParseResult r = WebhookParser::parse(envelope(u"messages"_qs, messageValue(
        R"({"from_user_id":"TR.5551","id":"wamid.B1","timestamp":"1764000100","type":"text","text":{"body":"selam"}})",
        R"([{"profile":{"name":"Deniz","username":"@deniz"},"user_id":"TR.5551"}])")));
    const auto &m = std::get<InboundMessage>(r.events.first());
    QVERIFY(m.contact.waId.isEmpty());
    QCOMPARE(m.contact.username, u"@deniz"_qs);
    QCOMPARE(m.customerKey(), u"TR.5551"_qs);
}


QTEST_APPLESS_MAIN(TestWebhookParser)
#include "tst_webhook_parser.moc"
