#include "embedded.h"

#include "hub/server/agent_store.h"
#include "simulator/sim_business.h"
#include "storage/cache_store.h"
#include "sync/sync_engine.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Deskline::App {

namespace {

QByteArray randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

EmbeddedHub::EmbeddedHub(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) { }

EmbeddedHub::~EmbeddedHub()
{
    m_hub.reset();
    m_sim.reset();
}

QUrl EmbeddedHub::hubUrl() const
{
    return m_hub ? m_hub->baseUrl() : QUrl();
}

bool EmbeddedHub::startDemo(const QByteArray &scenario, QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    std::optional<Sim::Business> business = Sim::businessFromScenario(scenario, error);
    if (!business)
        return false;
    business->startsAt = 0; // the real time now: windows count down live
    // Secrets for this run only: the hub and the simulator share them in memory.
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = randomSecret();
    simConfig.accessToken = randomSecret();
    simConfig.speed = 1.0;
    m_sim = std::make_unique<Sim::SimServer>(*business, simConfig);
    if (!m_sim->listen()) {
        *error = QStringLiteral("the simulator cannot listen on loopback");
        return false;
    }
    Hub::HubConfig config;
    config.databaseUrl = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("hub.db"));
    config.appSecret = simConfig.appSecret;
    config.verifyToken = randomSecret();
    config.accessToken = simConfig.accessToken;
    config.graphUrl = m_sim->baseUrl();
    config.wabaId = business->wabaId;
    m_hub = std::make_unique<Hub::HubServer>(config, m_clock);
    if (!m_hub->open(error))
        return false;
    if (!m_hub->listen()) {
        *error = QStringLiteral("the hub cannot listen on loopback");
        return false;
    }
    m_sim->dispatcher().setUrl(QUrl(m_hub->baseUrl().toString() + QStringLiteral("/webhook")));
    return true;
}

bool EmbeddedHub::startOneDesk(const QString &databaseUrl, const QString &wabaId, quint16 port, QString *error)
{
    Hub::HubConfig config;
    config.databaseUrl = databaseUrl;
    config.appSecret = qgetenv("DESKLINE_APP_SECRET");
    config.verifyToken = qgetenv("DESKLINE_VERIFY_TOKEN");
    config.accessToken = qgetenv("DESKLINE_ACCESS_TOKEN");
    if (config.appSecret.isEmpty() || config.verifyToken.isEmpty() || config.accessToken.isEmpty()) {
        *error = QStringLiteral("set DESKLINE_APP_SECRET, DESKLINE_VERIFY_TOKEN and DESKLINE_ACCESS_TOKEN for the embedded hub");
        return false;
    }
    config.graphUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    config.wabaId = wabaId;
    m_hub = std::make_unique<Hub::HubServer>(config, m_clock);
    if (!m_hub->open(error))
        return false;
    // Meta must reach the webhook: a reverse proxy with TLS forwards to this port.
    if (!m_hub->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("the embedded hub cannot listen on port %1").arg(port);
        return false;
    }
    return true;
}

bool EmbeddedHub::addAgent(const QString &name, Hub::Role role, QString *password, QString *error)
{
    *password = QString::fromLatin1(randomSecret());
    if (m_hub->agents().add(name, role, *password, {}, error))
        return true;
    // Already there (a one-desk hub keeps its agents): give it this run's password.
    return m_hub->agents().setPassword(name, *password, error);
}

void startDemoTeam(Storage::CacheStore &cache, Sync::SyncEngine &engine)
{
    static const QString agents[] = {QStringLiteral("alex"), QStringLiteral("anna"), QStringLiteral("elif"), QStringLiteral("wei"),
                                     QString()};
    const QList<Storage::ChatRow> chats = cache.chatPage(Storage::ChatQuery(), 200, 0);
    const EpochSeconds now = QDateTime::currentSecsSinceEpoch();
    for (qsizetype i = 0; i < chats.size(); ++i) {
        const Storage::ChatRow &chat = chats.at(i);
        const QString who = chat.referralAt ? agents[0] : agents[i % 5];
        if (!who.isEmpty() && chat.assignee.isEmpty())
            engine.assign(chat.key, who, [](const QString &) { });
        const bool windowOpen = chat.lastInboundAt && *chat.lastInboundAt > now - 24 * kSecondsPerHour;
        if (chat.referralAt && !chat.fepOpenedAt && windowOpen) {
            engine.send(chat.line, chat.key, chat.customerKey(),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"),
                                        QStringLiteral("Hello! Thanks for your interest — how can we help?")}}}});
        }
    }
}

void EmbeddedHub::seedDemoMonth()
{
    if (!m_hub || !m_sim)
        return;
    const EpochSeconds now = m_clock.now();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    const QList<Sim::SimLine> &lines = m_sim->engine().business().lines;
    QSqlQuery q(m_hub->database().sql());
    q.prepare(QStringLiteral("INSERT INTO billing(phone_number_id, day, category, pricing_type, billable, total) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (phone_number_id, day, category, pricing_type) DO NOTHING"));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        // Service replies a day: the last line is busy and near the end of its 1,000 free ones.
        const int servicePerDay = l == lines.size() - 1 ? 980 / std::max(1, today.day() - 1) : 9 + int(l) * 7;
        for (QDate day(today.year(), today.month(), 1); day < today; day = day.addDays(1)) {
            const QString d = day.toString(Qt::ISODate);
            const int marketing = 3 + (day.day() * 7 + int(l) * 3) % 11;
            const int utility = 2 + (day.day() * 5 + int(l)) % 6;
            const struct
            {
                const char *category, *type;
                int billable, total;
            } rows[] = {{"service", "free_customer_service", 0, servicePerDay},
                        {"marketing", "regular", marketing, marketing},
                        {"utility", "regular", utility, utility}};
            for (const auto &r : rows) {
                q.addBindValue(lines.at(l).phoneNumberId);
                q.addBindValue(d);
                q.addBindValue(QString::fromLatin1(r.category));
                q.addBindValue(QString::fromLatin1(r.type));
                q.addBindValue(r.billable);
                q.addBindValue(r.total);
                if (!q.exec())
                    qWarning("demo: the month's billing was not seeded: %s", qPrintable(q.lastError().text()));
            }
        }
    }
}

} // namespace Deskline::App
