#include "app/supervision/SupervisorActions.h"

#include "app/audit/AuditChain.h"
#include "app/store/LocalStore.h"
#include "app/store/StoreCrypto.h"
#include "app/supervision/SupervisionText.h"
#include "app/supervision/SupervisorAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

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
        //: %1 the operator's role (e.g. Auditor), %2 what was refused (e.g. approve or reject requests)
        m_error = tr("the role %1 may not %2").arg(supervisiontext::role(m_who.role), tr(what));
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
    return requestApproval(store, clerk, RemoteApprovalRequest{service, reason, {}, {}}, error);
}

std::optional<QString> SupervisorActions::requestApproval(LocalStore& store, const OperatorContext& clerk,
                                                          const RemoteApprovalRequest& request,
                                                          QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::optional<QString>();
    };
    if (request.service.isEmpty() || request.reason.trimmed().isEmpty())
        return fail(tr("an approval request needs the service and the reason"));
    const QString id = uuidText(QUuid::createUuid());
    const QString masked =
        request.holderIdNumber.isEmpty() ? QString() : maskIdNumber(request.holderIdNumber);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LocalStore::WriteTransaction t(store);
    if (!t.ok())
        return fail(t.error());
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral(
        "INSERT INTO approvals(id, operation_id, service, reason, requested_by, supervisor_id, terminal_id, "
        "branch_id, created_utc, status, holder_id_masked) VALUES(?,?,?,?,?,'',?,?,?,'pending',?)"));
    q.addBindValue(id);
    q.addBindValue(request.operationId.isNull() ? QVariant() : QVariant(uuidText(request.operationId)));
    q.addBindValue(request.service);
    q.addBindValue(request.reason);
    q.addBindValue(clerk.operatorId);
    q.addBindValue(clerk.terminalId);
    q.addBindValue(clerk.branchId);
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(masked.isEmpty() ? QVariant() : QVariant(masked));
    if (!q.exec())
        return fail(q.lastError().text());
    AuditEntryFields f;
    f.timeUtc = now;
    f.eventType = QStringLiteral("approval-requested");
    f.operatorId = clerk.operatorId;
    f.role = clerk.role;
    f.terminalId = clerk.terminalId;
    f.branchId = clerk.branchId;
    f.trainingMode = clerk.trainingMode;
    f.operationId = request.operationId.isNull() ? QString() : uuidText(request.operationId);
    f.maskedIdNumber = masked;
    f.details = QJsonObject{{"requestId", id}, {"service", request.service}, {"reason", request.reason}};
    QString why;
    if (!store.appendAudit(t.db(), f, &why))
        return fail(why);
    if (!t.commit(&why))
        return fail(why);
    return id;
}

bool SupervisorActions::withdrawApproval(LocalStore& store, const OperatorContext& clerk,
                                         const QString& requestId, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    LocalStore::WriteTransaction t(store);
    if (!t.ok())
        return fail(t.error());
    QSqlQuery q(t.db());
    // Only the counter that asked, and only while nobody has decided.
    q.prepare(QStringLiteral("UPDATE approvals SET status = 'withdrawn', decided_utc = ? WHERE id = ? AND "
                             "status = 'pending' AND requested_by = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(requestId);
    q.addBindValue(clerk.operatorId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("the request %1 is no longer pending (already decided?)").arg(requestId));
    AuditEntryFields f;
    f.timeUtc = QDateTime::currentDateTimeUtc();
    f.eventType = QStringLiteral("approval-withdrawn");
    f.operatorId = clerk.operatorId;
    f.role = clerk.role;
    f.terminalId = clerk.terminalId;
    f.branchId = clerk.branchId;
    f.trainingMode = clerk.trainingMode;
    f.details = QJsonObject{{"requestId", requestId}};
    QString why;
    if (!store.appendAudit(t.db(), f, &why))
        return fail(why);
    if (!t.commit(&why))
        return fail(why);
    return true;
}

QList<ApprovalQueueItem> SupervisorActions::approvals(bool pendingOnly)
{
    QList<ApprovalQueueItem> out;
    if (!require(SupervisorAccess::canOpenConsole(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "see the approvals queue")))
        return out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Rows approved in place at the counter (LocalStore::approve) were never requested: they have no
    // decision reason, and stay out of the console's list.
    const QString sql =
        QStringLiteral(
            "SELECT id, created_utc, requested_by, terminal_id, branch_id, service, reason, "
            "holder_id_masked, "
            "operation_id, status, supervisor_id, decided_utc, decision_reason FROM approvals WHERE %1")
            .arg(pendingOnly ? QStringLiteral("status = 'pending' ORDER BY created_utc")
                             : QStringLiteral("(status <> 'approved' OR decision_reason IS NOT "
                                              "NULL) ORDER BY created_utc DESC"));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ApprovalQueueItem item;
        item.requestId = q.value(0).toString();
        item.requestedUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        item.requestedBy = q.value(2).toString();
        item.terminalId = q.value(3).toString();
        item.branchId = q.value(4).toString();
        item.service = q.value(5).toString();
        item.reason = q.value(6).toString();
        item.holderIdMasked = q.value(7).toString();
        item.operationId = q.value(8).toString();
        item.state = q.value(9).toString();
        item.decidedBy = q.value(10).toString();
        item.decidedUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        item.decisionReason = q.value(12).toString();
        out.append(item);
    }
    return out;
}

bool SupervisorActions::decideApproval(const QString& requestId, bool approve, const QString& reason)
{
    if (!require(SupervisorAccess::canAct(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "approve or reject requests")))
        return false;
    if (reason.trimmed().isEmpty()) {
        m_error = tr("give a reason for the decision");
        return false;
    }
    LocalStore::WriteTransaction t(m_store);
    if (!t.ok()) {
        m_error = t.error();
        return false;
    }
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("SELECT requested_by, service, status FROM approvals WHERE id = ?"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!q.next() || q.value(2).toString() != QLatin1String("pending")) {
        m_error = tr("no pending request %1 (already decided or withdrawn?)").arg(requestId);
        return false;
    }
    const QString requestedBy = q.value(0).toString();
    const QString service = q.value(1).toString();
    q.finish();
    if (requestedBy == m_who.operatorId) {
        m_error = tr("a request must be decided by another person than the one who asked");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery u(t.db());
    u.prepare(QStringLiteral("UPDATE approvals SET status = ?, supervisor_id = ?, decided_utc = ?, "
                             "decision_reason = ? WHERE id = ? AND status = 'pending'"));
    u.addBindValue(approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    u.addBindValue(m_who.operatorId);
    u.addBindValue(now.toString(Qt::ISODateWithMs));
    u.addBindValue(reason.trimmed());
    u.addBindValue(requestId);
    if (!u.exec() || u.numRowsAffected() != 1) {
        m_error = u.lastError().isValid()
                      ? u.lastError().text()
                      : tr("no pending request %1 (already decided or withdrawn?)").arg(requestId);
        return false;
    }
    AuditEntryFields f;
    f.timeUtc = now;
    f.eventType = approve ? QStringLiteral("approval-granted") : QStringLiteral("approval-rejected");
    f.operatorId = m_who.operatorId;
    f.role = m_who.role;
    f.terminalId = m_who.terminalId;
    f.branchId = m_who.branchId;
    f.trainingMode = m_who.trainingMode;
    if (approve)
        f.approvalIds = QStringList{requestId};
    f.details = QJsonObject{{"requestId", requestId},
                            {"requestedBy", requestedBy},
                            {"service", service},
                            {"reason", reason.trimmed()}};
    if (!m_store.appendAudit(t.db(), f, &m_error))
        return false;
    if (!t.commit(&m_error))
        return false;
    return true;
}

bool SupervisorActions::markReviewed(qint64 flaggedSequence, const QString& rule, const QString& comment)
{
    if (!require(SupervisorAccess::canAct(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "mark anomalies reviewed")))
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
    if (!require(SupervisorAccess::canViewPhotos(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "view evidence photos"))) {
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
    if (!require(SupervisorAccess::canOpenConsole(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "export the audit log")))
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
          QStringLiteral("operation"), QStringLiteral("event_label"), QStringLiteral("result_label"),
          QStringLiteral("role_label")});
    qint64 rows = 0;
    while (!query.atEnd()) {
        for (const AuditRow& r : query.fetchPage(2000)) {
            const AuditEntryFields& f = r.fields;
            line({QString::number(r.sequence), f.timeUtc.toUTC().toString(Qt::ISODateWithMs), f.eventType,
                  f.success ? QStringLiteral("yes") : QStringLiteral("no"), f.resultCode, f.operatorId,
                  f.role, f.branchId, f.terminalId, maskIdNumber(f.maskedIdNumber),
                  AuditQuery::maskCardNumber(f.cardNumber), f.operationId,
                  supervisiontext::event(f.eventType), supervisiontext::result(f.resultCode),
                  supervisiontext::role(f.role)});
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
    if (!require(SupervisorAccess::canOpenConsole(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "export the audit log")))
        return false;
    return record(
        QStringLiteral("audit-export"),
        QJsonObject{{"format", format}, {"filter", filter.describe()}, {"rows", rows}, {"file", fileName}});
}

AuditVerifyReport SupervisorActions::verifyChain(bool recordIt, const AuditVerifyProgress& progress,
                                                 qint64 progressEvery)
{
    AuditVerifyReport report;
    if (!require(SupervisorAccess::canOpenConsole(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "verify the audit chain"))) {
        report.problem = m_error;
        return report;
    }
    AuditVerifyOptions options;
    options.progress = progress;
    options.progressEvery = progressEvery;
    report = AuditVerifier::verify(m_store.database(), options);
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
                              {"cancelled", report.cancelled},
                              {"problem", report.problem}},
                  report.ok);
}

QList<DeadLetter> SupervisorActions::deadLetters()
{
    if (!require(SupervisorAccess::canOpenConsole(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "see the sync dead letters")))
        return {};
    return m_store.deadLetters();
}

bool SupervisorActions::acknowledgeDeadLetter(const QUuid& operationId, const QString& comment)
{
    if (!require(SupervisorAccess::canAct(m_who.role),
                 QT_TRANSLATE_NOOP("SupervisorActions", "acknowledge dead letters")))
        return false;
    return record(QStringLiteral("dead-letter-acknowledged"), QJsonObject{{"comment", comment}}, true,
                  operationId);
}

} // namespace carddesk
