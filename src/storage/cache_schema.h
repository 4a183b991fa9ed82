#pragma once

#include "storage/database.h"

#include <QList>

namespace Deskline::Storage {

// The console's local cache (always SQLite, WAL): what the hub streamed, plus the durable outbox.
// Version 1 holds the synced state and the outbox; version 2 adds full-text search (FTS5,
// trigram) over message bodies and contact names. The search tables hold text normalized in C++
// (cache_search.h), so a step that adds them only marks the index for a rebuild, which
// migrateCache() then does.
QList<Migration> cacheMigrations();

// Brings a cache to the newest schema and rebuilds the search index when a migration asked for
// it. Returns false (and why) on failure.
bool migrateCache(Database &db, QString *error);

} // namespace Deskline::Storage
