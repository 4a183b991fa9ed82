// Durable webhook ingest of the real deskline-hub: signed webhooks posted over loopback from N
// keep-alive connections, each answered only after its group commit (SQLite in WAL with
// synchronous=FULL, as the hub opens it). Prints one `name: value unit` per line, then checks
// through /healthz that the log grew by exactly the number of acknowledged webhooks.
//
//   bench_hub_ingest [--connections N] [--seconds S] [--db URL] [--hub PATH]
//
// One raw QTcpSocket per connection, one request in flight on each (as Meta does: no
// pipelining); the latency of a request runs from its write to the end of its response.
// Bodies are ~600 bytes, three status webhooks to one inbound text, one event each, distinct
// wamids. The first second is warm-up; throughput and percentiles cover the S seconds after it.
// webhooks_sent counts every webhook posted (warm-up, measurement and the drain at the end).
// Hub and bench CPU use during the measurement go to stderr.
#include "cloud/signature.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace Deskline;

namespace {

const QByteArray kAppSecret = "bench-app-secret";
const QByteArray kWamidToken = "WAMID_TOKEN_0000000000000000";
const QByteArray kFromToken = "FROM_TOKEN_";
constexpr int kCustomers = 1000;

QByteArray envelope(const QJsonObject &value)
{
    const QJsonObject root {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("102290129340398")},
                {QStringLiteral("changes"),
                    QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("messages")},
                        {QStringLiteral("value"), value}}}}}}}};
    return Cloud::metaEscapedJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QJsonObject metadata()
{
    return QJsonObject {{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
        {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}};
}

// A delivery status of an outbound message, with Meta's pricing and conversation objects.
QByteArray statusTemplate()
{
    const QJsonObject status {{QStringLiteral("id"), QString::fromLatin1(kWamidToken)},
        {QStringLiteral("status"), QStringLiteral("delivered")},
        {QStringLiteral("timestamp"), QStringLiteral("1795251600")},
        {QStringLiteral("recipient_id"), QString::fromLatin1(kFromToken)},
        {QStringLiteral("conversation"),
            QJsonObject {{QStringLiteral("id"), QStringLiteral("4ad1b7c3e9f0a2d55c1e8b7f06a3d9e2")},
                {QStringLiteral("expiration_timestamp"), QStringLiteral("1795338000")},
                {QStringLiteral("origin"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("service")}}}}},
        {QStringLiteral("pricing"),
            QJsonObject {{QStringLiteral("billable"), false},
                {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                {QStringLiteral("type"), QStringLiteral("free_customer_service")},
                {QStringLiteral("category"), QStringLiteral("service")}}}};
    return envelope(QJsonObject {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), metadata()},
        {QStringLiteral("statuses"), QJsonArray {status}}});
}

// An inbound text from one of kCustomers customers.
QByteArray inboundTemplate()
{
    const QJsonObject message {{QStringLiteral("from"), QString::fromLatin1(kFromToken)},
        {QStringLiteral("id"), QString::fromLatin1(kWamidToken)},
        {QStringLiteral("timestamp"), QStringLiteral("1795251600")},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"),
            QJsonObject {{QStringLiteral("body"),
                QStringLiteral(
                    "Hello! I ordered two blue jackets on Monday and the tracking page still "
                    "says the parcel is waiting at the depot. Could you check it, please?")}}}};
    return envelope(QJsonObject {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), metadata()},
        {QStringLiteral("contacts"),
            QJsonArray {QJsonObject {
                {QStringLiteral("profile"),
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("Customer")}}},
                {QStringLiteral("wa_id"), QString::fromLatin1(kFromToken)}}}},
        {QStringLiteral("messages"), QJsonArray {message}}});
}

void report(const char *name, double value, const char *unit, int decimals = 0)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

// CPU seconds (user + system) of a process from /proc, or -1.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(::sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<qint64> &sortedNs, double p)
{
    if (sortedNs.empty())
        return 0;
    const size_t i = std::min(sortedNs.size() - 1, size_t(p * double(sortedNs.size() - 1) + 0.5));
    return double(sortedNs[i]) / 1e6;
}

class Bench
{
public:
    struct Connection
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        qint64 sentAt = -1; // ns on the bench clock; -1 when idle
    };

    Bench(quint16 port, int connections, int warmupMs, int seconds, QElapsedTimer &clock)
        : m_port(port)
        , m_warmupMs(warmupMs)
        , m_seconds(seconds)
        , m_clock(clock)
        , m_status(statusTemplate())
        , m_inbound(inboundTemplate())
        , m_run(QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36))
        , m_host("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n")
    {
        m_connections.resize(size_t(connections));
    }

    QByteArray statusBody() const { return m_status; }
    QByteArray inboundBody() const { return m_inbound; }

    // Runs warm-up and measurement, then lets every connection finish its request.
    void run(const std::function<void()> &measuring, const std::function<void()> &measured)
    {
        m_running = true;
        for (size_t i = 0; i < m_connections.size(); ++i)
            open(m_connections[i]);
        QTimer::singleShot(m_warmupMs, [this, measuring] {
            m_measureStart = m_clock.nsecsElapsed();
            measuring();
        });
        QTimer::singleShot(m_warmupMs + m_seconds * 1000, [this, measured] {
            m_measureEnd = m_clock.nsecsElapsed();
            m_running = false;
            measured();
            checkDrained();
        });
        QTimer::singleShot(m_warmupMs + m_seconds * 1000 + 30000, [] {
            std::fprintf(stderr, "bench: requests still unanswered 30 s after the end\n");
            QCoreApplication::exit(1);
        });
    }

    qint64 sent() const { return m_sent; }
    qint64 acknowledged() const { return m_acknowledged; }
    qint64 failed() const { return m_failed; }
    qint64 eventsInWindow() const { return m_okInWindow; }
    std::vector<qint64> &latencies() { return m_latencies; }
    double windowSeconds() const { return double(m_measureEnd - m_measureStart) / 1e9; }
    QString failures() const { return m_failures; }

private:
    void open(Connection &c)
    {
        c.socket = std::make_unique<QTcpSocket>();
        c.buffer.clear();
        c.sentAt = -1;
        QTcpSocket *s = c.socket.get();
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(s, &QTcpSocket::connected, s, [this, &c] { sendNext(c); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, &c] { onReadyRead(c); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, &c] { onDisconnected(c); });
        QObject::connect(
            s, &QTcpSocket::errorOccurred, s, [this, &c](QAbstractSocket::SocketError) {
                if (c.socket && c.socket->state() == QAbstractSocket::UnconnectedState)
                    onDisconnected(c);
            });
        s->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void sendNext(Connection &c)
    {
        if (!m_running) {
            checkDrained();
            return;
        }
        const qint64 n = m_sent++;
        // 3 statuses : 1 inbound message; every wamid distinct, inbound from kCustomers customers.
        QByteArray wamid = "wamid." + m_run + '.' + QByteArray::number(n).rightJustified(12, '0');
        wamid = wamid.leftJustified(kWamidToken.size(), '0', true);
        QByteArray body = n % 4 == 3 ? m_inbound : m_status;
        body.replace(kWamidToken, wamid);
        body.replace(kFromToken,
            QByteArray("7916" + QByteArray::number(n % kCustomers).rightJustified(7, '0')));
        QByteArray request;
        request.reserve(body.size() + 256);
        request += "POST /webhook HTTP/1.1\r\n";
        request += m_host;
        request += "User-Agent: facebookexternalua\r\nContent-Type: "
                   "application/json\r\nX-Hub-Signature-256: ";
        request += Cloud::WebhookSignature::sign(body, kAppSecret);
        request += "\r\nContent-Length: ";
        request += QByteArray::number(body.size());
        request += "\r\n\r\n";
        request += body;
        c.sentAt = m_clock.nsecsElapsed();
        c.socket->write(request);
        c.socket->flush(); // now, not on the next turn of the event loop
    }

    void onReadyRead(Connection &c)
    {
        c.buffer += c.socket->readAll();
        for (;;) {
            const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.first().split(' ');
            const int status = statusLine.value(1).toInt();
            qint64 length = 0;
            for (const QByteArray &line : lines) {
                if (line.startsWith("Content-Length:") || line.startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (c.buffer.size() < headerEnd + 4 + length)
                return;
            c.buffer.remove(0, headerEnd + 4 + length);
            answered(c, status);
            sendNext(c);
        }
    }

    void answered(Connection &c, int status)
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 latency = now - c.sentAt;
        c.sentAt = -1;
        if (status == 200) {
            ++m_acknowledged;
        } else {
            ++m_failed;
            if (m_failures.size() < 200)
                m_failures += QStringLiteral("HTTP %1; ").arg(status);
        }
        if (m_measureStart >= 0 && m_measureEnd < 0) {
            m_latencies.push_back(latency);
            if (status == 200)
                ++m_okInWindow;
        }
    }

    void onDisconnected(Connection &c)
    {
        if (c.sentAt >= 0) {
            ++m_failed;
            c.sentAt = -1;
            if (m_failures.size() < 200)
                m_failures += QStringLiteral("connection lost: %1; ").arg(c.socket->errorString());
        }
        if (c.socket) {
            c.socket->disconnect();
            c.socket.release()->deleteLater();
        }
        if (m_running && m_failed > 1000) {
            std::fprintf(
                stderr, "bench: too many failures, stopping: %s\n", qPrintable(m_failures));
            QCoreApplication::exit(1);
            return;
        }
        if (m_running)
            open(c);
        else
            checkDrained();
    }

    void checkDrained()
    {
        if (m_running || m_finished)
            return;
        for (const Connection &c : m_connections) {
            if (c.sentAt >= 0)
                return;
        }
        m_finished = true;
        QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
    }

    quint16 m_port;
    int m_warmupMs;
    int m_seconds;
    QElapsedTimer &m_clock;
    QByteArray m_status;
    QByteArray m_inbound;
    QByteArray m_run;
    QByteArray m_host;
    std::vector<Connection> m_connections;
    bool m_running = false;
    bool m_finished = false;
    qint64 m_measureStart = -1;
    qint64 m_measureEnd = -1;
    qint64 m_sent = 0;
    qint64 m_acknowledged = 0;
    qint64 m_failed = 0;
    qint64 m_okInWindow = 0;
    std::vector<qint64> m_latencies;
    QString m_failures;
};

// GET /healthz over a fresh connection; last_seq or -1.
qint64 healthLastSeq(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // Read up to the end of the body: QtHttpServer 6.4 keeps the connection open.
    QByteArray response;
    for (;;) {
        const qsizetype body = response.indexOf("\r\n\r\n");
        if (body >= 0) {
            const qsizetype at = response.toLower().indexOf("content-length:");
            const qsizetype eol = response.indexOf("\r\n", at);
            const qint64 length
                = at < 0 ? -1 : response.mid(at + 15, eol - at - 15).trimmed().toLongLong();
            if (length >= 0 && response.size() >= body + 4 + length) {
                if (!response.startsWith("HTTP/1.1 200"))
                    return -1;
                return QJsonDocument::fromJson(response.mid(body + 4, length))
                    .object()
                    .value(QStringLiteral("last_seq"))
                    .toInteger(-1);
            }
        }
        if (!s.waitForReadyRead(10000))
            return -1;
        response += s.readAll();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Durable webhook ingest throughput of deskline-hub."));
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
        QStringLiteral("Concurrent keep-alive connections."), QStringLiteral("N"),
        QStringLiteral("16"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Measured seconds (after 1 s of warm-up)."), QStringLiteral("S"),
        QStringLiteral("10"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The hub's store (default: a new SQLite file in a temporary folder)."),
        QStringLiteral("URL"));
    const QCommandLineOption hubOption(QStringLiteral("hub"),
        QStringLiteral("The deskline-hub binary."), QStringLiteral("PATH"),
        QStringLiteral(DESKLINE_HUB_BINARY));
    parser.addOptions({connectionsOption, secondsOption, dbOption, hubOption});
    parser.process(app);
    const int connections = parser.value(connectionsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    if (connections < 1 || seconds < 1) {
        std::fprintf(
            stderr, "bench_hub_ingest: --connections and --seconds want positive numbers\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_hub_ingest: no temporary folder\n");
        return 1;
    }
    const QString db = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db"));
    const QString hubLog = dir.filePath(QStringLiteral("hub.log"));

    QProcess hub;
    QProcessEnvironment env
        = QProcessEnvironment::systemEnvironment(); // QT_LOGGING_RULES passes through
    env.insert(QStringLiteral("DESKLINE_APP_SECRET"), QString::fromLatin1(kAppSecret));
    env.insert(QStringLiteral("DESKLINE_VERIFY_TOKEN"), QStringLiteral("bench-verify-token"));
    env.insert(QStringLiteral("DESKLINE_ACCESS_TOKEN"), QStringLiteral("bench-graph-token"));
    hub.setProcessEnvironment(env);
    hub.setStandardErrorFile(hubLog);
    hub.start(parser.value(hubOption),
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), db});
    auto dumpHubLog = [&] {
        QFile f(hubLog);
        if (f.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "hub log (tail):\n%s\n", f.readAll().right(3000).constData());
    };
    if (!hub.waitForStarted(10000)) {
        std::fprintf(
            stderr, "bench_hub_ingest: cannot start %s\n", qPrintable(parser.value(hubOption)));
        return 1;
    }
    while (!hub.canReadLine()) {
        if (!hub.waitForReadyRead(30000)) {
            std::fprintf(stderr, "bench_hub_ingest: the hub did not say where it listens\n");
            dumpHubLog();
            return 1;
        }
    }
    const QUrl base(QJsonDocument::fromJson(hub.readLine())
                        .object()
                        .value(QStringLiteral("listening"))
                        .toString());
    const quint16 port = quint16(base.port());
    const qint64 before = healthLastSeq(port);
    if (port == 0 || before < 0) {
        std::fprintf(stderr, "bench_hub_ingest: the hub is not healthy at %s\n",
            qPrintable(base.toString()));
        dumpHubLog();
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    Bench bench(port, connections, 1000, seconds, clock);
    std::fprintf(stderr, "bench: %s on %s; bodies %lld (status) and %lld (inbound) bytes\n",
        qPrintable(base.toString()), qPrintable(db), qint64(bench.statusBody().size()),
        qint64(bench.inboundBody().size()));
    double hubCpu0 = 0, ownCpu0 = 0, hubCpu1 = 0, ownCpu1 = 0;
    bench.run(
        [&] {
            hubCpu0 = processCpuSeconds(hub.processId());
            ownCpu0 = ownCpuSeconds();
        },
        [&] {
            hubCpu1 = processCpuSeconds(hub.processId());
            ownCpu1 = ownCpuSeconds();
        });
    const int drained = app.exec();

    std::vector<qint64> &latencies = bench.latencies();
    std::sort(latencies.begin(), latencies.end());
    report("events_per_s", double(bench.eventsInWindow()) / bench.windowSeconds(), "events/s");
    report("p50_ms", percentile(latencies, 0.50), "ms", 2);
    report("p99_ms", percentile(latencies, 0.99), "ms", 2);
    report("connections", connections, "connections");
    report("webhooks_sent", double(bench.sent()), "webhooks");

    const qint64 after = healthLastSeq(port);
    const qint64 grew = after - before;
    if (drained == 0 && after >= 0 && grew == bench.acknowledged() && bench.failed() == 0) {
        std::printf("verified: yes\n");
    } else {
        std::printf(
            "verified: no (last_seq grew by %lld, %lld webhooks acknowledged, %lld failed%s%s)\n",
            grew, bench.acknowledged(), bench.failed(), bench.failures().isEmpty() ? "" : ": ",
            qPrintable(bench.failures()));
    }
    std::fflush(stdout);
    const double window = bench.windowSeconds();
    std::fprintf(stderr,
        "bench: cpu during the measurement: hub %.0f%%, bench %.0f%% of one core\n",
        100.0 * (hubCpu1 - hubCpu0) / window, 100.0 * (ownCpu1 - ownCpu0) / window);

    hub.terminate();
    if (!hub.waitForFinished(30000)) {
        std::fprintf(stderr, "bench_hub_ingest: the hub did not stop on SIGTERM\n");
        hub.kill();
        hub.waitForFinished(5000);
        return 1;
    }
    if (hub.exitStatus() != QProcess::NormalExit || hub.exitCode() != 0) {
        std::fprintf(stderr, "bench_hub_ingest: the hub exited with code %d\n", hub.exitCode());
        dumpHubLog();
        return 1;
    }
    return drained == 0 && grew == bench.acknowledged() ? 0 : 1;
}
