#pragma once
// CitizenCardService on real readers through pcscd: the citizen's card in one reader, the PSAM in another
// (ReaderConfig). Every call runs inside one SCardBeginTransaction. The (shared) connections to the card
// and the PSAM are kept between calls and rebuilt when pcscd reports the card removed, replaced or reset.

#include "smartcard/CitizenCardService.h"
#include "smartcard/pcsc/ApduTrace.h"
#include "smartcard/pcsc/Pcsc.h"
#include "smartcard/pcsc/PinPad.h"
#include "smartcard/pcsc/ReaderSelection.h"
#include "smartcard/protocol/SsseApplication.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace carddesk {

class PsamModule;
class ApduChannel;

class PcscCitizenCardService : public CitizenCardService
{
public:
    explicit PcscCitizenCardService(ReaderConfig readers = ReaderConfig::fromEnvironment(),
                                    SsseOptions ssse = {}, QByteArray psamDfName = {});
    ~PcscCitizenCardService() override;

    // How the citizen-card and PSAM readers are told apart (for reader events shown by the UI).
    const ReaderConfig& readerConfig() const { return m_readers; }
    // The PIN length the reader's PIN pad accepts (the region's, set by the counter; 4-12 by default).
    void setPinPadFormat(const pinpad::PinFormat& format) { m_pinPadFormat = format; }

    CardReadResult readCard() override;
    CardResult pinStatus(const QByteArray& expectedCardId = {}) override;
    // An empty pin uses the reader's PIN pad (FEATURE_VERIFY_PIN_DIRECT) when it has one.
    CardResult verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId = {}) override;
    // Both PINs empty: the reader's PIN pad (FEATURE_MODIFY_PIN_DIRECT) asks for them, when it has one.
    CardResult changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                         const QByteArray& expectedCardId = {}) override;
    CardResult resetPin(const SecureBuffer& newPin, const QByteArray& expectedCardId = {}) override;
    CardResult unblockPin(const QByteArray& expectedCardId = {}) override;

    // APDUs exchanged by the last operation with the citizen card and with the PSAM (benchmarks,
    // diagnostics).
    int lastCardApdus() const { return m_lastCardApdus; }
    int lastSamApdus() const { return m_lastSamApdus; }
    // Exchanges of recent operations, PIN data blanked.
    ApduTrace& trace() { return m_trace; }
    // The readers chosen now (empty names when absent) and every reader pcscd lists.
    CardResult readers(QStringList& all, ReaderChoice& choice);
    // Part-10 features of the citizen reader (tag -> control code); empty, not an error, without a PIN pad
    // or without SCardControl in the driver (vpcd). `why` says which, for diagnostics.
    QMap<unsigned char, std::uint32_t> pinPadFeatures(QString* why = nullptr);

private:
    struct Session;
    using Operation = std::function<CardResult(Session&)>;
    CardResult run(const QByteArray& expectedCardId, bool needsCardId, bool needsSam, const Operation& op,
                   CardData* cardOut = nullptr);
    CardResult ensureContext();
    CardResult refreshReaders();
    // NoCard, or WrongReader when the citizen's card is in the PSAM reader or in a third reader.
    CardResult noCardResult();
    void dropCard();
    CardResult openSam(const QString& reader);
    void closeSam();
    // Connects to the PSAM reader when needed and begins a transaction there (SamUnavailable if not).
    CardResult beginSam(const QString& reader, std::unique_ptr<pcsc::Transaction>& tx);
    // Probes (one SELECT) used only after something failed: which card answers on this channel.
    bool isCitizenCard(ApduChannel& channel) const;
    bool isSam(ApduChannel& channel) const;

    QMutex m_mutex; // one operation at a time: the readers are shared
    ReaderConfig m_readers;
    pinpad::PinFormat m_pinPadFormat;
    SsseOptions m_ssse;
    QByteArray m_psamDfName;
    ApduTrace m_trace;
    pcsc::Context m_context;
    QStringList m_allReaders;
    ReaderChoice m_choice;
    std::unique_ptr<pcsc::Card> m_card; // kept connected (shared) between operations
    QByteArray m_cardAtr;
    std::unique_ptr<pcsc::Card> m_samCard;
    std::unique_ptr<pcsc::PcscTransport> m_samTransport;
    std::unique_ptr<ApduChannel> m_samChannel;
    std::unique_ptr<PsamModule> m_sam;
    int m_samConnections = 0; // PSAM channels opened so far
    int m_lastCardApdus = 0;
    int m_lastSamApdus = 0;
};

} // namespace carddesk
