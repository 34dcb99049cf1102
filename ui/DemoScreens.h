#pragma once
// Opens a given screen with demo data in training mode, for screenshots and demonstrations
// (carddesk --training --screen NAME). Signs in with a demo account and drives the guided steps with demo
// input until the screen is reached.

#include <QStringList>

class QWidget;

namespace carddesk::ui {

class CounterSession;
class MainWindow;

class DemoScreens
{
public:
    static QStringList names();
    // How long the screen needs (card reads, automatic photo, ...) before it shows what it is meant to show.
    static int settleMs(const QString& name);
    // Returns the widget to grab (the main window, or the customer PIN window), null with *error set.
    static QWidget* open(const QString& name, MainWindow& window, CounterSession& session, QString* error);
};

} // namespace carddesk::ui
