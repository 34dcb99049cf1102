#include "ui/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace carddesk::ui {

Localization::Localization(QObject* parent)
    : QObject(parent)
{
}

Localization::~Localization()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

bool Localization::setLanguage(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_language = language;
    QLocale::setDefault(QLocale(language));
    // English is the source language: no CardDesk translation to load.
    if (language != QLatin1String("en")) {
        if (m_appTranslator.load(QStringLiteral(":/i18n/carddesk_") + language))
            QCoreApplication::installTranslator(&m_appTranslator);
    }
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    return true;
}

} // namespace carddesk::ui
