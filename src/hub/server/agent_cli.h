#pragma once

#include "core/clock.h"

#include <QStringList>
#include <QTextStream>

namespace Deskline::Hub {

// The hub program's `agent` subcommands, run against the hub database directly (no hub needs to
// be running). `args` starts at "agent":
//
//   agent add NAME --role agent|supervisor|admin [--lines ID,…] --password-stdin --db URL
//   agent passwd NAME --password-stdin --db URL
//   agent set NAME [--role ROLE] [--lines ID,… | --all-lines] --db URL
//   agent disable NAME --db URL
//   agent enable NAME --db URL
//   agent list --db URL
//   agent --help
//
// --password-stdin reads one line from `in` (the trailing newline dropped); a password is never
// taken from the command line, where other users of the machine could read it. The database is
// opened from URL (sqlite:PATH or postgresql://…) and migrated to the hub schema first.
//
// Returns the process exit code: 0 done (a confirmation on `out`), 1 failed (why on `err`),
// 2 usage error (usage on `err`). `--help` prints the usage on `out` and returns 0. Nothing
// printed ever contains a password, a token or a password hash.
int runAgentCommand(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err,
    const Deskline::Clock &clock);

// The usage text of the `agent` subcommands, for the hub's own --help.
QString agentUsage();

} // namespace Deskline::Hub
