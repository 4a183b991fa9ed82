#include "message_template.h"

#include "tr.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace Deskline {

namespace {

struct CategoryName
{
    TemplateCategory category;
    QStringView wire;
};

constexpr std::array kCategories{
    CategoryName{TemplateCategory::Marketing, u"MARKETING"},
    CategoryName{TemplateCategory::Utility, u"UTILITY"},
    CategoryName{TemplateCategory::Authentication, u"AUTHENTICATION"},
};

struct StatusName
{
    TemplateStatus status;
    QStringView wire;
};

constexpr std::array kStatuses{
    StatusName{TemplateStatus::Approved, u"APPROVED"},
    StatusName{TemplateStatus::Pending, u"PENDING"},
    StatusName{TemplateStatus::Rejected, u"REJECTED"},
    StatusName{TemplateStatus::Paused, u"PAUSED"},
    StatusName{TemplateStatus::Disabled, u"DISABLED"},
    StatusName{TemplateStatus::InAppeal, u"IN_APPEAL"},
    StatusName{TemplateStatus::PendingDeletion, u"PENDING_DELETION"},
    StatusName{TemplateStatus::Deleted, u"DELETED"},
    StatusName{TemplateStatus::Flagged, u"FLAGGED"},
    StatusName{TemplateStatus::LimitExceeded, u"LIMIT_EXCEEDED"},
    StatusName{TemplateStatus::Archived, u"ARCHIVED"},
    StatusName{TemplateStatus::Unarchived, u"UNARCHIVED"},
    StatusName{TemplateStatus::Locked, u"LOCKED"},
    StatusName{TemplateStatus::Reinstated, u"REINSTATED"},
};

struct ReasonText
{
    QStringView wire;
    const char *text;
};

// Meta's `reason` and `other_info.title` values, in words an agent understands.
constexpr std::array kReasons{
    ReasonText{u"ABUSIVE_CONTENT", QT_TRANSLATE_NOOP("Deskline::Core", "abusive content")},
    ReasonText{u"CATEGORY_NOT_AVAILABLE", QT_TRANSLATE_NOOP("Deskline::Core", "the category is not available")},
    ReasonText{u"INCORRECT_CATEGORY", QT_TRANSLATE_NOOP("Deskline::Core", "the category does not match the content")},
    ReasonText{u"INVALID_FORMAT", QT_TRANSLATE_NOOP("Deskline::Core", "the format is invalid")},
    ReasonText{u"PROMOTIONAL", QT_TRANSLATE_NOOP("Deskline::Core", "promotional content in a non-marketing template")},
    ReasonText{u"SCAM", QT_TRANSLATE_NOOP("Deskline::Core", "suspected scam")},
    ReasonText{u"TAG_CONTENT_MISMATCH", QT_TRANSLATE_NOOP("Deskline::Core", "the content does not match the declared purpose")},
    ReasonText{u"FIRST_PAUSE", QT_TRANSLATE_NOOP("Deskline::Core", "first pause for low quality, 3 hours")},
    ReasonText{u"SECOND_PAUSE", QT_TRANSLATE_NOOP("Deskline::Core", "second pause for low quality, 6 hours")},
    ReasonText{u"RATE_LIMITING_PAUSE", QT_TRANSLATE_NOOP("Deskline::Core", "paused while its sending rate is limited")},
};

QString reasonText(const QString &reason)
{
    for (const auto &r : kReasons) {
        if (r.wire == reason)
            return QCoreApplication::translate(kTrContext, r.text);
    }
    return reason;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

QStringList orderedParameters(const QString &text)
{
    QStringList names = TemplateComposer::placeholders(text);
    if (std::all_of(names.begin(), names.end(), isNumber)) {
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    return names;
}

// Meta refuses parameter text with line breaks, tabs or more than four consecutive spaces.
bool isValidParameterText(const QString &value)
{
    return !value.contains(u'\n') && !value.contains(u'\r') && !value.contains(u'\t')
        && !value.contains(QStringLiteral("     "));
}

QString buttonLabel(const MessageTemplate &tmpl, int index)
{
    if (index >= 0 && index < tmpl.buttons.size() && !tmpl.buttons.at(index).text.isEmpty())
        return tmpl.buttons.at(index).text;
    return QLocale().toString(index + 1);
}

QString urlVariableName(const TemplateButton &b)
{
    const QStringList names = TemplateComposer::placeholders(b.url);
    return names.isEmpty() ? QString() : names.first();
}

using Issue = TemplateIssue;

void checkTextPart(QList<Issue> &issues, Issue::Part part, const QStringList &params,
                   const QHash<QString, QString> &values, const QString &text, qsizetype limit,
                   Issue::Code tooLong)
{
    for (const QString &p : params) {
        const QString value = values.value(p);
        if (value.trimmed().isEmpty())
            issues.append({Issue::Code::MissingParameter, part, p});
        else if (!isValidParameterText(value))
            issues.append({Issue::Code::InvalidParameterText, part, p});
    }
    QStringList extra;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!params.contains(it.key()))
            extra.append(it.key());
    }
    std::sort(extra.begin(), extra.end());
    for (const QString &p : extra)
        issues.append({Issue::Code::ExtraParameter, part, p});
    const qsizetype length = characterCount(TemplateComposer::hydrate(text, values));
    if (length > limit) {
        Issue i{tooLong, part};
        i.limit = limit;
        i.actual = length;
        issues.append(i);
    }
}

QJsonObject textParameter(const QString &name, const QString &value, ParameterFormat format)
{
    QJsonObject p{{QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("text"), value}};
    if (format == ParameterFormat::Named)
        p.insert(QStringLiteral("parameter_name"), name);
    return p;
}

QString mediaKey(HeaderFormat f)
{
    switch (f) {
    case HeaderFormat::Image:
        return QStringLiteral("image");
    case HeaderFormat::Video:
        return QStringLiteral("video");
    case HeaderFormat::Document:
        return QStringLiteral("document");
    default:
        return QString();
    }
}

} // namespace

// ---- categories and statuses --------------------------------------------------------------

TemplateCategory templateCategoryFromWire(QStringView category)
{
    for (const auto &c : kCategories) {
        if (c.wire.compare(category, Qt::CaseInsensitive) == 0)
            return c.category;
    }
    return TemplateCategory::Unrecognized;
}

QString wireName(TemplateCategory category)
{
    for (const auto &c : kCategories) {
        if (c.category == category)
            return c.wire.toString();
    }
    return QString();
}

QString displayName(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Marketing:
        //: Template category
        return Tr::tr("Marketing");
    case TemplateCategory::Utility:
        //: Template category
        return Tr::tr("Utility");
    case TemplateCategory::Authentication:
        //: Template category
        return Tr::tr("Authentication");
    case TemplateCategory::Unrecognized:
        break;
    }
    return Tr::tr("Other");
}

TemplateStatusInfo TemplateStatusInfo::fromWire(QStringView status, QStringView reason)
{
    TemplateStatusInfo info;
    info.status = TemplateStatus::Unrecognized;
    info.raw = status.toString();
    info.reason = reason.toString();
    if (info.reason.compare(u"NONE", Qt::CaseInsensitive) == 0)
        info.reason.clear();
    for (const auto &s : kStatuses) {
        if (s.wire.compare(status, Qt::CaseInsensitive) == 0)
            info.status = s.status;
    }
    return info;
}

QString TemplateStatusInfo::displayName() const
{
    switch (status) {
    case TemplateStatus::Approved:
        //: Template status
        return Tr::tr("Approved");
    case TemplateStatus::Pending:
        //: Template status
        return Tr::tr("In review");
    case TemplateStatus::Rejected:
        //: Template status
        return Tr::tr("Rejected");
    case TemplateStatus::Paused:
        //: Template status
        return Tr::tr("Paused");
    case TemplateStatus::Disabled:
        //: Template status
        return Tr::tr("Disabled");
    case TemplateStatus::InAppeal:
        //: Template status
        return Tr::tr("In appeal");
    case TemplateStatus::PendingDeletion:
        //: Template status
        return Tr::tr("Being deleted");
    case TemplateStatus::Deleted:
        //: Template status
        return Tr::tr("Deleted");
    case TemplateStatus::Flagged:
        //: Template status
        return Tr::tr("Flagged");
    case TemplateStatus::LimitExceeded:
        //: Template status
        return Tr::tr("Over the template limit");
    case TemplateStatus::Archived:
        //: Template status
        return Tr::tr("Archived");
    case TemplateStatus::Unarchived:
        //: Template status
        return Tr::tr("Unarchived");
    case TemplateStatus::Locked:
        //: Template status
        return Tr::tr("Locked");
    case TemplateStatus::Reinstated:
        //: Template status
        return Tr::tr("Reinstated");
    case TemplateStatus::Unrecognized:
        break;
    }
    //: %1 is a template status this version does not know, shown as Meta sent it
    return Tr::tr("Unrecognised status (%1)").arg(raw);
}

QString TemplateStatusInfo::explanation() const
{
    QString text;
    switch (status) {
    case TemplateStatus::Approved:
        return QString();
    case TemplateStatus::Pending:
        text = Tr::tr("It is waiting for Meta's review.");
        break;
    case TemplateStatus::Rejected:
        text = Tr::tr("Meta rejected it. An administrator can edit it and submit it again.");
        break;
    case TemplateStatus::Paused:
        text = Tr::tr("It is paused because customers gave it negative feedback. It resumes by itself after the pause (3 hours the first time, 6 hours the second).");
        break;
    case TemplateStatus::Disabled:
        text = Tr::tr("It was disabled after repeated negative feedback. Use or create another template.");
        break;
    case TemplateStatus::InAppeal:
        text = Tr::tr("Its rejection is being appealed. Wait for Meta's decision.");
        break;
    case TemplateStatus::PendingDeletion:
    case TemplateStatus::Deleted:
        text = Tr::tr("It has been deleted.");
        break;
    case TemplateStatus::Flagged:
        text = Tr::tr("Meta flagged it for low quality. It can be sent again once it is approved.");
        break;
    case TemplateStatus::LimitExceeded:
        text = Tr::tr("The account has reached its limit on templates, so this one is not active.");
        break;
    case TemplateStatus::Archived:
        text = Tr::tr("It is archived. An administrator can unarchive it in WhatsApp Manager.");
        break;
    case TemplateStatus::Unarchived:
    case TemplateStatus::Reinstated:
        text = Tr::tr("It can be sent once Meta reports it as approved again.");
        break;
    case TemplateStatus::Locked:
        text = Tr::tr("Meta has locked it.");
        break;
    case TemplateStatus::Unrecognized:
        //: %1 is a template status as Meta sent it
        text = Tr::tr("Its status (%1) is not one Deskline knows, so it is not offered for sending.").arg(raw);
        break;
    }
    if (!reason.isEmpty()) {
        //: %1 is an explanation, %2 the reason Meta gave
        text = Tr::tr("%1 Reason: %2.").arg(text, reasonText(reason));
    }
    return text;
}

// ---- definition ---------------------------------------------------------------------------

bool TemplateButton::hasUrlVariable() const
{
    return type == ButtonType::Url && !TemplateComposer::placeholders(url).isEmpty();
}

QStringList MessageTemplate::headerParameters() const
{
    return headerFormat == HeaderFormat::Text ? orderedParameters(headerText) : QStringList();
}

QStringList MessageTemplate::bodyParameters() const
{
    return orderedParameters(bodyText);
}

qsizetype characterCount(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QStringList TemplateComposer::placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QStringList names;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString TemplateComposer::hydrate(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value != values.cend() && !value->isEmpty() ? *value : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QList<TemplateIssue> TemplateComposer::validateDefinition(const MessageTemplate &tmpl)
{
    QList<Issue> issues;
    const QStringList header = tmpl.headerParameters();
    const QStringList body = tmpl.bodyParameters();
    const QStringList all = header + body;
    const bool anyNumber = std::any_of(all.begin(), all.end(), isNumber);
    const bool anyName = !std::all_of(all.begin(), all.end(), isNumber);
    bool ok = !(anyNumber && anyName);
    if (tmpl.parameterFormat == ParameterFormat::Positional && anyName)
        ok = false;
    if (tmpl.parameterFormat == ParameterFormat::Named && anyNumber)
        ok = false;
    if (ok && tmpl.parameterFormat == ParameterFormat::Positional) {
        for (const QStringList &part : {header, body}) {
            for (qsizetype i = 0; i < part.size(); ++i) {
                if (part.at(i).toInt() != i + 1)
                    ok = false;
            }
        }
    }
    if (!ok)
        issues.append({Issue::Code::InvalidDefinition, Issue::Part::Template});
    const qsizetype footer = characterCount(tmpl.footerText);
    if (footer > TemplateLimits::kFooter) {
        Issue i{Issue::Code::FooterTooLong, Issue::Part::Footer};
        i.limit = TemplateLimits::kFooter;
        i.actual = footer;
        issues.append(i);
    }
    return issues;
}

QList<TemplateIssue> TemplateComposer::validate(const MessageTemplate &tmpl,
                                                const TemplateArguments &args)
{
    QList<Issue> issues;
    if (!tmpl.status.canSend())
        issues.append({Issue::Code::NotApproved, Issue::Part::Template});
    issues += validateDefinition(tmpl);

    // Header
    switch (tmpl.headerFormat) {
    case HeaderFormat::Text:
        checkTextPart(issues, Issue::Part::Header, tmpl.headerParameters(), args.header,
                      tmpl.headerText, TemplateLimits::kHeaderText, Issue::Code::HeaderTooLong);
        break;
    case HeaderFormat::Image:
    case HeaderFormat::Video:
    case HeaderFormat::Document:
        if (args.headerMedia.isEmpty())
            issues.append({Issue::Code::MissingHeaderMedia, Issue::Part::Header});
        break;
    case HeaderFormat::Location:
        if (!args.headerLocation)
            issues.append({Issue::Code::MissingHeaderLocation, Issue::Part::Header});
        break;
    case HeaderFormat::None:
        break;
    }
    if (tmpl.headerFormat != HeaderFormat::Text) {
        QStringList extra = args.header.keys();
        std::sort(extra.begin(), extra.end());
        for (const QString &p : extra)
            issues.append({Issue::Code::ExtraParameter, Issue::Part::Header, p});
    }
    const bool takesMedia = !mediaKey(tmpl.headerFormat).isEmpty();
    if (!takesMedia && (!args.headerMedia.isEmpty() || !args.headerMedia.filename.isEmpty()))
        issues.append({Issue::Code::UnexpectedHeaderMedia, Issue::Part::Header});

    // Body
    checkTextPart(issues, Issue::Part::Body, tmpl.bodyParameters(), args.body, tmpl.bodyText,
                  TemplateLimits::kBody, Issue::Code::BodyTooLong);

    // Buttons
    QList<int> indexes = args.buttons.keys();
    std::sort(indexes.begin(), indexes.end());
    for (const int index : indexes) {
        if (index < 0 || index >= tmpl.buttons.size()) {
            Issue i{Issue::Code::UnexpectedButtonValue, Issue::Part::Button};
            i.buttonIndex = index;
            issues.append(i);
        }
    }
    for (int index = 0; index < tmpl.buttons.size(); ++index) {
        const TemplateButton &b = tmpl.buttons.at(index);
        const QString value = args.buttons.value(index);
        Issue i{Issue::Code::MissingButtonValue, Issue::Part::Button};
        i.buttonIndex = index;
        if (b.hasUrlVariable()) {
            i.parameter = urlVariableName(b);
            if (value.trimmed().isEmpty()) {
                issues.append(i);
                continue;
            }
            const qsizetype length =
                characterCount(hydrate(b.url, {{urlVariableName(b), value}}));
            if (length > TemplateLimits::kUrl) {
                i.code = Issue::Code::ButtonValueTooLong;
                i.limit = TemplateLimits::kUrl;
                i.actual = length;
                issues.append(i);
            }
        } else if (b.type == ButtonType::CopyCode) {
            if (value.trimmed().isEmpty()) {
                issues.append(i);
                continue;
            }
            const qsizetype length = characterCount(value);
            if (length > TemplateLimits::kCopyCode) {
                i.code = Issue::Code::ButtonValueTooLong;
                i.limit = TemplateLimits::kCopyCode;
                i.actual = length;
                issues.append(i);
            }
        } else if ((b.type == ButtonType::Url || b.type == ButtonType::PhoneNumber)
                   && args.buttons.contains(index)) {
            i.code = Issue::Code::UnexpectedButtonValue;
            issues.append(i);
        }
    }
    return issues;
}

QString TemplateIssue::message(const MessageTemplate &tmpl) const
{
    const QLocale locale;
    const QString name = QStringLiteral("{{") + parameter + QStringLiteral("}}");
    switch (code) {
    case Code::NotApproved:
        //: %1 is the template name, %2 why it cannot be sent
        return Tr::tr("Template “%1” cannot be sent. %2").arg(tmpl.name, tmpl.status.explanation());
    case Code::InvalidDefinition:
        return Tr::tr("Template “%1” mixes numbered and named values or skips a number. An administrator must fix it in WhatsApp Manager.").arg(tmpl.name);
    case Code::MissingParameter:
        //: %1 is a placeholder such as {{1}} or {{first_name}}
        return part == Part::Header ? Tr::tr("Fill in %1 in the header.").arg(name)
                                    : Tr::tr("Fill in %1 in the message text.").arg(name);
    case Code::ExtraParameter:
        return part == Part::Header
            ? Tr::tr("The header has no %1; remove that value.").arg(name)
            : Tr::tr("The message text has no %1; remove that value.").arg(name);
    case Code::InvalidParameterText:
        return Tr::tr("The value for %1 cannot contain line breaks, tabs or more than four spaces in a row.").arg(name);
    case Code::HeaderTooLong:
        //: %1 is the length, %2 the limit, both in characters
        return Tr::tr("The header is %1 characters long once filled in; the limit is %2.")
            .arg(locale.toString(actual), locale.toString(limit));
    case Code::BodyTooLong:
        return Tr::tr("The message text is %1 characters long once filled in; the limit is %2.")
            .arg(locale.toString(actual), locale.toString(limit));
    case Code::FooterTooLong:
        return Tr::tr("The footer is %1 characters long; the limit is %2.")
            .arg(locale.toString(actual), locale.toString(limit));
    case Code::MissingHeaderMedia:
        switch (tmpl.headerFormat) {
        case HeaderFormat::Video:
            return Tr::tr("Attach a video for the header.");
        case HeaderFormat::Document:
            return Tr::tr("Attach a document for the header.");
        default:
            return Tr::tr("Attach an image for the header.");
        }
    case Code::UnexpectedHeaderMedia:
        return Tr::tr("This template's header takes no attachment; remove it.");
    case Code::MissingHeaderLocation:
        return Tr::tr("Choose a location for the header.");
    case Code::MissingButtonValue:
        //: %1 is a button label
        return tmpl.buttons.value(buttonIndex).type == ButtonType::CopyCode
            ? Tr::tr("Enter the code for button “%1”.").arg(buttonLabel(tmpl, buttonIndex))
            : Tr::tr("Enter the end of the web address for button “%1”.").arg(buttonLabel(tmpl, buttonIndex));
    case Code::ButtonValueTooLong:
        //: %1 is a button label, %2 the length, %3 the limit, in characters
        return (tmpl.buttons.value(buttonIndex).type == ButtonType::CopyCode
                    ? Tr::tr("The code for button “%1” is %2 characters long; the limit is %3.")
                    : Tr::tr("The web address of button “%1” is %2 characters long; the limit is %3."))
            .arg(buttonLabel(tmpl, buttonIndex), locale.toString(actual), locale.toString(limit));
    case Code::UnexpectedButtonValue:
        return Tr::tr("Button “%1” takes no value; remove it.").arg(buttonLabel(tmpl, buttonIndex));
    }
    return QString();
}

// ---- preview and send ---------------------------------------------------------------------

TemplatePreview TemplateComposer::preview(const MessageTemplate &tmpl, const TemplateArguments &args)
{
    TemplatePreview p;
    p.headerFormat = tmpl.headerFormat;
    switch (tmpl.headerFormat) {
    case HeaderFormat::Text:
        p.header = hydrate(tmpl.headerText, args.header);
        break;
    case HeaderFormat::Image:
    case HeaderFormat::Video:
    case HeaderFormat::Document:
        p.header = !args.headerMedia.filename.isEmpty() ? args.headerMedia.filename
            : !args.headerMedia.link.isEmpty()          ? args.headerMedia.link.fileName()
                                                        : args.headerMedia.id;
        break;
    case HeaderFormat::Location:
        if (args.headerLocation) {
            p.header = !args.headerLocation->name.isEmpty()
                ? args.headerLocation->name
                : QLocale().toString(args.headerLocation->latitude) + QStringLiteral(", ")
                    + QLocale().toString(args.headerLocation->longitude);
        }
        break;
    case HeaderFormat::None:
        break;
    }
    p.body = hydrate(tmpl.bodyText, args.body);
    p.footer = tmpl.footerText;
    for (int index = 0; index < tmpl.buttons.size(); ++index) {
        const TemplateButton &b = tmpl.buttons.at(index);
        TemplatePreview::Button pb{b.type, b.text, QString()};
        switch (b.type) {
        case ButtonType::Url:
            pb.target = b.hasUrlVariable()
                ? hydrate(b.url, {{urlVariableName(b), args.buttons.value(index)}})
                : b.url;
            break;
        case ButtonType::PhoneNumber:
            pb.target = b.phoneNumber;
            break;
        case ButtonType::CopyCode:
            pb.target = args.buttons.value(index);
            break;
        case ButtonType::QuickReply:
        case ButtonType::Other:
            break;
        }
        p.buttons.append(pb);
    }
    return p;
}

QJsonArray TemplateComposer::buildComponents(const MessageTemplate &tmpl,
                                             const TemplateArguments &args)
{
    QJsonArray components;
    const QString type = QStringLiteral("type");
    const QString parameters = QStringLiteral("parameters");

    // Header
    QJsonArray header;
    if (tmpl.headerFormat == HeaderFormat::Text) {
        for (const QString &p : tmpl.headerParameters())
            header.append(textParameter(p, args.header.value(p), tmpl.parameterFormat));
    } else if (const QString key = mediaKey(tmpl.headerFormat); !key.isEmpty()) {
        QJsonObject media;
        if (!args.headerMedia.id.isEmpty())
            media.insert(QStringLiteral("id"), args.headerMedia.id);
        else
            media.insert(QStringLiteral("link"), args.headerMedia.link.toString());
        if (tmpl.headerFormat == HeaderFormat::Document && !args.headerMedia.filename.isEmpty())
            media.insert(QStringLiteral("filename"), args.headerMedia.filename);
        header.append(QJsonObject{{type, key}, {key, media}});
    } else if (tmpl.headerFormat == HeaderFormat::Location && args.headerLocation) {
        const auto &l = *args.headerLocation;
        QJsonObject location{{QStringLiteral("latitude"), l.latitude},
                             {QStringLiteral("longitude"), l.longitude}};
        if (!l.name.isEmpty())
            location.insert(QStringLiteral("name"), l.name);
        if (!l.address.isEmpty())
            location.insert(QStringLiteral("address"), l.address);
        header.append(QJsonObject{{type, QStringLiteral("location")},
                                  {QStringLiteral("location"), location}});
    }
    if (!header.isEmpty())
        components.append(QJsonObject{{type, QStringLiteral("header")}, {parameters, header}});

    // Body
    QJsonArray body;
    for (const QString &p : tmpl.bodyParameters())
        body.append(textParameter(p, args.body.value(p), tmpl.parameterFormat));
    if (!body.isEmpty())
        components.append(QJsonObject{{type, QStringLiteral("body")}, {parameters, body}});

    // Buttons
    for (int index = 0; index < tmpl.buttons.size(); ++index) {
        const TemplateButton &b = tmpl.buttons.at(index);
        const auto value = args.buttons.constFind(index);
        QJsonObject parameter;
        QString subType;
        if (b.hasUrlVariable() && value != args.buttons.cend()) {
            subType = QStringLiteral("url");
            parameter = {{type, QStringLiteral("text")}, {QStringLiteral("text"), *value}};
        } else if (b.type == ButtonType::QuickReply && value != args.buttons.cend()) {
            subType = QStringLiteral("quick_reply");
            parameter = {{type, QStringLiteral("payload")}, {QStringLiteral("payload"), *value}};
        } else if (b.type == ButtonType::CopyCode && value != args.buttons.cend()) {
            subType = QStringLiteral("copy_code");
            parameter = {{type, QStringLiteral("coupon_code")},
                         {QStringLiteral("coupon_code"), *value}};
        } else {
            continue;
        }
        components.append(QJsonObject{{type, QStringLiteral("button")},
                                      {QStringLiteral("sub_type"), subType},
                                      {QStringLiteral("index"), index},
                                      {parameters, QJsonArray{parameter}}});
    }
    return components;
}

// ---- free-form ----------------------------------------------------------------------------

std::optional<FreeFormIssue> validateFreeFormText(QStringView text)
{
    if (text.trimmed().isEmpty())
        return FreeFormIssue{FreeFormIssue::Code::Empty, 0};
    const qsizetype length = characterCount(text);
    if (length > TemplateLimits::kFreeFormText)
        return FreeFormIssue{FreeFormIssue::Code::TooLong, length};
    return std::nullopt;
}

QString FreeFormIssue::message() const
{
    const QLocale locale;
    switch (code) {
    case Code::Empty:
        return Tr::tr("Type a message first.");
    case Code::TooLong:
        //: %1 is the length, %2 the limit, both in characters
        return Tr::tr("The message is %1 characters long; the limit is %2.")
            .arg(locale.toString(actual), locale.toString(TemplateLimits::kFreeFormText));
    }
    return QString();
}

} // namespace Deskline
