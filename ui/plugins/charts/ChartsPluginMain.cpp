// carddesk-charts.so: the supervisors' dashboard charts with Qt Charts (ui/plugins/UiPluginApi.h).
#include "ui/plugins/UiPluginApi.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

using carddesk::ui::ChartSpec;

namespace {

QChart* makeChart(const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setTitle(spec.title);
    if (spec.kind == ChartSpec::Kind::Pie) {
        auto* pie = new QPieSeries;
        const QList<double> values = spec.series.isEmpty() ? QList<double>() : spec.series.first().values;
        for (qsizetype i = 0; i < spec.categories.size() && i < values.size(); ++i)
            pie->append(spec.categories.at(i), values.at(i));
        chart->addSeries(pie);
        return chart;
    }
    QAbstractBarSeries* bars = spec.kind == ChartSpec::Kind::StackedBars
                                   ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
    for (const ChartSpec::Series& s : spec.series) {
        auto* set = new QBarSet(s.name);
        for (double v : s.values)
            *set << v;
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(spec.categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    if (spec.kind == ChartSpec::Kind::StackedBars) {
        auto* valueAxis = new QValueAxis;
        chart->addAxis(valueAxis, Qt::AlignLeft);
        bars->attachAxis(valueAxis);
    }
    return chart;
}

} // namespace

extern "C" {

Q_DECL_EXPORT int carddesk_ui_plugin_abi()
{
    return carddesk::ui::kUiPluginAbi;
}

Q_DECL_EXPORT QWidget* carddesk_charts_create_view(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

Q_DECL_EXPORT void carddesk_charts_show(QWidget* view, const ChartSpec* spec)
{
    auto* chartView = qobject_cast<QChartView*>(view);
    if (!chartView || !spec)
        return;
    QChart* old = chartView->chart();
    chartView->setChart(makeChart(*spec));
    // setChart does not take the old chart with it; the view made the first (empty) one itself.
    delete old;
}

} // extern "C"
