#include "ui/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carddesk::ui {

SettingsPage::SettingsPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    auto add = [this](QWidget* editor, const char* name) {
        editor->setObjectName(QString::fromLatin1(name));
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        m_labels << label;
        m_form->addRow(label, editor);
    };
    m_readers = new QLineEdit(this);
    add(m_readers, "settingsReaders");
    m_samReaders = new QLineEdit(this);
    add(m_samReaders, "settingsSamReaders");
    m_camera = new QLineEdit(this);
    add(m_camera, "settingsCamera");
    m_region = new QComboBox(this);
    add(m_region, "settingsRegion");
    m_language = new QComboBox(this);
    add(m_language, "settingsLanguage");
    m_idleLock = new QSpinBox(this);
    m_idleLock->setRange(CardDeskSettings::MinIdleLockMinutes, CardDeskSettings::MaxIdleLockMinutes);
    add(m_idleLock, "settingsIdleLock");
    m_shuffle = new QCheckBox(this);
    add(m_shuffle, "settingsShuffle");
    m_agencyHost = new QLineEdit(this);
    add(m_agencyHost, "settingsAgencyHost");
    m_agencyPort = new QSpinBox(this);
    m_agencyPort->setRange(1, 65535);
    add(m_agencyPort, "settingsAgencyPort");
    m_agencyDb = new QLineEdit(this);
    add(m_agencyDb, "settingsAgencyDb");
    m_agencyUser = new QLineEdit(this);
    add(m_agencyUser, "settingsAgencyUser");
    m_sslMode = new QComboBox(this);
    m_sslMode->addItems({QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require")});
    add(m_sslMode, "settingsSslMode");
    layout->addLayout(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    m_close = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setShortcut(QKeySequence::Save);
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_close, &QPushButton::clicked, this, &SettingsPage::closed);
    retranslate();
}

void SettingsPage::lockIfLocked(QWidget* editor, const char* key)
{
    const bool locked = m_services.settingsStore && m_services.settingsStore->isLocked(QString::fromLatin1(key));
    editor->setEnabled(!locked && m_services.settingsStore);
    editor->setToolTip(locked ? tr("Locked by the branch administrator") : QString());
}

void SettingsPage::load()
{
    m_region->clear();
    m_region->addItems(RegionProfile::availableRegions());
    m_language->clear();
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_shuffle->setChecked(m_services.settings.shuffledKeypad);
    CardDeskSettings* s = m_services.settingsStore;
    // The language in use (command line, status bar), else the stored one: the box never claims another.
    const QString language = !m_languageInUse.isEmpty() ? m_languageInUse : s ? s->language() : QString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_languageShown = m_language->currentData().toString();
    if (!s) {
        m_status->setText(tr("Settings are not available in this session."));
        for (QWidget* w : {static_cast<QWidget*>(m_readers), static_cast<QWidget*>(m_samReaders),
                           static_cast<QWidget*>(m_camera), static_cast<QWidget*>(m_region),
                           static_cast<QWidget*>(m_idleLock), static_cast<QWidget*>(m_agencyHost),
                           static_cast<QWidget*>(m_agencyPort), static_cast<QWidget*>(m_agencyDb),
                           static_cast<QWidget*>(m_agencyUser), static_cast<QWidget*>(m_sslMode)})
            w->setEnabled(false);
        return;
    }
    m_shuffle->setChecked(s->shuffledKeypad());
    m_readers->setText(s->readerNamePatterns().join(QStringLiteral(", ")));
    m_samReaders->setText(s->samReaderNamePatterns().join(QStringLiteral(", ")));
    m_camera->setText(s->cameraSource());
    m_region->setCurrentText(s->regionProfile());
    m_idleLock->setValue(s->idleLockMinutes());
    const AgencyConnectionSettings agency = s->agencyConnection();
    m_agencyHost->setText(agency.host);
    m_agencyPort->setValue(agency.port);
    m_agencyDb->setText(agency.databaseName);
    m_agencyUser->setText(agency.userName);
    m_sslMode->setCurrentText(agency.sslMode.isEmpty() ? QStringLiteral("verify-full") : agency.sslMode);
    lockIfLocked(m_readers, CardDeskSettings::ReaderNamePatterns);
    lockIfLocked(m_samReaders, CardDeskSettings::SamReaderNamePatterns);
    lockIfLocked(m_camera, CardDeskSettings::CameraSource);
    lockIfLocked(m_region, CardDeskSettings::RegionProfile);
    lockIfLocked(m_language, CardDeskSettings::Language);
    lockIfLocked(m_idleLock, CardDeskSettings::IdleLockMinutes);
    lockIfLocked(m_agencyHost, CardDeskSettings::AgencyHost);
    lockIfLocked(m_agencyPort, CardDeskSettings::AgencyPort);
    lockIfLocked(m_agencyDb, CardDeskSettings::AgencyDatabase);
    lockIfLocked(m_agencyUser, CardDeskSettings::AgencyUser);
    lockIfLocked(m_sslMode, CardDeskSettings::AgencySslMode);
    lockIfLocked(m_shuffle, CardDeskSettings::ShuffledKeypad);
    m_status->clear();
}

bool SettingsPage::save()
{
    CardDeskSettings* s = m_services.settingsStore;
    if (!s) {
        m_status->setText(tr("Settings are not available in this session."));
        return false;
    }
    if (!m_services.settingsEditor) {
        m_status->setText(tr("Nothing was saved: settings changes cannot be recorded in the audit log in this "
                             "session. Call the administrator."));
        return false;
    }
    auto split = [](const QString& text) {
        QStringList out;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
        return out;
    };
    const QList<QPair<const char*, QVariant>> all = {
        {CardDeskSettings::ReaderNamePatterns, split(m_readers->text())},
        {CardDeskSettings::SamReaderNamePatterns, split(m_samReaders->text())},
        {CardDeskSettings::CameraSource, m_camera->text().trimmed()},
        {CardDeskSettings::RegionProfile, m_region->currentText()},
        {CardDeskSettings::IdleLockMinutes, m_idleLock->value()},
        {CardDeskSettings::ShuffledKeypad, m_shuffle->isChecked()},
        {CardDeskSettings::AgencyHost, m_agencyHost->text().trimmed()},
        {CardDeskSettings::AgencyPort, m_agencyPort->value()},
        {CardDeskSettings::AgencyDatabase, m_agencyDb->text().trimmed()},
        {CardDeskSettings::AgencyUser, m_agencyUser->text().trimmed()},
        {CardDeskSettings::AgencySslMode, m_sslMode->currentText()},
    };
    // Locked keys are read-only here (the editor would refuse the whole save); the language is written only
    // when the administrator picked another one than the box showed.
    QList<QPair<QString, QVariant>> values;
    for (const auto& [key, value] : all)
        if (!s->isLocked(QString::fromLatin1(key)))
            values.append({QString::fromLatin1(key), value});
    const QString language = m_language->currentData().toString();
    if (language != m_languageShown && !s->isLocked(QString::fromLatin1(CardDeskSettings::Language)))
        values.append({QString::fromLatin1(CardDeskSettings::Language), language});
    const SettingsSaveResult result = m_services.settingsEditor->save(values, m_op);
    if (!result.ok) {
        m_status->setText(tr("Nothing was saved: %1").arg(result.error));
        return false;
    }
    m_services.settings.shuffledKeypad = s->shuffledKeypad();
    m_services.settings.idleLockSeconds = s->idleLockMinutes() * 60;
    m_languageShown = language;
    if (result.changes.isEmpty()) {
        m_status->setText(tr("Nothing to save: no value was changed."));
        return true;
    }
    // The changed settings by the names the administrator sees on this page, not by their keys.
    const QList<QPair<const char*, QWidget*>> editors = {
        {CardDeskSettings::ReaderNamePatterns, m_readers}, {CardDeskSettings::SamReaderNamePatterns, m_samReaders},
        {CardDeskSettings::CameraSource, m_camera},        {CardDeskSettings::RegionProfile, m_region},
        {CardDeskSettings::Language, m_language},          {CardDeskSettings::IdleLockMinutes, m_idleLock},
        {CardDeskSettings::ShuffledKeypad, m_shuffle},     {CardDeskSettings::AgencyHost, m_agencyHost},
        {CardDeskSettings::AgencyPort, m_agencyPort},      {CardDeskSettings::AgencyDatabase, m_agencyDb},
        {CardDeskSettings::AgencyUser, m_agencyUser},      {CardDeskSettings::AgencySslMode, m_sslMode}};
    QStringList keys;
    for (const SettingChange& c : result.changes) {
        QString name = c.key;
        for (const auto& [key, editor] : editors)
            if (c.key == QLatin1String(key))
                if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(editor)))
                    name = label->text().remove(QLatin1Char('&'));
        keys << name;
    }
    m_status->setText(tr("Saved and recorded in the audit log: %1. Reader, camera and region changes apply after "
                         "the next sign-in.")
                          //: Separator between the names of changed settings (Chinese: 、).
                          .arg(keys.join(tr(", "))));
    emit languageChosen(language);
    return true;
}

QString SettingsPage::statusText() const
{
    return m_status->text();
}

void SettingsPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closed();
        return;
    }
    // The Save button's shortcut, for when the key arrives as a plain key press (the focus widget passed it on).
    if (event->matches(QKeySequence::Save)) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    load();
    m_readers->setFocus();
    QWidget::showEvent(event);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    const QStringList texts = {tr("Citizen card &reader (name patterns)"),
                               tr("PSAM reader (name patterns)"),
                               tr("&Camera (e.g. camera:0)"),
                               tr("Re&gion profile"),
                               tr("&Language"),
                               tr("&Idle lock (minutes)"),
                               tr("Shuffle the citizen's keypad"),
                               tr("Agency server &host"),
                               tr("Agency server port"),
                               tr("Agency &database"),
                               tr("Agency &user"),
                               tr("TLS mode")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels[i]->setText(texts.at(i));
    m_save->setText(tr("&Save (Ctrl+S)"));
    m_close->setText(tr("Back (Esc)"));
}

} // namespace carddesk::ui
