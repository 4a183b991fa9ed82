#include "hub/server/hub_metrics.h"

#include <QStringList>

#include <algorithm>

namespace Deskline::Hub {

void HubMetrics::observeIngestSeconds(double seconds)
{
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_bucketCounts[i];
    }
    ++m_ingestCount;
    m_ingestSum += seconds;
}

QByteArray HubMetrics::render() const
{
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += text + '\n'; };
    auto labelled = [&](const char *name, const char *label, const QHash<QString, qint64> &values) {
        QStringList keys = values.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys)
            line(QByteArray(name) + '{' + label + "=\"" + k.toUtf8() + "\"} " + QByteArray::number(values.value(k)));
    };
    line("# HELP deskline_webhooks_received_total Webhook POSTs received.");
    line("# TYPE deskline_webhooks_received_total counter");
    line("deskline_webhooks_received_total " + QByteArray::number(m_webhooksReceived));
    line("# HELP deskline_webhooks_rejected_total Webhook POSTs refused, by reason.");
    line("# TYPE deskline_webhooks_rejected_total counter");
    labelled("deskline_webhooks_rejected_total", "reason", m_webhooksRejected);
    line("# HELP deskline_events_appended_total Events appended to the event log.");
    line("# TYPE deskline_events_appended_total counter");
    line("deskline_events_appended_total " + QByteArray::number(m_eventsAppended));
    line("# HELP deskline_webhook_duplicates_total Redelivered webhook items not appended again.");
    line("# TYPE deskline_webhook_duplicates_total counter");
    line("deskline_webhook_duplicates_total " + QByteArray::number(m_duplicates));
    line("# HELP deskline_unknown_events_total Webhook items of unknown kinds, stored raw.");
    line("# TYPE deskline_unknown_events_total counter");
    line("deskline_unknown_events_total " + QByteArray::number(m_unknown));
    line("# HELP deskline_stream_clients Consoles connected to the event stream.");
    line("# TYPE deskline_stream_clients gauge");
    line("deskline_stream_clients " + QByteArray::number(m_streamClients));
    line("# HELP deskline_graph_calls_total Graph API calls, by outcome.");
    line("# TYPE deskline_graph_calls_total counter");
    labelled("deskline_graph_calls_total", "outcome", m_graphCalls);
    line("# HELP deskline_ingest_seconds Time from receiving a webhook to answering it after the commit.");
    line("# TYPE deskline_ingest_seconds histogram");
    for (size_t i = 0; i < kBuckets.size(); ++i)
        line("deskline_ingest_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(m_bucketCounts[i]));
    line("deskline_ingest_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_ingestCount));
    line("deskline_ingest_seconds_sum " + QByteArray::number(m_ingestSum, 'f', 6));
    line("deskline_ingest_seconds_count " + QByteArray::number(m_ingestCount));
    return out;
}

} // namespace Deskline::Hub
