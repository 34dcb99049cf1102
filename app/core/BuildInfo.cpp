#include "app/core/BuildInfo.h"

#include "carddesk/Version.h"

#include <QtGlobal>
#include <openssl/crypto.h>
#include <opencv2/core/version.hpp>
#include <PCSC/pcsclite.h>

namespace carddesk {

QString BuildInfo::version()
{
    return QStringLiteral(CARDDESK_VERSION);
}

QStringList BuildInfo::componentVersions()
{
    return {
        QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("OpenSSL %1").arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))),
        QStringLiteral("OpenCV %1").arg(QStringLiteral(CV_VERSION)),
        QStringLiteral("pcsc-lite %1").arg(QStringLiteral(PCSCLITE_VERSION_NUMBER)),
    };
}

QString BuildInfo::versionText(const QString& programName)
{
    return programName + QLatin1Char(' ') + version() + QLatin1Char('\n') + componentVersions().join(QLatin1Char('\n'));
}

} // namespace carddesk
