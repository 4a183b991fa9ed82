// Core rule throughput: how many chats' windows, pricing predictions and template validations
// the domain layer computes per second. Prints one `name: value unit` per line.
#include "core/chat_windows.h"
#include "core/message_status.h"
#include "core/message_template.h"
#include "core/pricing.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

using namespace Deskline;

namespace {

void report(const char *name, double value, const char *unit)
{
    std::printf("%s: %.0f %s\n", name, value, unit);
}

template<typename F>
double perSecond(qint64 iterations, F &&f)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < iterations; ++i)
        f(i);
    const qint64 ns = std::max<qint64>(1, timer.nsecsElapsed());
    return double(iterations) * 1e9 / double(ns);
}

} // namespace

int main()
{
    const EpochSeconds now = *parseIsoUtc(u"2026-11-21T12:00:00Z");
    QRandomGenerator rng(20261121);

    // 10,000 chats with a handful of inbound events each, some from ads.
    const int chats = 10000;
    std::vector<ChatWindows> windows(chats);
    for (auto &w : windows) {
        const int events = 1 + int(rng.bounded(8));
        for (int e = 0; e < events; ++e)
            w.onInbound(MessageKind::Text, now - rng.bounded(72 * 3600), rng.bounded(10) == 0);
        w.onOutbound(now - rng.bounded(48 * 3600));
    }

    volatile qint64 sink = 0;
    report("window_status_per_second",
           perSecond(2'000'000, [&](qint64 i) {
               const ChatWindows &w = windows[size_t(i % chats)];
               sink = sink + w.serviceWindowAt(now + i % 60).remainingSeconds
                   + w.freeEntryPointAt(now).remainingSeconds;
           }),
           "chats/s");

    const PricingRules rules = PricingRules::meta();
    report("pricing_predictions_per_second",
           perSecond(1'000'000, [&](qint64 i) {
               const auto ctx = windows[size_t(i % chats)].pricingContextAt(now);
               const auto category = i % 3 == 0 ? std::nullopt : std::optional(TemplateCategory::Utility);
               sink = sink + rules.predict(now, category, ctx).charged;
           }),
           "predictions/s");

    MessageTemplate t;
    t.name = QStringLiteral("order_update");
    t.status = TemplateStatusInfo::fromWire(u"APPROVED");
    t.headerFormat = HeaderFormat::Text;
    t.headerText = QStringLiteral("Order {{1}}");
    t.bodyText = QStringLiteral("Hi {{1}}, your order {{2}} ships on {{3}}. Track it below.");
    TemplateArguments a;
    a.header = {{QStringLiteral("1"), QStringLiteral("#4411")}};
    a.body = {{QStringLiteral("1"), QStringLiteral("Айгюль")},
              {QStringLiteral("2"), QStringLiteral("#4411")},
              {QStringLiteral("3"), QStringLiteral("3 March")}};
    report("template_validate_and_preview_per_second",
           perSecond(200'000, [&](qint64) {
               sink = sink + TemplateComposer::validate(t, a).size()
                   + TemplateComposer::preview(t, a).body.size();
           }),
           "templates/s");

    report("status_merges_per_second",
           perSecond(2'000'000, [&](qint64 i) {
               DeliveryRecord r;
               r.apply(DeliveryStatus::Read, i + 30);
               r.apply(DeliveryStatus::Sent, i);
               r.apply(DeliveryStatus::Delivered, i + 5);
               sink = sink + int(r.status());
           }),
           "messages/s");
    return sink == -1;
}
