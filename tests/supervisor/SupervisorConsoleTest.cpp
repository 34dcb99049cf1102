// The supervisor's console driven offscreen on real scratch stores: role separation, filtering through the
// filter bar, lazy loading, verify on a tampered database (the bad entry shown), export (file, masking,
// audit), approvals, the audited photo view.

#include "SupervisorTestSupport.h"

#include "app/supervision/DashboardFigures.h"
#include "ui/plugins/ChartPanel.h"
#include "ui/supervisor/AuditTableModel.h"
#include "ui/supervisor/SupervisorConsole.h"
#include "ui/supervisor/SupervisorConsoleEntry.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace carddesk;
using namespace carddesk::test;
using carddesk::ui::AuditTableModel;
using carddesk::ui::SupervisorConsole;

namespace {
// A real JPEG (the console decodes it), small.
QByteArray realJpeg()
{
    QImage img(60, 80, QImage::Format_RGB32);
    img.fill(QColor(200, 180, 160));
    QPainter p(&img);
    p.fillRect(20, 20, 20, 30, Qt::darkGray);
    p.end();
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "JPEG", 80);
    return out;
}

} // namespace

class SupervisorConsoleTest : public QObject
{
    Q_OBJECT
    QString m_dir;
    std::unique_ptr<LocalStore> m_store;

    void fill()
    {
        // 40 operations: clerk1 and clerk2 alternate, every 5th fails, two citizens; each with a real photo.
        for (int i = 0; i < 40; ++i) {
            OperationRecord r = sampleOperation(i % 4 == 0 ? QStringLiteral("110105199001011237")
                                                           : QStringLiteral("11010519850202003X"));
            r.op.operatorId = i % 2 ? QStringLiteral("clerk2") : QStringLiteral("clerk1");
            r.success = i % 5 != 0;
            r.resultCode = r.success ? QStringLiteral("ok") : QStringLiteral("wrong-card");
            r.images.first().jpeg = realJpeg();
            QVERIFY(m_store->record(r).ok);
        }
    }

private slots:
    void init()
    {
        m_dir = scratchDir(QStringLiteral("supervisor_console"));
        QString error;
        m_store = LocalStore::open(storeOptions(m_dir), &error);
        QVERIFY2(m_store, qPrintable(error));
        fill();
    }
    void cleanup() { m_store.reset(); }

    void clerkCannotOpenConsole()
    {
        QString error;
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")), nullptr, &error));
        QVERIFY(!c);
        QVERIFY(!error.isEmpty());
        QCOMPARE(auditCount(*m_store, QStringLiteral("console-refused")), 1);
        std::unique_ptr<SupervisorConsole> t(SupervisorConsole::create(
            *m_store, person(QStringLiteral("teller1"), QStringLiteral("teller")), nullptr));
        QVERIFY(!t);

        std::unique_ptr<SupervisorConsole> sup(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        QVERIFY(sup);
        QVERIFY(!sup->hasOperatorAdministration()); // a supervisor does not edit operators
        QVERIFY(!sup->findChild<QPushButton*>(QStringLiteral("opCreate")));
        std::unique_ptr<SupervisorConsole> admin(SupervisorConsole::create(
            *m_store, person(QStringLiteral("root"), QStringLiteral("administrator")), nullptr));
        QVERIFY(admin);
        QVERIFY(admin->hasOperatorAdministration());

        // The administrator creates an operator through the page.
        admin->show();
        admin->tabs()->setCurrentIndex(5);
        admin->findChild<QLineEdit*>(QStringLiteral("opId"))->setText(QStringLiteral("clerk7"));
        admin->findChild<QLineEdit*>(QStringLiteral("opName"))->setText(QStringLiteral("Clerk Seven"));
        auto* roleBox = admin->findChild<QComboBox*>(QStringLiteral("opRole"));
        roleBox->setCurrentIndex(roleBox->findData(QStringLiteral("teller")));
        QCOMPARE(roleBox->currentText(), QStringLiteral("Teller")); // a name, not the code
        admin->findChild<QLineEdit*>(QStringLiteral("opPassword"))->setText(QStringLiteral("sevenseven7"));
        QTest::mouseClick(admin->findChild<QPushButton*>(QStringLiteral("opCreate")), Qt::LeftButton);
        const auto created = m_store->operators().find(QStringLiteral("clerk7"));
        QVERIFY(created);
        QCOMPARE(created->role, QStringLiteral("teller"));
        QVERIFY(admin->findChild<QLineEdit*>(QStringLiteral("opPassword"))->text().isEmpty());
        auto* table = admin->findChild<QTableWidget*>(QStringLiteral("operatorTable"));
        QVERIFY(!table->findItems(QStringLiteral("clerk7"), Qt::MatchExactly).isEmpty());
    }

    void entryInTheMainWindowFollowsTheRole()
    {
        ui::UiServices services;
        services.journal = m_store.get();
        ui::SupervisorConsoleEntry entry(services);
        entry.setOperator(person(QStringLiteral("clerk1"), QStringLiteral("clerk")));
        QVERIFY(entry.isHidden());
        entry.setOperator(person(QStringLiteral("sup1"), QStringLiteral("supervisor")));
        QVERIFY(!entry.isHidden());
        QTest::mouseClick(&entry, Qt::LeftButton);
        QVERIFY(entry.console());
        QVERIFY(!entry.console()->hasOperatorAdministration());
        QCOMPARE(entry.console()->auditModel()->rowCount(), 40);
        entry.setOperator(OperatorContext{}); // signed out: hidden, console closed
        QVERIFY(entry.isHidden());
        QVERIFY(!entry.console());
    }

    void filtering()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        QVERIFY(c);
        c->show();
        AuditTableModel* model = c->auditModel();
        QCOMPARE(model->rowCount(), 40);
        QCOMPARE(model->rowAt(0)->sequence, 40); // newest first

        auto* op = c->findChild<QLineEdit*>(QStringLiteral("filterOperator"));
        QTest::keyClicks(op, QStringLiteral("clerk2"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("applyFilter")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 20);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, AuditTableModel::Operator).data().toString(), QStringLiteral("clerk2"));

        op->clear();
        auto* result = c->findChild<QComboBox*>(QStringLiteral("filterResult"));
        result->setCurrentIndex(result->findData(0)); // failed only
        c->applyFilter();
        QCOMPARE(model->rowCount(), 8);
        for (int r = 0; r < model->rowCount(); ++r) {
            // The result by name; the code the chain keeps in the tooltip.
            QCOMPARE(model->index(r, AuditTableModel::Result).data().toString(),
                     QStringLiteral("failed: Wrong card"));
            QCOMPARE(model->index(r, AuditTableModel::Result).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("wrong-card"));
            QCOMPARE(model->index(r, AuditTableModel::Event).data().toString(), QStringLiteral("PIN reset"));
        }

        result->setCurrentIndex(0);
        auto* id = c->findChild<QLineEdit*>(QStringLiteral("filterIdNumber"));
        id->setText(QStringLiteral("110105199001011237"));
        c->applyFilter();
        QCOMPARE(model->rowCount(), 10);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, AuditTableModel::IdNumber).data().toString(),
                     QStringLiteral("110105********1237"));
        // The list never shows a full number or card number.
        QVERIFY(
            !model->index(0, AuditTableModel::Card).data().toString().contains(QStringLiteral("A12345678")));

        id->clear();
        auto* event = c->findChild<QComboBox*>(QStringLiteral("filterEvent"));
        event->setCurrentIndex(event->findData(QStringLiteral("login")));
        c->applyFilter();
        QCOMPARE(model->rowCount(), 0);
    }

    void lazyLoading()
    {
        // 1,200 more entries: the first page only, then more as the view asks.
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        {
            LocalStore::WriteTransaction t(*m_store);
            QVERIFY(t.ok());
            for (int i = 0; i < 1200; ++i) {
                AuditEntryFields f;
                f.timeUtc = t0.addMSecs(i);
                f.eventType = QStringLiteral("login");
                f.operatorId = QStringLiteral("clerk1");
                QString error;
                QVERIFY(m_store->appendAudit(t.db(), f, &error));
            }
            QVERIFY(t.commit());
        }
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        AuditTableModel* model = c->auditModel();
        QCOMPARE(model->rowCount(), AuditTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        c->resize(900, 700);
        c->show();
        c->auditView()->scrollToBottom(); // the view fetches the next page
        QTRY_VERIFY(model->rowCount() > AuditTableModel::PageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1240);
    }

    void verifyShowsTheBadEntry()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        QSignalSpy done(c.get(), &SupervisorConsole::verifyFinished);
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("verifyChain")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().at(0).toBool(), true);
        QVERIFY(c->verdictLabel()->text().contains(QStringLiteral("intact")));

        // Tamper: entry 17's operator is rewritten in the canonical bytes (same length).
        {
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT canonical FROM audit_entries WHERE sequence = 17")) &&
                    q.next());
            QByteArray canonical = q.value(0).toByteArray();
            const int at = static_cast<int>(canonical.indexOf("clerk1"));
            QVERIFY(at > 0);
            canonical.replace(at, 6, "clerk9");
            q.finish();
            QSqlQuery u(m_store->database());
            u.prepare(QStringLiteral(
                "UPDATE audit_entries SET canonical = ?, operator_id = 'clerk9' WHERE sequence = 17"));
            u.addBindValue(canonical);
            QVERIFY(u.exec());
        }
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("verifyChain")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        const auto args = done.takeFirst();
        QCOMPARE(args.at(0).toBool(), false);
        QCOMPARE(args.at(1).toLongLong(), 17);
        QVERIFY2(c->verdictLabel()->text().contains(QStringLiteral("BROKEN at entry 17")),
                 qPrintable(c->verdictLabel()->text()));
        AuditTableModel* model = c->auditModel();
        QCOMPARE(model->highlightedSequence(), 17);
        const int row = model->rowOfSequence(17);
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(c->auditView()->currentIndex().row(), row);
        QCOMPARE(model->index(row, AuditTableModel::Operator).data().toString(), QStringLiteral("clerk9"));
        // Both verifications are in the chain themselves.
        QCOMPARE(auditCount(*m_store, QStringLiteral("audit-verify")), 2);
    }

    void exportIsMaskedAndAudited()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->findChild<QLineEdit*>(QStringLiteral("filterOperator"))->setText(QStringLiteral("clerk1"));
        c->applyFilter();
        const QString csv = m_dir + QStringLiteral("/audit.csv");
        QVERIFY(c->exportCsvTo(csv));
        const QByteArray bytes = fileBytes(csv);
        QCOMPARE(bytes.count('\n'), 21); // header + 20 rows of clerk1
        QVERIFY(bytes.contains("110105********1237"));
        QVERIFY(bytes.contains("110105********003X"));
        QVERIFY(!bytes.contains("110105199001011237"));
        QVERIFY(!bytes.contains("11010519850202003X"));
        QVERIFY(!bytes.contains("A12345678"));
        QVERIFY(!bytes.contains("clerk2"));
        const QString pdf = m_dir + QStringLiteral("/audit.pdf");
        QVERIFY(c->exportPdfTo(pdf));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(auditCount(*m_store, QStringLiteral("audit-export")), 2);
        // The export entries name the format, the filter and the row count.
        AuditFilter f;
        f.eventType = QStringLiteral("audit-export");
        AuditQuery q(*m_store, f);
        const auto rows = q.fetchPage(10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).fields.details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(rows.at(1).fields.details.value(QStringLiteral("rows")).toInt(), 20);
        QCOMPARE(rows.at(1).fields.details.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("operator=clerk1"));
        QCOMPARE(rows.at(0).fields.details.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(rows.at(0).fields.operatorId, QStringLiteral("sup1"));
    }

    void approvals()
    {
        QString error;
        QVERIFY(SupervisorActions::requestApproval(
            *m_store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")),
            RemoteApprovalRequest{QStringLiteral("pin-reset"), QStringLiteral("proxy"), QUuid::createUuid(),
                                  QStringLiteral("110105199001011237")},
            &error));
        QVERIFY(SupervisorActions::requestApproval(
            *m_store, person(QStringLiteral("clerk2"), QStringLiteral("clerk")), QStringLiteral("reissue"),
            QStringLiteral("dual control"), &error));
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        c->tabs()->setCurrentIndex(2);
        auto* table = c->findChild<QTableWidget*>(QStringLiteral("approvalTable"));
        QCOMPARE(table->rowCount(), 2);
        // Everything needed to decide, by name: service, masked ID, reason, counter, operator, time.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("PIN reset"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("110105********1237"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Agent acting for the holder"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("B001/T01"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("clerk1"));
        QVERIFY(!table->item(0, 0)->text().isEmpty());
        table->selectRow(0);
        // Without a reason nothing is decided.
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("approve")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        c->findChild<QLineEdit*>(QStringLiteral("decisionReason"))
            ->setText(QStringLiteral("authorisation checked"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("approve")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("clerk2"));
        table->selectRow(0);
        c->findChild<QLineEdit*>(QStringLiteral("decisionReason"))
            ->setText(QStringLiteral("no second document"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("reject")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(auditCount(*m_store, QStringLiteral("approval-granted")), 1);
        QCOMPARE(auditCount(*m_store, QStringLiteral("approval-rejected")), 1);
        QCOMPARE(countRows(m_store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE requested_by = "
                                          "'clerk1' AND supervisor_id = 'sup1' AND status = 'approved' AND "
                                          "decision_reason = 'authorisation checked'")),
                 1);
        QCOMPARE(countRows(m_store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE requested_by = "
                                          "'clerk2' AND supervisor_id = 'sup1' AND status = 'rejected' AND "
                                          "decision_reason = 'no second document'")),
                 1);
        // The decided ones, on request, with the decision.
        c->findChild<QCheckBox*>(QStringLiteral("showDecided"))->setChecked(true);
        QCOMPARE(table->rowCount(), 2);
        QStringList states{table->item(0, 6)->text(), table->item(1, 6)->text()};
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("Approved"), QStringLiteral("Rejected")}));
        QVERIFY(!table->findItems(QStringLiteral("no second document"), Qt::MatchContains).isEmpty());
        c->findChild<QCheckBox*>(QStringLiteral("showDecided"))->setChecked(false);
        QCOMPARE(table->rowCount(), 0);
        // The supervisor's own request stays in the queue for someone else.
        QVERIFY(SupervisorActions::requestApproval(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), QStringLiteral("reissue"),
            QStringLiteral("guardian"), &error));
        c->refreshApprovals();
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        c->findChild<QLineEdit*>(QStringLiteral("decisionReason"))->setText(QStringLiteral("mine"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("approve")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(countRows(m_store->database(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE status = 'pending'")),
                 1);
    }

    // An auditor's console: everything to read, nothing to decide, no photos, no operator administration.
    void auditorConsoleIsReadOnly()
    {
        QString error;
        QVERIFY(SupervisorActions::requestApproval(
            *m_store, person(QStringLiteral("clerk1"), QStringLiteral("clerk")), QStringLiteral("pin-reset"),
            QStringLiteral("proxy"), &error));
        ui::UiServices services;
        services.journal = m_store.get();
        ui::SupervisorConsoleEntry entry(services);
        entry.setOperator(person(QStringLiteral("aud1"), QStringLiteral("auditor")));
        QVERIFY(!entry.isHidden());
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("aud1"), QStringLiteral("auditor")), nullptr));
        QVERIFY(c);
        c->show();
        QVERIFY(!c->hasOperatorAdministration());
        QCOMPARE(c->auditModel()->rowCount(), 41);
        QVERIFY(!c->findChild<QPushButton*>(QStringLiteral("showPhoto"))->isVisible());
        QVERIFY(!c->findChild<QPushButton*>(QStringLiteral("markReviewed"))->isEnabled());
        c->tabs()->setCurrentIndex(2);
        auto* table = c->findChild<QTableWidget*>(QStringLiteral("approvalTable"));
        QCOMPARE(table->rowCount(), 1); // the queue is visible
        QVERIFY(!c->findChild<QPushButton*>(QStringLiteral("approve"))->isEnabled());
        QVERIFY(!c->findChild<QPushButton*>(QStringLiteral("reject"))->isEnabled());
        // Verify and export are open to auditors.
        QSignalSpy done(c.get(), &SupervisorConsole::verifyFinished);
        c->startVerify();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().at(0).toBool(), true);
        QVERIFY(c->exportCsvTo(m_dir + QStringLiteral("/auditor.csv")));
        QCOMPARE(auditCount(*m_store, QStringLiteral("approval-granted")), 0);
        QCOMPARE(auditCount(*m_store, QStringLiteral("audit-export")), 1);
    }

    // A real progress bar while the chain is verified, then hidden with the verdict.
    void verifyShowsProgress()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        c->setVerifyProgressEvery(8);
        const qint64 total =
            countRows(m_store->database(), QStringLiteral("SELECT MAX(sequence) FROM audit_entries"));
        QSignalSpy progress(c.get(), &SupervisorConsole::verifyProgressed);
        QSignalSpy done(c.get(), &SupervisorConsole::verifyFinished);
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("verifyChain")), Qt::LeftButton);
        QVERIFY(c->verifyProgressBar()->isVisible());
        QVERIFY(c->findChild<QPushButton*>(QStringLiteral("cancelVerify"))->isVisible());
        QVERIFY(!c->findChild<QPushButton*>(QStringLiteral("verifyChain"))->isEnabled());
        QVERIFY(done.wait(30000));
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toLongLong() == total);
        QCOMPARE(progress.first().at(0).toLongLong(), 0);
        QVERIFY(progress.size() >= 1 + total / 8);
        for (const auto& call : progress)
            QCOMPARE(call.at(1).toLongLong(), total);
        QCOMPARE(c->verifyProgressBar()->value(), 1000);
        QVERIFY(c->verifyProgressBar()->text().startsWith(QStringLiteral("100%")));
        QVERIFY(!c->verifyProgressBar()->isVisible());
        QVERIFY(c->findChild<QPushButton*>(QStringLiteral("verifyChain"))->isEnabled());
        QVERIFY(c->verdictLabel()->text().contains(QStringLiteral("intact")));
    }

    // "Whole agency" with no agency, or an unreachable one: the local figures, and a notice that says so.
    void dashboardFallsBackToLocal()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        QSignalSpy refreshed(c.get(), &SupervisorConsole::dashboardRefreshed);
        c->tabs()->setCurrentIndex(4);
        auto* scope = c->findChild<QComboBox*>(QStringLiteral("dashboardScope"));
        QCOMPARE(scope->currentIndex(), 0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(c->dashboardFigures().operations, 40);
        scope->setCurrentIndex(1); // no connection configured
        QCOMPARE(refreshed.size(), 2);
        QCOMPARE(refreshed.last().at(0).toBool(), false);
        QVERIFY2(c->dashboardNotice()->text().contains(QStringLiteral("No agency database")),
                 qPrintable(c->dashboardNotice()->text()));
        QCOMPARE(c->dashboardFigures().operations, 40);

        // A closed local port: refused at once.
        c->setAgencyConnection(
            QStringLiteral("host=127.0.0.1 port=1 dbname=agency user=nobody connect_timeout=3"),
            QStringLiteral("T01"));
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("dashboardRefresh")), Qt::LeftButton);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.last().at(0).toBool(), false);
        QVERIFY2(c->dashboardNotice()->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(c->dashboardNotice()->text()));
        QVERIFY(!c->dashboardFigures().agencyWide);
        QCOMPARE(c->dashboardFigures().operations, 40);
    }

    void photoViewIsAudited()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        c->auditView()->selectRow(0);
        auto* show = c->findChild<QPushButton*>(QStringLiteral("showPhoto"));
        QVERIFY(show->isVisible());
        QVERIFY(show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        auto* photo = c->findChild<QLabel*>(QStringLiteral("photoView"));
        QVERIFY(!photo->pixmap().isNull());
        QCOMPARE(auditCount(*m_store, QStringLiteral("photo-viewed")), 1);

        // An auditor (read-only) gets no photo button, and the app layer refuses and records the attempt.
        std::unique_ptr<SupervisorConsole> a(SupervisorConsole::create(
            *m_store, person(QStringLiteral("aud1"), QStringLiteral("auditor")), nullptr));
        a->show();
        QVERIFY(!a->findChild<QPushButton*>(QStringLiteral("showPhoto"))->isVisible());
        SupervisorActions auditor(*m_store, person(QStringLiteral("aud1"), QStringLiteral("auditor")));
        QVERIFY(!auditor.viewPhoto(c->auditModel()->rowAt(0)->fields.imageIds.first(), 40));
        QCOMPARE(auditCount(*m_store, QStringLiteral("photo-view-refused")), 1);
        QCOMPARE(auditCount(*m_store, QStringLiteral("photo-viewed")), 1);
    }

    void dashboardAndAnomaliesOpen()
    {
        std::unique_ptr<SupervisorConsole> c(SupervisorConsole::create(
            *m_store, person(QStringLiteral("sup1"), QStringLiteral("supervisor")), nullptr));
        c->show();
        c->tabs()->setCurrentIndex(4); // dashboard: charts built from the 40 operations
        const DashboardFigures d =
            DashboardFigures::compute(*m_store, QDateTime::currentDateTimeUtc().addDays(-1),
                                      QDateTime::currentDateTimeUtc().addSecs(60));
        QCOMPARE(d.operations, 40);
        QCOMPARE(d.failures, 8);
        QCOMPARE(d.failuresByReason.value(QStringLiteral("wrong-card")), 8);
        QCOMPARE(d.perOperator.value(QStringLiteral("clerk1")), 20);
        QCOMPARE(d.syncLag.size(), 1);
        QCOMPARE(d.syncLag.first().pending, 40);
        // The four charts are drawn by Qt Charts from carddesk-charts.so (ui/plugins/ChartPanel.h).
        for (const char* name : {"chartPerDay", "chartFailures", "chartPerOperator", "chartSyncLag"}) {
            auto* panel = c->findChild<ui::ChartPanel*>(QString::fromLatin1(name));
            QVERIFY2(panel, name);
            QTRY_VERIFY2(panel->chartView(), qPrintable(panel->error()));
            QCOMPARE(QByteArray(panel->chartView()->metaObject()->className()), QByteArray("QChartView"));
        }
        c->tabs()->setCurrentIndex(3);
        QCOMPARE(c->findChild<QTableWidget*>(QStringLiteral("deadLetterTable"))->rowCount(), 0);
    }
};

QTEST_MAIN(SupervisorConsoleTest)
#include "SupervisorConsoleTest.moc"
