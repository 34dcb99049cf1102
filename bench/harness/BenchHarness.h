#pragma once
// The benchmark harness. The rule of the house: every figure is reported beside a baseline measured in the
// same run (a raw SCardTransmit round trip, a raw sqlite3 lookup, ...), so results are ratios, never bare
// times on a noisy machine. Prints a table to stdout and, with --json FILE (or CARDDESK_BENCH_JSON=FILE),
// writes the same as JSON.
//
//   carddesk::bench::Report report("store");
//   auto raw = carddesk::bench::measure([&] { rawLookup(); }, 20000);
//   report.addBaseline("sqlite3-lookup", "raw sqlite3 indexed lookup", raw.median, "us");
//   auto ours = carddesk::bench::measure([&] { store.findPerson(id); }, 20000);
//   report.addFigure("person lookup", ours.median, "us", "sqlite3-lookup", 1.0, 2.0);
//   return report.finish(argc, argv);

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <vector>

namespace carddesk::bench {

// Per-call wall time of fn in microseconds, over `samples` samples of `batch` calls each.
struct Timing
{
    double median = 0; // microseconds per call
    double p10 = 0;
    double p90 = 0;
    double min = 0;
    int calls = 0;
};

template <class Fn>
Timing measure(Fn&& fn, int calls, int batch = 1, int warmup = -1)
{
    using clock = std::chrono::steady_clock;
    if (warmup < 0)
        warmup = std::max(1, calls / 20);
    for (int i = 0; i < warmup; ++i)
        fn();
    const int samples = std::max(1, calls / std::max(1, batch));
    std::vector<double> us;
    us.reserve(samples);
    for (int s = 0; s < samples; ++s) {
        const auto t0 = clock::now();
        for (int b = 0; b < batch; ++b)
            fn();
        const auto t1 = clock::now();
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / batch);
    }
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us[std::min(us.size() - 1, static_cast<std::size_t>(q * (us.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.1), at(0.9), us.front(), samples * batch};
}

// Wall time of one run of fn, in microseconds.
template <class Fn>
double timeOnce(Fn&& fn)
{
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
}

enum class Better
{
    Lower,  // times: figure / baseline should stay under the target
    Higher, // rates: figure / baseline should stay above the target
};

class Report
{
public:
    explicit Report(QString suite) : m_suite(std::move(suite)) {}

    void addBaseline(const QString& key, const QString& description, double value, const QString& unit)
    {
        m_baselines.insert(key, QJsonObject{{"key", key}, {"description", description}, {"value", value}, {"unit", unit}});
        m_baselineOrder << key;
    }

    // ratio = value / (baseline * scale); e.g. scale = APDU count when the baseline is one round trip.
    // target: the ratio the issue asks for (0 = none); better says which side of it is good.
    void addFigure(const QString& name, double value, const QString& unit, const QString& baselineKey,
                   double scale = 1.0, double target = 0.0, Better better = Better::Lower, const QString& note = {})
    {
        const double base = m_baselines.value(baselineKey).toObject().value("value").toDouble() * scale;
        const double ratio = base > 0 ? value / base : 0.0;
        QJsonObject o{{"name", name}, {"value", value}, {"unit", unit}, {"baseline", baselineKey},
                      {"baseline_scaled", base}, {"scale", scale}, {"ratio", ratio}, {"note", note}};
        if (target > 0) {
            o.insert("target", target);
            o.insert("better", better == Better::Lower ? "lower" : "higher");
            o.insert("met", better == Better::Lower ? ratio <= target : ratio >= target);
        }
        m_figures.append(o);
    }

    // A plain count beside its reference (e.g. APDUs used vs the protocol's minimum).
    void addCount(const QString& name, double value, double reference, const QString& note = {})
    {
        m_counts.append(QJsonObject{{"name", name}, {"value", value}, {"reference", reference}, {"note", note}});
    }

    void addNote(const QString& note) { m_notes << note; }

    QJsonObject toJson() const
    {
        QJsonArray baselines;
        for (const QString& k : m_baselineOrder)
            baselines.append(m_baselines.value(k));
        return {{"suite", m_suite}, {"baselines", baselines}, {"figures", m_figures}, {"counts", m_counts},
                {"notes", QJsonArray::fromStringList(m_notes)}};
    }

    // Prints the table, writes JSON when asked; returns 0 (a missed target is reported, not an error).
    int finish(int argc = 0, char** argv = nullptr) const
    {
        QString jsonPath = qEnvironmentVariable("CARDDESK_BENCH_JSON");
        for (int i = 1; i + 1 < argc; ++i)
            if (std::strcmp(argv[i], "--json") == 0)
                jsonPath = QString::fromLocal8Bit(argv[i + 1]);
        QTextStream out(stdout);
        out << "== benchmark suite: " << m_suite << " ==\n";
        out << "baselines (measured in this run):\n";
        for (const QString& k : m_baselineOrder) {
            const QJsonObject b = m_baselines.value(k).toObject();
            out << "  " << k.leftJustified(26) << fmt(b.value("value").toDouble()).rightJustified(12) << ' '
                << b.value("unit").toString().leftJustified(8) << b.value("description").toString() << '\n';
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("figure").leftJustified(40), QStringLiteral("value").rightJustified(12),
                        QStringLiteral("unit").leftJustified(8), QStringLiteral("baseline×scale").rightJustified(14),
                        QStringLiteral("ratio").rightJustified(8), QStringLiteral("target"));
        for (const auto& v : m_figures) {
            const QJsonObject f = v.toObject();
            QString target = QStringLiteral("-");
            if (f.contains("target"))
                target = QStringLiteral("%1 %2 %3")
                             .arg(f.value("better").toString() == QLatin1String("lower") ? "≤" : "≥")
                             .arg(f.value("target").toDouble())
                             .arg(f.value("met").toBool() ? "met" : "MISSED");
            out << f.value("name").toString().leftJustified(40) << ' ' << fmt(f.value("value").toDouble()).rightJustified(12)
                << ' ' << f.value("unit").toString().leftJustified(8) << ' '
                << fmt(f.value("baseline_scaled").toDouble()).rightJustified(14) << ' '
                << QString::number(f.value("ratio").toDouble(), 'f', 2).rightJustified(8) << ' ' << target << '\n';
        }
        for (const auto& v : m_counts) {
            const QJsonObject c = v.toObject();
            out << "count: " << c.value("name").toString() << " = " << c.value("value").toDouble()
                << " (reference " << c.value("reference").toDouble() << ") " << c.value("note").toString() << '\n';
        }
        for (const QString& n : m_notes)
            out << "note: " << n << '\n';
        out.flush();
        if (!jsonPath.isEmpty()) {
            QFile f(jsonPath);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(QJsonDocument(toJson()).toJson());
        }
        return 0;
    }

private:
    static QString fmt(double v) { return QString::number(v, 'g', std::abs(v) >= 1000 ? 7 : 4); }

    QString m_suite;
    QJsonObject m_baselines;
    QStringList m_baselineOrder;
    QJsonArray m_figures;
    QJsonArray m_counts;
    QStringList m_notes;
};

} // namespace carddesk::bench
