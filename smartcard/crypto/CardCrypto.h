#pragma once
// Block-cipher helpers for the card protocol, all through OpenSSL 3 EVP (default provider only).
// Keys are 16 bytes for both algorithms: 2-key 3DES (K1||K2) and SM4. These helpers hold no key themselves:
// the host uses them only for key-free work (tests, the simulator's card and PSAM models).

#include "smartcard/CardResult.h"

#include <QByteArray>

namespace carddesk::crypto {

int blockSize(CardAlgorithm alg);

// ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a whole block (always adds at least one byte).
QByteArray padMethod2(const QByteArray& data, int blockSize);
// Removes padding method 2; returns false when the padding is not well formed.
bool unpadMethod2(QByteArray& data);

// ECB encryption/decryption of whole blocks (data.size() must be a multiple of the block size).
QByteArray ecbEncrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& data);
QByteArray ecbDecrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& data);
// CBC without padding (whole blocks), iv of one block.
QByteArray cbcEncrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& iv, const QByteArray& data);
QByteArray cbcDecrypt(CardAlgorithm alg, const QByteArray& key, const QByteArray& iv, const QByteArray& data);

// ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") with padding method 2 over data, 8-byte result.
// Single-DES steps run as DES-EDE with K1||K1 (single DES is only in OpenSSL's legacy provider).
QByteArray retailMac(const QByteArray& key16, const QByteArray& iv8, const QByteArray& data);
// SM4 CBC-MAC with padding method 2, 16-byte result.
QByteArray sm4CbcMac(const QByteArray& key16, const QByteArray& iv16, const QByteArray& data);
// The card MAC of the protocol: retail MAC (3DES) or SM4 CBC-MAC, IV = the card's 8-byte challenge
// (zero-extended to the block), left 4 bytes kept.
QByteArray cardMac4(CardAlgorithm alg, const QByteArray& key16, const QByteArray& challenge8,
                    const QByteArray& data);
// IV of one block built from the 8-byte card challenge (SM4: challenge || 00*8).
QByteArray challengeIv(CardAlgorithm alg, const QByteArray& challenge8);

// Key diversification [model]: 3DES: E_K(d) || E_K(~d); SM4: E_K(d || ~d), d = 8 bytes.
QByteArray diversify(CardAlgorithm alg, const QByteArray& key16, const QByteArray& data8);
// Both levels: the issuing area (level 1) then the card (level 2), see docs/card-protocol.md.
QByteArray cardKey(CardAlgorithm alg, const QByteArray& rootKey16, const QByteArray& areaData8,
                   const QByteArray& cardData8);

} // namespace carddesk::crypto
