#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Deskline {

// What to do about an error, as a sender (the hub's forwarder, the console's outbox) sees it.
enum class RetryClass {
    RetrySoon,       // transient: retry automatically within seconds
    RetryLater,      // throttled or busy: retry automatically with backoff, after minimumDelay
    AfterUserAction, // someone must change something first (token, template, billing, recipient)
    Never,           // resending the same message will fail the same way
};

// One Graph/Cloud API error code (facts §3.2) with its meaning in an agent's words. The
// catalogue is data: the texts are translated at the moment they are read.
struct GraphErrorInfo
{
    int code = 0;
    bool known = false;
    RetryClass retry = RetryClass::Never;
    qint64 minimumDelaySeconds = 0; // before the first automatic retry
    int maxAttempts = 1;            // automatic attempts in all, first send included
    int httpStatus = 400;           // what Meta answers with (the simulator uses it)
    QString metaTitle;              // Meta's English title, as in "(#131047) Re-engagement message"

    [[nodiscard]] QString meaning() const; // translated: what happened
    [[nodiscard]] QString advice() const;  // translated: what the agent can do now
    [[nodiscard]] bool isRetryable() const
    {
        return retry == RetryClass::RetrySoon || retry == RetryClass::RetryLater;
    }

    const char *meaningSource = nullptr; // untranslated source texts
    const char *adviceSource = nullptr;
};

class GraphErrorCatalogue
{
public:
    // Looks a code up; unknown codes get a generic entry that still names the code. A subcode
    // can refine the meaning (190/463: the token expired; 190/460: the password changed).
    static GraphErrorInfo lookup(int code, std::optional<int> subcode = std::nullopt);

    // Seconds to wait before automatic attempt number `attempt` (1 = the first retry), before
    // jitter. nullopt when no further automatic attempt should be made. 131056 follows Meta's
    // 4^X seconds; other throttles back off exponentially from their minimum delay.
    static std::optional<qint64> retryDelaySeconds(int code, int attempt);

    // Every code the catalogue knows, in ascending order (tests, docs, the simulator).
    static QList<int> knownCodes();
};

QString displayName(RetryClass retry); // translated

} // namespace Deskline
