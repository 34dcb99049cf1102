#pragma once

#include <QFont>
#include <QObject>
#include <QTranslator>

#include <optional>

namespace carddesk::ui {

// Loads CardDesk's translations and Qt's own (qtbase) for one of the supported languages and switches
// them at run time; widgets retranslate on QEvent::LanguageChange. Chinese is shown in a CJK font
// (uiFontFamilies).
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
    // The font families the user interface is set in for a language (empty: Qt's default font).
    static QStringList uiFontFamilies(const QString& language);

private:
    void applyFont(const QString& language);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
    std::optional<QFont> m_defaultFont; // the application font before the first language was applied
};

} // namespace carddesk::ui
