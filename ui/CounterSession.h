#pragma once
// Everything one running counter needs, assembled: the local store, the card service over pcscd, the reader
// monitor, the customer PIN window, the camera, the sync worker (never in training), and the UiServices
// bundle the windows use. app/main builds one for the real counter or for training; GUI tests build a
// training one.

#include "ui/UiServices.h"

#include <QFuture>

#include <memory>

namespace carddesk {
class LocalStore;
class PcscCitizenCardService;
class ReaderMonitor;
class SyncWorker;
class TrainingEnvironment;
} // namespace carddesk

namespace carddesk::ui {

class CustomerPinEntry;
class CustomerPinWindow;
class MainWindow;
class OperationHistory;

class CounterSession
{
public:
    // "still:/x/demo.jpg" -> "picture demo.jpg": the camera setting in words for the status bar.
    static QString describeCameraSpec(const QString& spec);
    // Training: the demo store in dataDir (seeded on first use), the simulator's readers, the demo camera.
    static std::unique_ptr<CounterSession> openTraining(const QString& dataDir, QString* error,
                                                        int passwordIterations = 100000);
    // The real counter, from the settings (store folder and key, readers, camera, region, agency). Refused
    // (null, *error) when the configured region profile cannot be loaded: the counter never runs on rules
    // nobody chose.
    static std::unique_ptr<CounterSession> openCounter(CardDeskSettings& settings, QString* error);
    // The same in two steps, so that the sign-in window can be on screen before the local store is opened
    // (start-up time, issue #7): prepare...() fills only what the sign-in window shows (branch, counter,
    // training marker) and checks the region profile; open() opens the store and builds everything else.
    static std::unique_ptr<CounterSession> prepareTraining(const QString& dataDir,
                                                           int passwordIterations = 100000);
    static std::unique_ptr<CounterSession> prepareCounter(CardDeskSettings& settings, QString* error);
    bool open(QString* error);
    bool isOpen() const { return m_store != nullptr; }
    ~CounterSession();

    // Before open(): only the identity fields (branch, counter, training) are set; the pointers are null.
    UiServices& services() { return m_services; }
    LocalStore& store() { return *m_store; }
    PcscCitizenCardService& card() { return *m_card; }
    CustomerPinWindow* pinWindow() const { return m_pinWindow.get(); } // null before open()
    TrainingEnvironment* training() const { return m_training.get(); }
    // Wires the reader monitor (after open()), the sync worker and the camera to the window's status bar, and
    // starts them.
    void attach(MainWindow& window);
    QStringList diagnostics();

private:
    CounterSession();
    void build(bool training);
    void probePinPad();
    bool isCitizenReader(const QString& reader) const;

    std::unique_ptr<TrainingEnvironment> m_training;
    std::unique_ptr<LocalStore> m_ownStore;
    LocalStore* m_store = nullptr;
    std::unique_ptr<PcscCitizenCardService> m_card;
    std::unique_ptr<ReaderMonitor> m_monitor;
    std::unique_ptr<CustomerPinWindow> m_pinWindow;
    std::unique_ptr<CustomerPinEntry> m_pinEntry;
    std::unique_ptr<OperatorSignIn> m_signIn;
    std::unique_ptr<OperationHistory> m_history;
    std::unique_ptr<ReaderPinPad> m_pinPad;
    QFuture<void> m_pinPadProbe; // the pad's features are asked for off the UI thread
    std::unique_ptr<RemoteApprovalQueue> m_approvalQueue;
    std::unique_ptr<ReissueTracker> m_reissues;
    std::unique_ptr<AuditedSettings> m_settingsEditor;
    std::unique_ptr<SyncWorker> m_sync;
    QString m_cameraSpec;
    // What open() needs, from prepare...().
    QString m_trainingDir;
    int m_passwordIterations = 100000;
    QString m_databasePath;
    QString m_keyFilePath;
    QString m_syncConnInfo;
    UiServices m_services;
};

} // namespace carddesk::ui
