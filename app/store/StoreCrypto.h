#pragma once
// Encryption at rest for the local store: one 32-byte root key in a key file, subkeys derived with
// HKDF-SHA256, AES-256-GCM for sensitive columns (ID numbers, photos, operation payloads, the counter's
// signing key) and HMAC-SHA256 under a separate subkey for exact lookups without decrypting. See
// docs/local-store.md.

#include <QByteArray>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_mac_ctx_st EVP_MAC_CTX;

namespace carddesk {

// "110105199001011234" -> "110105********1234": the first six (area) and last four characters stay.
QString maskIdNumber(const QString& idNumber);
// Trimmed, upper case ("x" -> "X"): the form that is hashed and encrypted, so lookups do not depend on
// typing.
QString normalizeIdNumber(const QString& idNumber);

class StoreCrypto
{
public:
    static constexpr int RootKeySize = 32;

    // Loads the root key from keyFile, creating it (32 random bytes, mode 0600, parent directory 0700) when
    // it does not exist. Refuses a key file of the wrong size or one that others than its owner can read.
    static std::unique_ptr<StoreCrypto> openKeyFile(const QString& keyFile, QString* error);
    // For tests and tools that already hold the root key.
    explicit StoreCrypto(const QByteArray& rootKey);
    ~StoreCrypto();
    StoreCrypto(const StoreCrypto&) = delete;
    StoreCrypto& operator=(const StoreCrypto&) = delete;

    enum class Key
    {
        Data,       // ID numbers, photos, operation payloads
        SigningKey, // wraps the counter's Ed25519 private key
    };

    // version(1) || nonce(12) || ciphertext || tag(16). aad binds the blob to its place
    // ("persons/id_number/<row>").
    QByteArray encrypt(const QByteArray& plaintext, const QByteArray& aad, Key key = Key::Data);
    // nullopt when the blob was modified, moved to another row (aad) or made with another key.
    std::optional<QByteArray> decrypt(const QByteArray& blob, const QByteArray& aad, Key key = Key::Data);

    // HMAC-SHA256 under the lookup subkey over the normalized ID number: equal numbers give equal hashes.
    QByteArray lookupHash(const QString& idNumber);

private:
    QByteArray deriveKey(const QByteArray& root, const char* info) const;

    std::mutex m_mutex; // the EVP contexts are reused (cheaper than one-shot) and so are not shared unlocked
    QByteArray m_dataKey;
    QByteArray m_signingWrapKey;
    EVP_CIPHER_CTX* m_encrypt = nullptr;
    EVP_CIPHER_CTX* m_decrypt = nullptr;
    EVP_MAC_CTX* m_lookupMac = nullptr;
};

} // namespace carddesk
