#include "widgets/template_picker.h"

#include "ui_template_picker.h"

#include "core/template_json.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>

namespace Deskline::Widgets {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(native, code);
}

} // namespace

TemplatePicker::TemplatePicker(const QList<Storage::TemplateRow> &templates, const PricingContext &chat, EpochSeconds now,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TemplatePicker>()), m_chat(chat), m_now(now)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("templatePicker"));
    for (const Storage::TemplateRow &row : templates) {
        QJsonObject definition = row.definition;
        if (definition.isEmpty())
            definition = QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("language"), row.language}};
        MessageTemplate t = templateFromJson(definition);
        // The cache's columns are the latest word on status and quality.
        t.id = row.id;
        t.name = row.name;
        t.language = row.language;
        t.category = templateCategoryFromWire(row.category);
        t.status = TemplateStatusInfo::fromWire(row.status, row.reason);
        if (!row.quality.isEmpty())
            t.quality = Quality::fromWire(row.quality);
        m_templates.append(t);
    }
    std::stable_sort(m_templates.begin(), m_templates.end(), [](const MessageTemplate &a, const MessageTemplate &b) {
        if (a.status.canSend() != b.status.canSend())
            return a.status.canSend();
        return a.name < b.name;
    });

    m_ui->templateLanguage->addItem(tr("All languages"), QString());
    QStringList languages;
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (!languages.contains(t.language))
            languages.append(t.language);
    }
    languages.sort();
    for (const QString &l : std::as_const(languages))
        m_ui->templateLanguage->addItem(languageName(l), l);

    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Send template"));
    connect(m_ui->templateSearch, &QLineEdit::textChanged, this, &TemplatePicker::populate);
    connect(m_ui->templateLanguage, &QComboBox::currentIndexChanged, this, &TemplatePicker::populate);
    connect(m_ui->templateList, &QListWidget::currentItemChanged, this, &TemplatePicker::showTemplate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    populate();
}

TemplatePicker::~TemplatePicker() = default;

void TemplatePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Send template"));
        populate();
    }
    QDialog::changeEvent(event);
}

const MessageTemplate *TemplatePicker::current() const
{
    return m_current >= 0 && m_current < m_templates.size() ? &m_templates.at(m_current) : nullptr;
}

void TemplatePicker::populate()
{
    const QString search = m_ui->templateSearch->text().trimmed();
    const QString language = m_ui->templateLanguage->currentData().toString();
    const int keep = m_current;
    m_ui->templateList->blockSignals(true);
    m_ui->templateList->clear();
    QListWidgetItem *select = nullptr;
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const MessageTemplate &t = m_templates.at(i);
        if (!language.isEmpty() && t.language != language)
            continue;
        if (!search.isEmpty() && !t.name.contains(search, Qt::CaseInsensitive) && !t.bodyText.contains(search, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(m_ui->templateList);
        item->setData(kIndexRole, int(i));
        const QString title = QStringLiteral("%1 · %2 · %3").arg(t.name, t.language, displayName(t.category));
        if (t.status.canSend()) {
            item->setText(title);
            item->setToolTip(t.bodyText);
        } else {
            // Listed so the agent knows it exists and why it cannot be used, but not selectable.
            item->setText(title + u'\n' + t.status.displayName() + QStringLiteral(" — ") + t.status.explanation());
            item->setToolTip(t.status.explanation());
            item->setFlags(Qt::NoItemFlags);
        }
        if (int(i) == keep)
            select = item;
    }
    m_ui->templateList->blockSignals(false);
    if (select) {
        m_ui->templateList->setCurrentItem(select);
    } else {
        for (int r = 0; r < m_ui->templateList->count(); ++r) {
            if (m_ui->templateList->item(r)->flags() & Qt::ItemIsSelectable) {
                m_ui->templateList->setCurrentRow(r);
                break;
            }
        }
    }
    if (!m_ui->templateList->currentItem()) {
        m_current = -1;
        showTemplate();
    }
}

bool TemplatePicker::selectTemplate(const QString &name, const QString &language)
{
    for (int r = 0; r < m_ui->templateList->count(); ++r) {
        QListWidgetItem *item = m_ui->templateList->item(r);
        const MessageTemplate &t = m_templates.at(item->data(kIndexRole).toInt());
        if (t.name == name && t.language == language && (item->flags() & Qt::ItemIsSelectable)) {
            m_ui->templateList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool TemplatePicker::setField(const QString &field, const QString &value)
{
    QLineEdit *edit = m_fields.value(field);
    if (!edit)
        return false;
    edit->setText(value);
    return true;
}

void TemplatePicker::showTemplate()
{
    QListWidgetItem *item = m_ui->templateList->currentItem();
    const int chosen = item ? item->data(kIndexRole).toInt() : -1;
    if (chosen == m_current && !m_fields.isEmpty())
        return;
    m_current = chosen;
    while (m_ui->variablesForm->rowCount() > 0)
        m_ui->variablesForm->removeRow(0);
    m_fields.clear();
    const MessageTemplate *t = current();
    if (t) {
        auto addField = [this](const QString &key, const QString &label, const QString &placeholder) {
            auto *edit = new QLineEdit(m_ui->variablesBox);
            edit->setObjectName(key);
            edit->setPlaceholderText(placeholder);
            m_ui->variablesForm->addRow(label, edit);
            m_fields.insert(key, edit);
            connect(edit, &QLineEdit::textChanged, this, &TemplatePicker::update);
        };
        for (const QString &p : t->headerParameters())
            addField(QStringLiteral("header:") + p, tr("Header {{%1}}").arg(p), QString());
        switch (t->headerFormat) {
        case HeaderFormat::Image:
        case HeaderFormat::Video:
        case HeaderFormat::Document:
            addField(QStringLiteral("header:media"), tr("Header media"), tr("https://… link or uploaded media id"));
            break;
        default:
            break;
        }
        for (const QString &p : t->bodyParameters())
            addField(QStringLiteral("body:") + p, tr("Body {{%1}}").arg(p), QString());
        for (qsizetype i = 0; i < t->buttons.size(); ++i) {
            const TemplateButton &b = t->buttons.at(i);
            if (b.hasUrlVariable())
                addField(QStringLiteral("button:%1").arg(i), tr("Button “%1” link ending").arg(b.text), b.url);
            else if (b.type == ButtonType::CopyCode)
                addField(QStringLiteral("button:%1").arg(i), tr("Button “%1” code").arg(b.text), QString());
        }
        if (m_fields.isEmpty())
            m_ui->variablesForm->addRow(new QLabel(tr("This template has nothing to fill in."), m_ui->variablesBox));
    }
    update();
}

TemplateArguments TemplatePicker::arguments() const
{
    TemplateArguments args;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = it.value()->text();
        const QString key = it.key();
        if (key == u"header:media") {
            if (value.startsWith(u"http://") || value.startsWith(u"https://"))
                args.headerMedia.link = QUrl(value);
            else
                args.headerMedia.id = value;
        } else if (key.startsWith(u"header:")) {
            args.header.insert(key.mid(7), value);
        } else if (key.startsWith(u"body:")) {
            args.body.insert(key.mid(5), value);
        } else if (key.startsWith(u"button:")) {
            if (!value.isEmpty())
                args.buttons.insert(key.mid(7).toInt(), value);
        }
    }
    return args;
}

void TemplatePicker::update()
{
    const MessageTemplate *t = current();
    QPushButton *send = m_ui->buttons->button(QDialogButtonBox::Ok);
    if (!t) {
        m_ui->templateStatus->setText(tr("No approved template matches. Templates are approved by Meta; ask a supervisor to submit one."));
        m_ui->preview->clear();
        m_ui->charge->clear();
        m_ui->issues->clear();
        send->setEnabled(false);
        return;
    }
    m_ui->templateStatus->setText(tr("%1 — %2, %3").arg(t->name, displayName(t->category), t->status.displayName()));
    const TemplateArguments args = arguments();
    const TemplatePreview p = TemplateComposer::preview(*t, args);
    QString html;
    if (!p.header.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(p.header.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(p.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (!p.footer.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(p.footer.toHtmlEscaped());
    for (const TemplatePreview::Button &b : p.buttons)
        html += QStringLiteral("<p>[ %1 ]%2</p>").arg(b.text.toHtmlEscaped(),
                                                      b.target.isEmpty() ? QString() : QStringLiteral(" → ") + b.target.toHtmlEscaped());
    m_ui->preview->setHtml(html);

    const PricingPrediction prediction = PricingRules::meta().predict(m_now, t->category, m_chat);
    const QString headline = prediction.charged
        ? tr("Billable: %1").arg(displayName(prediction.rate))
        : tr("Free");
    m_ui->charge->setText(QStringLiteral("<b>%1</b> — %2").arg(headline.toHtmlEscaped(), prediction.explanation().toHtmlEscaped()));

    QStringList problems;
    for (const TemplateIssue &issue : TemplateComposer::validate(*t, args))
        problems.append(issue.message(*t));
    m_ui->issues->setText(problems.join(u'\n'));
    send->setEnabled(problems.isEmpty());
}

QStringList TemplatePicker::issueTexts() const
{
    return m_ui->issues->text().isEmpty() ? QStringList() : m_ui->issues->text().split(u'\n');
}

bool TemplatePicker::canSend() const
{
    const MessageTemplate *t = current();
    return t && TemplateComposer::validate(*t, arguments()).isEmpty();
}

QString TemplatePicker::previewText() const
{
    return m_ui->preview->toPlainText();
}

QString TemplatePicker::chargeText() const
{
    return m_ui->charge->text();
}

QJsonObject TemplatePicker::sendBody() const
{
    const MessageTemplate *t = current();
    if (!t)
        return {};
    QJsonObject tmpl{{QStringLiteral("name"), t->name},
                     {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), t->language}}}};
    const QJsonArray components = TemplateComposer::buildComponents(*t, arguments());
    if (!components.isEmpty())
        tmpl.insert(QStringLiteral("components"), components);
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("template")}, {QStringLiteral("template"), tmpl}};
}

} // namespace Deskline::Widgets
