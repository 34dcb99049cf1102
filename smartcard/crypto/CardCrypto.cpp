#include "smartcard/crypto/CardCrypto.h"

#include <openssl/evp.h>

#include <memory>

namespace carddesk::crypto {

namespace {

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

// Explicitly fetched once: OpenSSL 3 re-fetches an implicit cipher (EVP_sm4_ecb()) on every init,
// which costs more than the encryption of a few blocks.
const EVP_CIPHER* fetched(const char* name)
{
    return EVP_CIPHER_fetch(nullptr, name, nullptr);
}

const EVP_CIPHER* desEdeEcb()
{
    static const EVP_CIPHER* c = fetched("DES-EDE-ECB");
    return c;
}

const EVP_CIPHER* cipherFor(CardAlgorithm alg, bool cbc)
{
    static const EVP_CIPHER* sm4Ecb = fetched("SM4-ECB");
    static const EVP_CIPHER* sm4Cbc = fetched("SM4-CBC");
    static const EVP_CIPHER* desCbc = fetched("DES-EDE-CBC");
    if (alg == CardAlgorithm::Sm4)
        return cbc ? sm4Cbc : sm4Ecb;
    return cbc ? desCbc : desEdeEcb();
}

// One EVP pass without padding; returns an empty array on any failure (bad key/data length).
QByteArray run(const EVP_CIPHER* cipher, const QByteArray& key, const QByteArray& iv, const QByteArray& data,
               bool encrypt)
{
    if (!cipher)
        return {};
    const int bs = EVP_CIPHER_get_block_size(cipher);
    if (key.size() != EVP_CIPHER_get_key_length(cipher) || data.isEmpty() || data.size() % bs != 0)
        return {};
    if (EVP_CIPHER_get_iv_length(cipher) > 0 && iv.size() != EVP_CIPHER_get_iv_length(cipher))
        return {};
    std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return {};
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* v = iv.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(iv.constData());
    if (EVP_CipherInit_ex(ctx.get(), cipher, nullptr, k, v, encrypt ? 1 : 0) != 1)
        return {};
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(data.size() + bs, '\0');
    int len = 0;
    int fin = 0;
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_CipherUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char*>(data.constData()),
                         int(data.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), o + len, &fin) != 1)
        return {};
    out.resize(len + fin);
    return out;
}

QByteArray xorBytes(const QByteArray& a, const QByteArray& b)
{
    QByteArray r(a);
    for (int i = 0; i < r.size() && i < b.size(); ++i)
        r[i] = char(r[i] ^ b[i]);
    return r;
}

} // namespace

int blockSize(CardAlgorithm alg)
{
    return alg == CardAlgorithm::Sm4 ? 16 : 8;
}

QByteArray padMethod2(const QByteArray& data, int bs)
{
    QByteArray r = data;
    r.append(char(0x80));
    while (r.size() % bs != 0)
        r.append('\0');
    return r;
}

bool unpadMethod2(QByteArray& data)
{
    int i = int(data.size()) - 1;
    while (i >= 0 && data[i] == '\0')
        --i;
    if (i < 0 || static_cast<unsigned char>(data[i]) != 0x80)
        return false;
    data.truncate(i);
    return true;
}

QByteArray ecbEncrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& data)
{
    return run(cipherFor(alg, false), key, {}, data, true);
}

QByteArray ecbDecrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& data)
{
    return run(cipherFor(alg, false), key, {}, data, false);
}

QByteArray cbcEncrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return run(cipherFor(alg, true), key, iv, data, true);
}

QByteArray cbcDecrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& iv, const QByteArray& data)
{
    return run(cipherFor(alg, true), key, iv, data, false);
}

QByteArray retailMac(const QByteArray& key16, const QByteArray& iv8, const QByteArray& data)
{
    if (key16.size() != 16 || iv8.size() != 8)
        return {};
    const QByteArray k1k1 = key16.left(8) + key16.left(8);
    const QByteArray padded = padMethod2(data, 8);
    QByteArray h = iv8;
    const int blocks = int(padded.size() / 8);
    // Single DES CBC over all blocks but the last, then the last block with full 3DES (same as
    // the standard's final D_K2/E_K1 step on the last CBC value).
    for (int i = 0; i < blocks - 1; ++i)
        h = run(desEdeEcb(), k1k1, {}, xorBytes(h, padded.mid(i * 8, 8)), true);
    h = run(desEdeEcb(), key16, {}, xorBytes(h, padded.mid((blocks - 1) * 8, 8)), true);
    return h;
}

QByteArray sm4CbcMac(const QByteArray& key16, const QByteArray& iv16, const QByteArray& data)
{
    const QByteArray c = cbcEncrypt(CardAlgorithm::Sm4, key16, iv16, padMethod2(data, 16));
    return c.isEmpty() ? QByteArray() : c.right(16);
}

QByteArray challengeIv(CardAlgorithm alg, const QByteArray& challenge8)
{
    QByteArray iv = challenge8.left(8);
    iv.append(QByteArray(blockSize(alg) - iv.size(), '\0'));
    return iv;
}

QByteArray cardMac4(CardAlgorithm alg, const QByteArray& key16, const QByteArray& challenge8,
                    const QByteArray& data)
{
    const QByteArray iv = challengeIv(alg, challenge8);
    const QByteArray mac =
        alg == CardAlgorithm::Sm4 ? sm4CbcMac(key16, iv, data) : retailMac(key16, iv, data);
    return mac.left(4);
}

QByteArray diversify(CardAlgorithm alg, const QByteArray& key16, const QByteArray& data8)
{
    if (data8.size() != 8)
        return {};
    QByteArray inverted(data8);
    for (auto& c : inverted)
        c = char(~c);
    if (alg == CardAlgorithm::Sm4)
        return ecbEncrypt(alg, key16, data8 + inverted);
    return ecbEncrypt(alg, key16, data8) + ecbEncrypt(alg, key16, inverted);
}

QByteArray cardKey(CardAlgorithm alg, const QByteArray& rootKey16, const QByteArray& areaData8,
                   const QByteArray& cardData8)
{
    const QByteArray level1 = diversify(alg, rootKey16, areaData8);
    return level1.isEmpty() ? QByteArray() : diversify(alg, level1, cardData8);
}

} // namespace carddesk::crypto
