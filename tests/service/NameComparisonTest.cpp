#include "app/identity/NameComparison.h"

#include <QTest>

using carddesk::NameComparison;
using carddesk::NameMatch;

Q_DECLARE_METATYPE(carddesk::NameMatch)

class NameComparisonTest : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("card");
        QTest::addColumn<NameMatch>("expected");
        QTest::addColumn<int>("wildcards");
        QTest::newRow("identical") << QStringLiteral("张三") << QStringLiteral("张三") << NameMatch::Equal
                                   << 0;
        QTest::newRow("card padding")
            << QStringLiteral("张三") << QStringLiteral("张三  ") << NameMatch::Equal << 0;
        QTest::newRow("ideographic space")
            << QStringLiteral("张　三") << QStringLiteral("张三") << NameMatch::Equal << 0;
        QTest::newRow("NUL padding") << QStringLiteral("李四")
                                     << (QStringLiteral("李四") + QChar(0) + QChar(0)) << NameMatch::Equal
                                     << 0;
        QTest::newRow("middle dot U+00B7 vs U+30FB")
            << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿依古丽・买买提") << NameMatch::Equal
            << 0;
        QTest::newRow("middle dot vs bullet")
            << QStringLiteral("爱新觉罗·溥仪") << QStringLiteral("爱新觉罗•溥仪") << NameMatch::Equal << 0;
        QTest::newRow("middle dot vs full-width full stop")
            << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿依古丽．买买提") << NameMatch::Equal
            << 0;
        QTest::newRow("hyphenation point")
            << QStringLiteral("热依拉‧艾力") << QStringLiteral("热依拉·艾力") << NameMatch::Equal << 0;
        QTest::newRow("full-width latin") << QStringLiteral("ＪＯＨＮ　ＳＭＩＴＨ")
                                          << QStringLiteral("John Smith") << NameMatch::Equal << 0;
        QTest::newRow("rare char as ?")
            << QStringLiteral("王𠮷") << QStringLiteral("王?") << NameMatch::Equal << 1;
        QTest::newRow("rare char as U+FFFD")
            << QStringLiteral("陈䶮") << QStringLiteral("陈\uFFFD") << NameMatch::Equal << 1;
        QTest::newRow("rare char as PUA")
            << QStringLiteral("李䂮华") << QStringLiteral("李\uE4C6华") << NameMatch::Equal << 1;
        QTest::newRow("rare char as geta")
            << QStringLiteral("刘喆") << QStringLiteral("刘〓") << NameMatch::Equal << 1;
        QTest::newRow("placeholder in document")
            << QStringLiteral("王□") << QStringLiteral("王𠮷") << NameMatch::Equal << 1;
        QTest::newRow("different person")
            << QStringLiteral("张三") << QStringLiteral("张山") << NameMatch::Mismatch << 0;
        QTest::newRow("extra character")
            << QStringLiteral("张三丰") << QStringLiteral("张三") << NameMatch::Mismatch << 0;
        QTest::newRow("only placeholders")
            << QStringLiteral("王五") << QStringLiteral("??") << NameMatch::Mismatch << 2;
        QTest::newRow("empty card name") << QStringLiteral("王五") << QString() << NameMatch::Mismatch << 0;
        QTest::newRow("placeholder but other char differs")
            << QStringLiteral("王𠮷") << QStringLiteral("汪?") << NameMatch::Mismatch << 0;
    }
    void compare()
    {
        QFETCH(QString, document);
        QFETCH(QString, card);
        QFETCH(NameMatch, expected);
        QFETCH(int, wildcards);
        int used = -1;
        QCOMPARE(NameComparison::compare(document, card, &used), expected);
        QCOMPARE(used, wildcards);
        // Symmetric.
        QCOMPARE(NameComparison::compare(card, document), expected);
    }

    void normalisedForm()
    {
        QCOMPARE(NameComparison::normalise(QStringLiteral(" 阿依古丽・买买提 ")),
                 QStringLiteral("阿依古丽·买买提"));
        QCOMPARE(NameComparison::normalise(QStringLiteral("ｊｏｈｎ")), QStringLiteral("JOHN"));
    }
};

QTEST_APPLESS_MAIN(NameComparisonTest)
#include "NameComparisonTest.moc"
