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

// Renders the workflow's Receipt (masked data only: never a full ID number, never a PIN) to PDF through
// QPrinter, or into the print preview dialog.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::ui::ReceiptPrinter)
public:
    static QString html(const Receipt& receipt, const ReceiptContext& context);
    static QString plainText(const Receipt& receipt, const ReceiptContext& context);
    // false with *error set (what happened, what to do) when the file cannot be written.
    static bool printToPdf(const Receipt& receipt, const ReceiptContext& context, const QString& path,
                           QString* error);
    static void preview(const Receipt& receipt, const ReceiptContext& context, QWidget* parent);
};

} // namespace carddesk::ui
