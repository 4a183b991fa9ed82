#pragma once

#include "widgets/settings.h"

#include "core/clock.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QLineEdit;
class QListView;
class QPushButton;
class QTabBar;

namespace Deskline::Storage {
class CacheStore;
struct CacheChanges;
}
namespace Deskline::Sync {
class SyncEngine;
class MediaCache;
enum class SyncState;
}

namespace Deskline::Widgets {

class BalancePanel;
class ChatListModel;
class Composer;
class Language;
class MessageModel;
class Notifier;
class TemplatePicker;

// What the console's window works with: the local cache (read), the sync engine (send, claim),
// the media cache, the clock everything is timed by, and who is signed in.
struct ConsoleContext
{
    Storage::CacheStore *cache = nullptr;
    Sync::SyncEngine *engine = nullptr;
    Sync::MediaCache *media = nullptr; // may be null: media then cannot be opened
    const Clock *clock = nullptr;
    Language *language = nullptr;
    QString agent;
    QString role = QStringLiteral("agent"); // agent, supervisor, admin
    QString hubDescription;                  // shown in the title: "demo", a hub address
    ConsoleSettings settings;
};

// The agent's inbox: the chat list with live countdowns, the open chat, the composer locked to
// templates when the window is closed, assignment, connection, quality and balance.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The one-second tick: countdowns of the visible rows, the composer's lock, notifications.
    // Public so tests on a manual clock can drive it.
    void tick();
    bool openChat(const QString &chatKey);
    [[nodiscard]] QString currentChat() const { return m_chat; }
    void nextChat(int step);
    // Opens the template picker for the current chat (non-blocking); returns it.
    TemplatePicker *openTemplatePicker();
    void setFilter(int filter); // Storage::ChatQuery::Filter
    void setSearch(const QString &text);

    [[nodiscard]] ChatListModel *chatModel() const { return m_chats; }
    [[nodiscard]] MessageModel *messageModel() const { return m_messages; }
    [[nodiscard]] Composer *composer() const { return m_composer; }
    [[nodiscard]] QListView *chatList() const { return m_chatList; }
    [[nodiscard]] QListView *messageList() const { return m_messageList; }
    [[nodiscard]] Notifier *notifier() const { return m_notifier; }
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString qualityText() const;
    [[nodiscard]] QString windowText() const;
    [[nodiscard]] ConsoleSettings settings() const { return m_ctx.settings; }
    void applySettings(const ConsoleSettings &settings);

signals:
    void firstPainted();
    void settingsChanged(const Deskline::Widgets::ConsoleSettings &settings);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void onChanged(const Storage::CacheChanges &changes);
    void onState(Sync::SyncState state);
    void updateQuery();
    void updateHeader();
    void updateStatus();
    void sendText(const QString &text, const QString &replyTo);
    void sendAttachment(const QString &path, const QString &caption);
    void messageActivated(const QModelIndex &index);
    void messageMenu(const QPoint &pos);
    void claim();
    void release();
    void assign();
    void showSettings();
    void runSearch();
    [[nodiscard]] QPair<int, int> visibleChatRows() const;
    [[nodiscard]] QString currentLine() const;

    ConsoleContext m_ctx;
    ChatListModel *m_chats = nullptr;
    MessageModel *m_messages = nullptr;
    Notifier *m_notifier = nullptr;
    QString m_chat;
    QTimer m_ticker;
    QTimer m_searchDelay;
    bool m_painted = false;
    Sync::SyncState m_state;

    QLineEdit *m_search = nullptr;
    QTabBar *m_filters = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_line = nullptr;
    QListView *m_chatList = nullptr;
    QWidget *m_chatPane = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_assignee = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_assign = nullptr;
    QListView *m_messageList = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_quality = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_balance = nullptr;
    QDockWidget *m_balanceDock = nullptr;
    BalancePanel *m_balancePanel = nullptr;
    QPointer<TemplatePicker> m_picker;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QMenu *> m_menus;
};

} // namespace Deskline::Widgets
