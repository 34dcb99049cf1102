#include "ui/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace carddesk::ui {

MainWindow::MainWindow(bool trainingMode, QWidget* parent)
    : QMainWindow(parent)
    , m_trainingMode(trainingMode)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont font = m_title->font();
    font.setPointSize(font.pointSize() * 2);
    m_title->setFont(font);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addStretch();
    setCentralWidget(central);

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addPermanentWidget(m_modeLabel);
    resize(1024, 700);
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CardDesk - social security card counter"));
    m_title->setText(tr("Social security card PIN services"));
    m_modeLabel->setText(m_trainingMode ? tr("TRAINING MODE") : QString());
    m_modeLabel->setVisible(m_trainingMode);
}

} // namespace carddesk::ui
