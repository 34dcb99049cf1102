#pragma once

#include <QSqlDatabase>
#include <QString>

namespace carddesk::test {

// The state directory the CTest fixtures write to (CARDDESK_FIXTURE_DIR).
QString fixtureDir();

// Status of a fixture, read from <fixtureDir>/<name>/status: "ours <pid>", "ready <port>",
// "unavailable: <reason>", or empty when the fixture never ran.
QString fixtureStatus(const QString& name);

// libpq conninfo of the PostgreSQL fixture's superuser; empty (and *whyNot set) when the fixture is not up.
QString pgConnInfo(QString* whyNot = nullptr);

// Opens a QPSQL connection from a libpq conninfo string ("host=... port=... user=... password=... dbname=...").
QSqlDatabase openPostgres(const QString& conninfo, const QString& connectionName, const QString& dbName = {});

// TCP port of the first vpcd slot of the pcscd fixture (the second slot is port + 1).
int vpcdPort();

// A fresh directory under the fixture dir for one test's files (removed first when it exists).
QString scratchDir(const QString& testName);

} // namespace carddesk::test

// Skips the current Qt test with the fixture's reason when the fixture reports "unavailable".
// A fixture that never ran is a failure: the test was started outside ctest's fixture setup.
#define CARDDESK_REQUIRE_FIXTURE(name)                                                                     \
    do {                                                                                                    \
        const QString status_ = carddesk::test::fixtureStatus(QStringLiteral(name));                       \
        if (status_.startsWith(QLatin1String("unavailable")))                                              \
            QSKIP(qPrintable(QStringLiteral("fixture '" name "' %1").arg(status_)));                       \
        if (status_.isEmpty() || status_ == QLatin1String("stopped"))                                      \
            QFAIL("fixture '" name "' is not set up: run this test through ctest (FIXTURES_REQUIRED " name ")"); \
    } while (false)
