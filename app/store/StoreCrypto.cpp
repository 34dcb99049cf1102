#include "app/store/StoreCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carddesk {

namespace {
constexpr unsigned char kBlobVersion = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

QString tr(const char* text)
{
    return QCoreApplication::translate("StoreCrypto", text);
}
} // namespace

QString normalizeIdNumber(const QString& idNumber)
{
    return idNumber.trimmed().toUpper();
}

QString maskIdNumber(const QString& idNumber)
{
    const QString n = normalizeIdNumber(idNumber);
    if (n.isEmpty())
        return {};
    if (n.size() < 10)
        return QString(n.size(), QLatin1Char('*'));
    return n.left(6) + QString(n.size() - 10, QLatin1Char('*')) + n.right(4);
}

std::unique_ptr<StoreCrypto> StoreCrypto::openKeyFile(const QString& keyFile, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::unique_ptr<StoreCrypto>();
    };
    if (keyFile.isEmpty())
        return fail(tr("no key file is configured"));
    const QByteArray path = QFile::encodeName(keyFile);
    QByteArray key(RootKeySize, '\0');
    int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        // First run: make the directory (owner only) and a fresh random key that only the owner can read.
        const QString dir = QFileInfo(keyFile).absolutePath();
        const bool dirExisted = QDir(dir).exists();
        if (!QDir().mkpath(dir))
            return fail(tr("cannot create the key directory %1").arg(dir));
        if (!dirExisted)
            ::chmod(QFile::encodeName(dir).constData(), 0700);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), RootKeySize) != 1)
            return fail(tr("the system random generator failed"));
        // Written to a private temporary file first and then linked into place: a crash never leaves a short
        // key file behind, and two processes starting at once end up with the same key (link fails for the
        // loser).
        const QByteArray tmp = path + ".tmp-" + QByteArray::number(static_cast<qint64>(::getpid()));
        ::unlink(tmp.constData());
        fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(tr("cannot create the key file %1: %2")
                            .arg(keyFile, QString::fromLocal8Bit(strerror(errno))));
        const bool written = ::write(fd, key.constData(), RootKeySize) == RootKeySize && ::fsync(fd) == 0;
        ::close(fd);
        const bool linked = written && ::link(tmp.constData(), path.constData()) == 0;
        const int linkErrno = errno;
        ::unlink(tmp.constData());
        OPENSSL_cleanse(key.data(), key.size());
        if (!linked && written && linkErrno == EEXIST)
            return openKeyFile(keyFile, error); // another process made it first: use theirs
        if (!linked)
            return fail(tr("cannot write the key file %1").arg(keyFile));
        const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
        return openKeyFile(keyFile, error);
    }
    if (fd < 0)
        return fail(
            tr("cannot read the key file %1: %2").arg(keyFile, QString::fromLocal8Bit(strerror(errno))));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(tr("the key file %1 is not a regular file").arg(keyFile));
    }
    if ((st.st_mode & 0077) != 0) {
        ::close(fd);
        return fail(tr("the key file %1 can be read by other users (mode %2): it must be 0600")
                        .arg(keyFile)
                        .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    char extra = 0;
    const ssize_t got = ::read(fd, key.data(), RootKeySize);
    const ssize_t more = ::read(fd, &extra, 1);
    ::close(fd);
    if (got != RootKeySize || more != 0) {
        OPENSSL_cleanse(key.data(), key.size());
        return fail(tr("the key file %1 is damaged: it must hold exactly 32 bytes").arg(keyFile));
    }
    auto crypto = std::make_unique<StoreCrypto>(key);
    OPENSSL_cleanse(key.data(), key.size());
    return crypto;
}

QByteArray StoreCrypto::deriveKey(const QByteArray& root, const char* info) const
{
    QByteArray out(32, '\0');
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    static const char salt[] = "carddesk-local-store";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>("SHA256"), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(root.constData()),
                                          root.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt), sizeof salt - 1),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info), std::strlen(info)),
        OSSL_PARAM_construct_end(),
    };
    const bool ok =
        ctx && EVP_KDF_derive(ctx, reinterpret_cast<unsigned char*>(out.data()), out.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok)
        qFatal("HKDF-SHA256 is not available in OpenSSL");
    return out;
}

StoreCrypto::StoreCrypto(const QByteArray& rootKey)
{
    if (rootKey.size() != RootKeySize)
        qFatal("StoreCrypto needs a 32-byte root key");
    m_dataKey = deriveKey(rootKey, "carddesk data aes-256-gcm v1");
    m_signingWrapKey = deriveKey(rootKey, "carddesk signing-key wrap aes-256-gcm v1");
    const QByteArray lookupKey = deriveKey(rootKey, "carddesk lookup hmac-sha256 v1");
    m_encrypt = EVP_CIPHER_CTX_new();
    m_decrypt = EVP_CIPHER_CTX_new();
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    m_lookupMac = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>("SHA256"), 0),
        OSSL_PARAM_construct_end()};
    if (!m_encrypt || !m_decrypt || !m_lookupMac ||
        EVP_MAC_init(m_lookupMac, reinterpret_cast<const unsigned char*>(lookupKey.constData()),
                     lookupKey.size(), params) != 1)
        qFatal("AES-256-GCM / HMAC-SHA256 are not available in OpenSSL");
    QByteArray wipe = lookupKey;
    OPENSSL_cleanse(wipe.data(), wipe.size());
}

StoreCrypto::~StoreCrypto()
{
    EVP_CIPHER_CTX_free(m_encrypt);
    EVP_CIPHER_CTX_free(m_decrypt);
    EVP_MAC_CTX_free(m_lookupMac);
    OPENSSL_cleanse(m_dataKey.data(), m_dataKey.size());
    OPENSSL_cleanse(m_signingWrapKey.data(), m_signingWrapKey.size());
}

QByteArray StoreCrypto::encrypt(const QByteArray& plaintext, const QByteArray& aad, Key key)
{
    const QByteArray& k = key == Key::Data ? m_dataKey : m_signingWrapKey;
    QByteArray out(1 + kNonceSize + plaintext.size() + kTagSize, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    o[0] = kBlobVersion;
    if (RAND_bytes(o + 1, kNonceSize) != 1)
        return {};
    std::lock_guard<std::mutex> lock(m_mutex);
    int len = 0;
    int total = 0;
    bool ok = EVP_EncryptInit_ex(m_encrypt, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char*>(k.constData()), o + 1) == 1;
    ok = ok && EVP_EncryptUpdate(m_encrypt, nullptr, &len,
                                 reinterpret_cast<const unsigned char*>(aad.constData()), aad.size()) == 1;
    ok = ok && EVP_EncryptUpdate(m_encrypt, o + 1 + kNonceSize, &len,
                                 reinterpret_cast<const unsigned char*>(plaintext.constData()),
                                 plaintext.size()) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(m_encrypt, o + 1 + kNonceSize + total, &len) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(m_encrypt, EVP_CTRL_GCM_GET_TAG, kTagSize,
                                   o + 1 + kNonceSize + plaintext.size()) == 1;
    if (!ok)
        return {};
    return out;
}

std::optional<QByteArray> StoreCrypto::decrypt(const QByteArray& blob, const QByteArray& aad, Key key)
{
    if (blob.size() < 1 + kNonceSize + kTagSize || static_cast<unsigned char>(blob[0]) != kBlobVersion)
        return std::nullopt;
    const QByteArray& k = key == Key::Data ? m_dataKey : m_signingWrapKey;
    const auto* b = reinterpret_cast<const unsigned char*>(blob.constData());
    const int cipherSize = blob.size() - 1 - kNonceSize - kTagSize;
    QByteArray out(cipherSize, '\0');
    std::lock_guard<std::mutex> lock(m_mutex);
    int len = 0;
    bool ok = EVP_DecryptInit_ex(m_decrypt, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char*>(k.constData()), b + 1) == 1;
    ok = ok && EVP_DecryptUpdate(m_decrypt, nullptr, &len,
                                 reinterpret_cast<const unsigned char*>(aad.constData()), aad.size()) == 1;
    ok = ok && EVP_DecryptUpdate(m_decrypt, reinterpret_cast<unsigned char*>(out.data()), &len,
                                 b + 1 + kNonceSize, cipherSize) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(m_decrypt, EVP_CTRL_GCM_SET_TAG, kTagSize,
                                   const_cast<unsigned char*>(b + 1 + kNonceSize + cipherSize)) == 1;
    unsigned char finalBlock[16];
    ok = ok && EVP_DecryptFinal_ex(m_decrypt, finalBlock, &len) == 1;
    if (!ok) {
        OPENSSL_cleanse(out.data(), out.size());
        return std::nullopt;
    }
    return out;
}

QByteArray StoreCrypto::lookupHash(const QString& idNumber)
{
    const QByteArray n = normalizeIdNumber(idNumber).toUtf8();
    QByteArray out(32, '\0');
    size_t len = 0;
    std::lock_guard<std::mutex> lock(m_mutex);
    // A null key re-initialises with the key already set: no re-keying per lookup.
    if (EVP_MAC_init(m_lookupMac, nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(m_lookupMac, reinterpret_cast<const unsigned char*>(n.constData()), n.size()) != 1 ||
        EVP_MAC_final(m_lookupMac, reinterpret_cast<unsigned char*>(out.data()), &len, out.size()) != 1)
        return {};
    return out;
}

} // namespace carddesk
