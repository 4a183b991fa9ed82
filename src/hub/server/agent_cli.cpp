#include "hub/server/agent_cli.h"

#include "hub/server/agent_store.h"
#include "hub/server/hub_schema.h"
#include "storage/database.h"

#include <QUuid>

#include <optional>

namespace Deskline::Hub {

namespace {

enum class Command { Add, Passwd, Set, Disable, Enable, List };

struct Options
{
    Command command = Command::List;
    QString name;
    std::optional<Role> role;
    std::optional<QStringList> lines; // set: given; empty list = every line
    bool passwordStdin = false;
    QString db;
    bool help = false;
};

struct UsageError
{
    QString message;
};

std::optional<Command> commandFromString(const QString &word)
{
    if (word == u"add")
        return Command::Add;
    if (word == u"passwd")
        return Command::Passwd;
    if (word == u"set")
        return Command::Set;
    if (word == u"disable")
        return Command::Disable;
    if (word == u"enable")
        return Command::Enable;
    if (word == u"list")
        return Command::List;
    return std::nullopt;
}

// Parses `args` (starting at "agent"). Returns an error message for a usage error. Never quotes
// an argument it does not understand — a mistyped command line may hold a password — only
// option names and the command word.
std::optional<UsageError> parse(const QStringList &args, Options *o)
{
    if (args.isEmpty() || args.first() != u"agent")
        return UsageError {QStringLiteral("expected the command \"agent\"")};
    if (args.size() < 2)
        return UsageError {QStringLiteral("which agent command?")};
    const QString &word = args.at(1);
    if (word == u"--help" || word == u"-h" || word == u"help") {
        o->help = true;
        return std::nullopt;
    }
    const auto command = commandFromString(word);
    if (!command)
        return UsageError {QStringLiteral("unknown command \"%1\"").arg(word.left(32))};
    o->command = *command;

    QStringList positional;
    QStringList seen;
    bool allLines = false;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--help" || arg == u"-h") {
            o->help = true;
            return std::nullopt;
        }
        if (!arg.startsWith(u"--") || arg == u"--") {
            if (arg.startsWith(u'-') && arg != u"-")
                return UsageError {QStringLiteral("unknown option %1...").arg(arg.left(2))};
            positional.append(arg);
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString option = eq < 0 ? arg : arg.left(eq);
        if (seen.contains(option))
            return UsageError {QStringLiteral("%1 is given twice").arg(option)};
        seen.append(option);
        const bool takesValue = option == u"--role" || option == u"--lines" || option == u"--db";
        const bool isFlag = option == u"--password-stdin" || option == u"--all-lines";
        if (option == u"--password")
            return UsageError {QStringLiteral("a password is never taken from the command line; "
                                              "pipe it in and use --password-stdin")};
        if (!takesValue && !isFlag)
            return UsageError {QStringLiteral("unknown option %1").arg(option.left(32))};
        if (isFlag && eq >= 0)
            return UsageError {QStringLiteral("%1 takes no value").arg(option)};
        QString value;
        if (takesValue) {
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                return UsageError {QStringLiteral("%1 needs a value").arg(option)};
            }
        }
        if (option == u"--role") {
            o->role = roleFromString(value);
            if (!o->role)
                return UsageError {QStringLiteral("--role is agent, supervisor or admin")};
        } else if (option == u"--lines") {
            const QStringList ids = value.split(u',', Qt::SkipEmptyParts);
            if (ids.isEmpty())
                return UsageError {QStringLiteral("--lines needs at least one line id (use "
                                                  "--all-lines, or leave it out, for every line)")};
            o->lines = ids;
        } else if (option == u"--all-lines") {
            allLines = true;
        } else if (option == u"--password-stdin") {
            o->passwordStdin = true;
        } else if (option == u"--db") {
            if (value.isEmpty())
                return UsageError {QStringLiteral("--db needs a value")};
            o->db = value;
        }
    }

    const bool takesName = o->command != Command::List;
    if (takesName && positional.isEmpty())
        return UsageError {
            QStringLiteral("%1: which agent? (the agent's name is missing)").arg(word)};
    if (positional.size() > (takesName ? 1 : 0))
        return UsageError {QStringLiteral("%1: too many arguments").arg(word)};
    if (takesName)
        o->name = positional.first();

    if (allLines && o->lines)
        return UsageError {QStringLiteral("--lines and --all-lines exclude each other")};
    if (allLines)
        o->lines = QStringList();

    auto allowed = [&](const QString &option, bool ok) -> std::optional<UsageError> {
        if (seen.contains(option) && !ok)
            return UsageError {QStringLiteral("%1 does not take %2").arg(word, option)};
        return std::nullopt;
    };
    const Command c = o->command;
    const bool editsAgent = c == Command::Add || c == Command::Set;
    for (const auto &check : {allowed(QStringLiteral("--role"), editsAgent),
             allowed(QStringLiteral("--lines"), editsAgent),
             allowed(QStringLiteral("--all-lines"), editsAgent),
             allowed(
                 QStringLiteral("--password-stdin"), c == Command::Add || c == Command::Passwd)}) {
        if (check)
            return check;
    }
    if (c == Command::Add && !o->role)
        return UsageError {QStringLiteral("add needs --role agent|supervisor|admin")};
    if ((c == Command::Add || c == Command::Passwd) && !o->passwordStdin)
        return UsageError {
            QStringLiteral("%1 needs --password-stdin (pipe the password in)").arg(word)};
    if (c == Command::Set && !o->role && !o->lines)
        return UsageError {QStringLiteral("set needs --role, --lines or --all-lines")};
    if (o->db.isEmpty())
        return UsageError {QStringLiteral("%1 needs --db URL").arg(word)};
    return std::nullopt;
}

QString describeLines(const QStringList &lines)
{
    return lines.isEmpty() ? QStringLiteral("all lines") : lines.join(u',');
}

// Reads the password line; wiped by the caller.
std::optional<QString> readPassword(QTextStream &in, QString *error)
{
    QString line = in.readLine();
    if (line.isNull()) {
        *error = QStringLiteral("no password on standard input");
        return std::nullopt;
    }
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = QStringLiteral("the password on standard input is empty");
        return std::nullopt;
    }
    return line;
}

void wipe(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

int act(const Options &o, const QString &password, Storage::Database &db, QTextStream &out,
    QTextStream &err, const Clock &clock)
{
    AgentStore store(db, clock);
    QString error;
    auto failed = [&]() {
        err << "agent: " << error << Qt::endl;
        return 1;
    };
    switch (o.command) {
    case Command::Add: {
        const QStringList lines = o.lines.value_or(QStringList());
        if (!store.add(o.name, *o.role, password, lines, &error))
            return failed();
        const auto added = store.find(o.name);
        out << "added agent " << o.name << " (" << toString(*o.role) << ", "
            << describeLines(added ? added->lines : lines) << ")" << Qt::endl;
        return 0;
    }
    case Command::Passwd:
        if (!store.setPassword(o.name, password, &error))
            return failed();
        out << "changed the password of " << o.name << "; their open sessions have ended"
            << Qt::endl;
        return 0;
    case Command::Set: {
        if (!store.find(o.name)) {
            error = QStringLiteral("there is no agent named %1").arg(o.name);
            return failed();
        }
        if (!db.begin()) {
            error = QStringLiteral("cannot start a transaction");
            return failed();
        }
        if ((o.role && !store.setRole(o.name, *o.role, &error))
            || (o.lines && !store.setLines(o.name, *o.lines, &error))) {
            db.rollback();
            return failed();
        }
        if (!db.commit()) {
            db.rollback();
            error = QStringLiteral("cannot commit the change");
            return failed();
        }
        const auto now = store.find(o.name);
        if (now)
            out << "updated agent " << o.name << " (" << toString(now->role) << ", "
                << describeLines(now->lines) << ")" << Qt::endl;
        return 0;
    }
    case Command::Disable:
        if (!store.setDisabled(o.name, true, &error))
            return failed();
        out << "disabled agent " << o.name << "; their open sessions have ended" << Qt::endl;
        return 0;
    case Command::Enable:
        if (!store.setDisabled(o.name, false, &error))
            return failed();
        out << "enabled agent " << o.name << Qt::endl;
        return 0;
    case Command::List: {
        const QList<AgentInfo> agents = store.list();
        if (agents.isEmpty()) {
            out << "no agents yet" << Qt::endl;
            return 0;
        }
        qsizetype width = 0;
        for (const AgentInfo &a : agents)
            width = qMax(width, a.name.size());
        for (const AgentInfo &a : agents) {
            QString line = a.name.leftJustified(width) + QStringLiteral("  ")
                + toString(a.role).leftJustified(10) + QStringLiteral("  ")
                + describeLines(a.lines);
            if (a.disabled)
                line += QStringLiteral("  disabled");
            out << line << Qt::endl;
        }
        return 0;
    }
    }
    return 1;
}

} // namespace

QString agentUsage()
{
    return QStringLiteral(
        "Usage:\n"
        "  deskline-hub agent add NAME --role agent|supervisor|admin [--lines ID,...] "
        "--password-stdin --db URL\n"
        "  deskline-hub agent passwd NAME --password-stdin --db URL\n"
        "  deskline-hub agent set NAME [--role ROLE] [--lines ID,... | --all-lines] --db URL\n"
        "  deskline-hub agent disable NAME --db URL\n"
        "  deskline-hub agent enable NAME --db URL\n"
        "  deskline-hub agent list --db URL\n"
        "\n"
        "Manages the hub's agents directly in its database (sqlite:PATH or postgresql://...).\n"
        "NAME is 1 to 64 letters, digits, '.', '_' or '-'. --lines limits an agent to these\n"
        "phone_number_ids (supervisors and admins always see every line). --password-stdin reads\n"
        "the password (at least 8 characters) from the first line of standard input, e.g.\n"
        "  printf '%s\\n' \"$PW\" | deskline-hub agent passwd alice --password-stdin --db URL\n"
        "Changing a password or disabling an agent ends the agent's open sessions.\n"
        "Exit status: 0 done, 1 failed, 2 usage error.\n");
}

int runAgentCommand(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err,
    const Deskline::Clock &clock)
{
    Options o;
    if (const auto usage = parse(args, &o)) {
        err << "agent: " << usage->message << "\n\n" << agentUsage() << Qt::flush;
        return 2;
    }
    if (o.help) {
        out << agentUsage() << Qt::flush;
        return 0;
    }

    QString error;
    QString password;
    if (o.passwordStdin) {
        auto read = readPassword(in, &error);
        if (!read) {
            err << "agent: " << error << Qt::endl;
            return 1;
        }
        password = std::move(*read);
    }

    int code = 1;
    const auto url = Storage::DatabaseUrl::parse(o.db, &error);
    if (!url) {
        err << "agent: --db: " << error << Qt::endl;
    } else {
        const QString connection = QStringLiteral("deskline-agent-cli-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto db = Storage::Database::open(*url, connection, &error);
        if (!db) {
            err << "agent: " << error << Qt::endl;
        } else if (!db->migrate(hubMigrations(), &error)) {
            err << "agent: cannot bring " << url->redacted() << " to the hub schema: " << error
                << Qt::endl;
        } else {
            code = act(o, password, *db, out, err, clock);
        }
    }
    wipe(password);
    return code;
}

} // namespace Deskline::Hub
