#include "ui/plugins/ChartPanel.h"

#include "app/core/PluginLibrary.h"

#include <QLabel>
#include <QVBoxLayout>

namespace carddesk::ui {

QString ChartPanel::pluginFileName()
{
    return QStringLiteral("carddesk-charts.so");
}

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ChartPanel::showChart(const ChartSpec& spec)
{
    if (!m_view) {
        const PluginLibrary plugin = loadPluginLibrary(pluginFileName(), "carddesk_ui_plugin_abi", kUiPluginAbi,
                                                       tr("The dashboard's charts"));
        const auto create = reinterpret_cast<CardDeskCreateChartViewFunction>(
            resolvePluginFunction(pluginFileName(), "carddesk_charts_create_view"));
        if (plugin.loaded && create) {
            m_view = create(this);
            layout()->addWidget(m_view);
            delete m_fallback;
            m_fallback = nullptr;
            m_error.clear();
        } else {
            m_error = plugin.loaded ? tr("The dashboard's charts are incomplete in %1. Reinstall the carddesk "
                                         "package.")
                                          .arg(plugin.path)
                                    : plugin.error;
        }
    }
    if (m_view) {
        const auto show = reinterpret_cast<CardDeskShowChartFunction>(
            resolvePluginFunction(pluginFileName(), "carddesk_charts_show"));
        if (show)
            show(m_view, &spec);
        return;
    }
    // No charts: the figures as lines of text under the reason.
    if (!m_fallback) {
        m_fallback = new QLabel(this);
        m_fallback->setObjectName(QStringLiteral("chartFallback"));
        m_fallback->setWordWrap(true);
        m_fallback->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_fallback->setTextFormat(Qt::PlainText);
        layout()->addWidget(m_fallback);
    }
    QStringList lines{m_error, QString(), spec.title};
    for (qsizetype i = 0; i < spec.categories.size(); ++i) {
        QStringList values;
        for (const ChartSpec::Series& s : spec.series)
            if (i < s.values.size())
                values << (spec.series.size() > 1 ? s.name + QLatin1Char(' ') : QString()) +
                              QString::number(s.values.at(i), 'g', 4);
        //: one line of a chart shown as text: %1 a category (day, operator, counter), %2 its values
        lines << tr("%1: %2").arg(spec.categories.at(i), values.join(QStringLiteral(", ")));
    }
    m_fallback->setText(lines.join(QLatin1Char('\n')));
}

} // namespace carddesk::ui
