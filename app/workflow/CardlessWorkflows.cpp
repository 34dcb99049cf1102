// Loss report and reissue: the card is not at the counter; the reference cache says what is known about it.
#include "app/workflow/LossReportWorkflow.h"
#include "app/workflow/ReissueWorkflow.h"

#include <QRegularExpression>

namespace carddesk {

// ---- loss report
// -------------------------------------------------------------------------------------------

ServiceWorkflow::Plan LossReportWorkflow::plan() const
{
    Plan p;
    p.details = true;
    p.photo = true;
    return p;
}

bool LossReportWorkflow::checkReference(QString* code, QString* text)
{
    if (!ServiceWorkflow::checkReference(code, text))
        return false;
    if (cachedCardNumber().isEmpty()) {
        say(tr("The card is not in this counter's reference data: the agency matches the report by ID "
               "number."),
            MessageLevel::Warning);
        return true;
    }
    const QString status = services().cache->cardStatus(cachedCardNumber());
    if (status == QLatin1String("lost")) {
        *code = QStringLiteral("already-reported-lost");
        *text = tr("This card is already reported lost.");
        return false;
    }
    if (status == QLatin1String("cancelled")) {
        *code = QStringLiteral("card-cancelled");
        *text = tr("This card has been cancelled: there is nothing to report.");
        return false;
    }
    return true;
}

QString LossReportWorkflow::provideDetails(const LossReportDetails& details)
{
    if (state() != WorkflowState::AwaitingDetails)
        return tr("No details are being asked for at the moment.");
    if (details.temporaryReportUtc.isValid() && details.temporaryReportUtc > nowUtc())
        return tr("The temporary report cannot lie in the future.");
    m_details = details;
    if (details.temporaryReportUtc.isValid() && !temporaryReportInTime())
        say(tr("The temporary loss report is older than %n hour(s): it has lapsed, this is a new report.",
               nullptr, profile().lossReportDeadlineHours),
            MessageLevel::Warning);
    detailsAccepted();
    return {};
}

bool LossReportWorkflow::temporaryReportInTime() const
{
    if (!m_details.temporaryReportUtc.isValid())
        return false;
    return m_details.temporaryReportUtc.secsTo(nowUtc()) <= qint64(profile().lossReportDeadlineHours) * 3600;
}

void LossReportWorkflow::addDetails(QJsonObject& details) const
{
    if (m_details.temporaryReportUtc.isValid()) {
        details.insert(QStringLiteral("temporaryReportUtc"),
                       m_details.temporaryReportUtc.toString(Qt::ISODate));
        details.insert(QStringLiteral("temporaryReportInTime"), temporaryReportInTime());
    }
    details.insert(QStringLiteral("deadlineHours"), profile().lossReportDeadlineHours);
    if (!m_details.circumstances.isEmpty())
        details.insert(QStringLiteral("circumstances"), m_details.circumstances);
}

void LossReportWorkflow::addReceiptLines(Receipt& receipt) const
{
    receipt.extraLines << qMakePair(tr("Card reported lost"), cachedCardNumber().isEmpty()
                                                                  ? tr("(matched by ID number)")
                                                                  : cachedCardNumber());
    if (m_details.temporaryReportUtc.isValid())
        receipt.extraLines << qMakePair(tr("Temporary report"), temporaryReportInTime()
                                                                    ? tr("confirmed within the deadline")
                                                                    : tr("lapsed; recorded as a new report"));
    receipt.extraLines << qMakePair(tr("Next step"), tr("A replacement card can be applied for now."));
}

// ---- reissue
// -----------------------------------------------------------------------------------------------

ServiceWorkflow::Plan ReissueWorkflow::plan() const
{
    Plan p;
    p.details = true;
    p.photo = true;
    p.photoKind = QStringLiteral("card-photo");
    return p;
}

bool ReissueWorkflow::checkReference(QString* code, QString* text)
{
    if (!ServiceWorkflow::checkReference(code, text))
        return false;
    if (!cachedCardNumber().isEmpty() && services().cache)
        m_cardStatus = services().cache->cardStatus(cachedCardNumber());
    if (m_cardStatus == QLatin1String("reissue-pending")) {
        *code = QStringLiteral("reissue-pending");
        *text = tr("A replacement card has already been applied for.");
        return false;
    }
    return true;
}

QString ReissueWorkflow::provideDetails(const ReissueDetails& details)
{
    if (state() != WorkflowState::AwaitingDetails)
        return tr("No details are being asked for at the moment.");
    if (details.reason == ReissueDetails::Reason::Lost && m_cardStatus == QLatin1String("active"))
        return tr("The card is not reported lost: report the loss first (or choose another reason).");
    ReissueDetails d = details;
    if (d.delivery == ReissueDetails::Delivery::Mail) {
        if (!profile().reissueMailingAllowed)
            return tr("This region does not mail cards: the holder collects the card at the branch.");
        d.mailingAddress = d.mailingAddress.simplified();
        if (d.mailingAddress.size() < 6)
            return tr("Enter the full mailing address.");
        d.phone = d.phone.simplified().remove(QLatin1Char(' '));
        static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9-]{7,20}$"));
        if (!phonePattern.match(d.phone).hasMatch())
            return tr("Enter a telephone number for the courier.");
        if (d.recipientName.trimmed().isEmpty())
            d.recipientName = holderDocument().name;
    } else {
        d.mailingAddress.clear();
        d.recipientName.clear();
        d.phone.clear();
    }
    m_details = d;
    detailsAccepted();
    return {};
}

QDate ReissueWorkflow::expectedReadyDate() const
{
    QDate d = today();
    int left = profile().reissueWorkingDays;
    while (left > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --left;
    }
    return d;
}

namespace {
QString reasonName(ReissueDetails::Reason r)
{
    switch (r) {
    case ReissueDetails::Reason::Lost:
        return QStringLiteral("lost");
    case ReissueDetails::Reason::Damaged:
        return QStringLiteral("damaged");
    case ReissueDetails::Reason::Other:
        return QStringLiteral("other");
    }
    return {};
}
} // namespace

void ReissueWorkflow::addDetails(QJsonObject& details) const
{
    const bool mail = m_details.delivery == ReissueDetails::Delivery::Mail;
    details.insert(QStringLiteral("reason"), reasonName(m_details.reason));
    details.insert(QStringLiteral("feeFen"), profile().reissueFeeFen);
    details.insert(QStringLiteral("delivery"), mail ? QStringLiteral("mail") : QStringLiteral("collect"));
    if (mail) {
        details.insert(QStringLiteral("mailingAddress"), m_details.mailingAddress);
        details.insert(QStringLiteral("recipientName"), m_details.recipientName);
        details.insert(QStringLiteral("phone"), m_details.phone);
    }
    details.insert(QStringLiteral("trackingStatus"), reissueStatusName(ReissueStatus::ApplicationReceived));
    details.insert(QStringLiteral("expectedReadyDate"), expectedReadyDate().toString(Qt::ISODate));
}

void ReissueWorkflow::addReceiptLines(Receipt& receipt) const
{
    receipt.extraLines << qMakePair(tr("Fee"), tr("%1 yuan").arg(profile().reissueFeeText()));
    if (m_details.delivery == ReissueDetails::Delivery::Mail)
        receipt.extraLines << qMakePair(tr("Delivery"), tr("By mail to %1").arg(m_details.mailingAddress));
    else
        receipt.extraLines << qMakePair(tr("Delivery"), tr("Collect at this branch"));
    receipt.extraLines << qMakePair(tr("Tracking status"),
                                    WorkflowText::reissueStatusText(ReissueStatus::ApplicationReceived));
    receipt.extraLines << qMakePair(tr("Expected ready"), expectedReadyDate().toString(Qt::ISODate));
}

} // namespace carddesk
