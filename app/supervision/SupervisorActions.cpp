#include "app/supervision/SupervisorActions.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/store/StoreCrypto.h"
#include "app/supervision/SupervisorAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <map>

namespace carddesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SupervisorActions", text);
}
QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString csvField(QString s)
{
    // Spreadsheet formula injection: a cell starting with = + - @ is read as a formula.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}
} // namespace

SupervisorActions::SupervisorActions(LocalStore& store, OperatorContext who)
    : m_store(store)
    , m_who(std::move(who))
{}

bool SupervisorActions::require(bool allowed, const char* what)
{
    if (!allowed)
        m_error = tr("the role '%1' may not %2").arg(m_who.role, tr(what));
    return allowed;
}

bool SupervisorActions::record(const QString& eventType, const QJsonObject& details, bool success,
                               const QUuid& operationId)
{
    AuditEventRecord e;
    e.eventType = eventType;
    e.success = success;
    e.op = m_who;
    e.operationId = operationId;
    e.details = details;
    return m_store.audit(e, &m_error);
}

std::optional<QString> SupervisorActions::requestApproval(LocalStore& store, const OperatorContext& clerk,
                                                          const QString& service, const QString& reason,
                                                          QString* error)
{
    const QString id = uuidText(QUuid::createUuid());
    AuditEventRecord e;
    e.eventType = QStringLiteral("approval-requested");
    e.op = clerk;
    e.details = QJsonObject{{"requestId", id}, {"service", service}, {"reason", reason}};
    if (!store.audit(e, error))
        return std::nullopt;
    return id;
}

QList<ApprovalQueueItem> SupervisorActions::approvals(bool pendingOnly)
{
    QList<ApprovalQueueItem> out;
    if (!require(SupervisorAccess::canOpenConsole(m_who.role), "see the approvals queue"))
        return out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT sequence, canonical FROM audit_entries WHERE event_type IN "
            "('approval-requested', 'approval-granted', 'approval-rejected') ORDER BY sequence"))) {
        m_error = q.lastError().text();
        return out;
    }
    std::map<QString, int> index;
    while (q.next()) {
        const auto f = AuditChain::decode(q.value(1).toByteArray());
        if (!f)
            continue;
        const QString id = f->details.value(QStringLiteral("requestId")).toString();
        if (f->eventType == QLatin1String("approval-requested")) {
            ApprovalQueueItem item;
            item.requestId = id;
            item.requestSequence = q.value(0).toLongLong();
            item.requestedUtc = f->timeUtc;
            item.requestedBy = f->operatorId;
            item.terminalId = f->terminalId;
            item.branchId = f->branchId;
            item.service = f->details.value(QStringLiteral("service")).toString();
            item.reason = f->details.value(QStringLiteral("reason")).toString();
            item.state = QStringLiteral("pending");
            index[id] = static_cast<int>(out.size());
            out.append(item);
        } else if (auto it = index.find(id); it != index.end()) {
            ApprovalQueueItem& item = out[it->second];
            item.state = f->eventType == QLatin1String("approval-granted") ? QStringLiteral("approved")
                                                                           : QStringLiteral("rejected");
            item.decidedBy = f->operatorId;
            item.decisionReason = f->details.value(QStringLiteral("reason")).toString();
        }
    }
    if (pendingOnly)
        out.erase(
            std::remove_if(out.begin(), out.end(),
                           [](const ApprovalQueueItem& i) { return i.state != QLatin1String("pending"); }),
            out.end());
    return out;
}

bool SupervisorActions::decideApproval(const QString& requestId, bool approve, const QString& reason)
{
    if (!require(SupervisorAccess::canAct(m_who.role), "approve or reject requests"))
        return false;
    if (reason.trimmed().isEmpty()) {
        m_error = tr("give a reason for the decision");
        return false;
    }
    const auto pending = approvals(true);
    const auto it = std::find_if(pending.begin(), pending.end(),
                                 [&](const ApprovalQueueItem& i) { return i.requestId == requestId; });
    if (it == pending.end()) {
        m_error = tr("no pending request %1 (already decided?)").arg(requestId);
        return false;
    }
    if (it->requestedBy == m_who.operatorId) {
        m_error = tr("a request must be decided by another person than the one who asked");
        return false;
    }
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok()) {
        m_error = t.error();
        return false;
    }
    QStringList approvalIds;
    if (approve) {
        const QString approvalId = uuidText(QUuid::createUuid());
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral(
            "INSERT INTO approvals(id, operation_id, service, reason, requested_by, supervisor_id, "
            "terminal_id, branch_id, created_utc) VALUES(?,NULL,?,?,?,?,?,?,?)"));
        q.addBindValue(approvalId);
        q.addBindValue(it->service);
        q.addBindValue(reason);
        q.addBindValue(it->requestedBy);
        q.addBindValue(m_who.operatorId);
        q.addBindValue(it->terminalId);
        q.addBindValue(it->branchId);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        approvalIds << approvalId;
    }
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = approve ? QStringLiteral("approval-granted") : QStringLiteral("approval-rejected");
    f.operatorId = m_who.operatorId;
    f.role = m_who.role;
    f.terminalId = m_who.terminalId;
    f.branchId = m_who.branchId;
    f.trainingMode = m_who.trainingMode;
    f.approvalIds = approvalIds;
    f.details = QJsonObject{{"requestId", requestId},
                            {"requestSequence", it->requestSequence},
                            {"requestedBy", it->requestedBy},
                            {"service", it->service},
                            {"reason", reason}};
    if (!m_store.appendAudit(t.db(), f, &m_error))
        return false;
    if (!t.commit()) {
        m_error = t.error();
        return false;
    }
    return true;
}

bool SupervisorActions::markReviewed(qint64 flaggedSequence, const QString& rule, const QString& comment)
{
    if (!require(SupervisorAccess::canAct(m_who.role), "mark anomalies reviewed"))
        return false;
    if (comment.trimmed().isEmpty()) {
        m_error = tr("a review needs a comment");
        return false;
    }
    return record(QStringLiteral("anomaly-review"),
                  QJsonObject{{"flaggedSequence", flaggedSequence}, {"rule", rule}, {"comment", comment}});
}

QList<ReviewMark> SupervisorActions::reviewMarks()
{
    QList<ReviewMark> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT canonical FROM audit_entries WHERE event_type = 'anomaly-review' "
                               "ORDER BY sequence"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const auto f = AuditChain::decode(q.value(0).toByteArray());
        if (!f)
            continue;
        out.append(
            ReviewMark{static_cast<qint64>(f->details.value(QStringLiteral("flaggedSequence")).toDouble()),
                       f->details.value(QStringLiteral("rule")).toString(), f->operatorId,
                       f->details.value(QStringLiteral("comment")).toString(), f->timeUtc});
    }
    return out;
}

std::optional<QByteArray> SupervisorActions::viewPhoto(const QString& photoId, qint64 auditSequence)
{
    if (!require(SupervisorAccess::canViewPhotos(m_who.role), "view evidence photos")) {
        record(QStringLiteral("photo-view-refused"),
               QJsonObject{{"photoId", photoId}, {"auditSequence", auditSequence}}, false);
        return std::nullopt;
    }
    const auto photo = m_store.photo(QUuid::fromString(photoId));
    if (!photo) {
        m_error = tr("the photo %1 is not in this store (or cannot be decrypted)").arg(photoId);
        return std::nullopt;
    }
    // Audited before it is shown: if the entry cannot be written, the photo is not shown.
    if (!record(QStringLiteral("photo-viewed"),
                QJsonObject{{"photoId", photoId}, {"auditSequence", auditSequence}}, true,
                photo->operationId))
        return std::nullopt;
    return photo->jpeg;
}

qint64 SupervisorActions::exportCsv(const AuditFilter& filter, QIODevice& out, const QString& fileName)
{
    if (!require(SupervisorAccess::canOpenConsole(m_who.role), "export the audit log"))
        return -1;
    AuditQuery query(m_store, filter);
    auto line = [&](const QStringList& cells) {
        QStringList esc;
        for (const QString& c : cells)
            esc << csvField(c);
        out.write((esc.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    };
    line({QStringLiteral("sequence"), QStringLiteral("time_utc"), QStringLiteral("event"),
          QStringLiteral("success"), QStringLiteral("result"), QStringLiteral("operator"),
          QStringLiteral("role"), QStringLiteral("branch"), QStringLiteral("terminal"),
          QStringLiteral("id_number_masked"), QStringLiteral("card_number_masked"),
          QStringLiteral("operation")});
    qint64 rows = 0;
    while (!query.atEnd()) {
        for (const AuditRow& r : query.fetchPage(2000)) {
            const AuditEntryFields& f = r.fields;
            line({QString::number(r.sequence), f.timeUtc.toUTC().toString(Qt::ISODateWithMs), f.eventType,
                  f.success ? QStringLiteral("yes") : QStringLiteral("no"), f.resultCode, f.operatorId,
                  f.role, f.branchId, f.terminalId, maskIdNumber(f.maskedIdNumber),
                  AuditQuery::maskCardNumber(f.cardNumber), f.operationId});
            ++rows;
        }
    }
    if (!query.error().isEmpty()) {
        m_error = query.error();
        return -1;
    }
    if (!auditExport(filter, QStringLiteral("csv"), rows, fileName))
        return -1;
    return rows;
}

bool SupervisorActions::auditExport(const AuditFilter& filter, const QString& format, qint64 rows,
                                    const QString& fileName)
{
    if (!require(SupervisorAccess::canOpenConsole(m_who.role), "export the audit log"))
        return false;
    return record(
        QStringLiteral("audit-export"),
        QJsonObject{{"format", format}, {"filter", filter.describe()}, {"rows", rows}, {"file", fileName}});
}

AuditVerifyReport SupervisorActions::verifyChain(bool recordIt)
{
    AuditVerifyReport report;
    if (!require(SupervisorAccess::canOpenConsole(m_who.role), "verify the audit chain")) {
        report.problem = m_error;
        return report;
    }
    report = AuditVerifier::verify(m_store.database());
    if (recordIt)
        recordVerification(report);
    return report;
}

bool SupervisorActions::recordVerification(const AuditVerifyReport& report)
{
    return record(QStringLiteral("audit-verify"),
                  QJsonObject{{"ok", report.ok},
                              {"entriesChecked", report.entriesChecked},
                              {"firstBadSequence", report.firstBadSequence},
                              {"problem", report.problem}},
                  report.ok);
}

QList<DeadLetter> SupervisorActions::deadLetters()
{
    if (!require(SupervisorAccess::canOpenConsole(m_who.role), "see the sync dead letters"))
        return {};
    return m_store.deadLetters();
}

bool SupervisorActions::acknowledgeDeadLetter(const QUuid& operationId, const QString& comment)
{
    if (!require(SupervisorAccess::canAct(m_who.role), "acknowledge dead letters"))
        return false;
    return record(QStringLiteral("dead-letter-acknowledged"), QJsonObject{{"comment", comment}}, true,
                  operationId);
}

} // namespace carddesk
