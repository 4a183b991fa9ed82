#pragma once

#include "widgets/settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Deskline::Widgets {

class Language;

// Language (applied at once, without a restart), window and notification thresholds, hub.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const ConsoleSettings &settings, Language &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] ConsoleSettings settings() const;
    void setHubEditable(bool editable);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConsoleSettings m_settings;
    Language &m_language;
    QString m_initialLanguage;
};

} // namespace Deskline::Widgets
