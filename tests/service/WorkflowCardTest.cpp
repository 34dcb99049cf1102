// The workflows end to end through the real card stack: PcscCitizenCardService -> libpcsclite -> pcscd ->
// vpcd -> carddesk-cardsim (citizen card + PSAM), recording into the real LocalStore. Outcomes are checked on
// the simulated card itself (its try counter, the PIN it now accepts).
#include "CardSimulator.h"
#include "Fixtures.h"
#include "WorkflowTestSupport.h"

#include "app/store/LocalStore.h"
#include "app/workflow/PinChangeWorkflow.h"
#include "app/workflow/PinResetWorkflow.h"
#include "app/workflow/PinUnblockWorkflow.h"
#include "smartcard/PcscCitizenCardService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace carddesk;
using namespace carddesk::test;

#define START_SIM(sim, ...) QVERIFY2((sim).start(__VA_ARGS__), qPrintable((sim).lastError()))

namespace {
const QString kZhangsan = QStringLiteral("11010519491231002X");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class WorkflowCardTest : public QObject
{
    Q_OBJECT

    QString m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PcscCitizenCardService> m_service;
    std::unique_ptr<TestIdDocumentReader> m_reader;
    std::unique_ptr<ScriptedPinEntry> m_pins;
    QThreadPool m_pool;
    OperatorContext m_op{QStringLiteral("clerk07"), QStringLiteral("clerk"), QStringLiteral("B001"),
                         QStringLiteral("T01"), false};

    WorkflowServices services()
    {
        return {m_service.get(), m_reader.get(), m_pins.get(), m_store.get(),
                m_store.get(),   m_store.get(),  &m_pool};
    }

    template <class W> std::unique_ptr<W> make(const QString& region = QStringLiteral("national"))
    {
        QString error;
        const auto profile = RegionProfile::load(region, &error);
        if (!profile)
            qFatal("region %s: %s", qPrintable(region), qPrintable(error));
        return std::make_unique<W>(Representation::Self, services(), *profile, m_op);
    }

private slots:
    void initTestCase() { CARDDESK_REQUIRE_FIXTURE("pcscd"); }

    void init()
    {
        m_dir = scratchDir(QStringLiteral("service_workflow_card_") +
                           QString::fromLatin1(QTest::currentTestFunction()));
        LocalStoreOptions o;
        o.databasePath = m_dir + QStringLiteral("/carddesk.sqlite");
        o.keyFilePath = m_dir + QStringLiteral("/keys/root.key");
        o.counterId = QStringLiteral("T01");
        o.passwordIterations = 1000;
        QString error;
        m_store = LocalStore::open(o, &error);
        QVERIFY2(m_store, qPrintable(error));
        m_service = std::make_unique<PcscCitizenCardService>();
        m_reader = std::make_unique<TestIdDocumentReader>();
        m_pins = std::make_unique<ScriptedPinEntry>();
    }
    void cleanup()
    {
        m_pool.waitForDone();
        m_service.reset();
        m_store.reset();
    }

    void pinResetThroughThePcscStack()
    {
        LogCapture logs;
        qInfo("log capture active"); // the capture itself works
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        m_reader->enqueue(makeDocument(kZhangsan, QStringLiteral("张三")));
        m_pins->enqueueDigits("123456"); // the national initial PIN: refused, asked again
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_VERIFY2(wf->state() == WorkflowState::AwaitingPhoto, qPrintable(wf->resultCode()));
        wf->providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Done, qPrintable(wf->resultCode()), 10000);
        QCOMPARE(wf->receipt().cardNumber, QStringLiteral("W49158758"));
        QCOMPARE(wf->receipt().maskedIdNumber, QStringLiteral("110105********002X"));

        // The card itself now takes the new PIN and refuses the old one.
        QCOMPARE(sim.cardTriesLeft(), 3);
        QCOMPARE(m_service->verifyPin(SecureBuffer::fromAscii("123456")).error, CardError::WrongPin);
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("482915")).ok());
        QCOMPARE(sim.cardTriesLeft(), 3);

        {
            QSqlDatabase db = m_store->database();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT service, success FROM operations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pin-reset"));
            QCOMPARE(q.value(1).toInt(), 1);
        }
        // Canary: the new PIN is in neither the database, its WAL nor the APDU trace.
        const QString path = m_dir + QStringLiteral("/carddesk.sqlite");
        QVERIFY(!containsPin(fileBytes(path), "482915"));
        QVERIFY(!containsPin(fileBytes(path + QStringLiteral("-wal")), "482915"));
        QVERIFY(!containsPin(m_service->trace().lines().join(QLatin1Char('\n')).toUtf8(), "482915"));
        QVERIFY(logs.text().contains("log capture active"));
        QVERIFY(!containsPin(logs.text(), "482915"));
    }

    void pinResetOnA300Sm4CardInNanjing()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("lisi-300-sm4.json"));
        m_reader->enqueue(makeDocument(QStringLiteral("320102198506120042"), QStringLiteral("李四")));
        m_pins->enqueueDigits("888888"); // Nanjing's initial PIN
        m_pins->enqueueDigits("573920");
        m_pins->enqueueDigits("573920");
        auto wf = make<PinResetWorkflow>(QStringLiteral("nanjing"));
        wf->start();
        QTRY_VERIFY2(wf->state() == WorkflowState::AwaitingPhoto, qPrintable(wf->resultCode()));
        wf->providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Done, qPrintable(wf->resultCode()), 10000);
        QVERIFY(m_pins->requests().at(1).hint.contains(QStringLiteral("initial PIN")));
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("573920")).ok());
        QCOMPARE(sim.cardTriesLeft(), 6);
    }

    void pinChangeWithAWrongCurrentPinCostsATry()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        m_reader->enqueue(makeDocument(kZhangsan, QStringLiteral("张三")));
        m_pins->enqueueDigits("000000");
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinChangeWorkflow>();
        wf->start();
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Failed, qPrintable(wf->resultCode()), 10000);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::WrongPin));
        QCOMPARE(sim.cardTriesLeft(), 2);
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("123456")).ok()); // unchanged

        // And with the right one.
        m_reader->enqueue(makeDocument(kZhangsan, QStringLiteral("张三")));
        m_pins->enqueueDigits("123456");
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto again = make<PinChangeWorkflow>();
        again->start();
        QTRY_VERIFY2_WITH_TIMEOUT(again->state() == WorkflowState::Done, qPrintable(again->resultCode()),
                                  10000);
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("482915")).ok());
    }

    void unblockABlockedCard()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("blocked-200-3des.json"));
        QCOMPARE(sim.cardTriesLeft(), 0);
        m_reader->enqueue(makeDocument(QStringLiteral("110105196001010017"), QStringLiteral("赵六")));
        auto wf = make<PinUnblockWorkflow>();
        wf->start();
        QTRY_VERIFY2(wf->state() == WorkflowState::AwaitingPhoto, qPrintable(wf->resultCode()));
        wf->providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Done, qPrintable(wf->resultCode()), 10000);
        QCOMPARE(sim.cardTriesLeft(), 3);
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("123456")).ok()); // unblock keeps the PIN
    }

    void anotherCardInTheReaderIsNotWritten()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("zhangsan-200-3des.json"));
        m_reader->enqueue(makeDocument(kZhangsan, QStringLiteral("张三")));
        m_pins->enqueueDigits("482915");
        m_pins->enqueueDigits("482915");
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_VERIFY2(wf->state() == WorkflowState::AwaitingPhoto, qPrintable(wf->resultCode()));
        QVERIFY(sim.swap(QStringLiteral("lisi-300-sm4.json")));
        wf->providePhoto(makeImage(QStringLiteral("scene"), 3000));
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Failed, qPrintable(wf->resultCode()), 10000);
        QCOMPARE(wf->resultCode(), cardErrorName(CardError::WrongCard));
        QVERIFY(m_service->verifyPin(SecureBuffer::fromAscii("888888")).ok()); // Li Si's card untouched
    }

    void idMismatchWithTheCardRefuses()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("lisi-300-sm4.json"));
        m_reader->enqueue(makeDocument(kZhangsan, QStringLiteral("张三")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::Failed, qPrintable(wf->resultCode()), 10000);
        QCOMPARE(wf->resultCode(), QStringLiteral("id-mismatch"));
        QCOMPARE(m_pins->requests().size(), 0);
    }

    void middleDotVariantsMatchTheCardName()
    {
        CardSimulator sim;
        START_SIM(sim, QStringLiteral("maimaiti-200-sm4.json"));
        m_reader->enqueue(
            makeDocument(QStringLiteral("650102197804050013"), QStringLiteral("买买提・艾力・阿不都热合曼")));
        auto wf = make<PinResetWorkflow>();
        wf->start();
        QTRY_VERIFY2_WITH_TIMEOUT(wf->state() == WorkflowState::AwaitingPhoto, qPrintable(wf->resultCode()),
                                  10000);
        QVERIFY(wf->cancel());
    }
};

QTEST_MAIN(WorkflowCardTest)
#include "WorkflowCardTest.moc"
