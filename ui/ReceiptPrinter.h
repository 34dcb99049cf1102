#pragma once

#include "app/workflow/WorkflowTypes.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace carddesk::ui {

// What the counter adds to the workflow's receipt: where it was printed and how.
struct ReceiptContext
{
    QString branchName;
    bool trainingMode = false;
    bool reprint = false;
};

// Renders the workflow's Receipt (masked data only: never a full ID number, never a PIN) to PDF (QPdfWriter),
// or into the print preview dialog, which comes with carddesk-print.so (ui/plugins/UiPluginApi.h).
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::ui::ReceiptPrinter)
public:
    static QString html(const Receipt& receipt, const ReceiptContext& context);
    static QString plainText(const Receipt& receipt, const ReceiptContext& context);
    // false with *error set (what happened, what to do) when the file cannot be written.
    static bool printToPdf(const Receipt& receipt, const ReceiptContext& context, const QString& path,
                           QString* error);
    // Modal; false with *error set (what is missing, what to do) when printing is not installed.
    static bool preview(const Receipt& receipt, const ReceiptContext& context, QWidget* parent,
                        QString* error);
    static QString printPluginFileName(); // "carddesk-print.so"
};

} // namespace carddesk::ui
