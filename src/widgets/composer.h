#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Deskline::Widgets {

// Where the agent writes. Free text with a 4,096-character counter, attachments, reply-to and
// Ctrl+Enter to send. While the chat's customer service window is closed the text box is locked
// with a plain explanation, the draft is kept, and templates are the only way to send.
class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    // The chat being answered; drafts are kept per chat.
    void setChat(const QString &chatKey);
    // Called on every tick and on every change of the chat: locks or unlocks the text box.
    void setWindowOpen(bool open, const QString &explanation);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] QString draft() const;
    void setDraft(const QString &text);
    void setReplyTo(const QString &messageKey, const QString &quote);
    [[nodiscard]] QString replyTo() const { return m_replyTo; }
    void clearAfterSend();
    void focusText();
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }
    [[nodiscard]] QString lockText() const;

signals:
    void sendRequested(const QString &text, const QString &replyTo);
    void attachRequested(const QString &filePath, const QString &caption);
    void templateRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounter();
    void trySend();
    void chooseAttachment();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_reply = nullptr;
    QToolButton *m_cancelReply = nullptr;
    QToolButton *m_attach = nullptr;
    QPushButton *m_template = nullptr;
    QPushButton *m_send = nullptr;
    QString m_chat;
    QString m_replyTo;
    QString m_lockExplanation;
    bool m_locked = false;
    QHash<QString, QString> m_drafts;
};

} // namespace Deskline::Widgets
