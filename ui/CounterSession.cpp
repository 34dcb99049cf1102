#include "ui/CounterSession.h"

#include "app/operators/OperatorAccounts.h"
#include "app/photo/FrameSource.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncWorker.h"
#include "app/training/TrainingEnvironment.h"
#include "smartcard/PcscCitizenCardService.h"
#include "smartcard/pcsc/ReaderMonitor.h"
#include "ui/CustomerPinWindow.h"
#include "ui/MainWindow.h"
#include "ui/StoreAdapters.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace carddesk::ui {

CounterSession::CounterSession() = default;

CounterSession::~CounterSession()
{
    if (m_sync)
        m_sync->stop();
    if (m_monitor)
        m_monitor->stop();
    m_pinPadProbe.waitForFinished();
}

std::unique_ptr<CounterSession> CounterSession::openTraining(const QString& dataDir, QString* error,
                                                             int passwordIterations)
{
    std::unique_ptr<CounterSession> s = prepareTraining(dataDir, passwordIterations);
    if (!s->open(error))
        return nullptr;
    return s;
}

std::unique_ptr<CounterSession> CounterSession::openCounter(CardDeskSettings& settings, QString* error)
{
    std::unique_ptr<CounterSession> s = prepareCounter(settings, error);
    if (!s || !s->open(error))
        return nullptr;
    return s;
}

std::unique_ptr<CounterSession> CounterSession::prepareTraining(const QString& dataDir,
                                                                int passwordIterations)
{
    std::unique_ptr<CounterSession> s(new CounterSession);
    s->m_trainingDir = dataDir;
    s->m_passwordIterations = passwordIterations;
    s->m_services.branchId = QString::fromLatin1(TrainingEnvironment::BranchId);
    //: Name of the branch in training mode.
    s->m_services.branchName = QCoreApplication::translate("carddesk::ui::CounterSession", "Training branch");
    s->m_services.terminalId = QString::fromLatin1(TrainingEnvironment::TerminalId);
    s->m_services.trainingMode = true;
    s->m_services.receiptDir = dataDir + QStringLiteral("/receipts");
    s->m_cameraSpec = TrainingEnvironment::demoCameraSpec();
    return s;
}

std::unique_ptr<CounterSession> CounterSession::prepareCounter(CardDeskSettings& settings, QString* error)
{
    std::unique_ptr<CounterSession> s(new CounterSession);
    const QString dataDir = settings.dataDir();
    s->m_databasePath = dataDir + QStringLiteral("/carddesk.sqlite");
    s->m_keyFilePath = settings.keyFile();
    ReaderConfig readers = ReaderConfig::fromEnvironment();
    const QStringList patterns = settings.readerNamePatterns();
    if (!patterns.isEmpty() && readers.citizenReaderPattern.isEmpty())
        readers.citizenReaderPattern = QRegularExpression::wildcardToRegularExpression(
            patterns.first(), QRegularExpression::UnanchoredWildcardConversion);
    s->m_card = std::make_unique<PcscCitizenCardService>(readers);
    const std::optional<RegionProfile> region = RegionProfile::load(settings.regionProfile(), error);
    if (!region)
        return nullptr;
    s->m_services.region = *region;
    s->m_services.branchId =
        settings.value(QStringLiteral("counter/branchId"), QStringLiteral("BRANCH")).toString();
    s->m_services.branchName = settings.value(QStringLiteral("counter/branchName")).toString();
    s->m_services.terminalId = QSysInfo::machineHostName();
    s->m_services.settingsStore = &settings;
    // The one idle-lock setting; the settings page sets the derived value again after a save.
    s->m_services.settings.idleLockSeconds = settings.idleLockMinutes() * 60;
    s->m_services.receiptDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                               QStringLiteral("/CardDesk receipts");
    s->m_cameraSpec = settings.cameraSource();
    if (!s->m_cameraSpec.contains(QLatin1Char(':')))
        s->m_cameraSpec.prepend(QStringLiteral("camera:"));
    const AgencyConnectionSettings agency = settings.agencyConnection();
    if (agency.isConfigured())
        s->m_syncConnInfo = agency.libpqConnInfo();
    return s;
}

bool CounterSession::open(QString* error)
{
    if (isOpen())
        return true;
    const bool training = m_services.trainingMode;
    if (training) {
        m_training = TrainingEnvironment::open(m_trainingDir, error, m_passwordIterations);
        if (!m_training)
            return false;
        m_store = &m_training->store();
        m_card = std::make_unique<PcscCitizenCardService>(TrainingEnvironment::readerConfig());
        m_services.region = m_training->region();
    } else {
        QDir().mkpath(QFileInfo(m_databasePath).path());
        LocalStoreOptions options;
        options.databasePath = m_databasePath;
        options.keyFilePath = m_keyFilePath;
        options.counterId = m_services.terminalId;
        m_ownStore = LocalStore::open(options, error);
        if (!m_ownStore)
            return false;
        m_store = m_ownStore.get();
        m_settingsEditor = std::make_unique<AuditedSettings>(*m_services.settingsStore, *m_store);
        m_services.settingsEditor = m_settingsEditor.get();
        if (!m_syncConnInfo.isEmpty()) {
            SyncWorkerOptions so;
            so.conninfo = m_syncConnInfo;
            so.terminalId = options.counterId;
            m_sync = std::make_unique<SyncWorker>(*m_store, m_store, so);
        }
    }
    build(training);
    return true;
}

void CounterSession::build(bool training)
{
    m_pinWindow = std::make_unique<CustomerPinWindow>();
    m_pinEntry = std::make_unique<CustomerPinEntry>(m_pinWindow.get(), m_services.settings.shuffledKeypad);
    m_signIn = std::make_unique<AccountsSignIn>(m_store->operators(), m_services.branchId,
                                                m_services.terminalId, training);
    m_history = std::make_unique<StoreHistory>(*m_store);
    m_approvalQueue = std::make_unique<StoreApprovalQueue>(*m_store);
    m_reissues = std::make_unique<StoreReissueTracker>(*m_store);
    PcscCitizenCardService* card = m_card.get();
    pinpad::PinFormat padFormat;
    padFormat.minDigits = padFormat.maxDigits = m_services.region.pinLength;
    card->setPinPadFormat(padFormat);
    m_pinPad = std::make_unique<ReaderPinPad>([card] {
        QStringList all;
        ReaderChoice choice;
        card->readers(all, choice);
        return ReaderPinPad::fromFeatureMap(card->pinPadFeatures(), choice.citizenReader);
    });
    m_services.pinPad = m_pinPad.get();
    m_services.remoteApprovals = m_approvalQueue.get();
    m_services.reissues = m_reissues.get();
    m_services.card = m_card.get();
    m_services.journal = m_store;
    m_services.cache = m_store;
    m_services.approvals = m_store;
    m_services.signIn = m_signIn.get();
    m_services.history = m_history.get();
    m_services.pinEntry = m_pinEntry.get();
    const QString spec = m_cameraSpec;
    m_services.openCamera = [spec](QString* error) -> std::unique_ptr<FrameSource> {
        if (spec.isEmpty()) {
            if (error)
                *error =
                    QCoreApplication::translate("carddesk::ui::CounterSession", "No camera is configured.");
            return nullptr;
        }
        return createFrameSource(spec, error);
    };
    m_services.diagnostics = [this] { return diagnostics(); };
    m_monitor = std::make_unique<ReaderMonitor>();
}

void CounterSession::attach(MainWindow& window)
{
    MainWindow* w = &window;
    // What the clerk needs from the status bar: are the citizen-card reader and the PSAM reader both there?
    auto readersState = [this](QString* text) {
        auto tr = [](const char* s) { return QCoreApplication::translate("carddesk::ui::CounterSession", s); };
        const QStringList readers = m_monitor->readers();
        const ReaderChoice choice = chooseReaders(readers, m_card->readerConfig());
        const bool citizen = !choice.citizenReader.isEmpty();
        const bool sam = !choice.samReader.isEmpty();
        if (readers.isEmpty())
            *text = tr("Reader: none");
        else if (citizen && sam)
            //: Status bar: the citizen-card reader and the PSAM (security module) reader are both connected.
            *text = tr("Readers: card and PSAM ready");
        else if (citizen)
            //: Status bar: the PSAM (security module) reader is missing; PIN reset/unblock cannot work.
            *text = tr("Readers: no PSAM reader");
        else
            //: Status bar: only the PSAM reader is connected, no reader for the citizen's card.
            *text = tr("Readers: no card reader");
        return citizen && sam;
    };
    auto showReaders = [w, readersState] {
        QString text;
        const bool ok = readersState(&text);
        w->setReaderStatus(text, ok);
    };
    QObject::connect(m_monitor.get(), &ReaderMonitor::serviceAvailable, w, [w](bool available) {
        if (!available)
            w->setReaderStatus(QCoreApplication::translate("carddesk::ui::CounterSession",
                                                           "Reader: card service (pcscd) not running"),
                               false);
    });
    QObject::connect(m_monitor.get(), &ReaderMonitor::readerAdded, w, [this, showReaders] {
        showReaders();
        probePinPad();
    });
    QObject::connect(m_monitor.get(), &ReaderMonitor::readerRemoved, w, [this, showReaders] {
        showReaders();
        probePinPad();
    });
    QObject::connect(m_monitor.get(), &ReaderMonitor::cardInserted, w,
                     [this, w](const QString& reader, const QByteArray&) {
                         if (isCitizenReader(reader))
                             w->setCardStatus(QCoreApplication::translate("carddesk::ui::CounterSession",
                                                                          "Card: inserted"));
                     });
    QObject::connect(m_monitor.get(), &ReaderMonitor::cardRemoved, w, [this, w](const QString& reader) {
        if (isCitizenReader(reader))
            w->setCardStatus({});
    });
    m_monitor->start();
    probePinPad();
    w->setCameraStatus(
        m_cameraSpec.isEmpty()
            ? QCoreApplication::translate("carddesk::ui::CounterSession", "Camera: none")
            : QCoreApplication::translate("carddesk::ui::CounterSession", "Camera: %1")
                  .arg(describeCameraSpec(m_cameraSpec)),
        !m_cameraSpec.isEmpty());
    if (m_sync) {
        auto state =
            std::make_shared<std::tuple<bool, int, QDateTime>>(false, m_store->pendingCount(), QDateTime());
        auto render = [w, state] {
            w->setSyncStatus(std::get<0>(*state), std::get<1>(*state), std::get<2>(*state));
        };
        QObject::connect(m_sync.get(), &SyncWorker::onlineChanged, w, [state, render](bool online) {
            std::get<0>(*state) = online;
            render();
        });
        QObject::connect(m_sync.get(), &SyncWorker::pendingCountChanged, w, [state, render](int n) {
            std::get<1>(*state) = n;
            render();
        });
        QObject::connect(m_sync.get(), &SyncWorker::lastSuccessfulSyncChanged, w,
                         [state, render](const QDateTime& t) {
                             std::get<2>(*state) = t;
                             render();
                         });
        render();
        m_sync->start();
    }
    // The citizen's window goes to the second screen when there is one.
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1)
        m_pinWindow->setGeometry(screens.at(1)->availableGeometry());
}

QString CounterSession::describeCameraSpec(const QString& spec)
{
    // The status bar names the source in words; the configuration's "kind:argument" form stays in the tooltip.
    auto tr = [](const char* s) { return QCoreApplication::translate("carddesk::ui::CounterSession", s); };
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = spec.left(colon);
    const QString arg = spec.mid(colon + 1);
    if (kind == QLatin1String("camera"))
        //: Status bar: the camera device, e.g. "device 0" or "device /dev/video0".
        return tr("device %1").arg(arg.isEmpty() ? QStringLiteral("0") : arg);
    if (kind == QLatin1String("video"))
        //: Status bar: photos come from a video file (training, tests).
        return tr("video %1").arg(QFileInfo(arg).fileName());
    if (kind == QLatin1String("images"))
        //: Status bar: photos come from a folder of pictures (training, tests).
        return tr("pictures in %1").arg(QFileInfo(arg).fileName());
    if (kind == QLatin1String("still"))
        //: Status bar: photos come from one picture file (training, tests).
        return tr("picture %1").arg(QFileInfo(arg).fileName());
    return spec;
}

bool CounterSession::isCitizenReader(const QString& reader) const
{
    // The same choice the card service makes, so the status bar follows the reader the services use.
    return chooseReaders(m_monitor->readers(), m_card->readerConfig()).citizenReader == reader;
}

void CounterSession::probePinPad()
{
    // One probe at a time; a reader event during a probe is covered by the next event or the next probe.
    if (m_pinPadProbe.isRunning())
        return;
    ReaderPinPad* pad = m_pinPad.get();
    m_pinPadProbe = QtConcurrent::run([pad] { pad->refresh(); });
}

QStringList CounterSession::diagnostics()
{
    auto tr = [](const char* s) { return QCoreApplication::translate("carddesk::ui::CounterSession", s); };
    QStringList lines;
    lines << tr("Readers:");
    QStringList all;
    ReaderChoice choice;
    const CardResult listed = m_card->readers(all, choice);
    if (!listed.ok())
        lines << QStringLiteral("  ") + listed.message();
    for (const QString& r : std::as_const(all))
        lines << QStringLiteral("  %1%2").arg(r, r == choice.citizenReader ? tr(" (citizen card)")
                                                 : r == choice.samReader   ? tr(" (PSAM)")
                                                                           : QString());
    const QHash<QString, QByteArray> cards = m_monitor ? m_monitor->cards() : QHash<QString, QByteArray>{};
    for (auto it = cards.cbegin(); it != cards.cend(); ++it)
        lines << QStringLiteral("  ATR %1: %2")
                     .arg(it.key(), QString::fromLatin1(it.value().toHex(' ').toUpper()));
    const auto features = m_card->pinPadFeatures();
    lines << (features.isEmpty() ? tr("PIN pad: none (the customer PIN window is used)")
                                 : tr("PIN pad features: %1").arg(features.size()));
    lines << tr("Camera:")
          << QStringLiteral("  ") + (m_cameraSpec.isEmpty() ? tr("none configured") : m_cameraSpec);
    for (const FrameSourceInfo& c : availableCameras())
        lines << QStringLiteral("  %1 %2").arg(c.id, c.description);
    lines << tr("Database:");
    lines << QStringLiteral("  %1").arg(m_store->options().databasePath);
    lines << QStringLiteral("  schema %1").arg(m_store->schemaVersion());
    QStringList problems;
    lines << QStringLiteral("  ") +
                 (m_store->integrityCheck(&problems)
                      ? tr("integrity check: ok")
                      : tr("integrity check FAILED: %1").arg(problems.join(QStringLiteral("; "))));
    lines << tr("Sync:");
    lines << QStringLiteral("  ") +
                 (m_training ? tr("off (training mode)")
                  : m_sync
                      ? QCoreApplication::translate("carddesk::ui::CounterSession", "%n operation(s) waiting",
                                                    nullptr, m_store->pendingCount())
                      : QCoreApplication::translate("carddesk::ui::CounterSession", "not configured"));
    return lines;
}

} // namespace carddesk::ui
