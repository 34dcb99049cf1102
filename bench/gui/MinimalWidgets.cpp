// The baseline of the start-up benchmark: the smallest Qt Widgets program that shows a window and quits.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("minimal"));
    label.resize(1100, 740);
    label.show();
    QTimer::singleShot(0, &app, [] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
