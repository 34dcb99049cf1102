#pragma once

#include "app/devices/PinEntryDevice.h"
#include "smartcard/SecureBuffer.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QGridLayout;
class QPushButton;

namespace carddesk::ui {

// The window the citizen types a PIN on: a separate top-level window meant for a second screen facing the
// citizen, big keys, optionally shuffled. The digits live only in a SecureBuffer: keys are read by key code
// (never as text), the display shows dots, and the widgets expose only neutral names to accessibility tools.
// The clerk's screen follows through progressChanged (how many digits), never the digits.
class CustomerPinWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPinWindow(QWidget* parent = nullptr);
    ~CustomerPinWindow() override;

    // Asks for one PIN entry; complete() follows when `length` digits were typed, cancelledByCitizen() on Cancel.
    void begin(const PinRequest& request, bool shuffled);
    // Back to the idle screen (the entry so far is wiped).
    void end(const QString& message = {});
    bool isActive() const { return m_active; }
    // Hands the entry over (moved out: the window keeps nothing).
    SecureBuffer take();
    int digitsEntered() const { return static_cast<int>(m_entry.size()); }
    int length() const { return m_request.length; }

    // Press one key of the pad (0-9), as the citizen does with the mouse or touch screen.
    void pressDigit(int digit);
    void pressBackspace();
    // The digit on each pad button, left to right, top to bottom (the shuffle differs per entry).
    QList<int> padLayout() const { return m_padDigits; }

signals:
    void progressChanged(int digits, int length);
    void complete();
    void cancelledByCitizen();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPad(bool shuffled);
    void render();
    void retranslate();

    bool m_active = false;
    PinRequest m_request;
    SecureBuffer m_entry;
    QString m_idleMessage;
    QList<int> m_padDigits;
    QLabel* m_prompt = nullptr;
    QLabel* m_dots = nullptr;
    QLabel* m_hint = nullptr;
    QGridLayout* m_pad = nullptr;
    QList<QPushButton*> m_digitButtons;
    QPushButton* m_back = nullptr;
    QPushButton* m_cancel = nullptr;
};

// The customer-facing window as a PinEntryDevice, so that the workflow treats it like the reader's PIN pad.
class CustomerPinEntry : public PinEntryDevice
{
    Q_OBJECT
public:
    explicit CustomerPinEntry(CustomerPinWindow* window, bool shuffled = false, QObject* parent = nullptr);

    QString displayName() const override;
    void requestPin(const PinRequest& request, QObject* context, Callback callback) override;
    void cancel() override;
    void setShuffled(bool shuffled) { m_shuffled = shuffled; }
    CustomerPinWindow* window() const { return m_window; }

private:
    void finish(PinEntryResult::Status status);

    QPointer<CustomerPinWindow> m_window;
    bool m_shuffled = false;
    QPointer<QObject> m_context;
    Callback m_callback;
};

} // namespace carddesk::ui
