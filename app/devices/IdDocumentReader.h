#pragma once

#include "app/identity/IdDocument.h"

#include <QObject>
#include <QString>

namespace carddesk {

// A source of the citizen's ID document: a second-generation ID card reader behind a vendor SDK, the clerk's
// manual entry, or a test reader. Asynchronous: requestRead() returns at once; exactly one of documentRead or
// readFailed follows, unless cancel() comes first.
class IdDocumentReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~IdDocumentReader() override = default;

    // Shown to the clerk ("Manual entry", the reader model, ...).
    virtual QString displayName() const = 0;
    virtual void requestRead() = 0;
    virtual void cancel() = 0;

signals:
    void documentRead(const carddesk::IdDocument& document);
    void readFailed(const QString& message);
};

// The fallback when there is no reader: the clerk types the document's fields into a form, and the form calls
// submit(). The document is checked before it is passed on, so a typo is caught at the form.
class ManualIdEntry : public IdDocumentReader
{
    Q_OBJECT
public:
    using IdDocumentReader::IdDocumentReader;

    QString displayName() const override;
    void requestRead() override { m_waiting = true; }
    void cancel() override { m_waiting = false; }
    bool isWaiting() const { return m_waiting; }

    // Returns an empty string when accepted (documentRead is emitted), else the reason (nothing is emitted,
    // the form keeps what was typed). today: for the checks of dates (defaults to the current date).
    QString submit(IdDocument document, const QDate& today = {});

private:
    bool m_waiting = false;
};

// A reader for tests and demonstrations: hands out queued documents (or failures) in order, asynchronously.
class TestIdDocumentReader : public IdDocumentReader
{
    Q_OBJECT
public:
    using IdDocumentReader::IdDocumentReader;

    QString displayName() const override { return QStringLiteral("Test ID reader"); }
    void enqueue(const IdDocument& document);
    void enqueueFailure(const QString& message);
    void requestRead() override;
    void cancel() override;
    int readsRequested() const { return m_requests; }
    int pending() const { return static_cast<int>(m_queue.size()); }

private:
    struct Item
    {
        IdDocument document;
        QString failure;
    };
    QList<Item> m_queue;
    int m_requests = 0;
    int m_generation = 0;
};

} // namespace carddesk
