#include "widgets/settings_dialog.h"

#include "ui_settings_dialog.h"

#include "widgets/language.h"

namespace Deskline::Widgets {

SettingsDialog::SettingsDialog(const ConsoleSettings &settings, Language &language, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings), m_language(language), m_initialLanguage(language.language())
{
    m_ui->setupUi(this);
    for (const QString &code : Language::codes())
        m_ui->language->addItem(Language::nativeName(code), code);
    m_ui->language->setCurrentIndex(std::max(0, int(Language::codes().indexOf(language.language()))));
    m_ui->closingSoon->setValue(settings.closingSoonMinutes);
    m_ui->notifyClose->setValue(settings.notifyCloseMinutes);
    m_ui->notifyMessages->setChecked(settings.notifyMessages);
    m_ui->hubUrl->setText(settings.hubUrl);
    m_ui->agent->setText(settings.agent);
    m_ui->closingSoon->setSuffix(tr(" min"));
    m_ui->notifyClose->setSuffix(tr(" min"));
    // The language applies while the dialog is open, so the agent sees the choice at once.
    connect(m_ui->language, &QComboBox::currentIndexChanged, this,
            [this] { m_language.setLanguage(m_ui->language->currentData().toString()); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        m_language.setLanguage(m_initialLanguage);
        reject();
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->closingSoon->setSuffix(tr(" min"));
        m_ui->notifyClose->setSuffix(tr(" min"));
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::setHubEditable(bool editable)
{
    m_ui->hubUrl->setReadOnly(!editable);
    m_ui->agent->setReadOnly(!editable);
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s = m_settings;
    s.language = m_ui->language->currentData().toString();
    s.closingSoonMinutes = m_ui->closingSoon->value();
    s.notifyCloseMinutes = m_ui->notifyClose->value();
    s.notifyMessages = m_ui->notifyMessages->isChecked();
    s.hubUrl = m_ui->hubUrl->text().trimmed();
    s.agent = m_ui->agent->text().trimmed();
    return s;
}

} // namespace Deskline::Widgets
