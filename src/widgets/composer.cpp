#include "widgets/composer.h"

#include "core/message_template.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Deskline::Widgets {

Composer::Composer(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);

    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("composerLock"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #5d4037; border: 1px solid #ffcc80;"
                                         " border-radius: 4px; padding: 6px; }"));
    m_lock->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_lock->hide();
    layout->addWidget(m_lock);

    auto *replyRow = new QHBoxLayout;
    m_reply = new QLabel(this);
    m_reply->setObjectName(QStringLiteral("composerReply"));
    m_cancelReply = new QToolButton(this);
    m_cancelReply->setText(QStringLiteral("✕"));
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_cancelReply);
    layout->addLayout(replyRow);
    m_reply->hide();
    m_cancelReply->hide();
    connect(m_cancelReply, &QToolButton::clicked, this, [this] { setReplyTo({}, {}); });

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("composerText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);

    auto *buttons = new QHBoxLayout;
    m_attach = new QToolButton(this);
    m_attach->setObjectName(QStringLiteral("composerAttach"));
    m_attach->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("composerTemplate"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(true);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_template);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &Composer::updateCounter);
    connect(m_send, &QPushButton::clicked, this, &Composer::trySend);
    connect(m_template, &QPushButton::clicked, this, &Composer::templateRequested);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseAttachment);
    retranslate();
    updateCounter();
    setEnabled(false);
}

void Composer::retranslate()
{
    m_text->setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
    m_template->setText(tr("Template…"));
    m_template->setToolTip(tr("Send an approved template (Ctrl+T)"));
    m_send->setText(tr("Send"));
    m_attach->setToolTip(tr("Attach a photo, video or document"));
    m_cancelReply->setToolTip(tr("Do not reply to this message"));
    updateCounter();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::setChat(const QString &chatKey)
{
    if (!m_chat.isEmpty())
        m_drafts.insert(m_chat, m_text->toPlainText());
    m_chat = chatKey;
    setEnabled(!chatKey.isEmpty());
    m_text->setPlainText(m_drafts.value(chatKey));
    setReplyTo({}, {});
}

QString Composer::lockText() const
{
    return m_lock->isVisible() ? m_lock->text() : QString();
}

void Composer::setWindowOpen(bool open, const QString &explanation)
{
    const bool locked = !open;
    if (locked == m_locked && explanation == m_lockExplanation)
        return;
    m_locked = locked;
    m_lockExplanation = explanation;
    // Read-only, not disabled: the draft stays selectable and copyable.
    m_text->setReadOnly(locked);
    m_attach->setEnabled(!locked);
    m_lock->setVisible(locked && !m_chat.isEmpty());
    if (locked) {
        m_lock->setText(explanation + u' '
                        + tr("Your draft is kept. To write now, send an approved template (Ctrl+T)."));
    }
    m_template->setDefault(locked);
    updateCounter();
}

QString Composer::draft() const
{
    return m_text->toPlainText();
}

void Composer::setDraft(const QString &text)
{
    m_text->setPlainText(text);
}

void Composer::setReplyTo(const QString &messageKey, const QString &quote)
{
    m_replyTo = messageKey;
    m_reply->setText(tr("Replying to: %1").arg(QFontMetrics(m_reply->font()).elidedText(quote, Qt::ElideRight, 400)));
    m_reply->setVisible(!messageKey.isEmpty());
    m_cancelReply->setVisible(!messageKey.isEmpty());
}

void Composer::clearAfterSend()
{
    m_text->clear();
    m_drafts.remove(m_chat);
    setReplyTo({}, {});
}

void Composer::focusText()
{
    m_text->setFocus();
}

void Composer::updateCounter()
{
    const qsizetype n = characterCount(m_text->toPlainText());
    const qsizetype max = TemplateLimits::kFreeFormText;
    m_counter->setText(tr("%1 / %2").arg(QLocale().toString(qlonglong(n)), QLocale().toString(qlonglong(max))));
    m_counter->setStyleSheet(n > max ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_send->setEnabled(!m_locked && n > 0 && n <= max && !m_text->toPlainText().trimmed().isEmpty());
}

void Composer::trySend()
{
    if (m_locked || !m_send->isEnabled())
        return;
    emit sendRequested(m_text->toPlainText(), m_replyTo);
}

void Composer::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"), QString(),
                                                      tr("Photos, videos and documents (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        emit attachRequested(path, m_text->toPlainText());
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            trySend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Deskline::Widgets
