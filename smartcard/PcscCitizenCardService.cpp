#include "smartcard/PcscCitizenCardService.h"

#include "smartcard/pcsc/ApduChannel.h"
#include "smartcard/pcsc/PinPad.h"
#include "smartcard/sam/PsamModule.h"

#include <QMutexLocker>

#include <optional>

namespace carddesk {

// What one operation works with: the connected card inside its transaction, and the PSAM on demand.
struct PcscCitizenCardService::Session
{
    PcscCitizenCardService& service;
    pcsc::Card& card;
    SsseApplication& app;
    QString samReader;
    records::Fci fci;
    QByteArray cardId;
    std::unique_ptr<pcsc::Transaction> samTransaction;

    // Opens the PSAM (connect, transaction, select) the first time an operation needs it.
    CardResult sam(SecureAccessModule*& out)
    {
        if (!samTransaction) {
            CardResult r = service.beginSam(samReader, samTransaction);
            if (!r.ok())
                return r;
            r = service.m_sam->open();
            if (!r.ok()) {
                // The PSAM reader answers, but not as the PSAM: the citizen's card may be in it.
                if (r.error == CardError::SamError && service.isCitizenCard(*service.m_samChannel))
                    return CardResult::wrongReader(
                        MisplacedCard::CitizenCardInSamReader,
                        QStringLiteral("the PSAM reader '%1' holds a social security card").arg(samReader));
                return r;
            }
        }
        out = service.m_sam.get();
        return CardResult::success();
    }
};

PcscCitizenCardService::PcscCitizenCardService(ReaderConfig readers, SsseOptions ssse, QByteArray psamDfName)
    : m_readers(std::move(readers))
    , m_ssse(std::move(ssse))
    , m_psamDfName(psamDfName.isEmpty() ? PsamModule::defaultDfName() : std::move(psamDfName))
{}

PcscCitizenCardService::~PcscCitizenCardService()
{
    closeSam();
}

void PcscCitizenCardService::closeSam()
{
    m_sam.reset();
    m_samChannel.reset();
    m_samTransport.reset();
    m_samCard.reset();
}

CardResult PcscCitizenCardService::ensureContext()
{
    if (m_context.isValid() && SCardIsValidContext(m_context.handle()) == SCARD_S_SUCCESS)
        return CardResult::success();
    // A new context also means the connections made in the old one are gone.
    dropCard();
    m_choice = {};
    closeSam();
    return pcsc::toResult(m_context.establish(), QStringLiteral("SCardEstablishContext"));
}

CardResult PcscCitizenCardService::openSam(const QString& reader)
{
    if (reader.isEmpty())
        return CardResult::failure(
            CardError::SamUnavailable,
            QStringLiteral("no reader matches the PSAM pattern '%1'").arg(m_readers.samReaderPattern));
    if (m_samCard && m_samCard->isConnected() && m_samCard->reader() == reader)
        return CardResult::success();
    closeSam();
    m_samCard = std::make_unique<pcsc::Card>();
    const LONG rv = m_samCard->connect(m_context, reader);
    if (rv != SCARD_S_SUCCESS) {
        m_samCard.reset();
        CardResult r = pcsc::toResult(rv, QStringLiteral("PSAM reader '%1'").arg(reader));
        r.error = CardError::SamUnavailable;
        return r;
    }
    m_samTransport = std::make_unique<pcsc::PcscTransport>(*m_samCard, QStringLiteral("psam"));
    m_samChannel = std::make_unique<ApduChannel>(*m_samTransport, &m_trace, QStringLiteral("psam"));
    ++m_samConnections;
    m_sam = std::make_unique<PsamModule>(*m_samChannel, m_psamDfName);
    return CardResult::success();
}

CardResult PcscCitizenCardService::beginSam(const QString& reader, std::unique_ptr<pcsc::Transaction>& tx)
{
    // The kept connection fails here when the PSAM was pulled or replaced since the last operation:
    // connect afresh once.
    LONG st = SCARD_S_SUCCESS;
    for (int attempt = 0; attempt < 2; ++attempt) {
        CardResult r = openSam(reader);
        if (!r.ok())
            return r;
        tx = std::make_unique<pcsc::Transaction>(*m_samCard);
        if (tx->isActive()) {
            if (tx->cardWasReset() || m_samTransport->wasReset())
                m_sam->close(); // a reset PSAM has lost its selection
            m_samTransport->clearWasReset();
            return CardResult::success();
        }
        st = tx->status();
        tx.reset();
        closeSam();
    }
    return CardResult::failure(CardError::SamUnavailable,
                               QStringLiteral("PSAM transaction: ") + pcsc::errorText(st));
}

bool PcscCitizenCardService::isCitizenCard(ApduChannel& channel) const
{
    return SsseApplication(channel, m_ssse).select().ok();
}

bool PcscCitizenCardService::isSam(ApduChannel& channel) const
{
    return PsamModule(channel, m_psamDfName).open().ok();
}

CardResult PcscCitizenCardService::readers(QStringList& all, ReaderChoice& choice)
{
    QMutexLocker lock(&m_mutex);
    CardResult r = ensureContext();
    if (!r.ok())
        return r;
    LONG rv = m_context.listReaders(all);
    if (rv != SCARD_S_SUCCESS) {
        m_context.release();
        r = ensureContext();
        if (!r.ok())
            return r;
        rv = m_context.listReaders(all);
    }
    choice = chooseReaders(all, m_readers);
    return pcsc::toResult(rv, QStringLiteral("SCardListReaders"));
}

CardResult PcscCitizenCardService::refreshReaders()
{
    QStringList all;
    LONG rv = m_context.listReaders(all);
    if (rv != SCARD_S_SUCCESS) {
        // pcscd restarted under us: a fresh context, once.
        m_context.release();
        CardResult r = ensureContext();
        if (!r.ok())
            return r;
        rv = m_context.listReaders(all);
        if (rv != SCARD_S_SUCCESS)
            return pcsc::toResult(rv, QStringLiteral("SCardListReaders"));
    }
    m_allReaders = all;
    m_choice = chooseReaders(all, m_readers);
    if (m_choice.citizenReader.isEmpty())
        return CardResult::failure(
            CardError::NoReader,
            QStringLiteral("no citizen-card reader among: %1").arg(all.join(QStringLiteral(", "))));
    return CardResult::success();
}

CardResult PcscCitizenCardService::noCardResult()
{
    CardResult r =
        CardResult::failure(CardError::NoCard, QStringLiteral("no card in '%1'").arg(m_choice.citizenReader));
    // The citizen's card may sit in the PSAM reader. While the PSAM stays selected this costs one
    // transaction on it and no APDU.
    if (!m_choice.samReader.isEmpty()) {
        std::unique_ptr<pcsc::Transaction> samTx;
        if (beginSam(m_choice.samReader, samTx).ok() && !m_sam->open().ok() && isCitizenCard(*m_samChannel))
            return CardResult::wrongReader(
                MisplacedCard::CitizenCardInSamReader,
                QStringLiteral("no card in '%1'; the PSAM reader '%2' holds a social security card")
                    .arg(m_choice.citizenReader, m_choice.samReader));
    }
    // Or in a third reader: it is named only when it answers as a social security card.
    for (const QString& other : std::as_const(m_allReaders)) {
        if (other == m_choice.citizenReader || other == m_choice.samReader)
            continue;
        pcsc::Card card;
        if (card.connect(m_context, other) != SCARD_S_SUCCESS)
            continue;
        pcsc::Transaction tx(card);
        pcsc::PcscTransport transport(card, QStringLiteral("probe"));
        ApduChannel channel(transport, &m_trace, QStringLiteral("probe"));
        if (tx.isActive() && isCitizenCard(channel))
            return CardResult::wrongReader(
                MisplacedCard::CitizenCardInOtherReader,
                QStringLiteral("no card in '%1', but a social security card in '%2', which is not the "
                               "citizen-card reader")
                    .arg(m_choice.citizenReader, other));
        r.detail = QStringLiteral("no card in '%1'; the card in '%2' is not a social security card")
                       .arg(m_choice.citizenReader, other);
    }
    return r;
}

void PcscCitizenCardService::dropCard()
{
    m_card.reset();
    m_cardAtr.clear();
}

CardResult PcscCitizenCardService::run(const QByteArray& expectedCardId, bool needsCardId, bool needsSam,
                                       const Operation& op, CardData* cardOut)
{
    QMutexLocker lock(&m_mutex);
    m_lastCardApdus = 0;
    m_lastSamApdus = 0;
    CardResult r = ensureContext();
    if (!r.ok())
        return r;
    // The reader choice and the card connection are kept between operations (each one costs a round
    // trip to pcscd); a stale one shows as an error below and is rebuilt once.
    std::unique_ptr<pcsc::Transaction> tx;
    for (int attempt = 0; attempt < 2 && !tx; ++attempt) {
        if (m_choice.citizenReader.isEmpty() || attempt > 0) {
            dropCard();
            r = refreshReaders();
            if (!r.ok())
                return r;
        }
        if (!m_card) {
            m_card = std::make_unique<pcsc::Card>();
            const LONG rv = m_card->connect(m_context, m_choice.citizenReader);
            if (rv == SCARD_E_NO_SMARTCARD || rv == SCARD_W_REMOVED_CARD) {
                dropCard();
                return noCardResult();
            }
            if (rv != SCARD_S_SUCCESS) {
                dropCard();
                if (attempt == 0)
                    continue; // reader gone or pcscd restarted: re-list and retry
                return pcsc::toResult(rv, QStringLiteral("SCardConnect '%1'").arg(m_choice.citizenReader));
            }
            m_cardAtr = m_card->atr();
        }
        tx = std::make_unique<pcsc::Transaction>(*m_card);
        if (!tx->isActive()) {
            const LONG st = tx->status();
            tx.reset();
            dropCard(); // the card was removed or replaced since the last operation: connect afresh
            if (attempt == 1)
                return st == SCARD_W_REMOVED_CARD || st == SCARD_E_NO_SMARTCARD
                           ? noCardResult()
                           : pcsc::toResult(st, QStringLiteral("SCardBeginTransaction"));
        }
    }
    if (!tx)
        return CardResult::failure(CardError::Transport, QStringLiteral("no card connection"));
    if (tx->cardWasReset())
        m_cardAtr = m_card->atr();

    pcsc::PcscTransport transport(*m_card, QStringLiteral("card"));
    ApduChannel channel(transport, &m_trace, QStringLiteral("card"));
    SsseApplication app(channel, m_ssse);
    Session session{*this, *m_card, app, m_choice.samReader, {}, {}, {}};
    // The PSAM channel may be replaced during the operation (PSAM reinserted): then it counts from zero.
    const int samConnection = m_samConnections;
    const int samBefore = m_samChannel ? m_samChannel->apduCount() : 0;
    auto finish = [&](CardResult result) {
        m_lastCardApdus = channel.apduCount();
        m_lastSamApdus = !m_samChannel                       ? 0
                         : m_samConnections == samConnection ? m_samChannel->apduCount() - samBefore
                                                             : m_samChannel->apduCount();
        session.samTransaction.reset();
        tx.reset();
        if (result.error == CardError::SamUnavailable)
            closeSam(); // re-opened on the next call
        switch (result.error) {
        case CardError::CardRemoved:
        case CardError::NoCard:
        case CardError::NoReader:
        case CardError::ServiceUnavailable:
        case CardError::Transport:
        case CardError::MalformedResponse:
            dropCard(); // start the next operation from a fresh connection
            break;
        default:
            break;
        }
        return result;
    };

    r = app.select(&session.fci);
    if (!r.ok()) {
        // A card that refuses SSSE may be the PSAM, put in the wrong reader.
        if (r.sw != 0 && isSam(channel))
            r = CardResult::wrongReader(
                MisplacedCard::SamInCitizenReader,
                QStringLiteral("the citizen-card reader '%1' holds the PSAM").arg(m_choice.citizenReader));
        return finish(r);
    }
    if (cardOut) {
        cardOut->atr = m_cardAtr;
        cardOut->algorithm = session.fci.algorithm;
    }
    if (needsCardId || !expectedCardId.isEmpty()) {
        r = app.readIdentificationCode(session.cardId);
        if (!r.ok())
            return finish(r);
        if (!expectedCardId.isEmpty() && session.cardId != expectedCardId)
            return finish(
                CardResult::failure(CardError::WrongCard,
                                    QStringLiteral("card %1 is in the reader, the operation started with %2")
                                        .arg(QString::fromLatin1(session.cardId.toHex().toUpper()),
                                             QString::fromLatin1(expectedCardId.toHex().toUpper()))));
    }
    if (needsSam) {
        SecureAccessModule* sam = nullptr;
        r = session.sam(sam);
        if (!r.ok())
            return finish(r);
    }
    return finish(op(session));
}

CardReadResult PcscCitizenCardService::readCard()
{
    CardReadResult out;
    out.result = run(
        {}, false, false,
        [&](Session& s) {
            CardResult r = s.app.readCardData(out.card);
            if (!r.ok())
                return r;
            if (out.card.specVersion.startsWith(QLatin1Char('3'))) {
                SecureAccessModule* sam = nullptr;
                r = s.sam(sam);
                if (!r.ok())
                    return r;
                r = s.app.mutualAuthenticate(*sam, s.fci.algorithm, out.card.identificationCode);
                if (!r.ok())
                    return r;
            }
            return s.app.readHolderData(out.holder);
        },
        &out.card);
    return out;
}

CardResult PcscCitizenCardService::pinStatus(const QByteArray& expectedCardId)
{
    return run(expectedCardId, false, false, [](Session& s) { return s.app.pinStatus(); });
}

namespace {
// Runs one PIN command on the reader's PIN pad: the citizen types on the reader, the PC never sees the PIN.
CardResult onPinPad(pcsc::Card& card, unsigned char feature, const QByteArray& structure)
{
    QByteArray features;
    const LONG rv = card.control(pinpad::getFeatureRequestCode(), {}, features);
    const auto parsed = rv == SCARD_S_SUCCESS ? pinpad::parseFeatures(features) : std::nullopt;
    if (!parsed || !parsed->contains(feature))
        return CardResult::failure(
            CardError::WrongLength,
            QStringLiteral("no PIN given and the reader has no PIN pad (%1)")
                .arg(rv == SCARD_S_SUCCESS ? QStringLiteral("feature not listed") : pcsc::errorText(rv)));
    QByteArray answer;
    const LONG cv = card.control(parsed->value(feature), structure, answer);
    if (cv != SCARD_S_SUCCESS)
        return pcsc::toResult(cv, QStringLiteral("PIN pad"));
    return pinpad::pinPadResult(answer);
}
} // namespace

CardResult PcscCitizenCardService::verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId)
{
    if (!pin.isEmpty())
        return run(expectedCardId, false, false, [&](Session& s) { return s.app.verify(pin); });
    return run(expectedCardId, false, false, [&](Session& s) {
        return onPinPad(s.card, pinpad::FeatureVerifyPinDirect, pinpad::buildVerifyStructure(m_pinPadFormat));
    });
}

CardResult PcscCitizenCardService::changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                                             const QByteArray& expectedCardId)
{
    if (oldPin.isEmpty() && newPin.isEmpty())
        return run(expectedCardId, false, false, [&](Session& s) {
            return onPinPad(s.card, pinpad::FeatureModifyPinDirect,
                            pinpad::buildModifyStructure(m_pinPadFormat));
        });
    return run(expectedCardId, false, false, [&](Session& s) { return s.app.change(oldPin, newPin); });
}

CardResult PcscCitizenCardService::resetPin(const SecureBuffer& newPin, const QByteArray& expectedCardId)
{
    return run(expectedCardId, true, true, [&](Session& s) {
        SecureAccessModule* sam = nullptr;
        CardResult r = s.sam(sam);
        return r.ok() ? s.app.reload(*sam, s.fci.algorithm, s.cardId, &newPin) : r;
    });
}

CardResult PcscCitizenCardService::unblockPin(const QByteArray& expectedCardId)
{
    return run(expectedCardId, true, true, [&](Session& s) {
        SecureAccessModule* sam = nullptr;
        CardResult r = s.sam(sam);
        return r.ok() ? s.app.reload(*sam, s.fci.algorithm, s.cardId, nullptr) : r;
    });
}

QMap<unsigned char, std::uint32_t> PcscCitizenCardService::pinPadFeatures(QString* why)
{
    QString reason;
    const auto features = [&]() -> QMap<unsigned char, std::uint32_t> {
        QMutexLocker lock(&m_mutex);
        if (!ensureContext().ok()) {
            reason = QStringLiteral("no PC/SC context");
            return {};
        }
        QStringList all;
        const LONG listed = m_context.listReaders(all);
        if (listed != SCARD_S_SUCCESS) {
            reason = QStringLiteral("SCardListReaders: ") + pcsc::errorText(listed);
            return {};
        }
        const ReaderChoice choice = chooseReaders(all, m_readers);
        if (choice.citizenReader.isEmpty()) {
            reason = QStringLiteral("no citizen-card reader");
            return {};
        }
        // SCardControl needs a connection; an empty reader takes a direct one.
        pcsc::Card card;
        LONG rv = card.connect(m_context, choice.citizenReader);
        if (rv != SCARD_S_SUCCESS)
            rv = card.connect(m_context, choice.citizenReader, SCARD_SHARE_DIRECT);
        if (rv != SCARD_S_SUCCESS) {
            reason = QStringLiteral("SCardConnect: ") + pcsc::errorText(rv);
            return {};
        }
        QByteArray tlv;
        rv = card.control(pinpad::getFeatureRequestCode(), {}, tlv);
        // vpcd (and any driver without IFDHControl) answers SCARD_E_UNSUPPORTED_FEATURE: no PIN pad.
        if (rv != SCARD_S_SUCCESS) {
            reason = QStringLiteral("SCardControl(CM_IOCTL_GET_FEATURE_REQUEST): ") + pcsc::errorText(rv);
            return {};
        }
        const auto parsed = pinpad::parseFeatures(tlv);
        if (!parsed) {
            reason = QStringLiteral("malformed feature list %1").arg(QString::fromLatin1(tlv.toHex()));
            return {};
        }
        if (!parsed->contains(pinpad::FeatureVerifyPinDirect) &&
            !parsed->contains(pinpad::FeatureModifyPinDirect))
            reason = QStringLiteral("the reader lists no PIN pad feature");
        return *parsed;
    }();
    if (why)
        *why = reason;
    return features;
}

} // namespace carddesk
