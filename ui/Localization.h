#pragma once

#include <QObject>
#include <QTranslator>

namespace carddesk::ui {

// Loads CardDesk's translations and Qt's own (qtbase) for one of the supported languages and switches
// them at run time; widgets retranslate on QEvent::LanguageChange.
class Localization : public QObject
{
    Q_OBJECT
public:
    explicit Localization(QObject* parent = nullptr);
    ~Localization() override;

    static QStringList supportedLanguages(); // zh_CN, zh_TW, en
    // Returns false when the language is not supported (the current one stays).
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace carddesk::ui
