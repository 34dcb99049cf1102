#pragma once
// One sync pass of a counter: push the operation outbox, push audit entries and a checkpoint, pull reference
// changes. No threads, no timers: SyncWorker runs it on its thread, `carddesk-admin sync --once` runs it
// directly, the tests run it in crash-prone helper processes.
//
// Exactly once: the server keys operations on their UUID, so a batch whose answer was lost is simply sent
// again and answered with the original results; an operation leaves the local queue only after the server's
// answer (markPushed / markRejected), never before.

#include "app/sync/AgencyClient.h"
#include "app/sync/SyncPorts.h"

#include <functional>

namespace carddesk {

struct SyncCycleOptions
{
    int pushBatch = 200;   // operations per server call
    int auditBatch = 500;  // audit entries per server call
    int pullBatch = 50000; // reference rows per server call
    bool push = true;
    bool pushAudit = true;
    bool pull = true;
    // Pull progress: rows applied so far and the change sequences still to come when the pass began.
    std::function<void(qint64 done, qint64 total)> pullProgress;
    // Tests only: called at named points ("pushed-batch": the server answered, nothing marked locally yet;
    // "marked-batch"), so that a helper process can be killed exactly there.
    std::function<void(const char* point)> faultPoint;
};

struct SyncCycleReport
{
    bool ok = false;
    AgencyError error;    // the first error that stopped the pass
    QString warning;      // e.g. the agency reported an audit chain problem (the pass went on)
    int pushed = 0;       // operations the server applied (including original results of retries)
    int rejected = 0;     // operations moved to the dead-letter list
    int duplicates = 0;   // of those, answered from the server's record of an earlier attempt
    int auditEntries = 0; // audit entries the agency accepted
    qint64 pulledRows = 0;
    int reissueStatusesApplied = 0; // agency reissue statuses recorded (audited) in the store
    int reissueStatusesIgnored = 0; // older than the store's (a replay): not an error
    int reissueStatusesSkipped = 0; // unknown operation or status: logged, the pass went on
    qint64 changeSequence = 0;      // the reference cursor after the pass
    int pendingAfter = 0;
    std::optional<AgencyHello> hello;
};

class SyncCycle
{
public:
    // The sync state keys this pass keeps in the outbox.
    static const char* const AuditCursorKey; // the newest audit entry the agency holds

    SyncCycle(AgencyClient& client, SyncOutbox& outbox, ReferenceSink* sink, SyncCycleOptions options = {});

    SyncCycleReport run();
    // The parts, each usable alone (benchmarks, admin): false with report.error set on failure.
    bool checkServer(SyncCycleReport& report);
    bool pushOperations(SyncCycleReport& report);
    bool pushAudit(SyncCycleReport& report);
    bool pull(SyncCycleReport& report);

private:
    void fault(const char* point) const;
    bool localError(SyncCycleReport& report, const QString& message);

    AgencyClient& m_client;
    SyncOutbox& m_outbox;
    ReferenceSink* m_sink;
    SyncCycleOptions m_options;
};

} // namespace carddesk
