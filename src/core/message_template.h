#pragma once

#include "account_health.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace Deskline {

enum class TemplateCategory { Marketing, Utility, Authentication, Unrecognized };
TemplateCategory templateCategoryFromWire(QStringView category);
QString wireName(TemplateCategory category);
QString displayName(TemplateCategory category);

enum class TemplateStatus {
    Approved,
    Pending,
    Rejected,
    Paused,
    Disabled,
    InAppeal,
    PendingDeletion,
    Deleted,
    Flagged,
    LimitExceeded,
    Archived,
    Unarchived,
    Locked,
    Reinstated,
    Unrecognized,
};

// A template's review status with Meta's reason (`reason`, `rejection_info.reason`,
// `other_info.title`) kept as sent. Only APPROVED templates can be sent.
struct TemplateStatusInfo
{
    TemplateStatus status = TemplateStatus::Pending;
    QString raw;
    QString reason; // e.g. INVALID_FORMAT, PROMOTIONAL, FIRST_PAUSE; may be empty

    static TemplateStatusInfo fromWire(QStringView status, QStringView reason = {});
    [[nodiscard]] bool canSend() const { return status == TemplateStatus::Approved; }
    [[nodiscard]] QString displayName() const; // translated status
    // Why it cannot be sent, in words an agent understands; empty when it can be sent.
    [[nodiscard]] QString explanation() const;
    friend bool operator==(const TemplateStatusInfo &, const TemplateStatusInfo &) = default;
};

enum class HeaderFormat { None, Text, Image, Video, Document, Location };
enum class ButtonType { QuickReply, Url, PhoneNumber, CopyCode, Other };
enum class ParameterFormat { Positional, Named };

struct TemplateButton
{
    ButtonType type = ButtonType::QuickReply;
    QString rawType;     // as Meta names it: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, FLOW, …
    QString text;        // the label
    QString url;         // URL buttons; may end in one variable, e.g. https://x.example/track/{{1}}
    QString phoneNumber; // PHONE_NUMBER buttons

    // A URL button whose address ends in a variable needs a suffix at send time.
    [[nodiscard]] bool hasUrlVariable() const;
};

// An approved (or not) template as the business defined it, in the language it was defined in.
struct MessageTemplate
{
    QString id;
    QString name;
    QString language; // e.g. en_US
    TemplateCategory category = TemplateCategory::Utility;
    TemplateStatusInfo status;
    Quality quality;
    ParameterFormat parameterFormat = ParameterFormat::Positional;

    HeaderFormat headerFormat = HeaderFormat::None;
    QString headerText;
    QString bodyText;
    QString footerText;
    QList<TemplateButton> buttons;

    // Parameter names in the order the send must list them: "1", "2", … for positional
    // templates (numeric order), names in order of first appearance for named ones.
    [[nodiscard]] QStringList headerParameters() const;
    [[nodiscard]] QStringList bodyParameters() const;
};

// What an agent fills in before sending a template. Keys are parameter names: "1", "2" for
// positional templates, "first_name" for named ones.
struct TemplateArguments
{
    QHash<QString, QString> header;
    QHash<QString, QString> body;

    struct Media
    {
        QString id;   // an uploaded media id…
        QUrl link;    // …or a public link
        QString filename; // documents
        [[nodiscard]] bool isEmpty() const { return id.isEmpty() && link.isEmpty(); }
    };
    Media headerMedia;

    struct Location
    {
        double latitude = 0;
        double longitude = 0;
        QString name;
        QString address;
    };
    std::optional<Location> headerLocation;

    // By button index: a URL suffix, a quick-reply payload or a copy-code coupon.
    QHash<int, QString> buttons;
};

// One precise reason a template cannot be sent as filled in.
struct TemplateIssue
{
    enum class Code {
        NotApproved,           // the template's status does not allow sending
        InvalidDefinition,     // the template mixes {{1}} and {{name}}, or skips a number
        MissingParameter,      // a {{…}} has no value (or an empty one)
        ExtraParameter,        // a value for a {{…}} the template does not have
        InvalidParameterText,  // line breaks, tabs or more than four spaces in a row
        HeaderTooLong,         // over 60 characters once filled in
        BodyTooLong,           // over 1024
        FooterTooLong,         // over 60
        MissingHeaderMedia,    // image/video/document header without an id or link
        UnexpectedHeaderMedia, // media given for a header that has none
        MissingHeaderLocation,
        MissingButtonValue,    // URL suffix or copy code not given
        ButtonValueTooLong,    // copy code over 15, URL over 2000
        UnexpectedButtonValue, // a value for a button that takes none
    };
    enum class Part { Template, Header, Body, Footer, Button };

    TemplateIssue(Code c, Part p, QString param = {}) : code(c), part(p), parameter(std::move(param)) { }

    Code code;
    Part part = Part::Template;
    QString parameter;   // the {{…}} name, when one is concerned
    int buttonIndex = -1;
    qsizetype limit = 0; // for the length rules
    qsizetype actual = 0;

    [[nodiscard]] QString message(const MessageTemplate &tmpl) const; // translated
};

struct TemplateLimits
{
    static constexpr qsizetype kHeaderText = 60;
    static constexpr qsizetype kBody = 1024;
    static constexpr qsizetype kFooter = 60;
    static constexpr qsizetype kFreeFormText = 4096;
    static constexpr qsizetype kCopyCode = 15;
    static constexpr qsizetype kUrl = 2000;
};

// Lengths are counted in Unicode characters (code points), as a person counts them.
qsizetype characterCount(QStringView text);

struct TemplatePreview
{
    HeaderFormat headerFormat = HeaderFormat::None;
    QString header; // the filled-in header text, or the media file name / location name
    QString body;
    QString footer;
    struct Button
    {
        ButtonType type;
        QString text;
        QString target; // the final URL, the phone number, the coupon code
    };
    QList<Button> buttons;
};

class TemplateComposer
{
public:
    // Every reason the template cannot be sent as filled in; empty when it can.
    static QList<TemplateIssue> validate(const MessageTemplate &tmpl, const TemplateArguments &args);
    // Problems with the definition itself, independent of any values.
    static QList<TemplateIssue> validateDefinition(const MessageTemplate &tmpl);
    // What the customer will see. Values not filled in stay visible as {{name}}.
    static TemplatePreview preview(const MessageTemplate &tmpl, const TemplateArguments &args);
    // The `template.components` array of a Cloud API send.
    static QJsonArray buildComponents(const MessageTemplate &tmpl, const TemplateArguments &args);
    // Fills {{name}} placeholders in `text` from `values`; unknown ones are left as they are.
    static QString hydrate(const QString &text, const QHash<QString, QString> &values);
    // Placeholder names in order of first appearance, without repeats.
    static QStringList placeholders(const QString &text);
};

// A free-form text message: not empty, at most 4096 characters.
struct FreeFormIssue
{
    enum class Code { Empty, TooLong };
    Code code;
    qsizetype actual = 0;
    [[nodiscard]] QString message() const;
};
std::optional<FreeFormIssue> validateFreeFormText(QStringView text);

} // namespace Deskline
