#pragma once
// Checks the audit chain of a local store: every entry's sequence, link and hash, every checkpoint's
// signature and that the chain still reaches (and matches) the last signed checkpoint. Names the first bad
// sequence.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

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
};

} // namespace carddesk
