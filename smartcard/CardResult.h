#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>

namespace carddesk {

// What went wrong talking to a card, as a type the layers above can act on. The card layer returns these;
// it never shows anything to anyone.
enum class CardError
{
    None,                       // 9000
    WrongPin,                   // 63Cx: x tries left
    PinBlocked,                 // 6983
    ConditionsNotSatisfied,     // 6985 (also: application locked temporarily)
    SecurityStatusNotSatisfied, // 6982
    ReferenceDataInvalid,       // 6984
    MacInvalid,                 // 6988, 9302
    FileNotFound,               // 6A82
    RecordNotFound,             // 6A83
    KeyNotFound,                // 6A88
    WrongLength,                // 6700
    ApplicationLocked,          // 9303: permanently
    UnexpectedStatus,           // any other status word
    MalformedResponse,          // the card answered something that does not parse
    WrongCard,                  // not a social security card, or not the card this operation started with
    NoCard,                     // no card in the citizen reader
    WrongReader,                // a card in the wrong reader (CardResult::misplacedCard says which)
    CardRemoved,                // the card was pulled during the operation
    NoReader,                   // the configured reader is not there
    ReaderBusy,                 // another application holds the card exclusively
    ServiceUnavailable,         // pcscd is not running
    Transport,                  // any other PC/SC failure
    SamUnavailable,             // no PSAM / secure access module
    SamError,                   // the PSAM refused (wrong key, locked, ...)
    PinPadCancelled,            // the citizen pressed Cancel on the reader's PIN pad
    PinPadTimeout,              // nobody typed on the reader's PIN pad in time
    Cancelled,                  // the operation was cancelled by the caller
};

// With CardError::WrongReader: which card sits in which wrong reader.
enum class MisplacedCard
{
    Unknown,
    CitizenCardInSamReader,   // the social security card is in the PSAM reader
    SamInCitizenReader,       // the PSAM card is in the citizen-card reader
    CitizenCardInOtherReader, // the social security card is in a reader that is neither of the two
};

struct CardResult
{
    CardError error = CardError::None;
    std::uint16_t sw = 0;   // last status word, 0 when the card did not answer
    int triesLeft = -1;     // -1 when unknown
    QString detail;         // technical detail for the diagnostics page; never contains a PIN
    MisplacedCard misplacedCard = MisplacedCard::Unknown; // with WrongReader

    bool ok() const { return error == CardError::None; }
    // A sentence for the clerk, in the current UI language (zh_CN, zh_TW, en).
    QString message() const;
    // "9000", "63C2", ... or empty when the card did not answer.
    QString statusWordText() const;

    static CardResult success(std::uint16_t sw = 0x9000) { return {CardError::None, sw, -1, {}}; }
    static CardResult failure(CardError error, QString detail = {}) { return {error, 0, -1, std::move(detail)}; }
    static CardResult wrongReader(MisplacedCard which, QString detail)
    {
        return {CardError::WrongReader, 0, -1, std::move(detail), which};
    }
    // Maps a status word to its typed result (63Cx carries the tries left).
    static CardResult fromStatusWord(std::uint16_t sw);
};

// Stable identifiers for logs, audit records and tests ("wrong-pin", "pin-blocked", ...).
QString cardErrorName(CardError error);

enum class CardAlgorithm
{
    TripleDes = 0x01,
    Sm4 = 0x03,
};

// EF05: card data.
struct CardData
{
    QByteArray atr;
    QByteArray identificationCode; // 16 bytes (card identification code); shown as 32 hex digits
    QString specVersion;           // "2.00", "3.00"
    QDate issueDate;
    QDate expiryDate;
    QString cardNumber;            // e.g. "W49158758"
    CardAlgorithm algorithm = CardAlgorithm::TripleDes;

    QString identificationCodeHex() const { return QString::fromLatin1(identificationCode.toHex().toUpper()); }
    // The issuing area: the first six digits of the identification code.
    QString issuingArea() const { return identificationCodeHex().left(6); }
};

// EF06: holder data.
struct HolderData
{
    QString idNumber;     // social security number = resident ID number, 18 characters
    QString name;         // name + name extension (tag 4E), decoded from GBK
    int sex = 0;          // 1 male, 2 female, 0 unknown
    QString ethnicGroup;  // code as on the card
    QDate birthDate;
};

struct CardReadResult
{
    CardResult result;
    CardData card;
    HolderData holder;
};

} // namespace carddesk
