#pragma once

#include "ui/UiServices.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace carddesk::ui {

// The administrator's settings: readers, camera, region profile, agency connection, language, idle lock.
// Keys the branch administrator locked in the system file are shown read-only. Saving goes through
// UiServices::settingsEditor (AuditedSettings): every change is one "settings-change" audit entry, and a change
// that cannot be audited is not made.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(UiServices& services, QWidget* parent = nullptr);

    // Who saves (named in the audit entry) and the language the window uses now (shown, not the stored one,
    // until the administrator picks another).
    void setOperator(const OperatorContext& op) { m_op = op; }
    void setLanguageInUse(const QString& language) { m_languageInUse = language; }
    void load();
    // Writes the changed values; false with the reason shown when one cannot be written.
    bool save();
    QString statusText() const;

signals:
    void closed();
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void lockIfLocked(QWidget* editor, const char* key);

    UiServices& m_services;
    OperatorContext m_op;
    QString m_languageInUse;
    QString m_languageShown; // what load() put in the language box
    QFormLayout* m_form = nullptr;
    QLineEdit* m_readers = nullptr;
    QLineEdit* m_samReaders = nullptr;
    QLineEdit* m_camera = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QLineEdit* m_agencyHost = nullptr;
    QSpinBox* m_agencyPort = nullptr;
    QLineEdit* m_agencyDb = nullptr;
    QLineEdit* m_agencyUser = nullptr;
    QComboBox* m_sslMode = nullptr;
    QCheckBox* m_shuffle = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace carddesk::ui
