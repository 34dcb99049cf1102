// The two UI plugins (ui/plugins/UiPluginApi.h): Qt Charts and Qt Print Support are not linked by carddesk and
// come with carddesk-charts.so / carddesk-print.so on first use. Tested: a chart drawn through the plugin (a
// real QChartView with the spec's series and categories), the text fallback and the message when the plugin
// is missing, the receipt written as an A5 PDF without Qt Print Support, and the print preview opened through
// the plugin.
#include "app/core/PluginLibrary.h"
#include "ui/ReceiptPrinter.h"
#include "ui/plugins/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPieSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace carddesk;
using namespace carddesk::ui;

namespace {

ChartSpec operatorsSpec()
{
    ChartSpec spec;
    spec.title = QStringLiteral("Operations per operator");
    spec.categories = {QStringLiteral("clerk1"), QStringLiteral("clerk2")};
    spec.series = {{QStringLiteral("operations"), {20, 7}}};
    return spec;
}

Receipt sampleReceipt()
{
    Receipt r;
    r.branchId = QStringLiteral("B001");
    r.terminalId = QStringLiteral("T01");
    r.operatorId = QStringLiteral("clerk1");
    r.timeUtc = QDateTime::currentDateTimeUtc();
    r.holderName = QStringLiteral("张三");
    r.maskedIdNumber = QStringLiteral("110105********002X");
    r.cardNumber = QStringLiteral("A12345678");
    r.success = true;
    r.operationNumber = QStringLiteral("T01-000042");
    return r;
}

} // namespace

class UiPluginsTest : public QObject
{
    Q_OBJECT

private slots:
    // First, while nothing is loaded yet: a failed load is not cached, so the next test loads the plugin.
    void missingChartsPluginShowsTheFiguresAsText()
    {
        QTemporaryDir empty;
        qputenv("CARDDESK_PLUGIN_DIR", empty.path().toUtf8());
        ChartPanel panel;
        panel.showChart(operatorsSpec());
        qunsetenv("CARDDESK_PLUGIN_DIR");
        QVERIFY(!panel.chartView());
        QVERIFY2(panel.error().contains(ChartPanel::pluginFileName()), qPrintable(panel.error()));
        QVERIFY2(panel.error().contains(empty.path()), qPrintable(panel.error()));
        auto* fallback = panel.findChild<QLabel*>(QStringLiteral("chartFallback"));
        QVERIFY(fallback);
        QVERIFY2(fallback->text().contains(QStringLiteral("clerk1: 20")), qPrintable(fallback->text()));
        QVERIFY2(fallback->text().contains(QStringLiteral("clerk2: 7")), qPrintable(fallback->text()));
    }

    void chartsComeFromThePlugin()
    {
        ChartPanel panel;
        panel.showChart(operatorsSpec());
        QVERIFY2(panel.error().isEmpty(), qPrintable(panel.error()));
        auto* view = qobject_cast<QChartView*>(panel.chartView());
        QVERIFY2(view, panel.chartView() ? panel.chartView()->metaObject()->className() : "no view");
        QCOMPARE(view->chart()->title(), QStringLiteral("Operations per operator"));
        QCOMPARE(view->chart()->series().size(), 1);
        auto* bars = qobject_cast<QAbstractBarSeries*>(view->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QCOMPARE(bars->barSets().first()->at(0), 20.0);
        QCOMPARE(bars->barSets().first()->at(1), 7.0);
        auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), operatorsSpec().categories);
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("chartFallback")));

        // A second chart replaces the first in the same view.
        ChartSpec pie;
        pie.kind = ChartSpec::Kind::Pie;
        pie.title = QStringLiteral("Failures");
        pie.categories = {QStringLiteral("wrong card (8)")};
        pie.series = {{QString(), {8}}};
        panel.showChart(pie);
        QCOMPARE(qobject_cast<QChartView*>(panel.chartView()), view);
        QCOMPARE(view->chart()->title(), QStringLiteral("Failures"));
        auto* slices = qobject_cast<QPieSeries*>(view->chart()->series().value(0));
        QVERIFY(slices);
        QCOMPARE(slices->count(), 1);
        QCOMPARE(slices->slices().first()->label(), QStringLiteral("wrong card (8)"));
    }

    void receiptPdfIsWrittenWithoutPrintSupport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(ReceiptPrinter::printToPdf(sampleReceipt(), ReceiptContext{}, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // A5 portrait: 148 x 210 mm = 419.5 x 595.3 pt.
        const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 (\\d+(\\.\\d+)?) (\\d+(\\.\\d+)?)\\]"));
        const QRegularExpressionMatch m = mediaBox.match(QString::fromLatin1(bytes));
        QVERIFY2(m.hasMatch(), "no MediaBox");
        QVERIFY(qAbs(m.captured(1).toDouble() - 419.5) < 1.0);
        QVERIFY(qAbs(m.captured(3).toDouble() - 595.3) < 1.0);

        // An unwritable folder: the clerk is told, nothing pretends it worked.
        QVERIFY(!ReceiptPrinter::printToPdf(sampleReceipt(), ReceiptContext{},
                                            QStringLiteral("/proc/carddesk-no-such-dir/r.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/carddesk-no-such-dir/r.pdf")), qPrintable(error));
    }

    void printPreviewOpensThroughThePlugin()
    {
        QString seen;
        // The preview is modal: close it once it is up, after noting what it was.
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                seen = dialog->objectName();
                dialog->reject();
            }
        });
        closer.start();
        QString error;
        const bool shown = ReceiptPrinter::preview(sampleReceipt(), ReceiptContext{}, nullptr, &error);
        closer.stop();
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(seen, QStringLiteral("receiptPreview"));
        QVERIFY(loadPluginLibrary(ReceiptPrinter::printPluginFileName(), "carddesk_ui_plugin_abi", kUiPluginAbi,
                                  QStringLiteral("print"))
                    .loaded);
    }
};

QTEST_MAIN(UiPluginsTest)
#include "UiPluginsTest.moc"
