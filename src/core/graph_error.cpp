#include "graph_error.h"

#include "tr.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <array>

namespace Deskline {

namespace {

using R = RetryClass;

struct Entry
{
    int code;
    R retry;
    qint64 minimumDelaySeconds;
    int maxAttempts;
    int httpStatus;
    const char *metaTitle;
    const char *meaning;
    const char *advice;
};

// Sources: shared/reference/cloud-api-facts.md §3 (Meta's error-code page and Graph error
// handling guide). Retry advice follows Meta's suggested fixes.
constexpr std::array kEntries{
    Entry{0, R::AfterUserAction, 0, 1, 401, "AuthException",
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline could not sign in to WhatsApp."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to renew the WhatsApp access token, then send again.")},
    Entry{1, R::RetryLater, 5, 4, 400, "API Unknown",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp had an unexpected problem."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again shortly. If it keeps happening, check Meta's status page.")},
    Entry{2, R::RetryLater, 10, 5, 503, "API Service",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp is temporarily unavailable."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again automatically.")},
    Entry{3, R::AfterUserAction, 0, 1, 500, "API Method",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp account is not allowed to do this."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to check the app's permissions.")},
    Entry{4, R::RetryLater, 60, 6, 400, "API Too Many Calls",
          QT_TRANSLATE_NOOP("Deskline::Core", "Too many requests to WhatsApp in a short time."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will slow down and try again.")},
    Entry{10, R::AfterUserAction, 0, 1, 403, "Permission Denied",
          QT_TRANSLATE_NOOP("Deskline::Core", "Permission to use this WhatsApp feature is missing."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to grant the permission, then try again.")},
    Entry{100, R::AfterUserAction, 0, 1, 400, "Invalid parameter",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp rejected part of this message as invalid."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Check the message, its attachment and template values, then send again.")},
    Entry{190, R::AfterUserAction, 0, 1, 401, "Access token has expired",
          QT_TRANSLATE_NOOP("Deskline::Core", "The WhatsApp access token is no longer valid."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to renew the WhatsApp access token, then send again.")},
    Entry{200, R::AfterUserAction, 0, 1, 403, "API Permission",
          QT_TRANSLATE_NOOP("Deskline::Core", "Permission to use this WhatsApp feature is missing."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to grant the permission, then try again.")},
    Entry{368, R::AfterUserAction, 0, 1, 403, "Temporarily blocked for policies violations",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp has temporarily blocked this account for a policy violation."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Sending is possible again when the block ends. An administrator can see the details in WhatsApp Manager.")},
    Entry{80007, R::RetryLater, 300, 5, 400, "Rate limit issues",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Business account has reached its request limit."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again later.")},
    Entry{130429, R::RetryLater, 1, 8, 400, "Rate limit hit",
          QT_TRANSLATE_NOOP("Deskline::Core", "This line is sending faster than WhatsApp allows."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will send it again in a moment.")},
    Entry{130472, R::Never, 0, 1, 400, "User's number is part of an experiment",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp did not deliver this marketing message because the customer is part of a Meta experiment."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Reach the customer with a utility message or wait for them to write.")},
    Entry{130497, R::Never, 0, 1, 403, "Business account is restricted from messaging users in this country",
          QT_TRANSLATE_NOOP("Deskline::Core", "This account may not message customers in this country."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to check the account's restrictions.")},
    Entry{131000, R::RetrySoon, 2, 3, 500, "Something went wrong",
          QT_TRANSLATE_NOOP("Deskline::Core", "Something went wrong at WhatsApp."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try a few more times. If it keeps failing, report it to an administrator.")},
    Entry{131005, R::AfterUserAction, 0, 1, 403, "Access denied",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp denied access."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to check the app's permissions.")},
    Entry{131008, R::AfterUserAction, 0, 1, 400, "Required parameter is missing",
          QT_TRANSLATE_NOOP("Deskline::Core", "Something the message needs is missing."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Fill in every required field, then send again.")},
    Entry{131009, R::AfterUserAction, 0, 1, 400, "Parameter value is not valid",
          QT_TRANSLATE_NOOP("Deskline::Core", "A value in this message is not valid."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Check the message. Reactions work only on messages from the last 30 days.")},
    Entry{131016, R::RetrySoon, 5, 4, 500, "Service unavailable",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp is temporarily unavailable."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again automatically.")},
    Entry{131021, R::Never, 0, 1, 400, "Recipient cannot be sender",
          QT_TRANSLATE_NOOP("Deskline::Core", "A line cannot send a message to itself."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Choose a different recipient.")},
    Entry{131026, R::Never, 0, 1, 400, "Message Undeliverable",
          QT_TRANSLATE_NOOP("Deskline::Core", "The message could not be delivered: the number may not use WhatsApp, or the customer's app is too old."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Contact the customer another way.")},
    Entry{131030, R::AfterUserAction, 0, 1, 400, "Recipient phone number not in allowed list",
          QT_TRANSLATE_NOOP("Deskline::Core", "This test line may only message numbers on its allowed list."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Add the number to the allowed list in WhatsApp Manager, or use a live line.")},
    Entry{131031, R::AfterUserAction, 0, 1, 403, "Business Account locked",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Business account is locked."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to resolve the lock in WhatsApp Manager.")},
    Entry{131037, R::AfterUserAction, 0, 1, 400, "WhatsApp provided number needs display name approval before message can be sent",
          QT_TRANSLATE_NOOP("Deskline::Core", "This line's display name has not been approved yet."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Sending starts once Meta approves the display name.")},
    Entry{131042, R::AfterUserAction, 0, 1, 400, "Business eligibility payment issue",
          QT_TRANSLATE_NOOP("Deskline::Core", "There is a billing problem with this WhatsApp Business account."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to fix the payment method, then send again.")},
    Entry{131045, R::AfterUserAction, 0, 1, 500, "Incorrect certificate",
          QT_TRANSLATE_NOOP("Deskline::Core", "This line is not registered with WhatsApp."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to register the phone number.")},
    Entry{131047, R::AfterUserAction, 0, 1, 400, "Re-engagement message",
          QT_TRANSLATE_NOOP("Deskline::Core", "More than 24 hours have passed since the customer last wrote, so a free-form message cannot be delivered."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Send an approved template instead.")},
    Entry{131048, R::Never, 0, 1, 400, "Spam rate limit hit",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp is limiting this line because customers blocked or reported its messages."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Send fewer messages for now and review the templates' quality.")},
    Entry{131049, R::Never, 0, 1, 400, "This message was not delivered to maintain healthy ecosystem engagement.",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp chose not to deliver this marketing message (the customer's marketing limit)."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Do not resend it now; try again in a day or more, or wait for the customer to write.")},
    Entry{131050, R::Never, 0, 1, 400, "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business",
          QT_TRANSLATE_NOOP("Deskline::Core", "The customer has asked not to receive marketing messages from this business."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Do not send marketing templates to this customer.")},
    Entry{131051, R::Never, 0, 1, 400, "Message type unknown",
          QT_TRANSLATE_NOOP("Deskline::Core", "This message type is not supported."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Send the content in a supported form, such as text or an image.")},
    Entry{131052, R::Never, 0, 1, 400, "Media download error",
          QT_TRANSLATE_NOOP("Deskline::Core", "The customer's attachment could not be downloaded."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask the customer to send the file again.")},
    Entry{131053, R::AfterUserAction, 0, 1, 400, "Media upload error",
          QT_TRANSLATE_NOOP("Deskline::Core", "The attachment could not be uploaded, often because of its file type."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Check the file's type and size, then attach it again.")},
    Entry{131056, R::RetryLater, 1, 6, 400, "(Business Account, Consumer Account) pair rate limit hit",
          QT_TRANSLATE_NOOP("Deskline::Core", "Too many messages to this customer in a short time."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will wait and send it again. Other customers are not affected.")},
    Entry{131057, R::RetryLater, 60, 4, 400, "Account in maintenance mode",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Business account is in maintenance, for example during a throughput upgrade."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again in about a minute.")},
    Entry{131062, R::AfterUserAction, 0, 1, 400, "Business-scoped user ID recipients are not supported for this message",
          QT_TRANSLATE_NOOP("Deskline::Core", "This kind of message cannot be sent to a customer known only by a business-scoped user ID."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Send it to the customer's phone number instead.")},
    Entry{132000, R::AfterUserAction, 0, 1, 400, "Number of parameters does not match the expected number of params",
          QT_TRANSLATE_NOOP("Deskline::Core", "The template's values do not match the template."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Fill in exactly the values the template asks for, then send again.")},
    Entry{132001, R::AfterUserAction, 0, 1, 404, "Template name does not exist in the translation",
          QT_TRANSLATE_NOOP("Deskline::Core", "This template does not exist in this language, or it is not approved."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Pick another template or language, or ask an administrator to check the template.")},
    Entry{132005, R::AfterUserAction, 0, 1, 400, "Translated text too long",
          QT_TRANSLATE_NOOP("Deskline::Core", "The template's text is too long once the values are filled in."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Shorten the values, then send again.")},
    Entry{132007, R::AfterUserAction, 0, 1, 400, "Template Format Character Policy Violated",
          QT_TRANSLATE_NOOP("Deskline::Core", "A template value breaks WhatsApp's formatting rules."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Remove line breaks, tabs and long runs of spaces from the values.")},
    Entry{132012, R::AfterUserAction, 0, 1, 400, "Parameter format does not match format in the created template",
          QT_TRANSLATE_NOOP("Deskline::Core", "A template value has the wrong format."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Check the values against the template, then send again.")},
    Entry{132015, R::RetryLater, 3 * 3600, 2, 400, "Template is Paused",
          QT_TRANSLATE_NOOP("Deskline::Core", "This template is paused because of low quality."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Use another template, or wait until the pause ends (3 hours the first time, 6 hours the second).")},
    Entry{132016, R::Never, 0, 1, 400, "Template is Disabled",
          QT_TRANSLATE_NOOP("Deskline::Core", "This template has been disabled because of low quality."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Use another template.")},
    Entry{132068, R::Never, 0, 1, 400, "Flow is in blocked state",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Flow is blocked."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to fix the flow.")},
    Entry{132069, R::RetryLater, 60, 4, 400, "Flow is in throttled state",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Flow is being throttled."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again later.")},
    Entry{133000, R::AfterUserAction, 0, 1, 400, "Incomplete deregistration",
          QT_TRANSLATE_NOOP("Deskline::Core", "A previous deregistration of this number did not finish."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to deregister the number again.")},
    Entry{133004, R::RetrySoon, 5, 4, 503, "Server temporarily unavailable",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp is temporarily unavailable."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again automatically.")},
    Entry{133005, R::AfterUserAction, 0, 1, 400, "Two step verification PIN Mismatch",
          QT_TRANSLATE_NOOP("Deskline::Core", "The two-step verification PIN is wrong."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator for the correct PIN.")},
    Entry{133006, R::AfterUserAction, 0, 1, 400, "Phone number re-verification needed",
          QT_TRANSLATE_NOOP("Deskline::Core", "The phone number has to be verified again."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to verify the number.")},
    Entry{133008, R::RetryLater, 3600, 1, 400, "Too many two step verification PIN guesses",
          QT_TRANSLATE_NOOP("Deskline::Core", "Too many wrong PIN attempts."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Wait before trying again; the error details say how long.")},
    Entry{133009, R::RetryLater, 60, 1, 400, "Two step verification PIN Guessed Too Fast",
          QT_TRANSLATE_NOOP("Deskline::Core", "PIN attempts were made too quickly."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Wait before trying again; the error details say how long.")},
    Entry{133010, R::AfterUserAction, 0, 1, 400, "Phone number Not Registered",
          QT_TRANSLATE_NOOP("Deskline::Core", "This line is not registered with WhatsApp."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to register the phone number.")},
    Entry{133015, R::RetryLater, 300, 2, 400, "Please wait a few minutes before attempting to register this phone number",
          QT_TRANSLATE_NOOP("Deskline::Core", "This number was deleted recently."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Wait five minutes, then try again.")},
    Entry{133016, R::RetryLater, 3600, 2, 400, "Account register deregister rate limit exceeded",
          QT_TRANSLATE_NOOP("Deskline::Core", "Too many registration attempts for this number."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Wait before trying again.")},
    Entry{135000, R::AfterUserAction, 0, 1, 400, "Generic user error",
          QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp could not process this message."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Check the message and its attachments, then send again.")},
    Entry{137000, R::AfterUserAction, 0, 1, 400, "Identity key hash mismatch",
          QT_TRANSLATE_NOOP("Deskline::Core", "The customer's WhatsApp identity has changed since it was last checked."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Confirm who you are talking to before sending again.")},
    Entry{2494100, R::RetryLater, 300, 3, 400, "Account in maintenance mode",
          QT_TRANSLATE_NOOP("Deskline::Core", "This WhatsApp Business account is in maintenance."),
          QT_TRANSLATE_NOOP("Deskline::Core", "Deskline will try again in a few minutes.")},
};

struct SubcodeEntry
{
    int code;
    int subcode;
    const char *meaning;
};

constexpr std::array kSubcodes{
    SubcodeEntry{190, 463, QT_TRANSLATE_NOOP("Deskline::Core", "The WhatsApp access token has expired.")},
    SubcodeEntry{190, 460, QT_TRANSLATE_NOOP("Deskline::Core", "The WhatsApp access token was revoked because a password changed.")},
};

constexpr Entry kPermissionRange{200, R::AfterUserAction, 0, 1, 403, "API Permission",
                                 QT_TRANSLATE_NOOP("Deskline::Core", "Permission to use this WhatsApp feature is missing."),
                                 QT_TRANSLATE_NOOP("Deskline::Core", "Ask an administrator to grant the permission, then try again.")};

constexpr const char *kUnknownMeaning = QT_TRANSLATE_NOOP("Deskline::Core", "WhatsApp reported error %1.");
constexpr const char *kUnknownAdvice =
    QT_TRANSLATE_NOOP("Deskline::Core", "Deskline does not know this error. Check the message, or ask an administrator.");

constexpr qint64 kMaxDelaySeconds = 30 * 60;

GraphErrorInfo fromEntry(const Entry &e, int code)
{
    GraphErrorInfo info;
    info.code = code;
    info.known = true;
    info.retry = e.retry;
    info.minimumDelaySeconds = e.minimumDelaySeconds;
    info.maxAttempts = e.maxAttempts;
    info.httpStatus = e.httpStatus;
    info.metaTitle = QString::fromUtf8(e.metaTitle);
    info.meaningSource = e.meaning;
    info.adviceSource = e.advice;
    return info;
}

} // namespace

QString GraphErrorInfo::meaning() const
{
    if (!known)
        return QCoreApplication::translate(kTrContext, kUnknownMeaning).arg(code);
    return QCoreApplication::translate(kTrContext, meaningSource);
}

QString GraphErrorInfo::advice() const
{
    return QCoreApplication::translate(kTrContext, known ? adviceSource : kUnknownAdvice);
}

GraphErrorInfo GraphErrorCatalogue::lookup(int code, std::optional<int> subcode)
{
    GraphErrorInfo info;
    const auto it = std::find_if(kEntries.begin(), kEntries.end(),
                                 [code](const Entry &e) { return e.code == code; });
    if (it != kEntries.end())
        info = fromEntry(*it, code);
    else if (code > 200 && code <= 299)
        info = fromEntry(kPermissionRange, code);
    else {
        info.code = code;
        info.metaTitle = QString();
        return info;
    }
    if (subcode) {
        for (const auto &s : kSubcodes) {
            if (s.code == code && s.subcode == *subcode)
                info.meaningSource = s.meaning;
        }
    }
    return info;
}

std::optional<qint64> GraphErrorCatalogue::retryDelaySeconds(int code, int attempt)
{
    const GraphErrorInfo info = lookup(code);
    if (!info.isRetryable() || attempt < 1 || attempt >= info.maxAttempts)
        return std::nullopt;
    const qint64 base = std::max<qint64>(1, info.minimumDelaySeconds);
    // Meta for 131056: retry after 4^X seconds, X = 0, 1, 2, …; elsewhere doubling.
    const qint64 factor = code == 131056 ? 4 : 2;
    qint64 delay = base;
    for (int i = 1; i < attempt && delay < kMaxDelaySeconds; ++i)
        delay *= factor;
    return std::min(std::max(delay, info.minimumDelaySeconds), kMaxDelaySeconds);
}

QList<int> GraphErrorCatalogue::knownCodes()
{
    QList<int> codes;
    codes.reserve(static_cast<qsizetype>(kEntries.size()));
    for (const auto &e : kEntries)
        codes.append(e.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString displayName(RetryClass retry)
{
    switch (retry) {
    case RetryClass::RetrySoon:
        //: How an error is handled: Deskline retries it automatically within seconds
        return Tr::tr("Retrying shortly");
    case RetryClass::RetryLater:
        //: How an error is handled: Deskline retries later, slowing down
        return Tr::tr("Will retry later");
    case RetryClass::AfterUserAction:
        //: How an error is handled: someone has to fix something before it can be sent
        return Tr::tr("Needs action");
    case RetryClass::Never:
        //: How an error is handled: sending the same message again will not help
        return Tr::tr("Will not be retried");
    }
    return QString();
}

} // namespace Deskline
