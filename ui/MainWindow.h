#pragma once

#include <QMainWindow>

class QLabel;

namespace carddesk::ui {

// The clerk's main window. For now the shell: title, the training-mode marker and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bool trainingMode, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_trainingMode;
    QLabel* m_title = nullptr;
    QLabel* m_modeLabel = nullptr;
};

} // namespace carddesk::ui
