#include "simulator/sim_engine.h"

#include "cloud/graph_responses.h"
#include "cloud/webhook_parser.h"

#include "core/graph_error.h"
#include "core/message_kind.h"

#include <QDateTime>
#include <QJsonArray>

namespace Deskline::Sim {

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

QString digitsOnly(const QString &phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString monthKey(EpochSeconds at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
}

QJsonObject pricingJson(const PricingPrediction &p)
{
    QJsonObject o{{QStringLiteral("billable"), p.billable},
                  {QStringLiteral("pricing_model"), wireName(p.pricingModel)},
                  {QStringLiteral("category"), wireName(p.category)}};
    if (p.pricingModel == PricingModel::PerMessage)
        o.insert(QStringLiteral("type"), wireName(p.type));
    return o;
}

// Meta's detail texts for the asynchronous errors the simulator produces.
QJsonObject webhookError(int code, const QString &details)
{
    const GraphErrorInfo info = GraphErrorCatalogue::lookup(code);
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("title"), info.metaTitle},
                       {QStringLiteral("message"), info.metaTitle},
                       {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), details}}},
                       {QStringLiteral("href"), QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/")}};
}

int countParameters(const QJsonArray &components, const QString &type)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.value(L("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            return int(c.value(L("parameters")).toArray().size());
    }
    return 0;
}

const QStringList kMediaTypes = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                 QStringLiteral("document"), QStringLiteral("sticker")};

} // namespace

SimEngine::SimEngine(Business business, EpochSeconds start)
    : m_business(std::move(business))
    , m_clock(start)
    , m_start(start)
{
    const Chatter &chatter = m_business.chatter;
    m_nextChatterAt = m_start + (chatter.startAt >= 0 ? chatter.startAt : chatter.minEvery);
    playTimeline(); // history (negative at_s) and whatever is due at the start
}

// ---- clock and queue --------------------------------------------------------------------------

void SimEngine::advance(qint64 seconds)
{
    if (seconds > 0)
        m_clock.advance(seconds);
    playTimeline();
}

QList<PendingChange> SimEngine::takeDue()
{
    QList<PendingChange> due;
    while (!m_pending.empty() && m_pending.begin()->first.first <= now()) {
        due.append(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
    }
    return due;
}

void SimEngine::schedule(EpochSeconds at, const QString &field, const QJsonObject &value, bool account)
{
    PendingChange c{at, ++m_seq, field, value, account};
    m_pending.emplace(std::make_pair(at, c.seq), c);
}

void SimEngine::playTimeline()
{
    // Timeline steps and chatter merged by instant; on a tie the timeline goes first.
    const bool chatterOn = m_business.chatter.isEnabled();
    for (;;) {
        const bool stepDue = m_timelineIndex < m_business.timeline.size()
            && m_start + m_business.timeline.at(m_timelineIndex).at <= now();
        const bool chatterDue = chatterOn && m_nextChatterAt <= now();
        if (stepDue && (!chatterDue || m_start + m_business.timeline.at(m_timelineIndex).at <= m_nextChatterAt)) {
            const ScenarioStep step = m_business.timeline.at(m_timelineIndex++);
            playStep(step, m_start + step.at);
        } else if (chatterDue) {
            const EpochSeconds at = m_nextChatterAt;
            playChatter(at);
            m_nextChatterAt = at + m_business.chatter.gapAfter(m_chatterTurns++);
        } else {
            break;
        }
    }
}

void SimEngine::playStep(const ScenarioStep &step, EpochSeconds at)
{
    // A scripted message is stamped with its own instant: in the past for history, and exact
    // even when the clock jumped past it.
    QJsonObject data = step.data;
    if (!data.contains(L("timestamp")))
        data.insert(QStringLiteral("timestamp"), QString::number(at));
    if (step.action == u"inbound")
        injectInbound(data);
    else if (step.action == u"template_status")
        setTemplateStatus(step.data);
    else if (step.action == u"template_quality")
        setTemplateQuality(step.data);
    else if (step.action == u"line_quality")
        setLineQuality(step.data);
    else if (step.action == u"number_change")
        changeNumber(data);
}

bool SimEngine::playChatter(EpochSeconds at)
{
    // The next message in the round that can be played (a reaction needs a business message
    // to react to); when none can, this turn stays quiet.
    const QList<QJsonObject> &messages = m_business.chatter.messages;
    for (qsizetype tries = 0; tries < messages.size(); ++tries) {
        QJsonObject item = messages.at(m_chatterIndex);
        m_chatterIndex = (m_chatterIndex + 1) % messages.size();
        item.insert(QStringLiteral("timestamp"), QString::number(at));
        if (injectInbound(item).status == 200)
            return true;
    }
    return false;
}

// ---- lookups ----------------------------------------------------------------------------------

const SimLine *SimEngine::line(const QString &phoneNumberId) const
{
    for (const SimLine &l : m_business.lines) {
        if (l.phoneNumberId == phoneNumberId)
            return &l;
    }
    return nullptr;
}

SimLine *SimEngine::line(const QString &phoneNumberId)
{
    return const_cast<SimLine *>(std::as_const(*this).line(phoneNumberId));
}

SimCustomer *SimEngine::findCustomer(const QString &key)
{
    const QString digits = digitsOnly(key);
    for (SimCustomer &c : m_business.customers) {
        if ((!c.userId.isEmpty() && c.userId == key) || (!c.waId.isEmpty() && c.waId == digits))
            return &c;
    }
    return nullptr;
}

SimCustomer &SimEngine::customerFor(const QString &phoneOrUserId, bool byUserId)
{
    if (SimCustomer *c = findCustomer(phoneOrUserId))
        return *c;
    SimCustomer c;
    if (byUserId)
        c.userId = phoneOrUserId;
    else
        c.waId = digitsOnly(phoneOrUserId);
    c.name = QStringLiteral("Customer %1").arg(c.key().right(4));
    m_business.customers.append(c);
    return m_business.customers.last();
}

MessageTemplate *SimEngine::findTemplate(const QString &name, const QString &language)
{
    for (MessageTemplate &t : m_business.templates) {
        if (t.name == name && (language.isEmpty() || t.language == language))
            return &t;
    }
    return nullptr;
}

SimEngine::Chat &SimEngine::chat(const QString &phoneNumberId, const QString &customerKey)
{
    return m_chats[phoneNumberId + u'|' + customerKey];
}

QJsonObject SimEngine::metadata(const SimLine &l) const
{
    return QJsonObject{{QStringLiteral("display_phone_number"), l.displayPhoneNumber},
                       {QStringLiteral("phone_number_id"), l.phoneNumberId}};
}

QString SimEngine::nextWamid()
{
    const QByteArray raw = "SIM." + QByteArray::number(m_start) + '.' + QByteArray::number(++m_ids);
    return QStringLiteral("wamid.") + QString::fromLatin1(raw.toBase64());
}

int &SimEngine::freeAllowanceUsed(const QString &phoneNumberId)
{
    return m_freeAllowance[phoneNumberId + u'@' + monthKey(now())];
}

GraphReply SimEngine::graphError(int code, const QString &details, std::optional<int> subcode)
{
    const GraphErrorInfo info = GraphErrorCatalogue::lookup(code, subcode);
    Cloud::GraphError e;
    e.code = code;
    e.subcode = subcode;
    e.message = QStringLiteral("(#%1) %2").arg(code).arg(info.metaTitle);
    e.details = details;
    e.fbtraceId = QStringLiteral("Sim") + QString::number(++m_ids, 36);
    return GraphReply{info.httpStatus, e.toJson(), {}, {}};
}

// ---- sends ------------------------------------------------------------------------------------

std::optional<GraphReply> SimEngine::checkRateLimits(const QString &phoneNumberId, const QString &customerKey)
{
    const EpochSeconds t = now();
    QList<EpochSeconds> &lineSends = m_lineSends[phoneNumberId];
    lineSends.removeIf([t](EpochSeconds s) { return s <= t - 1; });
    if (lineSends.size() >= m_limits.throughputPerSecond)
        return graphError(130429, QStringLiteral("Cloud API message throughput has been reached."), 2494055);
    QList<EpochSeconds> &pairSends = m_pairSends[phoneNumberId + u'|' + customerKey];
    const qint64 window = m_limits.pairWindowSeconds;
    pairSends.removeIf([t, window](EpochSeconds s) { return s <= t - window; });
    if (pairSends.size() >= m_limits.pairMessagesPerWindow)
        return graphError(131056, QStringLiteral("Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."));
    lineSends.append(t);
    pairSends.append(t);
    return std::nullopt;
}

std::optional<GraphReply> SimEngine::validateTemplateSend(const QJsonObject &t, MessageTemplate **found)
{
    const QString name = t.value(L("name")).toString();
    const QString language = t.value(L("language")).toObject().value(L("code")).toString();
    if (name.isEmpty() || language.isEmpty())
        return graphError(100, QStringLiteral("template name and language.code are required"));
    MessageTemplate *tmpl = findTemplate(name, language);
    if (!tmpl || !tmpl->status.canSend())
        return graphError(132001, QStringLiteral("template name (%1) does not exist in %2").arg(name, language));
    const QJsonArray components = t.value(L("components")).toArray();
    const int body = countParameters(components, QStringLiteral("body"));
    const int expectedBody = int(tmpl->bodyParameters().size());
    if (body != expectedBody)
        return graphError(132000, QStringLiteral("body: number of localizable_params (%1) does not match the expected number of params (%2)").arg(body).arg(expectedBody));
    const int header = countParameters(components, QStringLiteral("header"));
    const int expectedHeader = tmpl->headerFormat == HeaderFormat::Text ? int(tmpl->headerParameters().size())
        : tmpl->headerFormat == HeaderFormat::None                      ? 0
                                                                        : 1;
    if (header != expectedHeader) {
        if (tmpl->headerFormat != HeaderFormat::Text && tmpl->headerFormat != HeaderFormat::None)
            return graphError(132012, QStringLiteral("header: the template needs a media or location parameter"));
        return graphError(132000, QStringLiteral("header: number of localizable_params (%1) does not match the expected number of params (%2)").arg(header).arg(expectedHeader));
    }
    *found = tmpl;
    return std::nullopt;
}

GraphReply SimEngine::postMessages(const QString &phoneNumberId, const QJsonObject &body)
{
    const SimLine *l = line(phoneNumberId);
    if (!l)
        return graphError(100, QStringLiteral("Unsupported post request. Object with ID '%1' does not exist").arg(phoneNumberId), 33);
    if (body.value(L("messaging_product")).toString() != u"whatsapp")
        return graphError(100, QStringLiteral("The parameter messaging_product is required."));

    // Mark as read (and the typing indicator, which also marks read).
    if (body.value(L("status")).toString() == u"read") {
        if (body.value(L("message_id")).toString().isEmpty())
            return graphError(100, QStringLiteral("The parameter message_id is required."));
        return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
    }
    if (!l->status.canSend())
        return graphError(133010, QStringLiteral("Phone number %1 is not registered").arg(l->displayPhoneNumber));

    const QString to = body.value(L("to")).toString();
    const QString recipient = body.value(L("recipient")).toString();
    if (to.isEmpty() && recipient.isEmpty())
        return graphError(100, QStringLiteral("The parameter to is required."));
    const QString type = body.value(L("type")).toString(QStringLiteral("text"));
    const QJsonObject payload = body.value(type).toObject();

    MessageTemplate *tmpl = nullptr;
    if (type == u"text") {
        const QString text = payload.value(L("body")).toString();
        if (text.isEmpty())
            return graphError(100, QStringLiteral("The parameter text['body'] is required."));
        if (characterCount(text) > TemplateLimits::kFreeFormText)
            return graphError(100, QStringLiteral("Param text['body'] must be at most 4096 characters long."));
    } else if (kMediaTypes.contains(type)) {
        const QString id = payload.value(L("id")).toString();
        if (id.isEmpty() && payload.value(L("link")).toString().isEmpty())
            return graphError(100, QStringLiteral("Either id or link is required for %1.").arg(type));
        if (!id.isEmpty() && !m_media.contains(id))
            return graphError(131053, QStringLiteral("Media id %1 was not found").arg(id));
    } else if (type == u"template") {
        if (auto error = validateTemplateSend(payload, &tmpl))
            return *error;
    } else if (type == u"interactive") {
        if (payload.value(L("body")).toObject().value(L("text")).toString().isEmpty())
            return graphError(131008, QStringLiteral("interactive.body.text is required"));
    } else if (type == u"reaction") {
        if (payload.value(L("message_id")).toString().isEmpty())
            return graphError(131008, QStringLiteral("reaction.message_id is required"));
    } else {
        return graphError(100, QStringLiteral("Unsupported message type: %1").arg(type));
    }

    // `to` wins when both are given (facts §2).
    const SimCustomer &customer = customerFor(!to.isEmpty() ? to : recipient, to.isEmpty());
    const QString customerKey = customer.key();
    if (auto limited = checkRateLimits(phoneNumberId, customerKey))
        return *limited;

    Chat &c = chat(phoneNumberId, customerKey);
    const EpochSeconds t = now();
    const std::optional<TemplateCategory> category =
        tmpl ? std::optional(tmpl->category) : std::nullopt;
    PricingContext context = c.windows.pricingContextAt(t);
    context.freeServiceUsedThisMonth = freeAllowanceUsed(phoneNumberId);
    const PricingPrediction pricing = PricingRules::meta().predict(t, category, context);
    const bool outsideWindow = !pricing.sendable;
    const QString wamid = nextWamid();
    m_sent.insert(wamid, SentMessage{wamid, phoneNumberId, customerKey, outsideWindow});
    if (!outsideWindow) {
        c.windows.onOutbound(t);
        if (type != u"reaction")
            c.lastBusinessMessage = wamid;
        if (pricing.usesFreeAllowance)
            ++freeAllowanceUsed(phoneNumberId);
        m_billing.append(BillingRecord{t, phoneNumberId, pricing});
    }
    scheduleStatuses(*l, customer, wamid, pricing, type == u"reaction",
                     body.value(L("biz_opaque_callback_data")).toString(), outsideWindow);

    QJsonObject contact{{QStringLiteral("input"), !to.isEmpty() ? to : recipient}};
    if (!to.isEmpty() || !customer.waId.isEmpty())
        contact.insert(QStringLiteral("wa_id"), customer.waId);
    if (!customer.userId.isEmpty() && (!recipient.isEmpty() || to.isEmpty()))
        contact.insert(QStringLiteral("user_id"), customer.userId);
    QJsonObject message{{QStringLiteral("id"), wamid}};
    if (tmpl && tmpl->category == TemplateCategory::Marketing)
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    return GraphReply{200,
                      QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                  {QStringLiteral("contacts"), QJsonArray{contact}},
                                  {QStringLiteral("messages"), QJsonArray{message}}},
                      {}, {}};
}

void SimEngine::scheduleStatuses(const SimLine &l, const SimCustomer &c, const QString &wamid,
                                 const PricingPrediction &pricing, bool isReaction,
                                 const QString &bizOpaque, bool outsideWindow)
{
    const EpochSeconds t = now();
    auto status = [&](const QString &word, EpochSeconds at, bool withPricing) {
        QJsonObject s{{QStringLiteral("id"), wamid},
                      {QStringLiteral("status"), word},
                      {QStringLiteral("timestamp"), QString::number(at)}};
        if (!c.waId.isEmpty())
            s.insert(QStringLiteral("recipient_id"), c.waId);
        if (!c.userId.isEmpty())
            s.insert(QStringLiteral("recipient_user_id"), c.userId);
        if (!bizOpaque.isEmpty())
            s.insert(QStringLiteral("biz_opaque_callback_data"), bizOpaque);
        if (withPricing) {
            s.insert(QStringLiteral("pricing"), pricingJson(pricing));
            // v24+: the conversation object only inside a free entry point window; the
            // conversation-based era always had one.
            const bool fep = pricing.type == PricingType::FreeEntryPoint;
            if (fep || pricing.pricingModel == PricingModel::ConversationBased) {
                QJsonObject conversation{{QStringLiteral("id"), QString(QStringLiteral("conv-") + wamid.right(12))},
                                         {QStringLiteral("origin"), QJsonObject{{QStringLiteral("type"), wireName(pricing.category)}}}};
                if (word == u"sent")
                    conversation.insert(QStringLiteral("expiration_timestamp"),
                                        QString::number(t + (fep ? 72 : 24) * kSecondsPerHour));
                s.insert(QStringLiteral("conversation"), conversation);
            }
        }
        if (word == u"failed") {
            s.insert(QStringLiteral("errors"), QJsonArray{webhookError(131047,
                QStringLiteral("Message failed to send because more than 24 hours have passed since the customer last replied to this number."))});
        }
        QJsonObject contact{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), c.name}}}};
        if (!c.waId.isEmpty())
            contact.insert(QStringLiteral("wa_id"), c.waId);
        if (!c.userId.isEmpty())
            contact.insert(QStringLiteral("user_id"), c.userId);
        QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                          {QStringLiteral("metadata"), metadata(l)},
                          {QStringLiteral("statuses"), QJsonArray{s}}};
        if (word != u"failed" && !c.userId.isEmpty())
            value.insert(QStringLiteral("contacts"), QJsonArray{contact});
        schedule(at, QStringLiteral("messages"), value);
    };

    if (outsideWindow) {
        status(QStringLiteral("failed"), t, false); // accepted with 200, then failed: as Meta does
        return;
    }
    status(QStringLiteral("sent"), t, true);
    if (isReaction)
        return; // business reactions only ever get "sent"
    const EpochSeconds delivered = t + m_limits.deliveredAfterSeconds;
    status(QStringLiteral("delivered"), delivered, true);
    if (c.readAfterSeconds >= 0)
        status(QStringLiteral("read"), delivered + c.readAfterSeconds, false);
}

// ---- inbound and control ----------------------------------------------------------------------

GraphReply SimEngine::injectInbound(const QJsonObject &request)
{
    const QString phoneNumberId = Cloud::jsonString(request.value(L("phone_number_id")));
    const SimLine *l = line(phoneNumberId);
    if (!l)
        return graphError(100, QStringLiteral("unknown phone_number_id '%1'").arg(phoneNumberId));
    QJsonObject item = request;
    item.remove(QStringLiteral("phone_number_id"));
    const QString profileName = item.take(QStringLiteral("profile_name")).toString();
    const QString from = item.value(L("from")).toString();
    const QString fromUserId = item.value(L("from_user_id")).toString();
    if (from.isEmpty() && fromUserId.isEmpty())
        return graphError(100, QStringLiteral("an inbound message needs \"from\" or \"from_user_id\""));
    const QString type = item.value(L("type")).toString();
    if (type.isEmpty())
        return graphError(100, QStringLiteral("an inbound message needs a \"type\""));
    if (type == u"reaction" && item.value(L("reaction")).toObject().value(L("message_id")).toString().isEmpty()) {
        // Reacts to the business's latest message in this chat.
        const SimCustomer *known = findCustomer(!from.isEmpty() ? from : fromUserId);
        const QString target = known ? chat(phoneNumberId, known->key()).lastBusinessMessage : QString();
        if (target.isEmpty())
            return graphError(100, QStringLiteral("a reaction without reaction.message_id needs a business message in that chat to react to"));
        QJsonObject reaction = item.value(L("reaction")).toObject();
        reaction.insert(QStringLiteral("message_id"), target);
        item.insert(QStringLiteral("reaction"), reaction);
    }
    if (!item.contains(L("id")))
        item.insert(QStringLiteral("id"), nextWamid());
    // Customer media without an id gets a small stored file, so it can be fetched and downloaded
    // like Meta's (GET /{media_id}, then the URL with the token).
    if (kMediaTypes.contains(type)) {
        QJsonObject media = item.value(type).toObject();
        if (media.value(L("id")).toString().isEmpty()) {
            const QString mime = media.value(L("mime_type")).toString(
                type == u"image" ? QStringLiteral("image/jpeg") : type == u"sticker" ? QStringLiteral("image/webp")
                : type == u"audio" ? QStringLiteral("audio/ogg; codecs=opus") : type == u"video" ? QStringLiteral("video/mp4")
                                                                           : QStringLiteral("application/pdf"));
            const QByteArray data = "deskline-sim " + type.toUtf8() + " from " + from.toUtf8();
            const GraphReply stored = uploadMedia(phoneNumberId, data, mime, media.value(L("filename")).toString());
            const QString id = stored.json.value(L("id")).toString();
            media.insert(QStringLiteral("id"), id);
            media.insert(QStringLiteral("mime_type"), mime);
            media.insert(QStringLiteral("sha256"), m_media.value(id).sha256);
            item.insert(type, media);
        }
    }
    if (!item.contains(L("timestamp")))
        item.insert(QStringLiteral("timestamp"), QString::number(now()));

    SimCustomer &c = customerFor(!from.isEmpty() ? from : fromUserId, from.isEmpty());
    if (!profileName.isEmpty())
        c.name = profileName;
    if (!fromUserId.isEmpty() && c.userId.isEmpty())
        c.userId = fromUserId;
    const auto at = Cloud::jsonEpoch(item.value(L("timestamp"))).value_or(now());
    chat(phoneNumberId, c.key()).windows.onInbound(messageKindFromWire(type), at, item.contains(L("referral")));

    QJsonObject profile{{QStringLiteral("name"), c.name}};
    if (!c.username.isEmpty())
        profile.insert(QStringLiteral("username"), c.username);
    QJsonObject contact{{QStringLiteral("profile"), profile}};
    if (!c.waId.isEmpty())
        contact.insert(QStringLiteral("wa_id"), c.waId);
    if (!c.userId.isEmpty())
        contact.insert(QStringLiteral("user_id"), c.userId);
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"), metadata(*l)},
                      {QStringLiteral("messages"), QJsonArray{item}}};
    if (type != u"system")
        value.insert(QStringLiteral("contacts"), QJsonArray{contact});
    schedule(now(), QStringLiteral("messages"), value);
    return GraphReply{200, QJsonObject{{QStringLiteral("id"), item.value(L("id")).toString()},
                                       {QStringLiteral("timestamp"), item.value(L("timestamp"))}},
                      {}, {}};
}

GraphReply SimEngine::setTemplateStatus(const QJsonObject &request)
{
    MessageTemplate *t = findTemplate(request.value(L("name")).toString(), request.value(L("language")).toString());
    if (!t)
        return graphError(132001, QStringLiteral("no template %1").arg(request.value(L("name")).toString()));
    const QString event = request.value(L("event")).toString();
    const QString reason = request.value(L("reason")).toString(QStringLiteral("NONE"));
    t->status = TemplateStatusInfo::fromWire(event, reason);
    QJsonObject value{{QStringLiteral("event"), event},
                      {QStringLiteral("message_template_id"), t->id.toLongLong()},
                      {QStringLiteral("message_template_name"), t->name},
                      {QStringLiteral("message_template_language"), t->language},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("message_template_category"), wireName(t->category)}};
    if (event == u"PAUSED")
        value.insert(QStringLiteral("other_info"), QJsonObject{{QStringLiteral("title"), reason == u"NONE" ? QStringLiteral("FIRST_PAUSE") : reason},
                                                               {QStringLiteral("description"), QStringLiteral("Your message template has been paused because of low quality.")}});
    schedule(now(), QStringLiteral("message_template_status_update"), value, true);
    return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

GraphReply SimEngine::setTemplateQuality(const QJsonObject &request)
{
    MessageTemplate *t = findTemplate(request.value(L("name")).toString(), request.value(L("language")).toString());
    if (!t)
        return graphError(132001, QStringLiteral("no template %1").arg(request.value(L("name")).toString()));
    const Quality previous = t->quality;
    t->quality = Quality::fromWire(request.value(L("score")).toString());
    schedule(now(), QStringLiteral("message_template_quality_update"),
             QJsonObject{{QStringLiteral("previous_quality_score"), previous.raw},
                         {QStringLiteral("new_quality_score"), t->quality.raw},
                         {QStringLiteral("message_template_id"), t->id.toLongLong()},
                         {QStringLiteral("message_template_name"), t->name},
                         {QStringLiteral("message_template_language"), t->language}},
             true);
    return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

GraphReply SimEngine::setLineQuality(const QJsonObject &request)
{
    SimLine *l = line(Cloud::jsonString(request.value(L("phone_number_id"))));
    if (!l)
        return graphError(100, QStringLiteral("unknown phone_number_id"));
    if (request.contains(L("quality_rating")))
        l->quality = Quality::fromWire(request.value(L("quality_rating")).toString());
    const MessagingLimit old = l->limit;
    if (request.contains(L("messaging_limit")))
        l->limit = MessagingLimit::fromVariant(request.value(L("messaging_limit")).toVariant());
    QJsonObject value{{QStringLiteral("display_phone_number"), l->displayPhoneNumber},
                      {QStringLiteral("event"), request.value(L("event")).toString(QStringLiteral("ONBOARDING"))},
                      {QStringLiteral("current_limit"), l->limit.raw}};
    if (!(old == l->limit))
        value.insert(QStringLiteral("old_limit"), old.raw);
    schedule(now(), QStringLiteral("phone_number_quality_update"), value, true);
    return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

GraphReply SimEngine::changeNumber(const QJsonObject &request)
{
    const QString from = digitsOnly(request.value(L("from")).toString());
    const QString to = digitsOnly(request.value(L("to")).toString());
    SimCustomer *c = findCustomer(from);
    if (!c || to.isEmpty())
        return graphError(100, QStringLiteral("number_change needs a known \"from\" and a \"to\""));
    const QString phoneNumberId = Cloud::jsonString(request.value(L("phone_number_id")));
    const SimLine *l = phoneNumberId.isEmpty() ? &m_business.lines.first() : line(phoneNumberId);
    if (!l)
        return graphError(100, QStringLiteral("unknown phone_number_id"));
    QJsonObject system{{QStringLiteral("body"), QStringLiteral("User %1 changed from %2 to %3").arg(c->name, from, to)},
                       {QStringLiteral("wa_id"), to},
                       {QStringLiteral("type"), QStringLiteral("user_changed_number")}};
    if (!c->userId.isEmpty())
        system.insert(QStringLiteral("previous_user_id"), c->userId);
    c->waId = to;
    const EpochSeconds at = Cloud::jsonEpoch(request.value(L("timestamp"))).value_or(now());
    QJsonObject item{{QStringLiteral("from"), from},
                     {QStringLiteral("id"), nextWamid()},
                     {QStringLiteral("timestamp"), QString::number(at)},
                     {QStringLiteral("type"), QStringLiteral("system")},
                     {QStringLiteral("system"), system}};
    schedule(now(), QStringLiteral("messages"),
             QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                         {QStringLiteral("metadata"), metadata(*l)},
                         {QStringLiteral("messages"), QJsonArray{item}}});
    return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

QJsonObject SimEngine::stateJson() const
{
    QJsonArray lines;
    for (const SimLine &l : m_business.lines)
        lines.append(QJsonObject{{QStringLiteral("phone_number_id"), l.phoneNumberId},
                                 {QStringLiteral("display_phone_number"), l.displayPhoneNumber},
                                 {QStringLiteral("quality_rating"), l.quality.raw},
                                 {QStringLiteral("messaging_limit"), l.limit.raw}});
    QJsonArray templates;
    for (const MessageTemplate &t : m_business.templates)
        templates.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("language"), t.language},
                                     {QStringLiteral("status"), t.status.raw}});
    QJsonObject state{{QStringLiteral("now"), now()},
                      {QStringLiteral("now_iso"), formatIsoUtc(now())},
                      {QStringLiteral("waba_id"), m_business.wabaId},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("templates"), templates},
                      {QStringLiteral("customers"), int(m_business.customers.size())},
                      {QStringLiteral("pending_webhooks"), pendingCount()}};
    if (m_business.chatter.isEnabled())
        state.insert(QStringLiteral("chatter"), QJsonObject{{QStringLiteral("turns"), qint64(m_chatterTurns)},
                                                            {QStringLiteral("next_at"), m_nextChatterAt}});
    return state;
}

} // namespace Deskline::Sim
