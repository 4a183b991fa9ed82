#pragma once

#include "backoff.h"
#include "http_request.h"

#include <chrono>
#include <functional>
#include <optional>

namespace Deskline::Net {

// Asked by an HttpJob after every attempt that did not end the job on its own: `last` is what the
// attempt brought back, `attempt` how many attempts have been made (1 after the first). Returns
// the delay before the next attempt, or nullopt to finish with `last`. HttpRequest::maxAttempts
// is enforced by the job whatever the policy says.
using RetryPolicy
    = std::function<std::optional<std::chrono::milliseconds>(const HttpResult &last, int attempt)>;

struct RetryOptions
{
    Backoff backoff; // 500 ms · 2^n, capped at 30 s, full jitter
    int maxAttempts = HttpRequest::kDefaultMaxAttempts; // first attempt included
    // What one second of Retry-After lasts. 1 s in production; tests shrink it.
    std::chrono::milliseconds retryAfterUnit {1000};
    // A Retry-After longer than this ends the job instead of parking it in memory; callers with a
    // durable queue (the outbox, the forwarder) reschedule from HttpResult::retryAfterSeconds.
    std::chrono::milliseconds maxRetryAfter {std::chrono::minutes(5)};
};

// Network failures, timeouts, HTTP 429 and every 5xx: the failures that may well go away by
// themselves. Not a local abort, not a request that could not be sent at all.
[[nodiscard]] bool isTransientFailure(const HttpResult &result);

// Retries transient failures with backoff; a Retry-After header is a minimum for the delay.
[[nodiscard]] RetryPolicy transientRetryPolicy(RetryOptions options = {});

// transientRetryPolicy() with the defaults. What HttpJob and Requester use when given no policy.
[[nodiscard]] RetryPolicy defaultRetryPolicy();

// One attempt, whatever happens.
[[nodiscard]] RetryPolicy noRetryPolicy();

} // namespace Deskline::Net
