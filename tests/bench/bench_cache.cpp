// The console cache: applying 100,000 hub events in batches of 500 (25% message.in across 5,000
// chats, 75% message.status: sent, delivered and read of 25,000 outbound messages), then the
// first screens read from a reopened cache of 50,000 chats and 1,000,000 messages.
// Prints one `name: value unit` per line. Usage: bench_cache [directory for the cache files]
#include "storage/cache_schema.h"
#include "storage/cache_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace Deskline;
using namespace Deskline::Storage;

namespace {

const QString kLine = QStringLiteral("106540352242922");
constexpr qint64 kT0 = 1795251600;

void report(const char *name, double value, const char *unit, int decimals = 0)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

std::unique_ptr<Database> openCache(const QString &path, const QString &name)
{
    QString error;
    DatabaseUrl url;
    url.dialect = Dialect::Sqlite;
    url.path = path;
    auto db = Database::open(url, name, &error);
    if (!db || !migrateCache(*db, &error)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(error));
        return nullptr;
    }
    return db;
}

QString customerOf(int chat)
{
    return QStringLiteral("7916%1").arg(chat, 7, 10, QLatin1Char('0'));
}

QJsonObject inbound(qint64 seq, int chat, qint64 at)
{
    const QString customer = customerOf(chat);
    const QString wamid = QStringLiteral("wamid.in.%1").arg(seq);
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("message.in")},
                       {QStringLiteral("received_at"), at},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("chat_key"), QString(kLine + u'|' + customer)},
                       {QStringLiteral("wamid"), wamid},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("supported"), true},
                       {QStringLiteral("opens_window"), true},
                       {QStringLiteral("timestamp"), at},
                       {QStringLiteral("customer"), QJsonObject{{QStringLiteral("key"), customer},
                                                                {QStringLiteral("wa_id"), customer},
                                                                {QStringLiteral("user_id"), QStringLiteral("")},
                                                                {QStringLiteral("name"), QStringLiteral("Клиент %1").arg(chat)},
                                                                {QStringLiteral("username"), QStringLiteral("")}}},
                       {QStringLiteral("text"), QStringLiteral("Здравствуйте! Где мой заказ №%1? Merhaba, siparişim nerede?").arg(seq)},
                       {QStringLiteral("referral"), false},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("raw"), QJsonObject{{QStringLiteral("id"), wamid}}}};
}

QJsonObject status(qint64 seq, int message, const char *what, qint64 at)
{
    const int chat = message % 5000;
    const QString wamid = QStringLiteral("wamid.out.%1").arg(message);
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("kind"), QStringLiteral("message.status")},
                       {QStringLiteral("received_at"), at},
                       {QStringLiteral("phone_number_id"), kLine},
                       {QStringLiteral("wamid"), wamid},
                       {QStringLiteral("status"), QString::fromLatin1(what)},
                       {QStringLiteral("timestamp"), at},
                       {QStringLiteral("recipient_id"), customerOf(chat)},
                       {QStringLiteral("recipient_user_id"), QStringLiteral("")},
                       {QStringLiteral("client_id"), QStringLiteral("")},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("raw"), QJsonObject{{QStringLiteral("id"), wamid}}},
                       {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                               {QStringLiteral("type"), QStringLiteral("free_customer_service")},
                                                               {QStringLiteral("category"), QStringLiteral("service")},
                                                               {QStringLiteral("billable"), false}}}};
}

bool applyStream(const QString &dir)
{
    auto db = openCache(dir + QStringLiteral("/stream.db"), QStringLiteral("stream"));
    if (!db)
        return false;
    CacheStore store(*db);
    // Groups of four: one inbound message, then sent / delivered / read of recent outbound ones.
    constexpr int kEvents = 100000;
    QList<QJsonObject> events;
    events.reserve(kEvents);
    qint64 seq = 0;
    for (int group = 0; seq < kEvents; ++group) {
        const qint64 at = kT0 + group;
        events.append(inbound(++seq, group % 5000, at));
        events.append(status(++seq, group, "sent", at));
        if (group >= 1)
            events.append(status(++seq, group - 1, "delivered", at));
        if (group >= 2 && seq < kEvents)
            events.append(status(++seq, group - 2, "read", at));
    }
    events.resize(kEvents);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    for (qsizetype i = 0; i < events.size(); i += 500) {
        QString error;
        if (store.applyEvents(events.mid(i, 500), nullptr, &error) != ApplyResult::Applied) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(error));
            return false;
        }
    }
    report("apply_100k_events_s", double(timer.nsecsElapsed()) / 1e9, "s", 2);
    report("apply_100k_events_cpu_s", cpuSeconds() - cpuBefore, "s", 2); // the same, in CPU time (busy machines)
    if (store.cursor() != kEvents) {
        std::fprintf(stderr, "cursor %lld, expected %d\n", store.cursor(), kEvents);
        return false;
    }
    return true;
}

bool buildLargeCache(const QString &path)
{
    auto db = openCache(path, QStringLiteral("build"));
    if (!db)
        return false;
    QString error;
    // Setup only: plain inserts in one transaction, without the search index.
    db->execute(QStringLiteral("PRAGMA synchronous=OFF"));
    db->begin();
    constexpr int kChats = 50000;
    constexpr int kMessages = 1000000;
    for (int c = 0; c < kChats; ++c) {
        const QString customer = customerOf(c);
        QSqlQuery &contact = db->prepare(QStringLiteral("INSERT INTO contacts(contact_key, wa_id, name) VALUES (?, ?, ?)"));
        contact.addBindValue(customer);
        contact.addBindValue(customer);
        contact.addBindValue(QStringLiteral("Клиент %1").arg(c));
        QSqlQuery &chat = db->prepare(QStringLiteral(
            "INSERT INTO chats(chat_key, phone_number_id, contact_key, last_inbound_at, last_message_at, last_message_preview,"
            " unread_count) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        chat.addBindValue(QString(kLine + u'|' + customer));
        chat.addBindValue(kLine);
        chat.addBindValue(customer);
        chat.addBindValue(kT0 + c);
        chat.addBindValue(kT0 + kMessages + c);
        chat.addBindValue(QStringLiteral("Где мой заказ?"));
        chat.addBindValue(c % 3);
        if (!Database::exec(contact, &error) || !Database::exec(chat, &error)) {
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
            return false;
        }
    }
    for (int m = 0; m < kMessages; ++m) {
        const int c = m % kChats;
        QSqlQuery &message = db->prepare(QStringLiteral(
            "INSERT INTO messages(message_key, wamid, chat_key, direction, kind, body, created_at, status, sent_at)"
            " VALUES (?, ?, ?, ?, 'text', ?, ?, ?, ?)"));
        const QString wamid = QStringLiteral("wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBI%1").arg(m);
        message.addBindValue(wamid);
        message.addBindValue(wamid);
        message.addBindValue(QString(kLine + u'|' + customerOf(c)));
        message.addBindValue(m % 2 ? QStringLiteral("in") : QStringLiteral("out"));
        message.addBindValue(QStringLiteral("Сообщение %1: Здравствуйте, ваш заказ в пути. Merhaba!").arg(m));
        message.addBindValue(kT0 + m);
        message.addBindValue(m % 2 ? QStringLiteral("") : QStringLiteral("read"));
        message.addBindValue(m % 2 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(kT0 + m + 1));
        if (!Database::exec(message, &error)) {
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
            return false;
        }
    }
    if (!db->commit()) {
        std::fprintf(stderr, "setup commit failed\n");
        return false;
    }
    db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool readFirstScreens(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = openCache(path, QStringLiteral("reopened"));
    if (!db)
        return false;
    CacheStore store(*db);
    report("reopen_ms", double(timer.nsecsElapsed()) / 1e6, "ms", 1);

    timer.restart();
    const QList<ChatRow> chats = store.chats(50, 0);
    report("first_chats_screen_ms", double(timer.nsecsElapsed()) / 1e6, "ms", 1);
    if (chats.size() != 50)
        return false;

    timer.restart();
    const QList<MessageRow> messages = store.messages(chats.first().key, 50);
    report("chat_latest_50_ms", double(timer.nsecsElapsed()) / 1e6, "ms", 1);
    if (messages.isEmpty())
        return false;

    // A chat deep in the list, not touched by the first screen.
    timer.restart();
    const QList<MessageRow> other = store.messages(kLine + u'|' + customerOf(12345), 50);
    report("other_chat_latest_50_ms", double(timer.nsecsElapsed()) / 1e6, "ms", 1);
    return !other.isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("deskline.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir temp(args.size() > 1 ? args.at(1) + QStringLiteral("/bench_cache-XXXXXX") : QString());
    if (!temp.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    if (!applyStream(temp.path()))
        return 1;
    if (qEnvironmentVariableIsSet("BENCH_CACHE_APPLY_ONLY"))
        return 0;
    const QString large = temp.path() + QStringLiteral("/large.db");
    QElapsedTimer timer;
    timer.start();
    if (!buildLargeCache(large))
        return 1;
    report("build_1m_messages_setup_s", double(timer.nsecsElapsed()) / 1e9, "s", 1);
    if (!readFirstScreens(large))
        return 1;
    report("peak_rss_mb", peakRssMb(), "MB", 0);
    return 0;
}
