#include "app/devices/IdDocumentReader.h"

#include "app/identity/IdNumber.h"

#include <QTimer>

namespace carddesk {

QString ManualIdEntry::displayName() const
{
    return tr("Manual entry");
}

QString ManualIdEntry::submit(IdDocument document, const QDate& today)
{
    const QDate now = today.isValid() ? today : QDate::currentDate();
    document.name = document.name.trimmed();
    if (document.name.isEmpty())
        return tr("Enter the name as printed on the ID card.");
    const IdNumber id = IdNumber::parse(document.idNumber, now);
    if (!id.isValid())
        return id.errorMessage();
    if (document.birthDate.isValid() && document.birthDate != id.birthDate())
        return tr("The date of birth does not match the ID number: check both.");
    if (document.sex != 0 && document.sex != id.sex())
        return tr("The sex does not match the ID number: check both.");
    if (!document.validLongTerm && !document.validTo.isValid())
        return tr("Enter the end of the ID card's validity (or mark it as long-term).");
    if (document.validFrom.isValid() && document.validTo.isValid() && document.validTo < document.validFrom)
        return tr("The validity ends before it starts: check the dates.");
    document.idNumber = id.toString();
    document.birthDate = id.birthDate();
    document.sex = id.sex();
    document.source = IdDocument::Source::ManualEntry;
    if (!m_waiting)
        return tr("No ID document is being asked for at the moment.");
    m_waiting = false;
    emit documentRead(document);
    return {};
}

void TestIdDocumentReader::enqueue(const IdDocument& document)
{
    m_queue.append({document, {}});
}

void TestIdDocumentReader::enqueueFailure(const QString& message)
{
    m_queue.append({{}, message});
}

void TestIdDocumentReader::requestRead()
{
    ++m_requests;
    const int generation = ++m_generation;
    // Like a real reader: the answer comes later, from the event loop.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return; // cancelled meanwhile
        if (m_queue.isEmpty()) {
            emit readFailed(tr("No ID card on the reader."));
            return;
        }
        const Item item = m_queue.takeFirst();
        if (!item.failure.isEmpty())
            emit readFailed(item.failure);
        else
            emit documentRead(item.document);
    });
}

void TestIdDocumentReader::cancel()
{
    ++m_generation;
}

} // namespace carddesk
