// The compiled translations (.qm) are embedded as resources under :/i18n by qt_add_translations.
// This file gives the library a translation unit of its own.
namespace carddesk {
int translationsLibraryAnchor = 0;
}
