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
            CardResult r = service.openSam(samReader);
            if (!r.ok())
                return r;
            samTransaction = std::make_unique<pcsc::Transaction>(*service.m_samCard);
            if (!samTransaction->isActive()) {
                const LONG st = samTransaction->status();
                samTransaction.reset();
                service.m_samCard.reset();
                return CardResult::failure(CardError::SamUnavailable,
                                           QStringLiteral("PSAM transaction: ") + pcsc::errorText(st));
            }
            if (samTransaction->cardWasReset() || service.m_samTransport->wasReset())
                service.m_sam->close(); // a reset PSAM has lost its selection
            r = service.m_sam->open();
            if (!r.ok())
                return r;
        }
        out = service.m_sam.get();
        return CardResult::success();
    }
};

PcscCitizenCardService::PcscCitizenCardService(ReaderConfig readers, SsseOptions ssse, QByteArray psamDfName)
    : m_readers(std::move(readers))
    , m_ssse(std::move(ssse))
    , m_psamDfName(psamDfName.isEmpty() ? PsamModule::defaultDfName() : std::move(psamDfName))
{
}

PcscCitizenCardService::~PcscCitizenCardService()
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
    // A new context also means the PSAM connection (made in the old one) is gone.
    m_sam.reset();
    m_samChannel.reset();
    m_samTransport.reset();
    m_samCard.reset();
    return pcsc::toResult(m_context.establish(), QStringLiteral("SCardEstablishContext"));
}

CardResult PcscCitizenCardService::openSam(const QString& reader)
{
    if (reader.isEmpty())
        return CardResult::failure(CardError::SamUnavailable,
                                   QStringLiteral("no reader matches the PSAM pattern '%1'").arg(m_readers.samReaderPattern));
    if (m_samCard && m_samCard->isConnected() && m_samCard->reader() == reader)
        return CardResult::success();
    m_sam.reset();
    m_samChannel.reset();
    m_samTransport.reset();
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
    m_sam = std::make_unique<PsamModule>(*m_samChannel, m_psamDfName);
    return CardResult::success();
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

CardResult PcscCitizenCardService::run(const QByteArray& expectedCardId, bool needsCardId, bool needsSam,
                                       const Operation& op, CardData* cardOut)
{
    QMutexLocker lock(&m_mutex);
    m_lastCardApdus = 0;
    m_lastSamApdus = 0;
    CardResult r = ensureContext();
    if (!r.ok())
        return r;
    QStringList all;
    LONG rv = m_context.listReaders(all);
    if (rv != SCARD_S_SUCCESS) {
        // pcscd restarted under us: a fresh context, once.
        m_context.release();
        r = ensureContext();
        if (!r.ok())
            return r;
        rv = m_context.listReaders(all);
        if (rv != SCARD_S_SUCCESS)
            return pcsc::toResult(rv, QStringLiteral("SCardListReaders"));
    }
    const ReaderChoice choice = chooseReaders(all, m_readers);
    if (choice.citizenReader.isEmpty())
        return CardResult::failure(CardError::NoReader,
                                   QStringLiteral("no citizen-card reader among: %1").arg(all.join(QStringLiteral(", "))));

    pcsc::Card card;
    rv = card.connect(m_context, choice.citizenReader);
    if (rv == SCARD_E_NO_SMARTCARD || rv == SCARD_W_REMOVED_CARD)
        return CardResult::failure(CardError::NoCard, QStringLiteral("no card in '%1'").arg(choice.citizenReader));
    if (rv != SCARD_S_SUCCESS)
        return pcsc::toResult(rv, QStringLiteral("SCardConnect '%1'").arg(choice.citizenReader));
    pcsc::Transaction tx(card);
    if (!tx.isActive())
        return pcsc::toResult(tx.status(), QStringLiteral("SCardBeginTransaction"));

    pcsc::PcscTransport transport(card, QStringLiteral("card"));
    ApduChannel channel(transport, &m_trace, QStringLiteral("card"));
    SsseApplication app(channel, m_ssse);
    Session session{*this, card, app, choice.samReader, {}, {}, {}};
    const int samBefore = m_samChannel ? m_samChannel->apduCount() : 0;
    auto finish = [&](CardResult result) {
        m_lastCardApdus = channel.apduCount();
        m_lastSamApdus = m_samChannel ? m_samChannel->apduCount() - samBefore : 0;
        if (result.error == CardError::SamUnavailable) {
            session.samTransaction.reset();
            m_sam.reset();
            m_samChannel.reset();
            m_samTransport.reset();
            m_samCard.reset(); // re-opened on the next call
        }
        return result;
    };

    r = app.select(&session.fci);
    if (!r.ok())
        return finish(r);
    if (cardOut) {
        cardOut->atr = card.atr();
        cardOut->algorithm = session.fci.algorithm;
    }
    if (needsCardId || !expectedCardId.isEmpty()) {
        r = app.readIdentificationCode(session.cardId);
        if (!r.ok())
            return finish(r);
        if (!expectedCardId.isEmpty() && session.cardId != expectedCardId)
            return finish(CardResult::failure(
                CardError::WrongCard, QStringLiteral("card %1 is in the reader, the operation started with %2")
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
    out.result = run({}, false, false, [&](Session& s) {
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
    }, &out.card);
    return out;
}

CardResult PcscCitizenCardService::pinStatus(const QByteArray& expectedCardId)
{
    return run(expectedCardId, false, false, [](Session& s) { return s.app.pinStatus(); });
}

CardResult PcscCitizenCardService::verifyPin(const SecureBuffer& pin, const QByteArray& expectedCardId)
{
    if (!pin.isEmpty())
        return run(expectedCardId, false, false, [&](Session& s) { return s.app.verify(pin); });
    return run(expectedCardId, false, false, [&](Session& s) {
        QByteArray features;
        const LONG rv = s.card.control(pinpad::getFeatureRequestCode(), {}, features);
        const auto parsed = rv == SCARD_S_SUCCESS ? pinpad::parseFeatures(features) : std::nullopt;
        if (!parsed || !parsed->contains(pinpad::FeatureVerifyPinDirect))
            return CardResult::failure(CardError::WrongLength,
                                       QStringLiteral("no PIN given and the reader has no PIN pad"));
        QByteArray answer;
        const LONG cv = s.card.control(parsed->value(pinpad::FeatureVerifyPinDirect), pinpad::buildVerifyStructure(),
                                       answer);
        if (cv != SCARD_S_SUCCESS)
            return pcsc::toResult(cv, QStringLiteral("PIN pad verify"));
        return pinpad::pinPadResult(answer);
    });
}

CardResult PcscCitizenCardService::changePin(const SecureBuffer& oldPin, const SecureBuffer& newPin,
                                             const QByteArray& expectedCardId)
{
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

QMap<unsigned char, std::uint32_t> PcscCitizenCardService::pinPadFeatures()
{
    QMutexLocker lock(&m_mutex);
    if (!ensureContext().ok())
        return {};
    QStringList all;
    if (m_context.listReaders(all) != SCARD_S_SUCCESS)
        return {};
    const ReaderChoice choice = chooseReaders(all, m_readers);
    if (choice.citizenReader.isEmpty())
        return {};
    pcsc::Card card;
    LONG rv = card.connect(m_context, choice.citizenReader);
    if (rv != SCARD_S_SUCCESS)
        rv = card.connect(m_context, choice.citizenReader, SCARD_SHARE_DIRECT);
    if (rv != SCARD_S_SUCCESS)
        return {};
    QByteArray features;
    if (card.control(pinpad::getFeatureRequestCode(), {}, features) != SCARD_S_SUCCESS)
        return {};
    return pinpad::parseFeatures(features).value_or(QMap<unsigned char, std::uint32_t>());
}

} // namespace carddesk
