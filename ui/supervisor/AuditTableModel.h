#pragma once
// The audit log as a table model: rows come from AuditQuery a page at a time (canFetchMore/fetchMore), so
// the view asks only for what it scrolls to and 1,000,000 entries open as fast as 500.

#include "app/supervision/AuditQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace carddesk {
class LocalStore;
}

namespace carddesk::ui {

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sequence,
        Time,
        Event,
        Result,
        Operator,
        Branch,
        Terminal,
        IdNumber,
        Card,
        ColumnCount
    };
    static constexpr int PageSize = 500;

    explicit AuditTableModel(LocalStore& store, QObject* parent = nullptr);
    ~AuditTableModel() override;

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    const AuditRow* rowAt(int row) const;
    int rowOfSequence(qint64 sequence) const;
    // Entries shown with a red background (the first bad entry of a failed verification).
    void setHighlightedSequence(qint64 sequence);
    qint64 highlightedSequence() const { return m_highlight; }
    QString lastError() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    LocalStore& m_store;
    AuditFilter m_filter;
    std::unique_ptr<AuditQuery> m_query;
    QList<AuditRow> m_rows;
    qint64 m_highlight = 0;
};

} // namespace carddesk::ui
