#pragma once

#include "ui/plugins/UiPluginApi.h"

#include <QWidget>

class QLabel;

namespace carddesk::ui {

// A place for one dashboard chart. The chart view comes from carddesk-charts.so, loaded on the first
// showChart(); without the plugin the panel says what is missing and lists the figures as text instead, so
// the supervisor still sees them.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);

    void showChart(const ChartSpec& spec);
    // The plugin's chart view (a QChartView), null until a chart was shown or when the plugin is missing.
    QWidget* chartView() const { return m_view; }
    // Why there is no chart view (empty when there is one).
    QString error() const { return m_error; }

    // "carddesk-charts.so"
    static QString pluginFileName();

private:
    QWidget* m_view = nullptr;
    QLabel* m_fallback = nullptr;
    QString m_error;
};

} // namespace carddesk::ui
