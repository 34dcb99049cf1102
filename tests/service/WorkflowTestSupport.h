#pragma once
// A counter made of test parts for driving the workflows: the scripted card, the test ID reader, the scripted
// PIN entry, an in-memory journal/cache/approvals (or any other OperationJournal etc.).

#include "InMemoryStore.h"
#include "ScriptedCitizenCardService.h"

#include "app/devices/IdDocumentReader.h"
#include "app/devices/PinEntryDevice.h"
#include "app/domain/RegionProfile.h"
#include "app/identity/IdNumber.h"
#include "app/workflow/ServiceWorkflow.h"

#include <QJsonDocument>
#include <QThreadPool>

namespace carddesk::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
}

// A valid ID number for the given area, birth date and sequence.
inline QString makeIdNumber(const QString& area, const QDate& birth, int sequence)
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

inline IdDocument makeDocument(const QString& idNumber, const QString& name,
                               const QDate& validTo = QDate(2035, 1, 1))
{
    IdDocument d;
    d.name = name;
    d.idNumber = idNumber;
    d.birthDate = IdNumber::parse(idNumber).birthDate();
    d.sex = IdNumber::parse(idNumber).sex();
    d.ethnicGroup = QStringLiteral("汉");
    d.address = QStringLiteral("南京市玄武区中山路1号");
    d.issuingAuthority = QStringLiteral("南京市公安局玄武分局");
    d.validFrom = QDate(2015, 1, 1);
    d.validTo = validTo;
    return d;
}

inline EvidenceImage makeImage(const QString& kind = {}, int bytes = 20000)
{
    EvidenceImage image;
    image.kind = kind;
    image.jpeg = QByteArray(bytes, 'p');
    return image;
}

// Everything a workflow record or audit event holds, as bytes: for the "the PIN is nowhere" canary.
inline QByteArray dumpJournal(const InMemoryJournal& journal)
{
    QByteArray out;
    auto add = [&out](const QString& s) {
        out += s.toUtf8();
        out += QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    };
    for (const OperationRecord& r : journal.records) {
        for (const QString& s :
             {r.resultCode, r.holderIdNumber, r.holderName, r.agentIdNumber, r.agentName,
              r.cardIdentificationCode, r.cardNumber, r.op.operatorId, r.approvalIds.join(QLatin1Char(','))})
            add(s);
        add(QString::fromUtf8(QJsonDocument(r.details).toJson()));
        for (const EvidenceImage& i : r.images)
            out += i.jpeg + i.thumbnailJpeg;
    }
    for (const AuditEventRecord& e : journal.events) {
        for (const QString& s :
             {e.eventType, e.resultCode, e.idNumber, e.cardIdentificationCode, e.cardNumber})
            add(s);
        add(QString::fromUtf8(QJsonDocument(e.details).toJson()));
    }
    return out;
}

// Collects every Qt log message (qDebug .. qFatal) while it lives: the PIN canary also searches the logs.
class LogCapture
{
public:
    LogCapture()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QByteArray text() const { return m_text; }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (s_current) {
            s_current->m_text += message.toUtf8() + '\n';
            if (s_current->m_previous)
                s_current->m_previous(type, context, message);
        }
    }
    inline static LogCapture* s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    QByteArray m_text;
};

// True when the PIN's digits appear as ASCII, packed BCD (F-padded) or UTF-16 anywhere in bytes.
inline bool containsPin(const QByteArray& bytes, const char* digits)
{
    const QByteArray ascii(digits);
    QByteArray bcd;
    for (int i = 0; i < ascii.size(); i += 2) {
        const int hi = ascii[i] - '0';
        const int lo = i + 1 < ascii.size() ? ascii[i + 1] - '0' : 0xF;
        bcd += static_cast<char>((hi << 4) | lo);
    }
    const QString text = QString::fromLatin1(ascii);
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(ascii) || bytes.contains(bcd) || bytes.contains(utf16);
}

} // namespace carddesk::test
