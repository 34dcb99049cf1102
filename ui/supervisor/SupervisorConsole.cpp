#include "ui/supervisor/SupervisorConsole.h"

#include "app/store/LocalStore.h"
#include "app/supervision/DashboardFigures.h"
#include "app/supervision/OperatorAdministration.h"
#include "app/supervision/SupervisionText.h"
#include "app/supervision/SupervisorAccess.h"
#include "ui/plugins/ChartPanel.h"
#include "ui/supervisor/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace carddesk::ui {

namespace text = carddesk::supervisiontext;

namespace {
QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString localTime(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

SupervisorConsole* SupervisorConsole::create(LocalStore& store, const OperatorContext& who, QWidget* parent,
                                             QString* error)
{
    if (!SupervisorAccess::canOpenConsole(who.role)) {
        if (error)
            *error = tr("The supervisor's console is for supervisors, administrators and auditors.");
        AuditEventRecord e; // an attempt by another role is recorded
        e.eventType = QStringLiteral("console-refused");
        e.success = false;
        e.op = who;
        store.audit(e);
        return nullptr;
    }
    return new SupervisorConsole(store, who, parent);
}

SupervisorConsole::SupervisorConsole(LocalStore& store, const OperatorContext& who, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_who(who)
    , m_actions(store, who)
{
    setObjectName(QStringLiteral("supervisorConsole"));
    setWindowTitle(tr("Supervisor's console"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildAuditTab(), tr("Audit log"));
    //: tab: entries the anomaly rules flagged
    m_tabs->addTab(buildAnomalyTab(), tr("Anomalies"));
    //: tab: the queue of approval requests from counters
    m_tabs->addTab(buildApprovalsTab(), tr("Approvals"));
    //: tab: operations the agency refused to accept (sync)
    m_tabs->addTab(buildDeadLetterTab(), tr("Dead letters"));
    m_tabs->addTab(buildDashboardTab(), tr("Dashboard"));
    if (SupervisorAccess::canAdministerOperators(who.role)) {
        m_operatorsTab = buildOperatorsTab();
        m_tabs->addTab(m_operatorsTab, tr("Operators"));
    }
    layout->addWidget(m_tabs);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    layout->addWidget(m_status);
    connect(&m_verifyWatcher, &QFutureWatcher<AuditVerifyReport>::finished, this,
            &SupervisorConsole::verifyDone);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            refreshAnomalies();
        else if (i == 2)
            refreshApprovals();
        else if (i == 3)
            refreshDeadLetters();
        else if (i == 4)
            refreshDashboard();
        else if (i == 5)
            refreshOperators();
    });
    applyFilter();
}

SupervisorConsole::~SupervisorConsole()
{
    // The workers use the store and this window's watchers: they must not outlive it.
    if (m_verifyState)
        m_verifyState->cancel = true;
    m_verifyWatcher.waitForFinished();
    m_agencyWatcher.waitForFinished();
}

void SupervisorConsole::say(const QString& text)
{
    m_status->setText(text);
    emit message(text);
}

// ---- audit log ----

QWidget* SupervisorConsole::buildAuditTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* bar = new QGridLayout;
    //: audit log filter: start of the time range
    m_useFrom = new QCheckBox(tr("From"));
    //: audit log filter: end of the time range
    m_useTo = new QCheckBox(tr("To"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_operator = new QLineEdit;
    m_operator->setObjectName(QStringLiteral("filterOperator"));
    //: audit log filter field: operator ID
    m_operator->setPlaceholderText(tr("operator"));
    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("filterEvent"));
    m_event->setEditable(true);
    m_event->addItem(tr("All events"), QString());
    m_event->addItem(tr("All services"), QStringLiteral("operation:"));
    // Display names; the item data is the code the filter uses (a typed code still works).
    for (const char* s : {"pin-reset", "pin-change", "pin-unblock", "loss-report", "reissue",
                          "service-password-reset", "ecert-password-reset"})
        m_event->addItem(text::service(QLatin1String(s)),
                         QString(QStringLiteral("operation:") + QLatin1String(s)));
    for (const char* e :
         {"login", "login-failed", "name-mismatch-override", "photo-manual-capture", "approval-requested",
          "approval-granted", "approval-rejected", "approval-withdrawn", "anomaly-review", "photo-viewed",
          "audit-export", "audit-verify", "settings-change"})
        m_event->addItem(text::event(QLatin1String(e)), QString::fromLatin1(e));
    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("filterResult"));
    m_result->addItem(tr("Any result"), -1);
    //: audit log filter: only entries that succeeded
    m_result->addItem(tr("Succeeded"), 1);
    //: audit log filter: only entries that failed
    m_result->addItem(tr("Failed"), 0);
    m_branch = new QLineEdit;
    //: audit log filter field: branch (office) ID
    m_branch->setPlaceholderText(tr("branch"));
    m_terminal = new QLineEdit;
    //: audit log filter field: service counter (terminal) ID
    m_terminal->setPlaceholderText(tr("counter"));
    m_idNumber = new QLineEdit;
    m_idNumber->setObjectName(QStringLiteral("filterIdNumber"));
    m_idNumber->setPlaceholderText(tr("exact ID number"));
    m_card = new QLineEdit;
    m_card->setObjectName(QStringLiteral("filterCard"));
    m_card->setPlaceholderText(tr("card / masked ID contains"));
    auto* apply = new QPushButton(tr("Apply filter"));
    apply->setObjectName(QStringLiteral("applyFilter"));
    bar->addWidget(m_useFrom, 0, 0);
    bar->addWidget(m_from, 0, 1);
    bar->addWidget(m_useTo, 0, 2);
    bar->addWidget(m_to, 0, 3);
    bar->addWidget(m_operator, 0, 4);
    bar->addWidget(m_event, 0, 5);
    bar->addWidget(m_result, 1, 0);
    bar->addWidget(m_branch, 1, 1);
    bar->addWidget(m_terminal, 1, 2);
    bar->addWidget(m_idNumber, 1, 3);
    bar->addWidget(m_card, 1, 4);
    bar->addWidget(apply, 1, 5);
    v->addLayout(bar);
    connect(apply, &QPushButton::clicked, this, &SupervisorConsole::applyFilter);
    for (QLineEdit* e : {m_operator, m_branch, m_terminal, m_idNumber, m_card})
        connect(e, &QLineEdit::returnPressed, this, &SupervisorConsole::applyFilter);

    auto* split = new QSplitter(Qt::Vertical);
    m_model = new AuditTableModel(m_store, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisorConsole::showDetails);

    auto* detailBox = new QWidget;
    auto* dh = new QHBoxLayout(detailBox);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    dh->addWidget(m_details, 3);
    auto* photoBox = new QVBoxLayout;
    m_photoButton = new QPushButton(tr("Show photo"));
    m_photoButton->setObjectName(QStringLiteral("showPhoto"));
    m_photoButton->setEnabled(false);
    m_photoButton->setVisible(SupervisorAccess::canViewPhotos(m_who.role));
    m_photo = new QLabel;
    m_photo->setObjectName(QStringLiteral("photoView"));
    m_photo->setMinimumSize(160, 200);
    m_photo->setAlignment(Qt::AlignCenter);
    photoBox->addWidget(m_photoButton);
    photoBox->addWidget(m_photo, 1);
    dh->addLayout(photoBox, 1);
    split->addWidget(detailBox);
    v->addWidget(split, 1);
    connect(m_photoButton, &QPushButton::clicked, this, &SupervisorConsole::showPhoto);

    auto* actions = new QHBoxLayout;
    auto* verify = new QPushButton(tr("Verify chain"));
    verify->setObjectName(QStringLiteral("verifyChain"));
    m_verifyButton = verify;
    m_verifyBar = new QProgressBar;
    m_verifyBar->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyBar->setRange(0, 1000);
    //: progress of the chain verification: percentage and entries checked
    m_verifyBar->setFormat(tr("%p%"));
    m_verifyBar->setVisible(false);
    //: button: stop the running audit chain verification
    m_cancelVerify = new QPushButton(tr("Cancel"));
    m_cancelVerify->setObjectName(QStringLiteral("cancelVerify"));
    m_cancelVerify->setVisible(false);
    connect(m_cancelVerify, &QPushButton::clicked, this, &SupervisorConsole::cancelVerify);
    auto* csv = new QPushButton(tr("Export CSV..."));
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* pdf = new QPushButton(tr("Export PDF..."));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    actions->addWidget(verify);
    actions->addWidget(m_verifyBar, 1);
    actions->addWidget(m_cancelVerify);
    actions->addWidget(csv);
    actions->addWidget(pdf);
    actions->addWidget(m_verdict, 2);
    v->addLayout(actions);
    connect(verify, &QPushButton::clicked, this, &SupervisorConsole::startVerify);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("audit.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsvTo(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QStringLiteral("audit.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdfTo(path);
    });
    return page;
}

void SupervisorConsole::applyFilter()
{
    AuditFilter f;
    if (m_useFrom->isChecked())
        f.fromUtc = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.toUtc = m_to->dateTime().toUTC();
    f.operatorId = m_operator->text().trimmed();
    const int ei = m_event->currentIndex();
    f.eventType = ei >= 0 && m_event->itemText(ei) == m_event->currentText()
                      ? m_event->itemData(ei).toString()
                      : m_event->currentText().trimmed();
    f.result = m_result->currentData().toInt();
    f.branchId = m_branch->text().trimmed();
    f.terminalId = m_terminal->text().trimmed();
    f.idNumber = m_idNumber->text().trimmed();
    f.cardText = m_card->text().trimmed();
    m_model->setFilter(f);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (!m_model->lastError().isEmpty())
        say(tr("The audit log could not be read: %1").arg(m_model->lastError()));
    else
        say(tr("Filter: %1").arg(f.describe()));
    m_details->clear();
    m_photo->clear();
}

void SupervisorConsole::showDetails()
{
    m_photo->clear();
    const AuditRow* r = m_model->rowAt(m_view->currentIndex().row());
    m_photoButton->setEnabled(r && !r->fields.imageIds.isEmpty());
    if (!r) {
        m_details->clear();
        return;
    }
    const AuditEntryFields& f = r->fields;
    QString html = QStringLiteral("<table>");
    auto add = [&](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>") + k.toHtmlEscaped() + QStringLiteral("</b></td><td>") +
                v.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    // Display names with the code the chain keeps beside them (the code is what an export or a query uses).
    //: details of an audit entry: its sequence number
    add(tr("Entry"), QString::number(r->sequence));
    //: details of an audit entry
    add(tr("Time"), localTime(f.timeUtc));
    //: details of an audit entry: what happened
    add(tr("Event"), text::withCode(text::event(f.eventType), f.eventType));
    //: details of an audit entry: %1 succeeded or failed, %2 the result (e.g. Wrong PIN)
    add(tr("Result"), tr("%1, %2").arg(f.success ? tr("ok") : tr("failed"),
                                       text::withCode(text::result(f.resultCode), f.resultCode)));
    if (f.statusWord)
        add(tr("Card status word"), QString::number(f.statusWord, 16).toUpper());
    //: details of an audit entry: who did it
    add(tr("Operator"), f.operatorId + QStringLiteral(" (") + text::role(f.role) + QLatin1Char(')'));
    add(tr("Branch / counter"), f.branchId + QStringLiteral(" / ") + f.terminalId);
    if (f.trainingMode)
        //: details of an audit entry: done in training mode
        add(tr("Training"), tr("yes"));
    //: details of an audit entry: the operation's ID
    add(tr("Operation"), f.operationId);
    add(tr("ID number"), f.maskedIdNumber);
    add(tr("Card"), AuditQuery::maskCardNumber(f.cardNumber));
    add(tr("Approvals"), f.approvalIds.join(QStringLiteral(", ")));
    //: details of an audit entry: number of evidence photos
    add(tr("Photos"), QString::number(f.imageIds.size()));
    //: details of an audit entry: service-specific details
    add(tr("Details"), QString::fromUtf8(QJsonDocument(f.details).toJson(QJsonDocument::Compact)));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void SupervisorConsole::showPhoto()
{
    const AuditRow* r = m_model->rowAt(m_view->currentIndex().row());
    if (!r || r->fields.imageIds.isEmpty())
        return;
    const auto jpeg = m_actions.viewPhoto(r->fields.imageIds.first(), r->sequence);
    if (!jpeg) {
        say(m_actions.lastError());
        return;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(*jpeg, "JPEG")) {
        m_photo->setText(tr("The stored photo is not a readable JPEG."));
        return;
    }
    m_photo->setPixmap(pixmap.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    say(tr("Photo shown; the viewing is recorded in the audit log."));
}

void SupervisorConsole::startVerify()
{
    if (m_verifyWatcher.isRunning())
        return;
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Verifying the audit chain..."));
    m_verifyState = std::make_shared<VerifyProgress>();
    m_verifyBar->setValue(0);
    m_verifyBar->setFormat(tr("%p%"));
    m_verifyBar->setVisible(true);
    m_cancelVerify->setVisible(true);
    m_cancelVerify->setEnabled(true);
    m_verifyButton->setEnabled(false);
    LocalStore* store = &m_store;
    const OperatorContext who = m_who;
    std::shared_ptr<VerifyProgress> state = m_verifyState;
    const qint64 every = m_verifyProgressEvery;
    // Its own connection (the store opens one per thread): the UI keeps scrolling while the chain is hashed.
    // Every `every` entries the worker posts the counts to this window (queued, so the bar is only touched
    // on the UI thread) and reads the cancel flag.
    m_verifyWatcher.setFuture(QtConcurrent::run([this, store, who, state, every] {
        return SupervisorActions(*store, who)
            .verifyChain(
                false,
                [this, state](qint64 done, qint64 total) {
                    state->total = total;
                    state->done = done;
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { showVerifyProgress(done, total); }, Qt::QueuedConnection);
                    return !state->cancel.load();
                },
                every);
    }));
}

void SupervisorConsole::showVerifyProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        m_verifyBar->setValue(static_cast<int>(1000 * std::min(done, total) / total));
        //: %p% is the percentage (Qt fills it in), %1 entries checked, %2 entries in the chain
        m_verifyBar->setFormat(
            tr("%p% (%1 of %2 entries)")
                .arg(QLocale().toString(std::min(done, total)), QLocale().toString(total)));
    }
    emit verifyProgressed(done, total);
}

void SupervisorConsole::cancelVerify()
{
    if (!m_verifyState || !m_verifyWatcher.isRunning())
        return;
    m_verifyState->cancel = true;
    m_cancelVerify->setEnabled(false);
    m_verdict->setText(tr("Cancelling the verification..."));
}

void SupervisorConsole::verifyDone()
{
    m_verifyBar->setVisible(false);
    m_cancelVerify->setVisible(false);
    m_verifyButton->setEnabled(true);
    const AuditVerifyReport r = m_verifyWatcher.result();
    if (!m_actions.recordVerification(r))
        say(tr("The verification could not be recorded in the audit log: %1").arg(m_actions.lastError()));
    if (r.cancelled) {
        m_verdict->setStyleSheet(QStringLiteral("color: #8a6d00"));
        m_verdict->setText(tr("Verification cancelled after %1 of %2 entries: no verdict.")
                               .arg(QLocale().toString(r.entriesChecked),
                                    QLocale().toString(m_verifyState ? m_verifyState->total.load() : 0)));
        emit verifyFinished(false, 0);
        return;
    }
    if (r.ok) {
        m_verdict->setStyleSheet(QStringLiteral("color: darkgreen"));
        m_verdict->setText(
            tr("The audit chain is intact: %1 entries checked, last signed checkpoint at entry %2.")
                .arg(r.entriesChecked)
                .arg(r.lastCheckpoint));
        m_model->setHighlightedSequence(0);
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: darkred; font-weight: bold"));
        m_verdict->setText(
            tr("The audit chain is BROKEN at entry %1: %2").arg(r.firstBadSequence).arg(r.problem));
        if (r.firstBadSequence > 0) {
            // Open the list a few entries above the bad one, so it is on screen without loading everything
            // newer.
            AuditFilter f;
            f.maxSequence = r.firstBadSequence + 20;
            m_model->setFilter(f);
            m_model->fetchMore({});
            m_model->setHighlightedSequence(r.firstBadSequence);
            const int row = m_model->rowOfSequence(r.firstBadSequence);
            if (row >= 0) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            }
        }
    }
    emit verifyFinished(r.ok, r.firstBadSequence);
}

bool SupervisorConsole::exportCsvTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        say(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    const qint64 rows = m_actions.exportCsv(m_model->filter(), file, QFileInfo(path).fileName());
    if (rows < 0 || !file.commit()) {
        say(tr("The export failed: %1").arg(rows < 0 ? m_actions.lastError() : file.errorString()));
        return false;
    }
    say(tr("%1 entries exported to %2 (ID and card numbers masked).").arg(rows).arg(path));
    return true;
}

bool SupervisorConsole::exportPdfTo(const QString& path)
{
    // A PDF is for reading: capped, the CSV has everything.
    constexpr int kMaxRows = 5000;
    AuditQuery query(m_store, m_model->filter());
    QString html = QStringLiteral("<h3>") + tr("Audit log").toHtmlEscaped() + QStringLiteral("</h3><p>") +
                   tr("Filter: %1").arg(m_model->filter().describe()).toHtmlEscaped() +
                   QStringLiteral("<br>") +
                   tr("Exported by %1 at %2")
                       .arg(m_who.operatorId, localTime(QDateTime::currentDateTimeUtc()))
                       .toHtmlEscaped() +
                   QStringLiteral("</p><table border=1 cellspacing=0 cellpadding=2><tr>");
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        html += QStringLiteral("<th>") +
                m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped() +
                QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    qint64 rows = 0;
    while (!query.atEnd() && rows < kMaxRows) {
        for (const AuditRow& r : query.fetchPage(1000)) {
            if (rows >= kMaxRows)
                break;
            const AuditEntryFields& f = r.fields;
            const QStringList cells{QString::number(r.sequence),
                                    localTime(f.timeUtc),
                                    text::event(f.eventType),
                                    f.success ? tr("ok")
                                              : tr("failed") + QLatin1Char(' ') + text::result(f.resultCode),
                                    f.operatorId,
                                    f.branchId,
                                    f.terminalId,
                                    f.maskedIdNumber,
                                    AuditQuery::maskCardNumber(f.cardNumber)};
            html += QStringLiteral("<tr>");
            for (const QString& c : cells)
                html += QStringLiteral("<td>") + c.toHtmlEscaped() + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
            ++rows;
        }
    }
    html += QStringLiteral("</table>");
    if (!query.atEnd())
        html += QStringLiteral("<p>") +
                tr("Only the first %1 entries; export CSV for all.").arg(kMaxRows).toHtmlEscaped() +
                QStringLiteral("</p>");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Audit log"));
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Sans"), 7));
    doc.setHtml(html);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        say(tr("The PDF could not be written to %1").arg(path));
        return false;
    }
    if (!m_actions.auditExport(m_model->filter(), QStringLiteral("pdf"), rows, QFileInfo(path).fileName())) {
        QFile::remove(path); // an export that is not audited does not stay
        say(tr("The export could not be recorded in the audit log: %1").arg(m_actions.lastError()));
        return false;
    }
    say(tr("%1 entries exported to %2 (ID and card numbers masked).").arg(rows).arg(path));
    return true;
}

// ---- anomalies ----

QWidget* SupervisorConsole::buildAnomalyTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_anomalyDays = new QSpinBox;
    m_anomalyDays->setRange(1, 90);
    m_anomalyDays->setValue(7);
    //: suffix of a number of days, e.g. "7 days"
    m_anomalyDays->setSuffix(tr(" days"));
    //: button: run the anomaly rules over the period
    auto* scan = new QPushButton(tr("Scan"));
    //: label before the number of days the anomaly scan covers
    top->addWidget(new QLabel(tr("Look back")));
    top->addWidget(m_anomalyDays);
    top->addWidget(scan);
    top->addStretch();
    v->addLayout(top);
    m_anomalies = makeTable({//: anomaly list column: the flagged audit entry's number
                             tr("Entry"),
                             //: anomaly list column
                             tr("Time"),
                             //: anomaly list column: who did the flagged thing
                             tr("Operator"),
                             //: anomaly list column: which anomaly rule fired
                             tr("Rule"),
                             //: anomaly list column: what the rule saw
                             tr("What"),
                             //: anomaly list column: review state (open / reviewed by ...)
                             tr("Review")});
    m_anomalies->setObjectName(QStringLiteral("anomalyTable"));
    v->addWidget(m_anomalies, 1);
    auto* bottom = new QHBoxLayout;
    m_reviewComment = new QLineEdit;
    m_reviewComment->setObjectName(QStringLiteral("reviewComment"));
    m_reviewComment->setPlaceholderText(tr("comment (required)"));
    auto* mark = new QPushButton(tr("Mark reviewed"));
    mark->setObjectName(QStringLiteral("markReviewed"));
    mark->setEnabled(SupervisorAccess::canAct(m_who.role));
    bottom->addWidget(m_reviewComment, 1);
    bottom->addWidget(mark);
    v->addLayout(bottom);
    connect(scan, &QPushButton::clicked, this, &SupervisorConsole::refreshAnomalies);
    connect(mark, &QPushButton::clicked, this, [this] {
        const int row = m_anomalies->currentRow();
        if (row < 0 || row >= m_flags.size())
            return;
        const AnomalyFlag& f = m_flags.at(row);
        if (!m_actions.markReviewed(f.sequence, f.rule, m_reviewComment->text())) {
            say(m_actions.lastError());
            return;
        }
        m_reviewComment->clear();
        refreshAnomalies();
    });
    return page;
}

void SupervisorConsole::refreshAnomalies()
{
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    m_flags =
        AnomalyRules::scan(m_store, AnomalySettings::load(m_store), to.addDays(-m_anomalyDays->value()), to);
    std::map<std::pair<qint64, QString>, ReviewMark> marks;
    for (const ReviewMark& m : m_actions.reviewMarks())
        marks[{m.flaggedSequence, m.rule}] = m;
    m_anomalies->setRowCount(static_cast<int>(m_flags.size()));
    for (int i = 0; i < m_flags.size(); ++i) {
        const AnomalyFlag& f = m_flags.at(i);
        const auto it = marks.find({f.sequence, f.rule});
        const QString review = it == marks.end()
                                   //: review state of an anomaly flag: nobody has reviewed it yet
                                   ? tr("open")
                                   //: %1 reviewer's operator ID, %2 their comment
                                   : tr("reviewed by %1: %2").arg(it->second.reviewer, it->second.comment);
        setRow(m_anomalies, i,
               {QString::number(f.sequence), localTime(f.timeUtc), f.operatorId, text::anomalyRule(f.rule),
                f.description, review});
        m_anomalies->item(i, 3)->setToolTip(f.rule);
    }
    say(tr("%1 flags").arg(m_flags.size()));
}

// ---- approvals ----

QWidget* SupervisorConsole::buildApprovalsTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    m_approvals = makeTable({//: approvals queue column: when the counter asked
                             tr("Requested"),
                             //: approvals queue column: the service waiting for approval
                             tr("Service"),
                             //: approvals queue column: the holder's masked ID number
                             tr("ID number"),
                             //: approvals queue column: why the region's rules need an approval
                             tr("Why"),
                             //: approvals queue column: the service counter (terminal) that asked
                             tr("Counter"),
                             //: approvals queue column: the clerk who asked
                             tr("Operator"),
                             //: approvals queue column: waiting / approved / rejected / withdrawn
                             tr("State"),
                             //: approvals queue column: who decided, and their reason
                             tr("Decision")});
    m_approvals->setObjectName(QStringLiteral("approvalTable"));
    //: check box: also list the requests that were already decided or withdrawn
    m_showDecided = new QCheckBox(tr("Show decided requests"));
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    connect(m_showDecided, &QCheckBox::toggled, this, &SupervisorConsole::refreshApprovals);
    v->addWidget(m_showDecided);
    v->addWidget(m_approvals, 1);
    auto* bottom = new QHBoxLayout;
    m_decisionReason = new QLineEdit;
    m_decisionReason->setObjectName(QStringLiteral("decisionReason"));
    m_decisionReason->setPlaceholderText(tr("reason (required)"));
    //: button: approve the selected request from a counter
    auto* approve = new QPushButton(tr("Approve"));
    approve->setObjectName(QStringLiteral("approve"));
    //: button: reject the selected request from a counter
    auto* reject = new QPushButton(tr("Reject"));
    reject->setObjectName(QStringLiteral("reject"));
    approve->setEnabled(SupervisorAccess::canAct(m_who.role));
    reject->setEnabled(SupervisorAccess::canAct(m_who.role));
    bottom->addWidget(m_decisionReason, 1);
    bottom->addWidget(approve);
    bottom->addWidget(reject);
    v->addLayout(bottom);
    auto decide = [this](bool yes) {
        const int row = m_approvals->currentRow();
        if (row < 0 || row >= m_pending.size()) {
            say(tr("Select a request first."));
            return;
        }
        if (!m_actions.decideApproval(m_pending.at(row).requestId, yes, m_decisionReason->text())) {
            say(m_actions.lastError());
            return;
        }
        m_decisionReason->clear();
        refreshApprovals();
        //: status line after a decision on a counter's request
        say(yes ? tr("Approved.") : tr("Rejected."));
    };
    // Counters wait for the decision: the queue refreshes itself while it is on screen.
    auto* poll = new QTimer(this);
    poll->setInterval(5000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_tabs && m_tabs->currentIndex() == 2 && isVisible())
            refreshApprovals();
    });
    poll->start();
    connect(approve, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(reject, &QPushButton::clicked, this, [decide] { decide(false); });
    return page;
}

void SupervisorConsole::refreshApprovals()
{
    // Keep the supervisor's selection across refreshes (new requests arrive while they read one).
    const int selected = m_approvals->currentRow();
    const QString selectedId =
        selected >= 0 && selected < m_pending.size() ? m_pending.at(selected).requestId : QString();
    // The queue (pending, oldest first), or with "show decided" every request, newest first.
    m_pending = m_actions.approvals(!m_showDecided->isChecked());
    m_approvals->setRowCount(static_cast<int>(m_pending.size()));
    int waiting = 0;
    for (int i = 0; i < m_pending.size(); ++i) {
        const ApprovalQueueItem& a = m_pending.at(i);
        if (a.state == QLatin1String("pending"))
            ++waiting;
        const QString decision = a.decidedUtc.isValid()
                                     //: %1 who decided (or withdrew), %2 when, %3 their reason
                                     ? tr("%1 at %2: %3")
                                           .arg(a.decidedBy.isEmpty() ? a.requestedBy : a.decidedBy,
                                                localTime(a.decidedUtc), a.decisionReason)
                                     : QString();
        setRow(m_approvals, i,
               {localTime(a.requestedUtc), text::service(a.service), a.holderIdMasked,
                text::approvalReason(a.reason),
                a.branchId.isEmpty() ? a.terminalId : a.branchId + QLatin1Char('/') + a.terminalId,
                a.requestedBy, text::approvalState(a.state), decision});
        m_approvals->item(i, 1)->setToolTip(a.service);
        m_approvals->item(i, 3)->setToolTip(a.reason);
        if (a.requestedBy == m_who.operatorId) // cannot decide one's own request: say so before a click
            m_approvals->item(i, 5)->setToolTip(tr("Your own request: another supervisor must decide it."));
    }
    for (int i = 0; i < m_pending.size(); ++i)
        if (!selectedId.isEmpty() && m_pending.at(i).requestId == selectedId)
            m_approvals->selectRow(i);
    say(tr("%n request(s) waiting for a decision.", nullptr, waiting));
}

// ---- dead letters ----

QWidget* SupervisorConsole::buildDeadLetterTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->addWidget(
        new QLabel(tr("Operations the agency refused. The agency resolves them (conflicts view); here a "
                      "supervisor acknowledges that they were seen and handed over.")));
    m_deadLetters = makeTable({//: dead letters column: the refused operation's ID
                               tr("Operation"),
                               //: dead letters column: the operation's sequence number at this counter
                               tr("No."),
                               //: dead letters column: when the agency refused it
                               tr("Refused at"),
                               //: dead letters column: the agency database's reason
                               tr("Server's reason")});
    m_deadLetters->setObjectName(QStringLiteral("deadLetterTable"));
    v->addWidget(m_deadLetters, 1);
    auto* bottom = new QHBoxLayout;
    m_deadComment = new QLineEdit;
    //: placeholder of the comment field for a dead letter
    m_deadComment->setPlaceholderText(tr("comment"));
    //: button: record that the supervisor saw the refused operation and handed it to the agency
    auto* ack = new QPushButton(tr("Acknowledge"));
    ack->setEnabled(SupervisorAccess::canAct(m_who.role));
    bottom->addWidget(m_deadComment, 1);
    bottom->addWidget(ack);
    v->addLayout(bottom);
    connect(ack, &QPushButton::clicked, this, [this] {
        const int row = m_deadLetters->currentRow();
        if (row < 0 || row >= m_dead.size())
            return;
        if (!m_actions.acknowledgeDeadLetter(m_dead.at(row).operationId, m_deadComment->text()))
            say(m_actions.lastError());
        else
            say(tr("Acknowledged."));
    });
    return page;
}

void SupervisorConsole::refreshDeadLetters()
{
    m_dead = m_actions.deadLetters();
    m_deadLetters->setRowCount(static_cast<int>(m_dead.size()));
    for (int i = 0; i < m_dead.size(); ++i) {
        const DeadLetter& d = m_dead.at(i);
        setRow(m_deadLetters, i,
               {d.operationId.toString(QUuid::WithoutBraces), QString::number(d.sequence),
                localTime(d.rejectedUtc), d.reason});
    }
}

// ---- dashboard ----

QWidget* SupervisorConsole::buildDashboardTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_dashboardScope = new QComboBox;
    m_dashboardScope->setObjectName(QStringLiteral("dashboardScope"));
    //: dashboard scope: the figures of this service counter only (zh_CN: 本柜台)
    m_dashboardScope->addItem(tr("This counter"), false);
    //: dashboard scope: the figures of all counters from the agency database (zh_CN: 全机构)
    m_dashboardScope->addItem(tr("Whole agency"), true);
    m_dashboardDays = new QSpinBox;
    m_dashboardDays->setRange(1, 90);
    m_dashboardDays->setValue(14);
    //: suffix of a number of days, e.g. "14 days"
    m_dashboardDays->setSuffix(tr(" days"));
    //: button: read the dashboard figures again
    auto* refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    top->addWidget(m_dashboardScope);
    //: label before the number of days the dashboard covers
    top->addWidget(new QLabel(tr("Period")));
    top->addWidget(m_dashboardDays);
    top->addWidget(refresh);
    top->addStretch();
    v->addLayout(top);
    m_dashboardNotice = new QLabel;
    m_dashboardNotice->setObjectName(QStringLiteral("dashboardNotice"));
    m_dashboardNotice->setWordWrap(true);
    v->addWidget(m_dashboardNotice);
    auto* grid = new QGridLayout;
    m_perDay = new ChartPanel;
    m_failures = new ChartPanel;
    m_perOperator = new ChartPanel;
    m_syncLag = new ChartPanel;
    m_perDay->setObjectName(QStringLiteral("chartPerDay"));
    m_failures->setObjectName(QStringLiteral("chartFailures"));
    m_perOperator->setObjectName(QStringLiteral("chartPerOperator"));
    m_syncLag->setObjectName(QStringLiteral("chartSyncLag"));
    grid->addWidget(m_perDay, 0, 0);
    grid->addWidget(m_failures, 0, 1);
    grid->addWidget(m_perOperator, 1, 0);
    grid->addWidget(m_syncLag, 1, 1);
    v->addLayout(grid, 1);
    connect(refresh, &QPushButton::clicked, this, &SupervisorConsole::refreshDashboard);
    connect(m_dashboardScope, &QComboBox::currentIndexChanged, this, &SupervisorConsole::refreshDashboard);
    connect(&m_agencyWatcher, &QFutureWatcher<AgencyFetch>::finished, this,
            &SupervisorConsole::agencyFiguresArrived);
    return page;
}

void SupervisorConsole::setAgencyConnection(const QString& conninfo, const QString& terminalId)
{
    m_agencyConnInfo = conninfo;
    m_agencyTerminal = terminalId;
}

void SupervisorConsole::refreshDashboard()
{
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    const QDateTime from = to.addDays(-m_dashboardDays->value());
    const bool agency = m_dashboardScope->currentData().toBool();
    auto showLocal = [&](const QString& notice, bool warn) {
        m_dashboardNotice->setStyleSheet(warn ? QStringLiteral("color: #8a6d00; font-weight: bold")
                                              : QString());
        m_dashboardNotice->setText(notice);
        showDashboard(DashboardFigures::compute(m_store, from, to));
        emit dashboardRefreshed(false);
    };
    if (!agency) {
        showLocal(tr("This counter's figures from its local store."), false);
        return;
    }
    if (m_agencyConnInfo.isEmpty()) {
        showLocal(tr("No agency database is configured for this counter: showing this counter's figures "
                     "only."),
                  true);
        return;
    }
    if (m_agencyWatcher.isRunning())
        return;
    m_dashboardNotice->setStyleSheet(QString());
    m_dashboardNotice->setText(tr("Reading the agency's figures..."));
    const QString conninfo = m_agencyConnInfo;
    const QString terminal = m_agencyTerminal;
    // A worker thread with its own connection: a slow or unreachable server (up to the connect timeout) does
    // not freeze the console.
    m_agencyWatcher.setFuture(QtConcurrent::run([conninfo, terminal, from, to] {
        AgencyFetch r;
        r.figures = DashboardFigures::computeAgency(conninfo, terminal, from, to, &r.error);
        return r;
    }));
}

void SupervisorConsole::agencyFiguresArrived()
{
    const AgencyFetch r = m_agencyWatcher.result();
    if (!m_dashboardScope->currentData().toBool())
        return; // switched back to this counter meanwhile
    if (!r.figures) {
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
        m_dashboardNotice->setStyleSheet(QStringLiteral("color: #8a6d00; font-weight: bold"));
        m_dashboardNotice->setText(
            tr("The agency database cannot be reached (%1). Showing this counter's figures from its local "
               "store instead.")
                .arg(r.error));
        showDashboard(DashboardFigures::compute(m_store, to.addDays(-m_dashboardDays->value()), to));
        emit dashboardRefreshed(false);
        return;
    }
    m_dashboardNotice->setStyleSheet(QString());
    m_dashboardNotice->setText(
        tr("Figures of all %n counter(s) the agency database shows to this counter, read at %1.", nullptr,
           static_cast<int>(r.figures->syncLag.size()))
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    showDashboard(*r.figures);
    emit dashboardRefreshed(true);
}

void SupervisorConsole::showDashboard(const DashboardFigures& d)
{
    m_figures = d;
    ChartSpec perDay;
    perDay.kind = ChartSpec::Kind::StackedBars;
    perDay.title = tr("Operations per day by service");
    std::set<QString> services;
    for (auto it = d.operationsPerDay.cbegin(); it != d.operationsPerDay.cend(); ++it) {
        perDay.categories << it.key().toString(QStringLiteral("MM-dd"));
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
            services.insert(s.key());
    }
    for (const QString& s : services) {
        ChartSpec::Series series{text::service(s), {}};
        for (auto it = d.operationsPerDay.cbegin(); it != d.operationsPerDay.cend(); ++it)
            series.values << it.value().value(s);
        perDay.series << series;
    }
    m_perDay->showChart(perDay);

    ChartSpec failures;
    failures.kind = ChartSpec::Kind::Pie;
    //: %1 failure rate in percent, %2 number of operations
    failures.title = tr("Failures by reason (%1% of %2 operations)")
                         .arg(100.0 * d.failureRate(), 0, 'f', 1)
                         .arg(d.operations);
    ChartSpec::Series failureCounts;
    for (auto it = d.failuresByReason.cbegin(); it != d.failuresByReason.cend(); ++it) {
        failures.categories << text::result(it.key()) + QStringLiteral(" (") + QString::number(it.value()) +
                                   QLatin1Char(')');
        failureCounts.values << it.value();
    }
    failures.series << failureCounts;
    m_failures->showChart(failures);

    ChartSpec perOperator;
    perOperator.title = tr("Operations per operator");
    //: chart legend: number of operations
    ChartSpec::Series operations{tr("operations"), {}};
    for (auto it = d.perOperator.cbegin(); it != d.perOperator.cend(); ++it) {
        perOperator.categories << it.key();
        operations.values << it.value();
    }
    perOperator.series << operations;
    m_perOperator->showChart(perOperator);

    ChartSpec lag;
    lag.title = d.agencyWide ? tr("Sync lag per counter (minutes since its last push to the agency)")
                             : tr("Sync lag per counter (minutes of the oldest unsent operation)");
    //: chart legend: the unit of the bars
    ChartSpec::Series minutes{tr("minutes"), {}};
    for (const SyncLag& l : d.syncLag) {
        if (d.agencyWide) {
            lag.categories << (l.lagSeconds < 0
                                   //: %1 counter (terminal) ID that has never sent anything to the agency
                                   ? tr("%1 (never pushed)").arg(l.counterId)
                                   //: %1 counter ID, %2 operations the agency refused, %3 reference changes
                                   //: not yet pulled
                                   : tr("%1 (%2 refused, %3 changes to pull)")
                                         .arg(l.counterId)
                                         .arg(l.dead)
                                         .arg(l.unpulledChanges));
            minutes.values << (l.lagSeconds < 0 ? 0.0 : l.lagSeconds / 60.0);
        } else {
            //: %1 counter ID, %2 operations waiting to be sent, %3 operations the agency refused
            lag.categories << tr("%1 (%2 waiting, %3 refused)").arg(l.counterId).arg(l.pending).arg(l.dead);
            minutes.values << l.lagSeconds / 60.0;
        }
    }
    lag.series << minutes;
    m_syncLag->showChart(lag);
}

// ---- operators ----

QWidget* SupervisorConsole::buildOperatorsTab()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    m_operators = makeTable({//: operator accounts column: login ID
                             tr("Operator"),
                             //: operator accounts column: display name
                             tr("Name"),
                             //: operator accounts column: role (clerk, supervisor, ...)
                             tr("Role"),
                             //: operator accounts column: branch (office) ID
                             tr("Branch"),
                             //: operator accounts column: active / disabled / locked
                             tr("State")});
    m_operators->setObjectName(QStringLiteral("operatorTable"));
    v->addWidget(m_operators, 1);
    auto* form = new QFormLayout;
    m_opId = new QLineEdit;
    m_opId->setObjectName(QStringLiteral("opId"));
    m_opName = new QLineEdit;
    m_opName->setObjectName(QStringLiteral("opName"));
    m_opRole = new QComboBox;
    m_opRole->setObjectName(QStringLiteral("opRole"));
    for (const QString& r : OperatorAccounts::roles())
        m_opRole->addItem(text::role(r), r);
    m_opPassword = new QLineEdit;
    m_opPassword->setObjectName(QStringLiteral("opPassword"));
    m_opPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Operator"), m_opId);
    form->addRow(tr("Name"), m_opName);
    form->addRow(tr("Role"), m_opRole);
    form->addRow(tr("Password"), m_opPassword);
    v->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("Create"));
    create->setObjectName(QStringLiteral("opCreate"));
    auto* disable = new QPushButton(tr("Disable / enable"));
    disable->setObjectName(QStringLiteral("opDisable"));
    auto* reset = new QPushButton(tr("Reset password"));
    reset->setObjectName(QStringLiteral("opResetPassword"));
    auto* role = new QPushButton(tr("Assign role"));
    role->setObjectName(QStringLiteral("opAssignRole"));
    for (QPushButton* b : {create, disable, reset, role})
        buttons->addWidget(b);
    v->addLayout(buttons);
    connect(m_operators, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_operators->item(row, 0)) {
            m_opId->setText(m_operators->item(row, 0)->text());
            m_opName->setText(m_operators->item(row, 1)->text());
            m_opRole->setCurrentIndex(m_opRole->findData(m_operators->item(row, 2)->data(Qt::UserRole)));
        }
    });
    // The password goes from the field into a SecureBuffer and the field is cleared at once.
    auto takePassword = [this] {
        QByteArray utf8 = m_opPassword->text().toUtf8();
        SecureBuffer password(reinterpret_cast<const unsigned char*>(utf8.constData()),
                              static_cast<std::size_t>(utf8.size()));
        utf8.fill('\0');
        m_opPassword->clear();
        return password;
    };
    auto done = [this](bool ok, OperatorAdministration& admin, const QString& what) {
        say(ok ? what : admin.lastError());
        refreshOperators();
    };
    connect(create, &QPushButton::clicked, this, [=] {
        OperatorAdministration admin(m_store, m_who);
        OperatorAccount a;
        a.operatorId = m_opId->text().trimmed();
        a.displayName = m_opName->text().trimmed();
        a.role = m_opRole->currentData().toString();
        a.branchId = m_who.branchId;
        done(admin.create(a, takePassword()), admin, tr("Operator created."));
    });
    connect(disable, &QPushButton::clicked, this, [=] {
        OperatorAdministration admin(m_store, m_who);
        const auto a = m_store.operators().find(m_opId->text().trimmed());
        done(a && admin.setDisabled(a->operatorId, !a->disabled), admin, tr("Operator updated."));
    });
    connect(reset, &QPushButton::clicked, this, [=] {
        OperatorAdministration admin(m_store, m_who);
        done(admin.resetPassword(m_opId->text().trimmed(), takePassword()), admin, tr("Password reset."));
    });
    connect(role, &QPushButton::clicked, this, [=] {
        OperatorAdministration admin(m_store, m_who);
        done(admin.assignRole(m_opId->text().trimmed(), m_opRole->currentData().toString()), admin,
             tr("Role assigned."));
    });
    return page;
}

void SupervisorConsole::refreshOperators()
{
    if (!m_operators)
        return;
    OperatorAdministration admin(m_store, m_who);
    const QList<OperatorAccount> list = admin.list();
    m_operators->setRowCount(static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const OperatorAccount& a = list.at(i);
        //: state of an operator account
        const QString state = a.disabled ? tr("disabled")
                              //: state of an operator account: locked after failed sign-ins
                              : a.locked ? tr("locked")
                                         //: state of an operator account
                                         : tr("active");
        setRow(m_operators, i, {a.operatorId, a.displayName, text::role(a.role), a.branchId, state});
        m_operators->item(i, 2)->setData(Qt::UserRole, a.role);
    }
}

} // namespace carddesk::ui
