#include "storage/cache_schema.h"

#include "storage/cache_search.h"

namespace Deskline::Storage {

QList<Migration> cacheMigrations()
{
    QList<Migration> m;

    // 1: the synced state (lines, contacts, chats, messages, templates, billing), the cursor and
    // the outbox.
    const QStringList core{
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', '0')"),
        QStringLiteral("CREATE TABLE lines ("
                       " phone_number_id TEXT PRIMARY KEY,"
                       " waba_id TEXT NOT NULL DEFAULT '',"
                       " display_phone_number TEXT NOT NULL DEFAULT '',"
                       " verified_name TEXT NOT NULL DEFAULT '',"
                       " quality_rating TEXT NOT NULL DEFAULT '',"
                       " messaging_limit TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " name_decision TEXT NOT NULL DEFAULT '',"
                       " quality_event TEXT NOT NULL DEFAULT '',"
                       " errors TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX lines_display ON lines(display_phone_number)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " contact_key TEXT PRIMARY KEY,"
                       " wa_id TEXT NOT NULL DEFAULT '',"
                       " user_id TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL DEFAULT '',"
                       " username TEXT NOT NULL DEFAULT '')"),
        // A chat key the hub may still use after a contact's number or user id changed, and the
        // chat it was merged into.
        QStringLiteral("CREATE TABLE chat_aliases (old_key TEXT PRIMARY KEY, chat_key TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX chat_aliases_target ON chat_aliases(chat_key)"),
        QStringLiteral("CREATE TABLE chats ("
                       " chat_key TEXT PRIMARY KEY,"
                       " phone_number_id TEXT NOT NULL,"
                       " contact_key TEXT NOT NULL,"
                       " last_inbound_at INTEGER,"
                       " referral_at INTEGER,"
                       " fep_opened_at INTEGER,"
                       " fep_for_referral_at INTEGER,"
                       " last_message_at INTEGER,"
                       " last_message_preview TEXT NOT NULL DEFAULT '',"
                       " unread_count INTEGER NOT NULL DEFAULT 0,"
                       " assignee TEXT)"),
        QStringLiteral("CREATE INDEX chats_recent ON chats(last_message_at)"),
        QStringLiteral("CREATE INDEX chats_line_recent ON chats(phone_number_id, last_message_at)"),
        QStringLiteral("CREATE INDEX chats_contact ON chats(contact_key)"),
        QStringLiteral("CREATE TABLE messages ("
                       " message_key TEXT PRIMARY KEY,"
                       " wamid TEXT UNIQUE,"
                       " client_id TEXT UNIQUE,"
                       " chat_key TEXT NOT NULL,"
                       " direction TEXT NOT NULL CHECK (direction IN ('in','out')),"
                       " kind TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " reply_to TEXT NOT NULL DEFAULT '',"
                       " reaction_to TEXT NOT NULL DEFAULT '',"
                       " reaction_emoji TEXT NOT NULL DEFAULT '',"
                       " media_id TEXT NOT NULL DEFAULT '',"
                       " media_mime TEXT NOT NULL DEFAULT '',"
                       " media_caption TEXT NOT NULL DEFAULT '',"
                       " media_filename TEXT NOT NULL DEFAULT '',"
                       " raw TEXT NOT NULL DEFAULT '',"
                       " supported INTEGER NOT NULL DEFAULT 1,"
                       " sent_by TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " status TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER, delivered_at INTEGER, read_at INTEGER, played_at INTEGER, failed_at INTEGER,"
                       " errors TEXT NOT NULL DEFAULT '[]',"
                       " outbox_state TEXT NOT NULL DEFAULT '',"
                       // counted in `billing` (from the first status that carried pricing)
                       " billed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX messages_chat ON messages(chat_key, created_at)"),
        QStringLiteral("CREATE TABLE templates ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " quality TEXT NOT NULL DEFAULT '',"
                       " definition TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE billing ("
                       " phone_number_id TEXT NOT NULL,"
                       " day TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " pricing_type TEXT NOT NULL,"
                       " billable INTEGER NOT NULL DEFAULT 0,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (phone_number_id, day, category, pricing_type))"),
        QStringLiteral("CREATE TABLE outbox ("
                       " client_id TEXT PRIMARY KEY,"
                       " line_id TEXT NOT NULL,"
                       " chat_key TEXT NOT NULL,"
                       " to_key TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " request TEXT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('queued','sending','accepted','failed','draft','unconfirmed')),"
                       " error TEXT NOT NULL DEFAULT '{}',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, created_at)"),
        QStringLiteral("CREATE TABLE account_events ("
                       " seq INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " waba_id TEXT NOT NULL DEFAULT '',"
                       " time INTEGER,"
                       " payload TEXT NOT NULL DEFAULT '{}')"),
    };
    m.append({1, QStringLiteral("synced state and outbox"), core, core});

    // 2: full-text search. Rows are keyed by the rowid of the message or contact they index and
    // hold normalized text; migrateCache() fills them for what version 1 already held.
    const QStringList search{
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(norm, tokenize='trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE contact_search USING fts5(norm, tokenize='trigram')"),
        QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('search_rebuild', '1')"),
    };
    m.append({2, QStringLiteral("full-text search"), search, search});

    // 3: the console's chat list filters (Mine, Unassigned, Closing soon) and its time-left sort.
    const QStringList listIndexes{
        QStringLiteral("CREATE INDEX chats_inbound ON chats(last_inbound_at)"),
        QStringLiteral("CREATE INDEX chats_assignee ON chats(assignee, last_message_at)"),
    };
    m.append({3, QStringLiteral("chat list indexes"), listIndexes, listIndexes});
    return m;
}

bool migrateCache(Database &db, QString *error)
{
    if (db.dialect() != Dialect::Sqlite) {
        if (error)
            *error = QStringLiteral("the console cache is SQLite only");
        return false;
    }
    if (!db.migrate(cacheMigrations(), error))
        return false;
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'search_rebuild'"));
    if (!Database::exec(q, error))
        return false;
    const bool rebuild = q.next();
    q.finish();
    if (!rebuild)
        return true;
    if (!db.begin()) {
        if (error)
            *error = QStringLiteral("cannot begin the search rebuild");
        return false;
    }
    if (!rebuildSearchIndex(db, error) || !db.execute(QStringLiteral("DELETE FROM sync_state WHERE key = 'search_rebuild'"), error)
        || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Deskline::Storage
