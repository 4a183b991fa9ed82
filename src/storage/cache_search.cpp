#include "storage/cache_search.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

Q_LOGGING_CATEGORY(lcCacheSearch, "deskline.cache.search")

namespace Deskline::Storage {

namespace {


QString escapeLike(const QString &term)
{
    QString out;
    out.reserve(term.size() + 2);
    for (const QChar c : term) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

QString snippetOf(const QString &original, const QStringList &terms)
{
    QList<int> map;
    const QString norm = normalizeForSearch(original, &map);
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString &t : terms) {
        at = norm.indexOf(t);
        if (at >= 0) {
            length = t.size();
            break;
        }
    }
    constexpr int kBefore = 30;
    constexpr int kAfter = 50;
    if (at < 0 || map.isEmpty())
        return original.left(kBefore + kAfter);
    const qsizetype start = map.at(at);
    const qsizetype end = at + length - 1 < map.size() ? map.at(at + length - 1) + 1 : original.size();
    qsizetype from = qMax<qsizetype>(0, start - kBefore);
    qsizetype to = qMin<qsizetype>(original.size(), end + kAfter);
    if (from > 0 && original.at(from).isLowSurrogate())
        --from;
    if (to < original.size() && original.at(to).isLowSurrogate())
        ++to;
    QString out = original.mid(from, to - from).simplified();
    if (from > 0)
        out.prepend(u'…');
    if (to < original.size())
        out.append(u'…');
    return out;
}

bool deleteRow(Database &db, bool messages, qint64 rowid, QString *error)
{
    QSqlQuery &del = db.prepare(messages ? QStringLiteral("DELETE FROM message_search WHERE rowid = ?")
                                         : QStringLiteral("DELETE FROM contact_search WHERE rowid = ?"));
    del.addBindValue(rowid);
    return Database::exec(del, error);
}

bool insertRow(Database &db, bool messages, qint64 rowid, const QString &norm, QString *error)
{
    // By name: QtSql formats a name for each positional value.
    QSqlQuery &ins = db.prepare(messages ? QStringLiteral("INSERT INTO message_search(rowid, norm) VALUES (:rowid, :norm)")
                                         : QStringLiteral("INSERT INTO contact_search(rowid, norm) VALUES (:rowid, :norm)"));
    ins.bindValue(QStringLiteral(":rowid"), rowid);
    ins.bindValue(QStringLiteral(":norm"), nonNull(norm));
    return Database::exec(ins, error);
}

// One character (a code point, as UTF-16) folded the way the index holds it: lowercased,
// Turkish dotless ı as i, decomposed (NFD). Marks are dropped later, by context.
QString foldPiece(QStringView piece)
{
    QString folded = piece.toString().toLower();
    folded.replace(QChar(0x0131), u'i'); // Turkish dotless ı
    return folded.normalized(QString::NormalizationForm_D);
}

// foldPiece() of a single UTF-16 code unit (not a surrogate) depends on nothing else, so it is
// worked out once per code unit and kept, packed into 64 bits: up to three result units (bits
// 0-47), their count (48-49), which of them are non-spacing marks (50-52) and which are Latin
// (53-55). A result longer than three units is marked kLong and folded again each time. 0: not
// worked out yet. Threads that race to fill an entry store the same value.
constexpr quint64 kLong = quint64(1) << 56;
std::atomic<quint64> g_foldedUnits[0x10000];

quint64 foldedUnit(char16_t unit)
{
    quint64 packed = g_foldedUnits[unit].load(std::memory_order_relaxed);
    if (packed)
        return packed;
    const QChar c(unit);
    const QString folded = foldPiece(QStringView(&c, 1));
    if (folded.isEmpty() || folded.size() > 3) {
        packed = kLong;
    } else {
        packed = quint64(folded.size()) << 48;
        for (qsizetype k = 0; k < folded.size(); ++k) {
            const QChar f = folded.at(k);
            packed |= quint64(f.unicode()) << (16 * k);
            if (f.category() == QChar::Mark_NonSpacing)
                packed |= quint64(1) << (50 + k);
            if (f.script() == QChar::Script_Latin)
                packed |= quint64(1) << (53 + k);
        }
    }
    g_foldedUnits[unit].store(packed, std::memory_order_relaxed);
    return packed;
}

} // namespace

QString normalizeForSearch(const QString &text, QList<int> *sourceIndex)
{
    QString out;
    out.reserve(text.size());
    if (sourceIndex) {
        sourceIndex->clear();
        sourceIndex->reserve(text.size());
    }
    bool afterLatin = false;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        const char16_t unit = text.at(i).unicode();
        if (!QChar::isSurrogate(unit)) {
            // The common case: one code unit, folded from the table.
            const quint64 packed = foldedUnit(unit);
            if (!(packed & kLong)) {
                ++i;
                const int count = int((packed >> 48) & 3);
                for (int k = 0; k < count; ++k) {
                    const bool mark = packed & (quint64(1) << (50 + k));
                    if (mark && afterLatin)
                        continue; // ü → u, the dot of İ → i
                    out.append(QChar(char16_t(packed >> (16 * k))));
                    if (sourceIndex)
                        sourceIndex->append(int(start));
                    if (!mark)
                        afterLatin = packed & (quint64(1) << (53 + k));
                }
                continue;
            }
        }
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        i += width;
        const QString piece = foldPiece(QStringView(text).mid(start, width));
        for (const QChar c : piece) {
            const bool mark = c.category() == QChar::Mark_NonSpacing;
            if (mark && afterLatin)
                continue; // ü → u, the dot of İ → i
            out.append(c);
            if (sourceIndex)
                sourceIndex->append(int(start));
            if (!mark)
                afterLatin = c.script() == QChar::Script_Latin;
        }
    }
    return out;
}

namespace {

// (Re)indexes one row: `select` returns its rowid and then the text columns to search.
bool indexRow(Database &db, const QString &select, const QString &key, bool messages, bool isNew, QString *error)
{
    QSqlQuery &row = db.prepare(select);
    row.addBindValue(key);
    if (!Database::exec(row, error))
        return false;
    if (!row.next())
        return true;
    const qint64 rowid = row.value(0).toLongLong();
    QStringList parts;
    for (int i = 1; i < row.record().count(); ++i) {
        const QString s = row.value(i).toString();
        if (!s.isEmpty())
            parts.append(s);
    }
    row.finish();
    if (!isNew && !deleteRow(db, messages, rowid, error))
        return false;
    if (parts.isEmpty())
        return true;
    return insertRow(db, messages, rowid, normalizeForSearch(parts.join(u'\n')), error);
}

} // namespace

bool indexMessage(Database &db, const QString &messageKey, bool isNew, QString *error)
{
    return indexRow(db, QStringLiteral("SELECT rowid, body, media_caption, media_filename FROM messages WHERE message_key = ?"),
                    messageKey, true, isNew, error);
}

bool indexNewMessage(Database &db, qint64 rowid, const QStringList &texts, QString *error)
{
    QStringList parts;
    for (const QString &t : texts) {
        if (!t.isEmpty())
            parts.append(t);
    }
    if (parts.isEmpty())
        return true;
    return insertRow(db, true, rowid, normalizeForSearch(parts.join(u'\n')), error);
}

bool unindexMessage(Database &db, const QString &messageKey, QString *error)
{
    QSqlQuery &row = db.prepare(QStringLiteral("SELECT rowid FROM messages WHERE message_key = ?"));
    row.addBindValue(messageKey);
    if (!Database::exec(row, error))
        return false;
    if (!row.next())
        return true;
    const qint64 rowid = row.value(0).toLongLong();
    row.finish();
    return deleteRow(db, true, rowid, error);
}

bool indexContact(Database &db, const QString &contactKey, bool isNew, QString *error)
{
    return indexRow(db, QStringLiteral("SELECT rowid, name, username FROM contacts WHERE contact_key = ?"),
                    contactKey, false, isNew, error);
}

bool unindexContact(Database &db, const QString &contactKey, QString *error)
{
    QSqlQuery &row = db.prepare(QStringLiteral("SELECT rowid FROM contacts WHERE contact_key = ?"));
    row.addBindValue(contactKey);
    if (!Database::exec(row, error))
        return false;
    if (!row.next())
        return true;
    const qint64 rowid = row.value(0).toLongLong();
    row.finish();
    return deleteRow(db, false, rowid, error);
}

namespace {

// Indexes every row of one table: `select` returns the rowid, then the text columns to search.
bool indexAll(Database &db, const QString &select, bool messages, QString *error)
{
    QSqlQuery rows(db.sql());
    rows.setForwardOnly(true);
    if (!rows.exec(select)) {
        if (error)
            *error = rows.lastError().text();
        return false;
    }
    const int columns = rows.record().count();
    while (rows.next()) {
        QStringList parts;
        for (int i = 1; i < columns; ++i) {
            const QString s = rows.value(i).toString();
            if (!s.isEmpty())
                parts.append(s);
        }
        if (!parts.isEmpty()
            && !insertRow(db, messages, rows.value(0).toLongLong(), normalizeForSearch(parts.join(u'\n')), error))
            return false;
    }
    return true;
}

} // namespace

bool rebuildSearchIndex(Database &db, QString *error)
{
    return db.execute(QStringLiteral("DELETE FROM message_search"), error)
        && db.execute(QStringLiteral("DELETE FROM contact_search"), error)
        && indexAll(db, QStringLiteral("SELECT rowid, body, media_caption, media_filename FROM messages"), true, error)
        && indexAll(db, QStringLiteral("SELECT rowid, name, username FROM contacts"), false, error);
}

QList<SearchHit> searchCache(Database &db, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QStringList terms = normalizeForSearch(text).simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit <= 0)
        return hits;
    QStringList phrases;
    QStringList likes;
    for (const QString &t : terms) {
        if (codePoints(t) >= 3)
            phrases.append(u'"' + QString(t).replace(u'"', QStringLiteral("\"\"")) + u'"');
        else
            likes.append(QStringLiteral("%") + escapeLike(t) + QStringLiteral("%"));
    }
    auto where = [&]() {
        QStringList parts;
        if (!phrases.isEmpty())
            parts.append(QStringLiteral("s.norm MATCH ?")); // the column filter keeps the table's name out
        for (qsizetype i = 0; i < likes.size(); ++i)
            parts.append(QStringLiteral("s.norm LIKE ? ESCAPE '\\'"));
        return parts.join(QStringLiteral(" AND "));
    };
    auto bind = [&](QSqlQuery &q) {
        if (!phrases.isEmpty())
            q.addBindValue(phrases.join(QStringLiteral(" AND ")));
        for (const QString &l : likes)
            q.addBindValue(l);
    };

    // Contacts: every chat of a matching contact.
    QSqlQuery contacts(db.sql());
    contacts.setForwardOnly(true);
    contacts.prepare(QStringLiteral("SELECT ch.chat_key, c.name, c.username FROM contact_search s"
                                    " JOIN contacts c ON c.rowid = s.rowid JOIN chats ch ON ch.contact_key = c.contact_key"
                                    " WHERE ") + where() + QStringLiteral(" ORDER BY ch.last_message_at DESC LIMIT ?"));
    bind(contacts);
    contacts.addBindValue(limit);
    if (contacts.exec()) {
        while (contacts.next()) {
            const QString name = contacts.value(1).toString();
            hits.append({contacts.value(0).toString(), QString(),
                         name.isEmpty() ? contacts.value(2).toString() : name});
        }
    } else {
        qCWarning(lcCacheSearch).noquote() << "contact search failed:" << contacts.lastError().text();
    }
    if (hits.size() >= limit)
        return hits;

    QSqlQuery messages(db.sql());
    messages.setForwardOnly(true);
    messages.prepare(QStringLiteral("SELECT m.chat_key, m.message_key, m.body, m.media_caption, m.media_filename FROM message_search s"
                                    " JOIN messages m ON m.rowid = s.rowid WHERE ")
                     + where() + QStringLiteral(" ORDER BY m.created_at DESC LIMIT ?"));
    bind(messages);
    messages.addBindValue(limit - int(hits.size()));
    if (!messages.exec()) {
        qCWarning(lcCacheSearch).noquote() << "message search failed:" << messages.lastError().text();
        return hits;
    }
    while (messages.next()) {
        QStringList parts;
        for (int i = 2; i <= 4; ++i) {
            const QString s = messages.value(i).toString();
            if (!s.isEmpty())
                parts.append(s);
        }
        hits.append({messages.value(0).toString(), messages.value(1).toString(), snippetOf(parts.join(u'\n'), terms)});
    }
    return hits;
}

} // namespace Deskline::Storage
