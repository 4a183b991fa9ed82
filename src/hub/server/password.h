#pragma once

#include <QByteArray>
#include <QString>

namespace Deskline::Hub {

// Agent passwords and session tokens (libsodium).
//
// Passwords are hashed with argon2id at libsodium's "interactive" cost (about 64 MiB and
// 50–100 ms per hash) into the self-describing "$argon2id$v=19$m=…,t=…,p=…$salt$hash" form, so
// the parameters travel with each hash and can be raised later (needsRehash). A password is
// hashed as its UTF-8 bytes; the temporary copy is wiped.
//
// Session tokens are 32 random bytes, given to the console once as base64url text (43 characters,
// no padding); the hub keeps only tokenHash() of them. Neither a password nor a token is ever
// logged or put in an error message.

// The argon2id hash of `password`, or an empty array when hashing failed (out of memory).
QByteArray hashPassword(const QString &password);

// True when `password` matches `hash` (an empty or malformed hash matches nothing).
bool verifyPassword(const QByteArray &hash, const QString &password);

// True when `hash` was made with other parameters than hashPassword() uses today (or is not an
// argon2id hash at all): rehash it at the next successful login.
bool needsRehash(const QByteArray &hash);

// A new session token: 32 bytes from the system's CSPRNG, base64url without padding.
QByteArray randomToken();

// What the hub stores for a token: the lowercase hex SHA-256 of its text.
QByteArray tokenHash(const QByteArray &token);

} // namespace Deskline::Hub
