#include "ui/ReceiptPrinter.h"

#include "ui/ServiceText.h"

#include "app/core/PluginLibrary.h"
#include "ui/plugins/UiPluginApi.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace carddesk::ui {

QString ReceiptPrinter::html(const Receipt& r, const ReceiptContext& c)
{
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='padding:3px 14px 3px 0; color:#555'>%1</td><td style='padding:3px'>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString h = QStringLiteral("<html><body style='font-size:11pt'>");
    if (c.trainingMode)
        //: Printed on every receipt made in training mode; the Chinese is 培训模式.
        h += QStringLiteral("<p align='center' style='font-size:16pt; color:#c0392b'><b>%1</b></p>")
                 .arg(tr("TRAINING MODE - NOT VALID").toHtmlEscaped());
    h += QStringLiteral("<h2 align='center'>%1</h2>").arg(tr("Social security card service receipt").toHtmlEscaped());
    if (c.reprint)
        h += QStringLiteral("<p align='center'>%1</p>").arg(tr("Reprint").toHtmlEscaped());
    h += QStringLiteral("<table>");
    h += row(tr("Operation number"), r.operationNumber);
    h += row(tr("Branch"), c.branchName.isEmpty() ? r.branchId : c.branchName);
    h += row(tr("Counter"), r.terminalId);
    h += row(tr("Operator"), r.operatorId);
    h += row(tr("Time"), QLocale().toString(r.timeUtc.toLocalTime(), QLocale::LongFormat));
    h += row(tr("Service"), r.serviceTitle.isEmpty() ? ServiceText::title(r.service) : r.serviceTitle);
    h += row(tr("Applicant"), ServiceText::representationText(r.representation));
    h += row(tr("Card holder"), r.holderName);
    h += row(tr("ID number"), r.maskedIdNumber);
    if (!r.maskedAgentIdNumber.isEmpty())
        h += row(tr("Agent / guardian ID number"), r.maskedAgentIdNumber);
    h += row(tr("Card number"), r.cardNumber);
    h += row(tr("Result"), r.success ? tr("Done") : tr("Not done"));
    for (const auto& [label, value] : r.extraLines)
        h += row(label, value);
    h += QStringLiteral("</table>");
    if (!r.resultText.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(r.resultText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!r.secretChanged.isEmpty())
        h += QStringLiteral("<p><b>%1</b></p>").arg(r.secretChanged.toHtmlEscaped());
    if (!r.notice.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(r.notice.toHtmlEscaped());
    h += QStringLiteral("<p style='margin-top:40px'>%1 ______________________ &nbsp;&nbsp; %2 ____________</p>")
             .arg(tr("Signature of the citizen:").toHtmlEscaped(), tr("Date:").toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    return h;
}

QString ReceiptPrinter::plainText(const Receipt& receipt, const ReceiptContext& context)
{
    QTextDocument doc;
    doc.setHtml(html(receipt, context));
    return doc.toPlainText();
}

bool ReceiptPrinter::printToPdf(const Receipt& receipt, const ReceiptContext& context, const QString& path,
                                QString* error)
{
    // QPdfWriter is Qt Gui's: writing the receipt needs no Qt Print Support (only the preview does).
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A5));
        pdf.setCreator(QStringLiteral("CardDesk"));
        QTextDocument doc;
        doc.setHtml(html(receipt, context));
        doc.print(&pdf);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The receipt could not be written to %1. Check the disk and the folder's permissions, "
                        "then print it again from the history.")
                         .arg(path);
        return false;
    }
    return true;
}

QString ReceiptPrinter::printPluginFileName()
{
    return QStringLiteral("carddesk-print.so");
}

bool ReceiptPrinter::preview(const Receipt& receipt, const ReceiptContext& context, QWidget* parent,
                             QString* error)
{
    const PluginLibrary plugin = loadPluginLibrary(printPluginFileName(), "carddesk_ui_plugin_abi",
                                                   kUiPluginAbi, tr("Printing"));
    const auto previewFunction = reinterpret_cast<CardDeskPrintPreviewFunction>(
        resolvePluginFunction(printPluginFileName(), "carddesk_print_preview"));
    if (!plugin.loaded || !previewFunction) {
        if (error)
            *error = plugin.loaded ? tr("Printing is incomplete in %1. Reinstall the carddesk package.")
                                         .arg(plugin.path)
                                   : plugin.error;
        return false;
    }
    const QString document = html(receipt, context);
    previewFunction(&document, parent);
    return true;
}

} // namespace carddesk::ui
