#include "hub/server/hub_schema.h"

namespace Deskline::Hub {

namespace {

// Statements that are the same in both dialects.
QStringList both(const QStringList &sql)
{
    return sql;
}

} // namespace

QList<Storage::Migration> hubMigrations()
{
    QList<Storage::Migration> m;

    // 1: the append-only event log with its gap-free counter.
    const QStringList eventLog = both({
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters(name, value) VALUES ('events', 0)"),
        QStringLiteral("CREATE TABLE events ("
                       " seq BIGINT PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " natural_key TEXT UNIQUE,"
                       " line_id TEXT,"
                       " payload TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL)"),
    });
    m.append({1, QStringLiteral("event log"), eventLog, eventLog});

    // 2: agents, their tokens, and per-line rights.
    const QStringList agents = both({
        QStringLiteral("CREATE TABLE agents ("
                       " name TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('agent','supervisor','admin')),"
                       " password_hash TEXT NOT NULL,"
                       " lines TEXT NOT NULL DEFAULT '',"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " agent TEXT NOT NULL REFERENCES agents(name) ON DELETE CASCADE,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX tokens_agent ON tokens(agent)"),
    });
    m.append({2, QStringLiteral("agents and tokens"), agents, agents});

    // 3: state materialized from the event log, for snapshots and rule checks.
    const QStringList state = both({
        QStringLiteral("CREATE TABLE lines ("
                       " phone_number_id TEXT PRIMARY KEY,"
                       " waba_id TEXT NOT NULL DEFAULT '',"
                       " display_phone_number TEXT NOT NULL DEFAULT '',"
                       " verified_name TEXT NOT NULL DEFAULT '',"
                       " quality_rating TEXT NOT NULL DEFAULT '',"
                       " messaging_limit TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " updated_seq BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE templates ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " language TEXT NOT NULL,"
                       " category TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " quality TEXT NOT NULL DEFAULT '',"
                       " definition TEXT NOT NULL DEFAULT '{}',"
                       " updated_seq BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE chats ("
                       " chat_key TEXT PRIMARY KEY,"
                       " phone_number_id TEXT NOT NULL,"
                       " customer_key TEXT NOT NULL,"
                       " wa_id TEXT NOT NULL DEFAULT '',"
                       " user_id TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL DEFAULT '',"
                       " username TEXT NOT NULL DEFAULT '',"
                       " last_inbound_at BIGINT,"
                       " referral_at BIGINT,"
                       " fep_opened_at BIGINT,"
                       " fep_for_referral_at BIGINT,"
                       " last_message_at BIGINT,"
                       " assignee TEXT,"
                       " updated_seq BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX chats_recent ON chats(last_message_at)"),
        QStringLiteral("CREATE TABLE messages ("
                       " message_key TEXT PRIMARY KEY,"
                       " wamid TEXT UNIQUE,"
                       " client_id TEXT UNIQUE,"
                       " chat_key TEXT NOT NULL,"
                       " direction TEXT NOT NULL CHECK (direction IN ('in','out')),"
                       " kind TEXT NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " payload TEXT NOT NULL DEFAULT '{}',"
                       " sent_by TEXT,"
                       " created_at BIGINT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT '',"
                       " sent_at BIGINT, delivered_at BIGINT, read_at BIGINT, played_at BIGINT, failed_at BIGINT,"
                       " errors TEXT NOT NULL DEFAULT '[]',"
                       " updated_seq BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX messages_chat ON messages(chat_key, created_at)"),
        QStringLiteral("CREATE TABLE billing ("
                       " phone_number_id TEXT NOT NULL,"
                       " day TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " pricing_type TEXT NOT NULL,"
                       " billable BIGINT NOT NULL DEFAULT 0,"
                       " total BIGINT NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (phone_number_id, day, category, pricing_type))"),
        QStringLiteral("CREATE TABLE billed_messages (wamid TEXT PRIMARY KEY)"),
    });
    m.append({3, QStringLiteral("materialized state"), state, state});

    // 4: sends through the hub, keyed by the console's idempotency key.
    const QStringList sends = both({
        QStringLiteral("CREATE TABLE sends ("
                       " idempotency_key TEXT PRIMARY KEY,"
                       " agent TEXT NOT NULL,"
                       " phone_number_id TEXT NOT NULL,"
                       " request TEXT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('pending','accepted','rejected','unconfirmed')),"
                       " wamid TEXT,"
                       " http_status INTEGER,"
                       " response TEXT NOT NULL DEFAULT '{}',"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
    });
    m.append({4, QStringLiteral("idempotent sends"), sends, sends});
    return m;
}

} // namespace Deskline::Hub
