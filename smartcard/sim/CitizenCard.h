#pragma once
// The simulated social security card: the SSSE application with EF05/EF06, the PIN and its try counter,
// PIN reload with MAC verification under the card's diversified key, mutual authentication (3.00).

#include "CardModel.h"
#include "Profiles.h"

#include <QList>
#include <QPair>

namespace carddesk::sim {

class CitizenCard : public CardModel
{
public:
    CitizenCard(CitizenProfile profile, StateStore* store);

    QByteArray atr() const override;
    void reset() override;
    QByteArray process(const QByteArray& apdu) override;
    QJsonObject status() const override;

    const CitizenProfile& profile() const { return m_profile; }

private:
    using Record = QPair<int, QByteArray>; // identifier, value
    QList<Record> records(int sfi) const;
    QByteArray respond(const Apdu& a, const QByteArray& data, bool caseFour);
    QByteArray select(const Apdu& a);
    QByteArray readRecord(const Apdu& a);
    QByteArray verify(const Apdu& a);
    QByteArray changePin(const Apdu& a);
    QByteArray reload(const Apdu& a, const QByteArray& raw);
    QByteArray internalAuth(const Apdu& a);
    QByteArray externalAuth(const Apdu& a);
    QByteArray wrongPin();
    void persist();
    QByteArray key(int type) const;
    QList<Record> buildRecords(int sfi) const;

    CitizenProfile m_profile;
    StateStore* m_store;
    QByteArray m_pin; // digits
    int m_triesLeft = 3;
    bool m_locked = false;
    int m_macFailures = 0;
    // Volatile state, lost on reset.
    bool m_selected = false;
    bool m_verified = false;
    bool m_authenticated = false;
    QByteArray m_challenge;
    QByteArray m_pending; // T=0: data waiting for GET RESPONSE
    // Personalised once, as on a real card: the diversified keys and the records.
    QByteArray m_reloadKey, m_authKey;
    QList<Record> m_ef05, m_ef06;
};

} // namespace carddesk::sim
