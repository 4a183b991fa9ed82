#include "widgets/message_text.h"

#include "widgets/tr.h"

#include "core/graph_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Deskline::Widgets {

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

QString mediaLabel(const QString &kind, const QString &mime)
{
    if (kind == u"image")
        return Tr::tr("Photo");
    if (kind == u"video")
        return Tr::tr("Video");
    if (kind == u"audio")
        return mime.contains(u"ogg") ? Tr::tr("Voice message") : Tr::tr("Audio");
    if (kind == u"document")
        return Tr::tr("Document");
    if (kind == u"sticker")
        return Tr::tr("Sticker");
    return QString();
}

} // namespace

MessageText describeMessage(const Storage::MessageRow &m)
{
    MessageText t;
    const QJsonObject raw = m.raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m.raw.toUtf8()).object();
    const QJsonObject item = raw.value(m.kind).toObject();
    if (!m.supported) {
        t.unsupported = true;
        t.label = Tr::tr("Unsupported message");
        t.text = Tr::tr("This message (%1) cannot be shown here. It is kept as it arrived.")
                     .arg(m.kind.isEmpty() ? Tr::tr("unknown type") : m.kind);
        return t;
    }
    if (m.kind == u"text" || m.kind.isEmpty()) {
        t.text = m.body;
        return t;
    }
    const QString media = mediaLabel(m.kind, m.mediaMime);
    if (!media.isEmpty() || !m.mediaId.isEmpty()) {
        t.media = true;
        t.label = media.isEmpty() ? Tr::tr("Attachment") : media;
        t.text = !m.mediaCaption.isEmpty() ? m.mediaCaption : m.mediaFilename;
        if (t.text.isEmpty())
            t.text = m.body;
        return t;
    }
    if (m.kind == u"location") {
        t.label = Tr::tr("Location");
        const QString name = item.value(L("name")).toString();
        const QString address = item.value(L("address")).toString();
        QStringList parts;
        if (!name.isEmpty())
            parts.append(name);
        if (!address.isEmpty())
            parts.append(address);
        if (item.contains(L("latitude")))
            parts.append(QStringLiteral("%1, %2").arg(QLocale().toString(item.value(L("latitude")).toDouble(), 'f', 5),
                                                     QLocale().toString(item.value(L("longitude")).toDouble(), 'f', 5)));
        t.text = parts.isEmpty() ? m.body : parts.join(QStringLiteral(" · "));
        return t;
    }
    if (m.kind == u"contacts") {
        t.label = Tr::tr("Shared contact");
        QStringList people;
        for (const QJsonValue &c : raw.value(L("contacts")).toArray()) {
            const QJsonObject o = c.toObject();
            QString line = o.value(L("name")).toObject().value(L("formatted_name")).toString();
            const QJsonArray phones = o.value(L("phones")).toArray();
            if (!phones.isEmpty())
                line += QStringLiteral(" (") + phones.first().toObject().value(L("phone")).toString() + u')';
            people.append(line);
        }
        t.text = people.isEmpty() ? m.body : people.join(QStringLiteral(", "));
        return t;
    }
    if (m.kind == u"interactive" || m.kind == u"button") {
        t.label = Tr::tr("Reply");
        QString title = item.value(L("text")).toString();
        for (const char *key : {"button_reply", "list_reply"}) {
            const QJsonObject reply = item.value(L(key)).toObject();
            if (!reply.isEmpty())
                title = reply.value(L("title")).toString();
        }
        const QJsonObject nfm = item.value(L("nfm_reply")).toObject();
        if (!nfm.isEmpty())
            title = nfm.value(L("body")).toString(Tr::tr("form sent"));
        t.text = title.isEmpty() ? m.body : title;
        return t;
    }
    if (m.kind == u"order") {
        t.label = Tr::tr("Order");
        const QJsonArray items = item.value(L("product_items")).toArray();
        double total = 0;
        QString currency;
        for (const QJsonValue &v : items) {
            const QJsonObject p = v.toObject();
            total += p.value(L("item_price")).toDouble() * p.value(L("quantity")).toDouble(1);
            currency = p.value(L("currency")).toString();
        }
        t.text = Tr::tr("%n item(s)", "order", int(items.size()));
        if (total > 0)
            t.text += QStringLiteral(" · ") + QLocale().toCurrencyString(total, currency);
        const QString note = item.value(L("text")).toString();
        if (!note.isEmpty())
            t.text += QStringLiteral(" · ") + note;
        return t;
    }
    if (m.kind == u"system") {
        t.system = true;
        t.text = m.body.isEmpty() ? Tr::tr("The customer changed their phone number.") : m.body;
        return t;
    }
    if (m.kind == u"template") {
        t.label = Tr::tr("Template");
        t.text = m.body;
        return t;
    }
    t.text = m.body.isEmpty() ? m.kind : m.body;
    return t;
}

QString oneLine(const Storage::MessageRow &m)
{
    const MessageText t = describeMessage(m);
    QString s = t.label.isEmpty() ? t.text : (t.text.isEmpty() ? t.label : t.label + QStringLiteral(": ") + t.text);
    s.replace(u'\n', u' ');
    return s;
}

FailureText failureOf(const Storage::MessageRow &m, const QJsonObject &outboxError)
{
    FailureText f;
    QJsonArray errors = m.errors;
    if (!outboxError.isEmpty())
        errors.append(outboxError);
    for (const QJsonValue &v : std::as_const(errors)) {
        const QJsonObject e = v.toObject();
        const int code = e.value(L("code")).toInt();
        if (code == 0)
            continue;
        const GraphErrorInfo info = GraphErrorCatalogue::lookup(code);
        f.reason = info.meaning();
        const QString advice = info.advice();
        if (!advice.isEmpty())
            f.reason += u' ' + advice;
        f.retryable = info.isRetryable();
        return f;
    }
    if (!errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        f.reason = e.value(L("message")).toString(e.value(L("title")).toString());
    }
    if (f.reason.isEmpty())
        f.reason = Tr::tr("The message could not be delivered.");
    return f;
}

} // namespace Deskline::Widgets
