#include "ui/DiagnosticsPage.h"

#include "app/core/BuildInfo.h"

#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace carddesk::ui {

DiagnosticsPage::DiagnosticsPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("diagnosticsPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_heading->setFont(f);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("diagnosticsReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFont(QStringLiteral("monospace")));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diagnosticsStatus"));
    auto* buttons = new QHBoxLayout;
    m_close = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setShortcut(QKeySequence::Save);
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    layout->addWidget(m_heading);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsPage::refresh);
    connect(m_close, &QPushButton::clicked, this, &DiagnosticsPage::closed);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(reportText());
        m_status->setText(tr("The report was copied: paste it into the support request."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save diagnostics report"),
            QStringLiteral("carddesk-diagnostics-%1.txt")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
            tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
        QString error;
        m_status->setText(saveReport(path, &error) ? tr("Saved to %1.").arg(path) : error);
    });
    retranslate();
}

void DiagnosticsPage::refresh()
{
    QStringList lines;
    lines << tr("CardDesk diagnostics, %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    lines << tr("Branch: %1, counter: %2").arg(m_services.branchId, m_services.terminalId);
    if (m_services.trainingMode)
        lines << tr("TRAINING MODE");
    lines << tr("Region profile: %1 (%2)").arg(m_services.region.displayName, m_services.region.id);
    lines << QString();
    if (m_services.diagnostics)
        lines << m_services.diagnostics();
    else
        lines << tr("No device information available.");
    lines << QString() << tr("Versions:");
    lines << BuildInfo::componentVersions();
    lines << QStringLiteral("CardDesk %1").arg(BuildInfo::version());
    lines << QStringLiteral("%1 %2").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
}

QString DiagnosticsPage::reportText() const
{
    return m_report->toPlainText();
}

bool DiagnosticsPage::saveReport(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(reportText().toUtf8()) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2. Choose another folder.").arg(path, f.errorString());
        return false;
    }
    return true;
}

void DiagnosticsPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DiagnosticsPage::showEvent(QShowEvent* event)
{
    refresh();
    m_copy->setFocus();
    QWidget::showEvent(event);
}

void DiagnosticsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiagnosticsPage::retranslate()
{
    //: Heading of the page listing readers, camera, database and versions for support.
    m_heading->setText(tr("Diagnostics"));
    m_refresh->setText(tr("Refresh (F5)"));
    m_copy->setText(tr("&Copy report"));
    m_save->setText(tr("&Save report... (Ctrl+S)"));
    m_close->setText(tr("Back (Esc)"));
}

} // namespace carddesk::ui
