#pragma once

#include "ui/UiServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carddesk::ui {

// Operator and password, with the branch and counter shown. Also used as the idle lock screen, where only
// the signed-in operator (or a supervisor) can unlock.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(UiServices& services, QWidget* parent = nullptr);

    // Locked mode: the operator id is fixed and the title says the session is locked.
    void setLocked(const QString& operatorId);
    void reset();
    QString lastError() const;

signals:
    void signedIn(const carddesk::ui::SignInResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void retranslate();

    UiServices& m_services;
    QString m_lockedOperator;
    QLabel* m_title = nullptr;
    QLabel* m_branch = nullptr;
    QLabel* m_operatorLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_training = nullptr;
};

} // namespace carddesk::ui
