#include "app/sync/SyncCycle.h"

#include "app/sync/AgencySchema.h"

#include <QCoreApplication>
#include <QHash>

namespace carddesk {

const char* const SyncCycle::AuditCursorKey = "agency.auditPushedSequence";

SyncCycle::SyncCycle(AgencyClient& client, SyncOutbox& outbox, ReferenceSink* sink, SyncCycleOptions options)
    : m_client(client)
    , m_outbox(outbox)
    , m_sink(sink)
    , m_options(std::move(options))
{}

void SyncCycle::fault(const char* point) const
{
    if (m_options.faultPoint)
        m_options.faultPoint(point);
}

bool SyncCycle::localError(SyncCycleReport& report, const QString& message)
{
    report.error = {AgencyError::Kind::Server, message};
    return false;
}

SyncCycleReport SyncCycle::run()
{
    SyncCycleReport report;
    report.ok = checkServer(report) && (!m_options.push || pushOperations(report)) &&
                (!m_options.pushAudit || pushAudit(report)) && (!m_options.pull || pull(report));
    report.pendingAfter = m_outbox.pendingCount();
    return report;
}

bool SyncCycle::checkServer(SyncCycleReport& report)
{
    report.hello = m_client.hello(&report.error, m_sink ? m_sink->referenceChangeSequence() : -1);
    if (!report.hello)
        return false;
    const int mine = AgencySchema::clientVersion();
    if (mine < report.hello->minClientSchema) {
        report.error = {
            AgencyError::Kind::SchemaTooOld,
            QCoreApplication::translate("carddesk::SyncCycle",
                                        "This counter's CardDesk speaks agency schema %1, but the agency "
                                        "database (schema %2) needs at least %3. Update CardDesk; the "
                                        "%n operation(s) waiting here are kept and will be sent after the "
                                        "update.",
                                        nullptr, m_outbox.pendingCount())
                .arg(mine)
                .arg(report.hello->serverSchema)
                .arg(report.hello->minClientSchema)};
        return false;
    }
    return true;
}

bool SyncCycle::pushOperations(SyncCycleReport& report)
{
    for (;;) {
        const QList<OutboxOperation> batch = m_outbox.pendingOperations(m_options.pushBatch);
        if (batch.isEmpty())
            return true;
        auto results = m_client.pushOperations(batch, &report.error);
        // A deadlock or serialization failure rolled the whole call back: the same batch may simply go again.
        for (int retry = 0; !results && report.error.kind == AgencyError::Kind::Transient && retry < 3;
             ++retry)
            results = m_client.pushOperations(batch, &report.error);
        if (!results)
            return false;
        report.error = {};
        fault("pushed-batch");
        QHash<QUuid, OperationPushResult> byId;
        for (const OperationPushResult& r : *results)
            byId.insert(r.id, r);
        QList<QUuid> applied;
        QString retryReason;
        for (const OutboxOperation& op : batch) {
            const auto it = byId.constFind(op.id);
            if (it == byId.constEnd()) {
                retryReason = QStringLiteral("the agency did not answer for operation %1").arg(op.sequence);
                break;
            }
            if (it->outcome == QLatin1String("applied")) {
                applied << op.id;
                report.duplicates += it->duplicate ? 1 : 0;
            } else if (it->outcome == QLatin1String("rejected")) {
                // Dead letter with the server's reason; it must not block the operations behind it.
                QString error;
                if (!m_outbox.markRejected(op.id, it->reason, &error))
                    return localError(report,
                                      QStringLiteral("cannot record the rejection locally: ") + error);
                ++report.rejected;
                report.duplicates += it->duplicate ? 1 : 0;
            } else {
                retryReason = QStringLiteral("the agency asked to retry operation %1: %2")
                                  .arg(op.sequence)
                                  .arg(it->reason);
                break;
            }
        }
        if (!applied.isEmpty()) {
            QString error;
            if (!m_outbox.markPushed(applied, &error))
                return localError(report, QStringLiteral("cannot mark operations as sent: ") + error);
            report.pushed += applied.size();
        }
        fault("marked-batch");
        if (!retryReason.isEmpty())
            return localError(report, retryReason);
    }
}

bool SyncCycle::pushAudit(SyncCycleReport& report)
{
    qint64 cursor = m_outbox.syncState(QLatin1String(AuditCursorKey)).toLongLong();
    bool sentAny = false;
    for (int round = 0;; ++round) {
        QList<OutboxAuditEntry> entries = m_outbox.auditEntriesAfter(cursor, m_options.auditBatch);
        std::optional<OutboxCheckpoint> checkpoint;
        if (entries.size() < m_options.auditBatch && (sentAny || !entries.isEmpty())) {
            // The head is in reach: sign a checkpoint over it and send it with the last entries.
            QString error;
            checkpoint = m_outbox.makeCheckpoint(&error);
            if (!checkpoint)
                return localError(report, QStringLiteral("cannot make an audit checkpoint: ") + error);
            // Making the checkpoint may itself have appended an entry: send everything up to it.
            entries = m_outbox.auditEntriesAfter(cursor, m_options.auditBatch);
        }
        if (entries.isEmpty() && !checkpoint)
            return true;
        const auto result = m_client.pushAudit(entries, checkpoint, &report.error);
        if (!result)
            return false;
        report.auditEntries += result->accepted;
        sentAny = true;
        // The agency's copy is the truth about what it holds: resend from there (a gap) or skip ahead.
        const qint64 newCursor = result->lastSequence;
        QString error;
        if (!m_outbox.setSyncState(QLatin1String(AuditCursorKey), QString::number(newCursor), &error))
            return localError(report, QStringLiteral("cannot store the audit cursor: ") + error);
        if (result->status != QLatin1String("ok")) {
            if (result->status == QLatin1String("gap") && newCursor < cursor && round < 3) {
                cursor = newCursor;
                continue;
            }
            report.warning =
                QCoreApplication::translate("carddesk::SyncCycle",
                                            "The agency reported a problem with this counter's audit "
                                            "log (%1): %2. A supervisor must look at it.")
                    .arg(result->status, result->reason);
            return true;
        }
        if (checkpoint || newCursor <= cursor)
            return true;
        cursor = newCursor;
    }
}

bool SyncCycle::pull(SyncCycleReport& report)
{
    if (!m_sink)
        return true;
    const qint64 start = m_sink->referenceChangeSequence();
    qint64 cursor = start;
    const qint64 total = report.hello ? std::max<qint64>(0, report.hello->changeHorizon - start) : 0;
    if (m_options.pullProgress)
        m_options.pullProgress(0, total);
    for (;;) {
        int rows = 0;
        const auto batch = m_client.pullChanges(cursor, m_options.pullBatch, &rows, &report.error);
        if (!batch)
            return false;
        // A page may be empty (its change numbers were superseded) and still move the cursor; the server says
        // "nothing more" by not moving it.
        if (batch->toChangeSequence <= cursor)
            break;
        QString error;
        // Reissue statuses first, the page (and its cursor) after: a crash in between replays them, and a
        // replayed status is Ignored (forward only).
        for (const ReferenceReissueStatus& change : batch->reissueStatuses) {
            ReissueStatusApplied result = ReissueStatusApplied::Skipped;
            if (!m_sink->applyAgencyReissueStatus(change, &result, &error))
                return localError(report, QStringLiteral("cannot store a reissue status: ") + error);
            switch (result) {
            case ReissueStatusApplied::Applied:
                ++report.reissueStatusesApplied;
                break;
            case ReissueStatusApplied::Ignored:
                ++report.reissueStatusesIgnored;
                break;
            case ReissueStatusApplied::Skipped:
                // Not this counter's to track (or a status this version does not know): the pass goes on.
                qWarning("sync: reissue status change %lld (%s, \"%s\") skipped: %s", change.change,
                         qPrintable(change.operationId.toString(QUuid::WithoutBraces)),
                         qPrintable(change.status), qPrintable(error));
                ++report.reissueStatusesSkipped;
                break;
            }
            error.clear();
        }
        if (!m_sink->applyReferenceBatch(*batch, &error))
            return localError(report, QStringLiteral("cannot store reference data: ") + error);
        report.pulledRows += rows;
        cursor = batch->toChangeSequence;
        if (m_options.pullProgress)
            m_options.pullProgress(std::min(total, cursor - start), std::max(total, cursor - start));
    }
    report.changeSequence = cursor;
    return true;
}

} // namespace carddesk
