#include "retry_policy.h"

namespace Deskline::Net {

using std::chrono::milliseconds;

bool isTransientFailure(const HttpResult &result)
{
    switch (result.error) {
    case NetError::None:
        return result.status == 429 || (result.status >= 500 && result.status <= 599);
    case NetError::Aborted:
    case NetError::InvalidRequest:
        return false;
    case NetError::Timeout:
    case NetError::ConnectionRefused:
    case NetError::HostNotFound:
    case NetError::ConnectionClosed:
    case NetError::Tls:
    case NetError::Network:
        return true;
    }
    return false;
}

RetryPolicy transientRetryPolicy(RetryOptions options)
{
    return [options](const HttpResult &last, int attempt) -> std::optional<milliseconds> {
        if (attempt >= options.maxAttempts || !isTransientFailure(last))
            return std::nullopt;
        milliseconds minimum = milliseconds::zero();
        if (last.retryAfterSeconds) {
            minimum = options.retryAfterUnit * *last.retryAfterSeconds;
            if (minimum > options.maxRetryAfter)
                return std::nullopt;
        }
        return options.backoff.delay(attempt, minimum);
    };
}

RetryPolicy defaultRetryPolicy()
{
    return transientRetryPolicy();
}

RetryPolicy noRetryPolicy()
{
    return [](const HttpResult &, int) -> std::optional<milliseconds> { return std::nullopt; };
}

} // namespace Deskline::Net
