// The console's main window over a large cache (50,000 chats, 1,000,000 messages): cold start to
// the first painted window in a fresh process (against a process that only paints an empty
// window), the CPU time of one countdown tick, and the peak RSS of the window's process.
// Prints one `name: value unit` per line. Usage: bench_console [directory for the cache file]
// The benchmark re-executes itself for the cold starts:
//   bench_console --child-window CACHEFILE   opens the cache and the main window, prints "painted"
//   bench_console --child-empty              shows an empty QWidget, prints "painted"
// (each child then prints its phase timestamps and its peak RSS (VmHWM), and exits). The window
// child also runs once per round with the cache file dropped from the page cache first.
// Everything runs on a ManualClock at kNow, so the countdowns are the same in every process.
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

using namespace Deskline;
using namespace Deskline::Storage;

namespace {

const QString kLine = QStringLiteral("106540352242922");
constexpr qint64 kNow = 1795251600; // the ManualClock's "now" in every process
constexpr int kChats = 50000;
constexpr int kMessagesPerChat = 20; // 1,000,000 messages
constexpr int kRuns = 5;
constexpr int kTicks = 200;

void report(const char *name, double value, const char *unit, int decimals = 0)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// CLOCK_MONOTONIC is one clock for every process of the machine: the children stamp their phases
// with it and the parent subtracts its own start stamp.
qint64 monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
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

// ---- the cache ------------------------------------------------------------------------------

// Setup only: generated in SQL (recursive CTEs) in one transaction into a migrated cache, without
// the search index. Chats cycle through every countdown state (never opened, open, closing soon,
// closed, free entry open, free entry closing soon, referral awaiting an answer) so that
// neighbouring rows of the list differ; chat 0 is the most recent.
bool buildCache(const QString &path)
{
    auto db = openCache(path, QStringLiteral("build"));
    if (!db)
        return false;
    QString error;
    db->execute(QStringLiteral("PRAGMA synchronous=OFF"));
    db->execute(QStringLiteral("PRAGMA cache_size=-262144")); // 256 MB: the indexes are built in memory
    const QString now = QString::number(kNow);
    const QString customer = QStringLiteral("printf('7916%07d', c)");
    const QString chats = QString::number(kChats - 1);
    const QStringList statements{
        QStringLiteral("INSERT INTO lines(phone_number_id, waba_id, display_phone_number, verified_name, quality_rating,"
                       " messaging_limit, status) VALUES ('%1', '102290129340398', '+90 212 555 01 23', 'Anadolu Kargo',"
                       " 'GREEN', 'TIER_10K', 'CONNECTED')")
            .arg(kLine),
        QStringLiteral("WITH RECURSIVE n(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM n WHERE c < %1)"
                       " INSERT INTO contacts(contact_key, wa_id, name)"
                       " SELECT %2, %2, CASE WHEN c % 97 = 0 THEN '' ELSE"
                       "  CASE c % 10 WHEN 0 THEN 'Анна' WHEN 1 THEN 'Mehmet' WHEN 2 THEN '王' WHEN 3 THEN 'Ольга'"
                       "   WHEN 4 THEN 'Ayşe' WHEN 5 THEN 'John' WHEN 6 THEN 'Дмитрий' WHEN 7 THEN 'Çağla'"
                       "   WHEN 8 THEN '李' ELSE 'María' END || ' ' ||"
                       "  CASE (c / 10) % 9 WHEN 0 THEN 'Иванова' WHEN 1 THEN 'Yılmaz' WHEN 2 THEN '伟' WHEN 3 THEN 'Smith'"
                       "   WHEN 4 THEN 'Öztürk' WHEN 5 THEN 'Кузнецов' WHEN 6 THEN '娜' WHEN 7 THEN 'García'"
                       "   ELSE 'Şahin' END END"
                       " FROM n")
            .arg(chats, customer),
        // s: the countdown state, x: a spread; l: the last inbound message (the referral for s >= 13).
        QStringLiteral(
            "WITH RECURSIVE n(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM n WHERE c < %1),"
            " k(c, s, x) AS (SELECT c, (c * 7) % 16, (c * 2654435761) % 1000003 FROM n),"
            " t(c, s, x, l) AS (SELECT c, s, x, CASE"
            "  WHEN s < 2 THEN NULL"                       // never opened: templates only
            "  WHEN s < 7 THEN %2 - x % 82000"             // open
            "  WHEN s < 9 THEN %2 - 82800 - x % 3000"      // closing soon (within the hour)
            "  WHEN s < 13 THEN %2 - 86400 - x % 2592000"  // closed up to 30 days ago
            "  WHEN s = 13 THEN %2 - 36000 - x % 144000"   // free entry open (answered an hour later)
            "  WHEN s = 14 THEN %2 - 262800 + 600 + x % 20000" // free entry closing soon
            "  ELSE %2 - 400 - x % 86000 END FROM k)"      // referral waiting for an answer
            " INSERT INTO chats(chat_key, phone_number_id, contact_key, last_inbound_at, referral_at, fep_opened_at,"
            "  fep_for_referral_at, last_message_at, last_message_preview, unread_count, assignee)"
            " SELECT '%3|' || %4, '%3', %4, l,"
            "  CASE WHEN s >= 13 THEN l END, CASE WHEN s IN (13, 14) THEN l + 3600 END, CASE WHEN s IN (13, 14) THEN l END,"
            "  %2 - 30 - c * 6,"
            "  CASE c % 6 WHEN 0 THEN 'Здравствуйте! Где мой заказ?' WHEN 1 THEN 'Merhaba, kargom ne zaman gelir?'"
            "   WHEN 2 THEN '你好，我的包裹到哪里了？' WHEN 3 THEN 'Спасибо 👍' WHEN 4 THEN 'Photo'"
            "   ELSE 'Could you change the delivery address to the office, please? It is on the 4th floor.' END,"
            "  CASE WHEN c % 4 = 0 THEN c % 7 ELSE 0 END,"
            "  CASE WHEN x % 20 = 0 THEN 'anna' WHEN x % 20 < 4 THEN 'elif' WHEN x % 20 < 7 THEN 'wei'"
            "   WHEN x % 20 < 9 THEN 'alex' END"
            " FROM t")
            .arg(chats, now, kLine, customer),
        // Chat c holds messages c, c + 50,000, …: 20 each, ten minutes apart, the newest at its
        // last_message_at.
        QStringLiteral(
            "WITH RECURSIVE n(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM n WHERE m < %1)"
            " INSERT INTO messages(message_key, wamid, chat_key, direction, kind, body, created_at, status, sent_at,"
            "  delivered_at, read_at)"
            " SELECT printf('wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBI%d', m), printf('wamid.HBgLNzkxNjEyMzQ1NjcVAgARGBI%d', m),"
            "  '%3|' || %6, CASE WHEN m % 2 THEN 'in' ELSE 'out' END, 'text',"
            "  CASE (m / 3) % 6 WHEN 0 THEN printf('Здравствуйте! Где мой заказ №%d?', m)"
            "   WHEN 1 THEN printf('Merhaba, siparişim %d nerede? Teşekkürler.', m)"
            "   WHEN 2 THEN '你好，我的包裹什么时候到？谢谢！'"
            "   WHEN 3 THEN printf('Сообщение %d: ваш заказ в пути, курьер позвонит за час до доставки. 🚚', m)"
            "   WHEN 4 THEN 'OK'"
            "   ELSE 'Dear customer, thank you for your patience. Your parcel left our warehouse this morning and is"
            " expected tomorrow between 10:00 and 14:00. You can reply here to change the delivery time or the address,"
            " or to leave it with a neighbour.' END,"
            "  %2 - 30 - (m % %4) * 6 - (%5 - m / %4) * 600,"
            "  CASE WHEN m % 2 THEN '' ELSE 'read' END,"
            "  CASE WHEN m % 2 THEN NULL ELSE %2 - 30 - (m % %4) * 6 - (%5 - m / %4) * 600 + 1 END,"
            "  CASE WHEN m % 2 THEN NULL ELSE %2 - 30 - (m % %4) * 6 - (%5 - m / %4) * 600 + 2 END,"
            "  CASE WHEN m % 2 THEN NULL ELSE %2 - 30 - (m % %4) * 6 - (%5 - m / %4) * 600 + 60 END"
            " FROM n")
            .arg(QString::number(kChats * kMessagesPerChat - 1), now, kLine, QString::number(kChats),
                 QString::number(kMessagesPerChat - 1),
                 QString(QStringLiteral("printf('7916%07d', m % ") + QString::number(kChats) + u')')),
    };
    if (!db->begin()) {
        std::fprintf(stderr, "setup: cannot begin\n");
        return false;
    }
    for (const QString &sql : statements) {
        if (!db->execute(sql, &error)) {
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
            return false;
        }
    }
    // This month's billing for the status bar and the balance panel.
    const QDate today = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date();
    for (int day = 1; day <= today.day(); ++day) {
        QSqlQuery &q = db->prepare(QStringLiteral("INSERT INTO billing(phone_number_id, day, category, pricing_type, billable, total)"
                                                  " VALUES (?, ?, ?, ?, ?, ?)"));
        const bool service = day % 2 != 0;
        q.addBindValue(kLine);
        q.addBindValue(QDate(today.year(), today.month(), day).toString(Qt::ISODate));
        q.addBindValue(service ? QStringLiteral("service") : QStringLiteral("marketing"));
        q.addBindValue(service ? QStringLiteral("free_customer_service") : QStringLiteral("regular"));
        q.addBindValue(service ? 0 : 40 + day);
        q.addBindValue(service ? 20 + day : 40 + day);
        if (!Database::exec(q, &error)) {
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
            return false;
        }
    }
    if (!db->commit()) {
        std::fprintf(stderr, "setup commit failed\n");
        return false;
    }
    db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QSqlQuery &count = db->prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM chats), (SELECT COUNT(*) FROM messages)"));
    if (!Database::exec(count, &error) || !count.next() || count.value(0).toInt() != kChats
        || count.value(1).toInt() != kChats * kMessagesPerChat) {
        std::fprintf(stderr, "setup: unexpected row counts\n");
        return false;
    }
    count.finish();
    return true;
}

// ---- the children ---------------------------------------------------------------------------

void stamp(const char *phase)
{
    std::printf("phase %s %lld\n", phase, monotonicNs());
}

// The peak RSS of this process image: VmHWM. getrusage()'s ru_maxrss is no use in a child: Linux
// carries it over from the parent through fork and execve, so every child would report at least
// the parent's size at the fork.
void printPeakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                std::printf("rss_kb %s\n", line.mid(6).trimmed().split(' ').first().constData());
        }
    }
    std::fflush(stdout);
}

void painted()
{
    std::printf("painted %lld\n", monotonicNs());
    std::fflush(stdout);
    printPeakRss();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

class EmptyWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [] { painted(); }); // like MainWindow::firstPainted: after the paint
        }
    }

private:
    bool m_painted = false;
};

int childEmpty(int argc, char **argv)
{
    QApplication app(argc, argv);
    stamp("app");
    EmptyWindow window;
    window.resize(1180, 760);
    stamp("window");
    window.show();
    stamp("show");
    return app.exec();
}

int childWindow(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    stamp("app");
    QLoggingCategory::setFilterRules(QStringLiteral("deskline.*.info=false"));
    auto db = openCache(path, QStringLiteral("console"));
    if (!db)
        return 1;
    CacheStore cache(*db);
    stamp("cache");
    ManualClock clock(kNow);
    Widgets::ConsoleContext ctx;
    ctx.cache = &cache;
    ctx.clock = &clock;
    ctx.agent = QStringLiteral("anna");
    Widgets::MainWindow window(ctx);
    QObject::connect(&window, &Widgets::MainWindow::firstPainted, &app, [] { painted(); });
    stamp("window");
    window.show();
    stamp("show");
    return app.exec();
}

// ---- the parent -----------------------------------------------------------------------------

struct ChildRun
{
    double startMs = -1;             // QProcess::start to reading "painted"
    QHash<QByteArray, double> phase; // ms after QProcess::start, as the child stamped them
    double rssMb = 0;
};

std::optional<ChildRun> runChild(const QStringList &args)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ChildRun run;
    QByteArray out;
    QElapsedTimer timer;
    const qint64 t0 = monotonicNs();
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    while (run.startMs < 0 && child.waitForReadyRead(60000)) {
        out += child.readAllStandardOutput();
        if (out.startsWith("painted ") || out.contains("\npainted "))
            run.startMs = double(timer.nsecsElapsed()) / 1e6;
    }
    if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || run.startMs < 0) {
        std::fprintf(stderr, "the child %s failed\n", qPrintable(args.join(u' ')));
        child.kill();
        return std::nullopt;
    }
    out += child.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.at(0) == "phase")
            run.phase.insert(parts.at(1), double(parts.at(2).toLongLong() - t0) / 1e6);
        else if (parts.size() == 2 && parts.at(0) == "painted")
            run.phase.insert("painted", double(parts.at(1).toLongLong() - t0) / 1e6);
        else if (parts.size() == 2 && parts.at(0) == "rss_kb")
            run.rssMb = parts.at(1).toDouble() / 1024.0;
    }
    return run;
}

// Drops the cache file's pages from the kernel's page cache (after syncing them: only clean pages
// go), as after a reboot. The children's starts are otherwise "cold" for the process only: the
// cache was just written and stays in memory.
void evictFromPageCache(const QString &path)
{
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fsync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// Reads the cache file back into the page cache (after the evicted starts), so that the ticks
// measure CPU and not the disk.
void warmPageCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) {
    }
}

bool measureStarts(const QString &cachePath)
{
    QList<ChildRun> window;
    QList<ChildRun> empty;
    QList<ChildRun> evicted;
    // Interleaved, so that a change in the machine's load touches every series alike.
    for (int i = 0; i < kRuns; ++i) {
        const std::optional<ChildRun> e = runChild({QStringLiteral("--child-empty")});
        const std::optional<ChildRun> w = runChild({QStringLiteral("--child-window"), cachePath});
        evictFromPageCache(cachePath);
        const std::optional<ChildRun> v = runChild({QStringLiteral("--child-window"), cachePath});
        if (!e || !w || !v)
            return false;
        empty.append(*e);
        window.append(*w);
        evicted.append(*v);
    }
    auto series = [](const QList<ChildRun> &runs, auto value) {
        QList<double> out;
        for (const ChildRun &r : runs)
            out.append(value(r));
        return out;
    };
    const QList<double> windowMs = series(window, [](const ChildRun &r) { return r.startMs; });
    const QList<double> emptyMs = series(empty, [](const ChildRun &r) { return r.startMs; });
    std::fprintf(stderr, "cold starts (ms):");
    for (double v : windowMs)
        std::fprintf(stderr, " %.1f", v);
    std::fprintf(stderr, "; empty window starts (ms):");
    for (double v : emptyMs)
        std::fprintf(stderr, " %.1f", v);
    std::fprintf(stderr, "\n");

    const double coldStart = median(windowMs);
    const double emptyStart = median(emptyMs);
    report("cold_start_ms", coldStart, "ms", 1);
    report("cold_start_min_ms", *std::min_element(windowMs.begin(), windowMs.end()), "ms", 1);
    report("empty_window_start_ms", emptyStart, "ms", 1);
    report("cold_start_ratio", emptyStart > 0 ? coldStart / emptyStart : 0, "x", 2);
    report("cold_start_cache_evicted_ms", median(series(evicted, [](const ChildRun &r) { return r.startMs; })), "ms", 1);
    // Where the cold start goes (medians over the runs): from one stamp of the child to the next.
    auto span = [&](const QList<ChildRun> &runs, const char *from, const char *to) {
        return median(series(runs, [from, to](const ChildRun &r) {
            return r.phase.value(to) - (std::strcmp(from, "start") == 0 ? 0.0 : r.phase.value(from));
        }));
    };
    report("cold_start_exec_to_main_ms", span(window, "start", "main"), "ms", 1);
    report("cold_start_qapplication_ms", span(window, "main", "app"), "ms", 1);
    report("cold_start_open_cache_ms", span(window, "app", "cache"), "ms", 1);
    report("cold_start_construct_window_ms", span(window, "cache", "window"), "ms", 1);
    report("cold_start_show_ms", span(window, "window", "show"), "ms", 1);
    report("cold_start_show_to_painted_ms", span(window, "show", "painted"), "ms", 1);
    report("empty_window_exec_to_main_ms", span(empty, "start", "main"), "ms", 1);
    report("empty_window_qapplication_ms", span(empty, "main", "app"), "ms", 1);
    report("empty_window_show_to_painted_ms", span(empty, "show", "painted"), "ms", 1);
    double peak = 0;
    for (const ChildRun &r : window)
        peak = std::max(peak, r.rssMb);
    double emptyPeak = 0;
    for (const ChildRun &r : empty)
        emptyPeak = std::max(emptyPeak, r.rssMb);
    report("peak_rss_mb", peak, "MB", 1);
    report("empty_window_peak_rss_mb", emptyPeak, "MB", 1);
    return true;
}

class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

bool measureTick(const QString &cachePath)
{
    warmPageCache(cachePath);
    auto db = openCache(cachePath, QStringLiteral("tick"));
    if (!db)
        return false;
    CacheStore cache(*db);
    ManualClock clock(kNow);
    Widgets::ConsoleContext ctx;
    ctx.cache = &cache;
    ctx.clock = &clock;
    ctx.agent = QStringLiteral("anna");
    Widgets::MainWindow window(ctx);
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&window, &Widgets::MainWindow::firstPainted, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    window.show();
    if (!shown)
        loop.exec();
    if (!shown) {
        std::fprintf(stderr, "the window did not paint\n");
        return false;
    }
    QCoreApplication::processEvents();
    PaintCounter counter;
    window.chatList()->viewport()->installEventFilter(&counter);

    QList<double> ticks;
    double wallNs = 0;
    for (int i = 0; i < kTicks; ++i) {
        clock.advance(1);
        const qint64 wall0 = monotonicNs();
        const qint64 cpu0 = clockNs(CLOCK_PROCESS_CPUTIME_ID);
        window.tick();
        // The repaint the tick asked for. One pass of the event loop does not deliver it here
        // (the list paints in the second pass), so pass until the list has painted.
        const int before = counter.paints;
        for (int pass = 0; pass < 20 && counter.paints == before; ++pass)
            QCoreApplication::processEvents();
        ticks.append(double(clockNs(CLOCK_PROCESS_CPUTIME_ID) - cpu0) / 1e6);
        wallNs += double(monotonicNs() - wall0);
    }
    double total = 0;
    for (double t : ticks)
        total += t;
    report("tick_cpu_ms", total / kTicks, "ms", 3);
    report("tick_first_cpu_ms", ticks.first(), "ms", 3);
    report("tick_cpu_median_ms", median(ticks), "ms", 3);
    report("tick_cpu_max_ms", *std::max_element(ticks.begin(), ticks.end()), "ms", 3);
    report("tick_wall_ms", wallNs / 1e6 / kTicks, "ms", 3);
    report("tick_list_paints", double(counter.paints) / kTicks, "per tick", 2);
    if (counter.paints < kTicks) {
        std::fprintf(stderr, "the chat list was not repainted on every tick (%d paints)\n", counter.paints);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--child-empty") == 0) {
        stamp("main");
        return childEmpty(argc, argv);
    }
    if (argc >= 3 && std::strcmp(argv[1], "--child-window") == 0) {
        stamp("main");
        return childWindow(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("deskline.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir temp(args.size() > 1 ? args.at(1) + QStringLiteral("/bench_console-XXXXXX") : QString());
    if (!temp.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    const QString cachePath = temp.path() + QStringLiteral("/cache.db");
    QElapsedTimer timer;
    timer.start();
    if (!buildCache(cachePath))
        return 1;
    report("cache_build_s", double(timer.nsecsElapsed()) / 1e9, "s", 1);
    if (!measureStarts(cachePath))
        return 1;
    if (!measureTick(cachePath))
        return 1;
    return 0;
}
