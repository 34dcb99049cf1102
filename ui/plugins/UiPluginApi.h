#pragma once
// What ui/ and its two plugins exchange. Qt Charts (with Qt OpenGL under it) and Qt Print Support are linked
// only by carddesk-charts.so and carddesk-print.so, loaded the first time the supervisors' dashboard draws a
// chart or a receipt is previewed: linked into carddesk they would be loaded before its sign-in window, for
// screens most counters open rarely (issue #7, docs/user-interface.md). Plain data only crosses: the plugins
// link no CardDesk library, so there is no second copy of any of our state.

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace carddesk::ui {

constexpr int kUiPluginAbi = 1;

// One dashboard chart, already in the words and numbers to show.
struct ChartSpec
{
    enum class Kind
    {
        Bars,        // one group of bars per category, one bar per series
        StackedBars, // the series stacked in one bar per category
        Pie,         // one slice per category, sized by the first series
    };
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QList<Series> series;
};

} // namespace carddesk::ui

// The plugins' exports (C linkage, so that QLibrary::resolve finds them by name).
extern "C" {
using CardDeskUiPluginAbiFunction = int (*)();
// carddesk-charts.so: a chart view (a QChartView) as a child of parent, and drawing a spec into it.
using CardDeskCreateChartViewFunction = QWidget* (*)(QWidget* parent);
using CardDeskShowChartFunction = void (*)(QWidget* view, const carddesk::ui::ChartSpec* spec);
// carddesk-print.so: the print preview of an HTML document on A5 pages (modal; returns when it is closed).
using CardDeskPrintPreviewFunction = void (*)(const QString* html, QWidget* parent);
}
