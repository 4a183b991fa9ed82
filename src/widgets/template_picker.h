#pragma once

#include "core/message_template.h"
#include "core/pricing.h"

#include "storage/cache_store.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QLineEdit;

namespace Ui {
class TemplatePicker;
}

namespace Deskline::Widgets {

// The only way to write to a customer whose window is closed: the line's approved templates
// (the others listed with their status and reason, not selectable), search, language, a form
// for the variables with validation, header media and button values, a live preview and the
// predicted charge from core's pricing rules.
class TemplatePicker : public QDialog
{
    Q_OBJECT

public:
    TemplatePicker(const QList<Storage::TemplateRow> &templates, const PricingContext &chat, EpochSeconds now,
                   QWidget *parent = nullptr);
    ~TemplatePicker() override;

    // {"type":"template","template":{"name","language":{"code"},"components":[…]}} for the outbox.
    [[nodiscard]] QJsonObject sendBody() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QString chargeText() const;
    [[nodiscard]] QStringList issueTexts() const;
    [[nodiscard]] bool canSend() const;

    // For tests and keyboard users: selects a template by name and language.
    bool selectTemplate(const QString &name, const QString &language);
    // Fills a field: "body:1", "header:1", "header:media", "button:0".
    bool setField(const QString &field, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void showTemplate();
    void update();
    [[nodiscard]] TemplateArguments arguments() const;
    [[nodiscard]] const MessageTemplate *current() const;

    std::unique_ptr<Ui::TemplatePicker> m_ui;
    QList<MessageTemplate> m_templates;
    PricingContext m_chat;
    EpochSeconds m_now;
    int m_current = -1;
    QHash<QString, QLineEdit *> m_fields;
};

} // namespace Deskline::Widgets
