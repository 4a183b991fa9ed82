#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

namespace Deskline::Storage {

// One search result: a message (messageKey set) or a contact's chat (messageKey empty).
struct SearchHit
{
    QString chatKey;
    QString messageKey;
    QString snippet; // a short extract of the original text around the match
};

// The text the search index holds and queries are matched against: lowercased with Unicode's
// locale-neutral mapping, Turkish dotless ı folded to i (and İ, which lowercases to i + dot, to
// i), marks stripped from Latin letters (ü→u, ğ→g, é→e) and left on other scripts, in
// decomposed form. `sourceIndex`, when given, receives for each character of the result the
// index of the character of `text` it came from.
QString normalizeForSearch(const QString &text, QList<int> *sourceIndex = nullptr);

// Keeping the FTS tables in step; run inside the caller's transaction.
bool indexMessage(Database &db, const QString &messageKey, bool isNew, QString *error);
// A message just inserted (its rowid and its body, caption and file name), without a lookup.
bool indexNewMessage(Database &db, qint64 rowid, const QStringList &texts, QString *error);
bool unindexMessage(Database &db, const QString &messageKey, QString *error);
bool indexContact(Database &db, const QString &contactKey, bool isNew, QString *error);
bool unindexContact(Database &db, const QString &contactKey, QString *error);
bool rebuildSearchIndex(Database &db, QString *error);

// Contacts (by name or username) first, then messages, newest first. Terms of three characters
// or more use the trigram index; shorter ones (one or two Chinese characters, "да") fall back
// to LIKE over the normalized text.
QList<SearchHit> searchCache(Database &db, const QString &text, int limit);

} // namespace Deskline::Storage
