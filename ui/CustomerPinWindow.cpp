#include "ui/CustomerPinWindow.h"

#include <QCloseEvent>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace carddesk::ui {

CustomerPinWindow::CustomerPinWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("customerPinWindow"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    // Neutral names only: a screen reader must not announce what is typed or where the keys are.
    setAccessibleName(QStringLiteral("PIN"));
    auto* layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("pinPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    QFont pf = m_prompt->font();
    pf.setPointSizeF(pf.pointSizeF() * 2.0);
    m_prompt->setFont(pf);
    m_dots = new QLabel(this);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setAccessibleName(QStringLiteral("PIN"));
    QFont df = m_dots->font();
    df.setPointSizeF(df.pointSizeF() * 3.5);
    m_dots->setFont(df);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pinHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #b03a2e; font-size: 16pt;"));
    layout->addWidget(m_prompt);
    layout->addWidget(m_dots);
    layout->addWidget(m_hint);
    m_pad = new QGridLayout;
    m_pad->setSpacing(10);
    layout->addLayout(m_pad, 1);
    for (int i = 0; i < 10; ++i) {
        auto* b = new QPushButton(this);
        b->setMinimumSize(110, 80);
        b->setFocusPolicy(Qt::NoFocus);
        QFont bf = b->font();
        bf.setPointSizeF(bf.pointSizeF() * 2.6);
        b->setFont(bf);
        b->setAccessibleName(QStringLiteral("key"));
        m_digitButtons.append(b);
    }
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("pinBackspace"));
    m_back->setFocusPolicy(Qt::NoFocus);
    m_back->setMinimumSize(110, 80);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("pinCancel"));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setMinimumSize(110, 80);
    connect(m_back, &QPushButton::clicked, this, &CustomerPinWindow::pressBackspace);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_active)
            return;
        end();
        emit cancelledByCitizen();
    });
    buildPad(false);
    setMinimumSize(480, 640);
    retranslate();
    render();
}

CustomerPinWindow::~CustomerPinWindow() = default;

void CustomerPinWindow::buildPad(bool shuffled)
{
    m_padDigits = {1, 2, 3, 4, 5, 6, 7, 8, 9, 0};
    if (shuffled)
        std::shuffle(m_padDigits.begin(), m_padDigits.end(), *QRandomGenerator::system());
    for (int i = 0; i < 10; ++i) {
        QPushButton* b = m_digitButtons[i];
        b->disconnect(this);
        const int digit = m_padDigits[i];
        b->setText(QString::number(digit));
        connect(b, &QPushButton::clicked, this, [this, digit] { pressDigit(digit); });
        // The tenth key sits in the middle of the bottom row, between delete and cancel.
        if (i < 9)
            m_pad->addWidget(b, i / 3, i % 3);
        else
            m_pad->addWidget(b, 3, 1);
    }
    m_pad->addWidget(m_back, 3, 0);
    m_pad->addWidget(m_cancel, 3, 2);
}

void CustomerPinWindow::begin(const PinRequest& request, bool shuffled)
{
    m_request = request;
    m_request.length = std::clamp(request.length, 4, 16);
    m_entry.clear();
    m_active = true;
    buildPad(shuffled);
    retranslate();
    render();
    // Shown to the citizen, but the keyboard focus stays with the clerk's window.
    if (isVisible())
        raise();
    emit progressChanged(0, m_request.length);
}

void CustomerPinWindow::end(const QString& message)
{
    m_entry.clear();
    m_active = false;
    m_idleMessage = message;
    retranslate();
    render();
}

SecureBuffer CustomerPinWindow::take()
{
    SecureBuffer out = std::move(m_entry);
    m_entry.clear();
    return out;
}

void CustomerPinWindow::pressDigit(int digit)
{
    if (!m_active || digit < 0 || digit > 9 || digitsEntered() >= m_request.length)
        return;
    m_entry.append(static_cast<unsigned char>('0' + digit));
    render();
    emit progressChanged(digitsEntered(), m_request.length);
    if (digitsEntered() == m_request.length) {
        m_active = false;
        render();
        emit complete();
    }
}

void CustomerPinWindow::pressBackspace()
{
    if (!m_active || m_entry.isEmpty())
        return;
    m_entry.removeLast();
    render();
    emit progressChanged(digitsEntered(), m_request.length);
}

void CustomerPinWindow::keyPressEvent(QKeyEvent* event)
{
    // Key codes, not event->text(): the digit never becomes a string.
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        pressDigit(key - Qt::Key_0);
        return;
    }
    if (key == Qt::Key_Backspace) {
        pressBackspace();
        return;
    }
    if (key == Qt::Key_Escape && m_active) {
        end();
        emit cancelledByCitizen();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerPinWindow::closeEvent(QCloseEvent* event)
{
    // The citizen cannot close the window (it would lose an entry); the application quitting can.
    if (event->spontaneous())
        event->ignore();
    else
        event->accept();
}

void CustomerPinWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerPinWindow::render()
{
    QString dots;
    for (int i = 0; i < m_request.length; ++i)
        dots += i < digitsEntered() ? QStringLiteral("\u25CF ") : QStringLiteral("\u25CB ");
    m_dots->setText(m_active ? dots.trimmed() : QString());
    m_hint->setText(m_active ? m_request.hint : QString());
    for (QPushButton* b : std::as_const(m_digitButtons))
        b->setEnabled(m_active);
    m_back->setEnabled(m_active);
    m_cancel->setEnabled(m_active);
}

void CustomerPinWindow::retranslate()
{
    setWindowTitle(tr("PIN entry"));
    m_back->setText(tr("Delete"));
    m_cancel->setText(tr("Cancel"));
    if (!m_active) {
        m_prompt->setText(m_idleMessage.isEmpty() ? tr("Welcome") : m_idleMessage);
        return;
    }
    switch (m_request.prompt) {
    case PinPrompt::CurrentPin:
        m_prompt->setText(tr("Please enter your CURRENT card PIN"));
        break;
    case PinPrompt::NewPin:
        m_prompt->setText(tr("Please enter your NEW card PIN (%n digits)", nullptr, m_request.length));
        break;
    case PinPrompt::ConfirmNewPin:
        m_prompt->setText(tr("Please enter the NEW PIN again"));
        break;
    }
}

CustomerPinEntry::CustomerPinEntry(CustomerPinWindow* window, bool shuffled, QObject* parent)
    : PinEntryDevice(parent)
    , m_window(window)
    , m_shuffled(shuffled)
{
    connect(window, &CustomerPinWindow::complete, this, [this] { finish(PinEntryResult::Status::Entered); });
    connect(window, &CustomerPinWindow::cancelledByCitizen, this,
            [this] { finish(PinEntryResult::Status::Cancelled); });
}

QString CustomerPinEntry::displayName() const
{
    return tr("Customer PIN window");
}

void CustomerPinEntry::requestPin(const PinRequest& request, QObject* context, Callback callback)
{
    m_context = context;
    m_callback = std::move(callback);
    if (!m_window) {
        // Reported from the event loop, as the contract says.
        QTimer::singleShot(0, this, [this] {
            PinEntryResult r;
            r.status = PinEntryResult::Status::Failed;
            r.error = tr("The customer PIN window is not available.");
            Callback cb = std::move(m_callback);
            m_callback = nullptr;
            if (cb && m_context)
                cb(r);
        });
        return;
    }
    m_window->begin(request, m_shuffled);
}

void CustomerPinEntry::cancel()
{
    m_callback = nullptr;
    if (m_window)
        m_window->end();
}

void CustomerPinEntry::finish(PinEntryResult::Status status)
{
    if (!m_callback)
        return; // nobody asked: the entry stays in the window
    Callback cb = std::move(m_callback);
    m_callback = nullptr;
    PinEntryResult r;
    r.status = status;
    if (status == PinEntryResult::Status::Entered && m_window)
        r.pin = m_window->take();
    if (m_window && status == PinEntryResult::Status::Entered)
        m_window->end(tr("Thank you. Please wait for the clerk."));
    if (cb && m_context)
        cb(r);
}

} // namespace carddesk::ui
