#include "hub/server/password.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Deskline::Hub {

namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr size_t kTokenBytes = 32;

// sodium_init() once per process; C++ guarantees the static is initialized exactly once even
// when several threads get here together.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The UTF-8 bytes of a password, wiped when it goes out of scope.
class Utf8Secret
{
public:
    explicit Utf8Secret(const QString &text)
        : m_bytes(text.toUtf8())
    {
        m_bytes.detach();
    }
    ~Utf8Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Utf8Secret(const Utf8Secret &) = delete;
    Utf8Secret &operator=(const Utf8Secret &) = delete;

    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned long long size() const
    {
        return static_cast<unsigned long long>(m_bytes.size());
    }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, secret.data(), secret.size(), kOpsLimit, kMemLimit) != 0)
        return {};
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QString &password)
{
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES - 1 characters.
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= qsizetype(crypto_pwhash_STRBYTES)
        || hash.contains('\0'))
        return false;
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(hash.constData(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const QByteArray &hash)
{
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= qsizetype(crypto_pwhash_STRBYTES)
        || hash.contains('\0') || !hash.startsWith("$argon2id$"))
        return true;
    // 0: current parameters; 1: other parameters; -1: not a valid hash.
    return crypto_pwhash_str_needs_rehash(hash.constData(), kOpsLimit, kMemLimit) != 0;
}

QByteArray randomToken()
{
    if (!sodiumReady())
        qFatal("libsodium could not be initialized: no source of random bytes");
    QByteArray raw(qsizetype(kTokenBytes), Qt::Uninitialized);
    randombytes_buf(raw.data(), kTokenBytes);
    QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw.data(), kTokenBytes);
    return token;
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace Deskline::Hub
