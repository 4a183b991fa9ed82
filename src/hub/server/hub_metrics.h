#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>

namespace Deskline::Hub {

// Counters and one latency histogram, rendered in Prometheus' text format for GET /metrics.
class HubMetrics
{
public:
    void webhookReceived() { ++m_webhooksReceived; }
    void webhookRejected(const QString &reason) { ++m_webhooksRejected[reason]; }
    void eventsAppended(qint64 n) { m_eventsAppended += n; }
    void duplicatesSkipped(qint64 n) { m_duplicates += n; }
    void unknownStored(qint64 n) { m_unknown += n; }
    void graphCall(const QString &outcome) { ++m_graphCalls[outcome]; }
    void setStreamClients(int n) { m_streamClients = n; }
    void observeIngestSeconds(double seconds);

    [[nodiscard]] QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    qint64 m_webhooksReceived = 0;
    QHash<QString, qint64> m_webhooksRejected;
    qint64 m_eventsAppended = 0;
    qint64 m_duplicates = 0;
    qint64 m_unknown = 0;
    QHash<QString, qint64> m_graphCalls;
    int m_streamClients = 0;
    std::array<qint64, kBuckets.size()> m_bucketCounts{};
    qint64 m_ingestCount = 0;
    double m_ingestSum = 0;
};

} // namespace Deskline::Hub
