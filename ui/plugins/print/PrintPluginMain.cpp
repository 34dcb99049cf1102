// carddesk-print.so: the receipt's print preview with Qt Print Support (ui/plugins/UiPluginApi.h).
#include "ui/plugins/UiPluginApi.h"

#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

extern "C" {

Q_DECL_EXPORT int carddesk_ui_plugin_abi()
{
    return carddesk::ui::kUiPluginAbi;
}

Q_DECL_EXPORT void carddesk_print_preview(const QString* html, QWidget* parent)
{
    if (!html)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("receiptPreview"));
    const QString text = *html;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&text](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(text);
        doc.print(p);
    });
    dialog.exec();
}

} // extern "C"
