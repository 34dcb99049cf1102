#pragma once
// Checks the audit chain of a local store: every entry's sequence, link and hash, every checkpoint's
// signature and that the chain still reaches (and matches) the last signed checkpoint. Names the first bad
// sequence.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace carddesk {

struct AuditVerifyReport
{
    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 checkpointsChecked = 0; // compared with the chain
    qint64 signaturesVerified = 0;
    qint64 lastSequence = 0;     // of the chain as found
    qint64 lastCheckpoint = 0;   // highest signed checkpoint
    qint64 firstBadSequence = 0; // 0 when ok
    QString problem;             // what is wrong at firstBadSequence, for people
    bool cancelled = false;      // stopped by the progress callback: no verdict (ok is false)
};

// Called every `progressEvery` entries with the entries checked so far and the number expected (the highest
// sequence); returning false cancels the verification.
using AuditVerifyProgress = std::function<bool(qint64 done, qint64 total)>;

struct AuditVerifyOptions
{
    QByteArray expectedPublicKey;
    bool everySignature = false;
    AuditVerifyProgress progress;
    // Rounded up to a power of two. Every 16,384 entries is ~10 ms of hashing: a progress bar moves smoothly
    // and the callback costs nothing measurable.
    qint64 progressEvery = 16384;
};

class AuditVerifier
{
public:
    // expectedPublicKey: the counter's Ed25519 key as registered with the agency; empty means the key
    // recorded in the database itself (which catches everything except a forger who also replaced that key).
    // everySignature: also check the signatures of intermediate checkpoints that agree with the chain (they
    // add nothing to the proof; by default only the last checkpoint and disagreeing ones are checked).
    static AuditVerifyReport verify(QSqlDatabase db, const QByteArray& expectedPublicKey = {},
                                    bool everySignature = false);
    // The same, with progress and cancellation.
    static AuditVerifyReport verify(QSqlDatabase db, const AuditVerifyOptions& options);
};

} // namespace carddesk
