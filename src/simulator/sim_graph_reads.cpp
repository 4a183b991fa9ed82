// The simulator's read side of the Graph API: phone numbers, templates with paging, media,
// analytics and health status.
#include "simulator/sim_engine.h"

#include "cloud/graph_responses.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace Deskline::Sim {

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

QStringList requestedFields(const QUrlQuery &query)
{
    const QString fields = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
    QStringList out;
    for (const QString &f : fields.split(u',', Qt::SkipEmptyParts))
        out.append(f.trimmed());
    return out;
}

QJsonObject phoneJson(const SimLine &l, const QStringList &fields)
{
    const QStringList wanted = fields.isEmpty()
        ? QStringList{u"verified_name"_qs, u"display_phone_number"_qs, u"quality_rating"_qs}
        : fields;
    QJsonObject o{{QStringLiteral("id"), l.phoneNumberId}};
    for (const QString &f : wanted) {
        if (f == u"verified_name")
            o.insert(f, l.verifiedName);
        else if (f == u"display_phone_number")
            o.insert(f, l.displayPhoneNumber);
        else if (f == u"quality_rating")
            o.insert(f, l.quality.raw);
        else if (f == u"status")
            o.insert(f, l.status.raw);
        else if (f == u"name_status")
            o.insert(f, l.nameStatus);
        else if (f == u"code_verification_status")
            o.insert(f, QStringLiteral("VERIFIED"));
        else if (f == u"platform_type")
            o.insert(f, QStringLiteral("CLOUD_API"));
        else if (f == u"throughput")
            o.insert(f, QJsonObject{{QStringLiteral("level"), l.throughputLevel}});
        else if (f == u"whatsapp_business_manager_messaging_limit" || f == u"messaging_limit_tier")
            o.insert(f, l.limit.raw);
    }
    return o;
}

// "pricing_analytics.start(1).end(2).granularity(DAILY)" → {name, start, end, granularity}
struct AnalyticsQuery
{
    QString name;
    EpochSeconds start = 0;
    EpochSeconds end = 0;
    QString granularity;
};

std::optional<AnalyticsQuery> parseAnalytics(const QString &field)
{
    static const QRegularExpression head(QStringLiteral("^(pricing_analytics|conversation_analytics)"));
    const auto m = head.match(field);
    if (!m.hasMatch())
        return std::nullopt;
    AnalyticsQuery q;
    q.name = m.captured(1);
    static const QRegularExpression part(QStringLiteral("\\.(\\w+)\\(([^)]*)\\)"));
    for (auto it = part.globalMatch(field); it.hasNext();) {
        const auto p = it.next();
        if (p.captured(1) == u"start")
            q.start = p.captured(2).toLongLong();
        else if (p.captured(1) == u"end")
            q.end = p.captured(2).toLongLong();
        else if (p.captured(1) == u"granularity")
            q.granularity = p.captured(2);
    }
    return q;
}

EpochSeconds bucketStart(EpochSeconds at, const QString &granularity)
{
    if (granularity == u"HALF_HOUR")
        return at - at % 1800;
    if (granularity == u"MONTHLY" || granularity == u"MONTH") {
        const QDate d = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    return at - at % kSecondsPerDay;
}

EpochSeconds bucketEnd(EpochSeconds start, const QString &granularity)
{
    if (granularity == u"HALF_HOUR")
        return start + 1800;
    if (granularity == u"MONTHLY" || granularity == u"MONTH")
        return QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addMonths(1).toSecsSinceEpoch();
    return start + kSecondsPerDay;
}

} // namespace

GraphReply SimEngine::getObject(const QString &id, const QUrlQuery &query, const QString &mediaBaseUrl)
{
    const QStringList fields = requestedFields(query);
    if (const SimLine *l = line(id)) {
        if (fields.contains(u"health_status"_qs)) {
            const QString can = l->status.canSend() ? QStringLiteral("AVAILABLE") : QStringLiteral("BLOCKED");
            QJsonObject entity{{QStringLiteral("entity_type"), QStringLiteral("PHONE_NUMBER")},
                               {QStringLiteral("id"), l->phoneNumberId},
                               {QStringLiteral("can_send_message"), can}};
            return GraphReply{200, QJsonObject{{QStringLiteral("health_status"),
                                                QJsonObject{{QStringLiteral("can_send_message"), can},
                                                            {QStringLiteral("entities"), QJsonArray{entity}}}},
                                               {QStringLiteral("id"), id}}, {}, {}};
        }
        return GraphReply{200, phoneJson(*l, fields), {}, {}};
    }
    for (const MessageTemplate &t : m_business.templates) {
        if (t.id != id)
            continue;
        if (fields.contains(u"quality_score"_qs))
            return GraphReply{200, QJsonObject{{QStringLiteral("quality_score"),
                                                QJsonObject{{QStringLiteral("score"), t.quality.raw},
                                                            {QStringLiteral("date"), now()}}},
                                               {QStringLiteral("id"), id}}, {}, {}};
        if (fields.contains(u"health_status"_qs)) {
            QJsonObject entity{{QStringLiteral("entity_type"), QStringLiteral("MESSAGE_TEMPLATE")},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("can_send_message"), t.status.canSend() ? QStringLiteral("AVAILABLE") : QStringLiteral("BLOCKED")}};
            if (!t.status.canSend())
                entity.insert(QStringLiteral("errors"), QJsonArray{QJsonObject{
                    {QStringLiteral("error_code"), 141002},
                    {QStringLiteral("error_description"), QStringLiteral("Message templates can only be sent out if they are approved.")},
                    {QStringLiteral("possible_solution"), QStringLiteral("Edit or appeal the message template review decision.")}}});
            return GraphReply{200, QJsonObject{{QStringLiteral("health_status"),
                                                QJsonObject{{QStringLiteral("can_send_message"), entity.value(L("can_send_message"))},
                                                            {QStringLiteral("entities"), QJsonArray{entity}}}},
                                               {QStringLiteral("id"), id}}, {}, {}};
        }
        return GraphReply{200, Cloud::templateToJson(t), {}, {}};
    }
    if (const auto media = m_media.constFind(id); media != m_media.cend()) {
        return GraphReply{200, QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                           {QStringLiteral("url"), QString(mediaBaseUrl + id)},
                                           {QStringLiteral("mime_type"), media->mimeType},
                                           {QStringLiteral("sha256"), media->sha256},
                                           {QStringLiteral("file_size"), QString::number(media->data.size())},
                                           {QStringLiteral("id"), id}}, {}, {}};
    }
    if (id == m_business.wabaId) {
        for (const QString &field : fields) {
            const auto q = parseAnalytics(field);
            if (!q)
                continue;
            if (q->end <= q->start)
                return graphError(100, QStringLiteral("start must be before end"));
            const bool pricing = q->name == u"pricing_analytics";
            // Aggregate what the simulator billed: (bucket, phone, type, category) → volume.
            QMap<QString, QJsonObject> points;
            for (const BillingRecord &r : m_billing) {
                if (r.at < q->start || r.at >= q->end)
                    continue;
                if (!pricing && !r.pricing.opensConversation && r.pricing.type != PricingType::FreeEntryPoint)
                    continue;
                if (!pricing && r.pricing.pricingModel != PricingModel::ConversationBased)
                    continue;
                const EpochSeconds start = bucketStart(r.at, q->granularity);
                const SimLine *l = line(r.phoneNumberId);
                const QString type = wireName(r.pricing.type).toUpper();
                const QString category = wireName(r.pricing.category).toUpper();
                const QString key = QString::number(start) + u'|' + r.phoneNumberId + u'|' + type + u'|' + category;
                QJsonObject p = points.value(key);
                if (p.isEmpty()) {
                    p = QJsonObject{{QStringLiteral("start"), start},
                                    {QStringLiteral("end"), bucketEnd(start, q->granularity)},
                                    {QStringLiteral("phone_number"), l ? l->displayPhoneNumber : QString()},
                                    {pricing ? QStringLiteral("pricing_type") : QStringLiteral("conversation_type"), type},
                                    {pricing ? QStringLiteral("pricing_category") : QStringLiteral("conversation_category"), category},
                                    {QStringLiteral("cost"), 0}};
                    if (pricing && r.pricing.charged)
                        p.insert(QStringLiteral("tier"), QStringLiteral("0:MAX"));
                }
                const QString volume = pricing ? QStringLiteral("volume") : QStringLiteral("conversation");
                p.insert(volume, p.value(volume).toInt() + 1);
                points.insert(key, p);
            }
            QJsonArray dataPoints;
            for (const QJsonObject &p : std::as_const(points))
                dataPoints.append(p);
            return GraphReply{200, QJsonObject{{q->name, QJsonObject{{QStringLiteral("data"),
                                                                      QJsonArray{QJsonObject{{QStringLiteral("data_points"), dataPoints}}}}}},
                                               {QStringLiteral("id"), id}}, {}, {}};
        }
        return GraphReply{200, QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), QStringLiteral("Deskline Simulator")}}, {}, {}};
    }
    return graphError(100, QStringLiteral("Unsupported get request. Object with ID '%1' does not exist").arg(id), 33);
}

GraphReply SimEngine::getPhoneNumbers(const QString &wabaId, const QUrlQuery &query, const QString &)
{
    if (wabaId != m_business.wabaId)
        return graphError(100, QStringLiteral("Unsupported get request. Object with ID '%1' does not exist").arg(wabaId), 33);
    QJsonArray data;
    for (const SimLine &l : m_business.lines)
        data.append(phoneJson(l, requestedFields(query)));
    return GraphReply{200, QJsonObject{{QStringLiteral("data"), data}}, {}, {}};
}

GraphReply SimEngine::getTemplates(const QString &wabaId, const QUrlQuery &query, const QString &selfUrl)
{
    if (wabaId != m_business.wabaId)
        return graphError(100, QStringLiteral("Unsupported get request. Object with ID '%1' does not exist").arg(wabaId), 33);
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 100);
    const int pageSize = limit > 0 ? limit : 25;
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const QString statusFilter = query.queryItemValue(QStringLiteral("status")).toUpper();
    QList<const MessageTemplate *> matching;
    for (const MessageTemplate &t : m_business.templates) {
        if (statusFilter.isEmpty() || t.status.raw.compare(statusFilter, Qt::CaseInsensitive) == 0)
            matching.append(&t);
    }
    const int offset = after.isEmpty() ? 0 : QByteArray::fromBase64(after.toLatin1()).toInt();
    QJsonArray data;
    for (int i = offset; i < std::min<int>(offset + pageSize, int(matching.size())); ++i)
        data.append(Cloud::templateToJson(*matching.at(i)));
    auto cursor = [](int index) { return QString::fromLatin1(QByteArray::number(index).toBase64()); };
    QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursor(offset)},
                                                               {QStringLiteral("after"), cursor(offset + int(data.size()))}}}};
    if (offset + data.size() < matching.size()) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("after"));
        next.removeAllQueryItems(QStringLiteral("limit"));
        next.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        next.addQueryItem(QStringLiteral("after"), cursor(offset + int(data.size())));
        QUrl url(selfUrl);
        url.setQuery(next);
        paging.insert(QStringLiteral("next"), url.toString());
    }
    return GraphReply{200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}}, {}, {}};
}

GraphReply SimEngine::uploadMedia(const QString &phoneNumberId, const QByteArray &data,
                                  const QString &mimeType, const QString &filename)
{
    if (!line(phoneNumberId))
        return graphError(100, QStringLiteral("Unsupported post request. Object with ID '%1' does not exist").arg(phoneNumberId), 33);
    if (data.isEmpty() || mimeType.isEmpty())
        return graphError(131053, QStringLiteral("Media upload error: a file and its type are required."));
    const QString id = QString::number(3000000000000000LL + qint64(++m_ids));
    m_media.insert(id, Media{data, mimeType, filename,
                             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64())});
    return GraphReply{200, QJsonObject{{QStringLiteral("id"), id}}, {}, {}};
}

GraphReply SimEngine::downloadMedia(const QString &mediaId) const
{
    const auto media = m_media.constFind(mediaId);
    if (media == m_media.cend())
        return GraphReply{404, QJsonObject{{QStringLiteral("error"), QStringLiteral("media not found")}}, {}, {}};
    return GraphReply{200, {}, media->data, media->mimeType.toLatin1()};
}

GraphReply SimEngine::deleteMedia(const QString &mediaId)
{
    if (m_media.remove(mediaId) == 0)
        return graphError(100, QStringLiteral("Unsupported delete request. Object with ID '%1' does not exist").arg(mediaId), 33);
    return GraphReply{200, QJsonObject{{QStringLiteral("success"), true}}, {}, {}};
}

} // namespace Deskline::Sim
