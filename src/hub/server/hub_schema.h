#pragma once

#include "storage/database.h"

namespace Deskline::Hub {

// The hub's schema, for SQLite and PostgreSQL alike (docs/hub.md). Append a Migration to change
// it; never edit one that has shipped.
QList<Storage::Migration> hubMigrations();

} // namespace Deskline::Hub
