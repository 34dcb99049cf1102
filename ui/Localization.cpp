#include "ui/Localization.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
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

QStringList Localization::uiFontFamilies(const QString& language)
{
    // The packaging depends on one of the two (fonts-noto-cjk | fonts-wqy-microhei).
    if (language == QLatin1String("zh_TW"))
        return {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("WenQuanYi Micro Hei")};
    if (language == QLatin1String("zh_CN"))
        return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    return {};
}

void Localization::applyFont(const QString& language)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    if (!m_defaultFont)
        m_defaultFont = QGuiApplication::font();
    // Chinese screens are set in a CJK font throughout, Latin letters and digits included, rather than in a
    // Latin font that borrows every Chinese character from a fallback font: one font per size instead of two,
    // the look of other Chinese software, and no fallback search while the first window is laid out. Unhinted:
    // Noto Sans CJK carries no hinting of its own, FreeType's auto-hinter bends Chinese strokes at counter
    // sizes, and unhinted glyphs are measured without running a hinter on each one. Both were most of the
    // time spent laying out the sign-in window (issue #7).
    QFont font = *m_defaultFont;
    const QStringList families = uiFontFamilies(language);
    if (!families.isEmpty()) {
        font.setFamilies(families);
        font.setHintingPreference(QFont::PreferNoHinting);
    }
    QGuiApplication::setFont(font);
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
    applyFont(language);
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
