#include "widgets/main_window.h"

#include "widgets/balance.h"
#include "widgets/balance_panel.h"
#include "widgets/chat_list_delegate.h"
#include "widgets/chat_list_model.h"
#include "widgets/composer.h"
#include "widgets/language.h"
#include "widgets/message_delegate.h"
#include "widgets/message_model.h"
#include "widgets/message_text.h"
#include "widgets/notifier.h"
#include "widgets/settings_dialog.h"
#include "widgets/status_text.h"
#include "widgets/style.h"
#include "widgets/template_picker.h"

#include "storage/cache_store.h"
#include "sync/media_cache.h"
#include "sync/sync_engine.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Deskline::Widgets {

namespace {

const QColor kOnline(0x2e, 0x7d, 0x32);

QString badgeStyle(const QColor &c)
{
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 7px; padding: 1px 8px; font-weight: bold; }")
        .arg(c.name());
}

} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent), m_ctx(std::move(context)), m_state(m_ctx.engine ? m_ctx.engine->state() : Sync::SyncState::Offline)
{
    setObjectName(QStringLiteral("deskline"));
    m_chats = new ChatListModel(*m_ctx.cache, *m_ctx.clock, this);
    m_messages = new MessageModel(*m_ctx.cache, this);
    m_notifier = new Notifier(*m_ctx.cache, *m_ctx.clock, m_ctx.agent, this);
    connect(m_notifier, &Notifier::activated, this, [this](const QString &chat) {
        openChat(chat);
        showNormal();
        raise();
        activateWindow();
    });
    buildUi();
    buildMenus();
    applySettings(m_ctx.settings);
    retranslate();

    if (m_ctx.engine) {
        connect(m_ctx.engine, &Sync::SyncEngine::changed, this, &MainWindow::onChanged);
        connect(m_ctx.engine, &Sync::SyncEngine::stateChanged, this, &MainWindow::onState);
        connect(m_ctx.engine, &Sync::SyncEngine::sendRefused, this, [this](const QString &, const QString &message, bool retryable) {
            const QString text = retryable ? tr("Not sent: %1 You can retry it.").arg(message) : tr("Not sent: %1").arg(message);
            statusBar()->showMessage(text, 15000);
            m_messages->refresh();
            m_chats->refresh();
            updateStatus();
        });
    }
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker.start();
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    updateQuery();
    updateStatus();
    updateHeader();
    if (m_chats->rowCount() > 0)
        m_chatList->setCurrentIndex(m_chats->index(0));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    resize(1280, 800);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    // Left: search, filters, sort, line, the list.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->setSpacing(4);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("chatSearch"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_filters = new QTabBar(left);
    m_filters->setObjectName(QStringLiteral("chatFilters"));
    m_filters->setExpanding(false);
    // Four short words, always whole: the list is as wide as they need.
    m_filters->setUsesScrollButtons(false);
    m_filters->setElideMode(Qt::ElideNone);
    m_filters->setDrawBase(false);
    for (int i = 0; i < 4; ++i)
        m_filters->addTab(QString());
    m_filters->setCurrentIndex(2); // All: a new agent sees the whole inbox first
    leftLayout->addWidget(m_filters);
    auto *sortRow = new QHBoxLayout;
    m_sort = new QComboBox(left);
    m_sort->setObjectName(QStringLiteral("chatSort"));
    m_sort->addItem(QString());
    m_sort->addItem(QString());
    m_line = new QComboBox(left);
    m_line->setObjectName(QStringLiteral("chatLine"));
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_line, 1);
    leftLayout->addLayout(sortRow);
    m_chatList = new QListView(left);
    m_chatList->setObjectName(QStringLiteral("chatList"));
    m_chatList->setModel(m_chats);
    m_chatList->setItemDelegate(new ChatListDelegate(m_chatList));
    m_chatList->setUniformItemSizes(true);
    m_chatList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chatList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chatList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    leftLayout->addWidget(m_chatList, 1);


    // Right: the open chat.
    m_chatPane = new QWidget(splitter);
    auto *right = new QVBoxLayout(m_chatPane);
    right->setContentsMargins(0, 6, 6, 0);
    right->setSpacing(2);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(m_chatPane);
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(m_chatPane);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    m_window = new QLabel(m_chatPane);
    m_window->setObjectName(QStringLiteral("chatWindow"));
    m_window->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_window);
    header->addLayout(titles, 1);
    auto *assignment = new QVBoxLayout;
    m_assignee = new QLabel(m_chatPane);
    m_assignee->setObjectName(QStringLiteral("chatAssignee"));
    m_assignee->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *buttons = new QHBoxLayout;
    m_claim = new QPushButton(m_chatPane);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_release = new QPushButton(m_chatPane);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_assign = new QPushButton(m_chatPane);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_claim);
    buttons->addWidget(m_release);
    buttons->addWidget(m_assign);
    assignment->addWidget(m_assignee);
    assignment->addLayout(buttons);
    header->addLayout(assignment);
    right->addLayout(header);

    m_messageList = new QListView(m_chatPane);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setModel(m_messages);
    m_messageList->setItemDelegate(new MessageDelegate(m_messageList));
    m_messageList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageList->setResizeMode(QListView::Adjust);
    m_messageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_messageList->setFrameShape(QFrame::NoFrame);
    m_messageList->setStyleSheet(QStringLiteral("QListView#messageList { background: palette(window); }"));
    right->addWidget(m_messageList, 1);
    m_empty = new QLabel(m_chatPane);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    right->addWidget(m_empty);
    m_composer = new Composer(m_chatPane);
    right->addWidget(m_composer);

    splitter->addWidget(left);
    splitter->addWidget(m_chatPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({390, 790});
    setCentralWidget(splitter);

    // Status bar: connection, quality, tier, balance.
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_quality = new QLabel(this);
    m_quality->setObjectName(QStringLiteral("qualityBadge"));
    m_tier = new QLabel(this);
    m_tier->setObjectName(QStringLiteral("limitTier"));
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balance"));
    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_quality);
    statusBar()->addPermanentWidget(m_tier);
    statusBar()->addPermanentWidget(m_balance);

    m_balancePanel = new BalancePanel(this);
    m_balanceDock = new QDockWidget(this);
    m_balanceDock->setObjectName(QStringLiteral("balanceDock"));
    m_balanceDock->setWidget(m_balancePanel);
    m_balancePanel->setMinimumWidth(330);
    addDockWidget(Qt::RightDockWidgetArea, m_balanceDock);
    m_balanceDock->setVisible(m_ctx.role != u"agent");

    connect(m_chatList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        openChat(current.data(ChatListModel::ChatKeyRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_filters, &QTabBar::currentChanged, this, &MainWindow::updateQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MainWindow::updateQuery);
    connect(m_line, &QComboBox::currentIndexChanged, this, &MainWindow::updateQuery);
    connect(m_messageList, &QListView::doubleClicked, this, &MainWindow::messageActivated);
    connect(m_messageList, &QListView::customContextMenuRequested, this, &MainWindow::messageMenu);
    connect(m_messageList->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_messages->rowCount() > 0) {
            if (m_messages->loadOlder())
                m_messageList->scrollTo(m_messages->index(m_messages->rowCount() > 0 ? 1 : 0), QAbstractItemView::PositionAtTop);
        }
    });
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::sendText);
    connect(m_composer, &Composer::attachRequested, this, &MainWindow::sendAttachment);
    connect(m_composer, &Composer::templateRequested, this, [this] { openTemplatePicker(); });
    connect(m_claim, &QPushButton::clicked, this, &MainWindow::claim);
    connect(m_release, &QPushButton::clicked, this, &MainWindow::release);
    connect(m_assign, &QPushButton::clicked, this, &MainWindow::assign);
}

void MainWindow::buildMenus()
{
    auto action = [this](const QString &key, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(key);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(key, a);
        addAction(a);
        return a;
    };
    QMenu *file = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("file"), file);
    file->addAction(action(QStringLiteral("settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showSettings(); }));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit"), QKeySequence::Quit, [this] { close(); }));

    QMenu *chat = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("chat"), chat);
    QAction *next = action(QStringLiteral("nextChat"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { nextChat(1); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = action(QStringLiteral("previousChat"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { nextChat(-1); });
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Up)});
    chat->addAction(next);
    chat->addAction(previous);
    chat->addAction(action(QStringLiteral("search"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    }));
    chat->addSeparator();
    chat->addAction(action(QStringLiteral("template"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { openTemplatePicker(); }));
    chat->addAction(action(QStringLiteral("focusComposer"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_composer->focusText(); }));
    chat->addSeparator();
    chat->addAction(action(QStringLiteral("claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { claim(); }));
    chat->addAction(action(QStringLiteral("release"), QKeySequence(), [this] { release(); }));
    chat->addAction(action(QStringLiteral("assign"), QKeySequence(), [this] { assign(); }));

    QMenu *view = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("view"), view);
    for (int i = 0; i < 4; ++i) {
        view->addAction(action(QStringLiteral("filter%1").arg(i), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
                               [this, i] { m_filters->setCurrentIndex(i); }));
    }
    view->addSeparator();
    QAction *balance = m_balanceDock->toggleViewAction();
    balance->setObjectName(QStringLiteral("balancePanel"));
    balance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_actions.insert(QStringLiteral("balancePanel"), balance);
    view->addAction(balance);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_ctx.hubDescription.isEmpty() ? tr("Deskline — %1").arg(m_ctx.agent)
                                                  : tr("Deskline — %1 @ %2").arg(m_ctx.agent, m_ctx.hubDescription));
    m_search->setPlaceholderText(tr("Search chats and messages (Ctrl+F)"));
    m_filters->setTabText(0, tr("Mine"));
    m_filters->setTabText(1, tr("Unassigned"));
    m_filters->setTabText(2, tr("All"));
    m_filters->setTabText(3, tr("Closing soon"));
    m_filters->setMinimumWidth(m_filters->sizeHint().width());
    m_sort->setItemText(0, tr("Latest activity first"));
    m_sort->setItemText(1, tr("Least time left first"));
    {
        const QSignalBlocker block(m_line);
        const QString selected = m_line->currentData().toString();
        m_line->clear();
        m_line->addItem(tr("All lines"), QString());
        for (const Storage::LineRow &line : m_ctx.cache->lines())
            m_line->addItem(lineTitle(line), line.phoneNumberId);
        m_line->setCurrentIndex(std::max(0, m_line->findData(selected)));
    }
    m_claim->setText(tr("Claim"));
    m_claim->setToolTip(tr("Take this chat (Ctrl+Shift+C)"));
    m_release->setText(tr("Release"));
    m_assign->setText(tr("Assign…"));
    m_empty->setText(tr("No chat open. Pick one on the left."));
    m_balanceDock->setWindowTitle(tr("Lines and balance"));
    m_menus.value(QStringLiteral("file"))->setTitle(tr("&File"));
    m_menus.value(QStringLiteral("chat"))->setTitle(tr("&Chat"));
    m_menus.value(QStringLiteral("view"))->setTitle(tr("&View"));
    m_actions.value(QStringLiteral("settings"))->setText(tr("&Settings…"));
    m_actions.value(QStringLiteral("quit"))->setText(tr("&Quit"));
    m_actions.value(QStringLiteral("nextChat"))->setText(tr("&Next chat"));
    m_actions.value(QStringLiteral("previousChat"))->setText(tr("&Previous chat"));
    m_actions.value(QStringLiteral("search"))->setText(tr("&Find…"));
    m_actions.value(QStringLiteral("template"))->setText(tr("Send a &template…"));
    m_actions.value(QStringLiteral("focusComposer"))->setText(tr("&Write a reply"));
    m_actions.value(QStringLiteral("claim"))->setText(tr("&Claim"));
    m_actions.value(QStringLiteral("release"))->setText(tr("&Release"));
    m_actions.value(QStringLiteral("assign"))->setText(tr("&Assign to…"));
    m_actions.value(QStringLiteral("filter0"))->setText(tr("Mine"));
    m_actions.value(QStringLiteral("filter1"))->setText(tr("Unassigned"));
    m_actions.value(QStringLiteral("filter2"))->setText(tr("All"));
    m_actions.value(QStringLiteral("filter3"))->setText(tr("Closing soon"));
    m_actions.value(QStringLiteral("balancePanel"))->setText(tr("Lines and &balance"));
    onState(m_state);
    updateHeader();
    updateStatus();
    m_chatList->viewport()->update();
    m_messageList->doItemsLayout();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
}

void MainWindow::applySettings(const ConsoleSettings &settings)
{
    m_ctx.settings = settings;
    WindowThresholds t = m_chats->thresholds();
    t.serviceClosingSoon = qint64(settings.closingSoonMinutes) * kSecondsPerMinute;
    m_chats->setThresholds(t);
    m_notifier->setEnabled(settings.notifyMessages, settings.notifyCloseMinutes);
    if (m_filters && m_filters->currentIndex() == 3)
        updateQuery();
}

QPair<int, int> MainWindow::visibleChatRows() const
{
    const QRect r = m_chatList->viewport()->rect();
    const QModelIndex top = m_chatList->indexAt(r.topLeft() + QPoint(1, 1));
    const QModelIndex bottom = m_chatList->indexAt(QPoint(1, r.bottom() - 1));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : m_chats->rowCount() - 1;
    return {first, last};
}

void MainWindow::tick()
{
    const auto [first, last] = visibleChatRows();
    m_chats->tick(first, last);
    updateHeader();
    m_notifier->checkClosing();
}

QString MainWindow::currentLine() const
{
    if (!m_chat.isEmpty()) {
        if (const int row = m_chats->rowOf(m_chat); row >= 0)
            return m_chats->row(row)->line;
        if (const std::optional<Storage::ChatRow> c = m_ctx.cache->chat(m_chat))
            return c->line;
    }
    const QString filtered = m_line->currentData().toString();
    if (!filtered.isEmpty())
        return filtered;
    const QList<Storage::LineRow> lines = m_ctx.cache->lines();
    return lines.isEmpty() ? QString() : lines.first().phoneNumberId;
}

void MainWindow::updateQuery()
{
    Storage::ChatQuery q = m_chats->query();
    static constexpr Storage::ChatQuery::Filter kFilters[] = {Storage::ChatQuery::Filter::Mine, Storage::ChatQuery::Filter::Unassigned,
                                                              Storage::ChatQuery::Filter::All, Storage::ChatQuery::Filter::ClosingSoon};
    q.filter = kFilters[std::clamp(m_filters->currentIndex(), 0, 3)];
    q.sort = m_sort->currentIndex() == 1 ? Storage::ChatQuery::Sort::TimeLeft : Storage::ChatQuery::Sort::LastActivity;
    q.agent = m_ctx.agent;
    q.line = m_line->currentData().toString();
    m_chats->setQuery(q);
    const int row = m_chats->rowOf(m_chat);
    if (row >= 0)
        m_chatList->setCurrentIndex(m_chats->index(row));
}

void MainWindow::setFilter(int filter)
{
    m_filters->setCurrentIndex(filter);
}

void MainWindow::setSearch(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void MainWindow::runSearch()
{
    m_searchDelay.stop();
    Storage::ChatQuery q = m_chats->query();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        q.onlyChats.reset();
    } else {
        QStringList keys;
        for (const Storage::SearchHit &hit : m_ctx.cache->search(text, 300)) {
            if (!keys.contains(hit.chatKey))
                keys.append(hit.chatKey);
        }
        q.onlyChats = keys;
    }
    m_chats->setQuery(q);
    if (m_chats->rowCount() > 0 && m_chats->rowOf(m_chat) < 0)
        m_chatList->setCurrentIndex(m_chats->index(0));
    else if (m_chats->rowOf(m_chat) >= 0)
        m_chatList->setCurrentIndex(m_chats->index(m_chats->rowOf(m_chat)));
}

bool MainWindow::openChat(const QString &chatKey)
{
    if (chatKey == m_chat)
        return !chatKey.isEmpty();
    m_chat = chatKey;
    m_messages->setChat(chatKey);
    m_composer->setChat(chatKey);
    if (!chatKey.isEmpty()) {
        m_ctx.cache->markChatRead(chatKey);
        const int row = m_chats->rowOf(chatKey);
        if (row >= 0 && m_chatList->currentIndex().row() != row)
            m_chatList->setCurrentIndex(m_chats->index(row));
    }
    m_messageList->scrollToBottom();
    updateHeader();
    updateStatus();
    return !chatKey.isEmpty();
}

void MainWindow::nextChat(int step)
{
    const int rows = m_chats->rowCount();
    if (rows == 0)
        return;
    int row = m_chatList->currentIndex().isValid() ? m_chatList->currentIndex().row() + step : 0;
    if (row >= rows && m_chats->canFetchMore({}))
        m_chats->fetchMore({});
    row = std::clamp(row, 0, m_chats->rowCount() - 1);
    m_chatList->setCurrentIndex(m_chats->index(row));
}

void MainWindow::updateHeader()
{
    const bool open = !m_chat.isEmpty();
    m_messageList->setVisible(open);
    m_empty->setVisible(!open);
    m_claim->setVisible(open);
    m_release->setVisible(open);
    m_assign->setVisible(open && m_ctx.role != u"agent");
    m_actions.value(QStringLiteral("assign"))->setEnabled(open && m_ctx.role != u"agent");
    if (!open) {
        m_title->clear();
        m_subtitle->clear();
        m_window->clear();
        m_assignee->clear();
        m_composer->setWindowOpen(false, QString());
        return;
    }
    std::optional<Storage::ChatRow> chat;
    if (const int row = m_chats->rowOf(m_chat); row >= 0)
        chat = *m_chats->row(row);
    else
        chat = m_ctx.cache->chat(m_chat);
    if (!chat)
        return;
    m_title->setText(chat->contactName);
    QStringList sub;
    if (!chat->waId.isEmpty())
        sub.append(u'+' + chat->waId);
    else if (!chat->userId.isEmpty())
        sub.append(tr("no phone number shared (%1)").arg(chat->userId));
    for (const Storage::LineRow &line : m_ctx.cache->lines()) {
        if (line.phoneNumberId == chat->line)
            sub.append(tr("on %1").arg(lineTitle(line)));
    }
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    const Countdown c = countdownAt(ChatClock{chat->lastInboundAt, chat->referralAt, chat->fepOpenedAt, chat->fepForReferralAt},
                                    m_ctx.clock->now(), m_chats->thresholds());
    m_window->setText(QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span> — %3")
                          .arg(toneColor(c.tone).name(), c.text.toHtmlEscaped(), c.explanation.toHtmlEscaped()));
    const bool mine = chat->assignee == m_ctx.agent;
    m_assignee->setText(chat->assignee.isEmpty() ? tr("Unassigned")
                                                 : (mine ? tr("Assigned to you") : tr("Assigned to %1").arg(chat->assignee)));
    m_claim->setEnabled(!mine);
    m_release->setEnabled(!chat->assignee.isEmpty() && (mine || m_ctx.role != u"agent"));
    // The composer follows the window to the second: it locks at the instant the window closes.
    m_composer->setWindowOpen(c.service.isOpen(), c.explanation);
}

QString MainWindow::windowText() const
{
    return m_window->text();
}

void MainWindow::onState(Sync::SyncState state)
{
    m_state = state;
    updateStatus();
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

QString MainWindow::balanceText() const
{
    return m_balance->text();
}

QString MainWindow::qualityText() const
{
    return m_quality->text();
}

void MainWindow::updateStatus()
{
    const int waiting = m_ctx.cache->outboxWaiting();
    QString text;
    QColor color;
    switch (m_state) {
    case Sync::SyncState::Online:
        text = tr("● Online");
        color = kOnline;
        if (waiting > 0)
            text += QStringLiteral(" — ") + tr("sending %n message(s)", nullptr, waiting);
        break;
    case Sync::SyncState::Connecting:
        text = tr("Connecting…");
        color = QColor(0xe6, 0x51, 0x00);
        break;
    case Sync::SyncState::Reconnecting:
        text = tr("Reconnecting…");
        color = QColor(0xe6, 0x51, 0x00);
        break;
    case Sync::SyncState::Offline:
        text = tr("Offline");
        color = failureColor();
        break;
    }
    if (m_state != Sync::SyncState::Online && waiting > 0)
        text += QStringLiteral(" — ") + tr("%n message(s) waiting", nullptr, waiting);
    m_connection->setText(text);
    m_connection->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));

    const QString lineId = currentLine();
    const QList<Storage::LineRow> lines = m_ctx.cache->lines();
    Storage::LineRow line;
    QStringList ids;
    for (const Storage::LineRow &l : lines) {
        ids.append(l.phoneNumberId);
        if (l.phoneNumberId == lineId)
            line = l;
    }
    const EpochSeconds now = m_ctx.clock->now();
    const auto [from, to] = monthOf(now);
    const QList<LineBalance> balances = balancesAt(m_ctx.cache->billing(from, to), ids, now);
    if (line.phoneNumberId.isEmpty()) {
        m_quality->clear();
        m_tier->clear();
        m_balance->clear();
    } else {
        m_quality->setText(tr("Quality: %1").arg(Widgets::qualityText(line.qualityRating)));
        m_quality->setStyleSheet(badgeStyle(qualityColor(line.qualityRating)));
        m_quality->setToolTip(tr("Meta's quality rating of %1, from customers' feedback over the last 7 days.").arg(lineTitle(line)));
        m_tier->setText(tr("Limit: %1").arg(limitText(line.messagingLimit)));
        m_tier->setToolTip(tr("How many customers this business may start conversations with in 24 hours."));
        for (const LineBalance &b : balances) {
            if (b.line == line.phoneNumberId) {
                m_balance->setText(Widgets::balanceText(b));
                m_balance->setToolTip(tr("Free service messages left this month on %1; %n billable message(s) so far.", nullptr,
                                         b.billableTotal)
                                          .arg(lineTitle(line)));
                const bool low = b.allowance > 0 && b.remaining() * 10 < b.allowance;
                m_balance->setStyleSheet(low ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
            }
        }
    }
    m_balancePanel->setData(lines, balances);
}

void MainWindow::onChanged(const Storage::CacheChanges &changes)
{
    if (!changes.chats.isEmpty() || changes.outbox || !changes.messages.isEmpty())
        m_chats->refresh();
    if (!m_chat.isEmpty() && (changes.chats.contains(m_chat) || !changes.messages.isEmpty() || changes.outbox)) {
        QScrollBar *bar = m_messageList->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 4;
        m_messages->refresh();
        if (isActiveWindow() || !QGuiApplication::focusWindow())
            m_ctx.cache->markChatRead(m_chat);
        if (atBottom)
            m_messageList->scrollToBottom();
    }
    if (changes.lines || changes.billing || changes.outbox || changes.templates) {
        if (changes.lines)
            retranslate(); // the line list and titles
        updateStatus();
    }
    // A first start: open the newest chat as soon as the inbox has arrived.
    if (m_chat.isEmpty() && m_chats->rowCount() > 0 && !m_chatList->currentIndex().isValid())
        m_chatList->setCurrentIndex(m_chats->index(0));
    updateHeader();
    m_notifier->onChanges(changes);
}

void MainWindow::sendText(const QString &text, const QString &replyTo)
{
    updateHeader();
    if (m_composer->isLocked() || m_chat.isEmpty())
        return;
    const std::optional<Storage::ChatRow> chat = m_ctx.cache->chat(m_chat);
    if (!chat)
        return;
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    if (!replyTo.isEmpty()) {
        if (const std::optional<Storage::MessageRow> quoted = m_ctx.cache->message(replyTo); quoted && !quoted->wamid.isEmpty())
            body.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), quoted->wamid}});
    }
    QString error;
    const QString to = chat->customerKey();
    if (m_ctx.engine->send(chat->line, chat->key, to, body, &error).isEmpty()) {
        QMessageBox::warning(this, tr("Not sent"), tr("The message could not be stored for sending: %1").arg(error));
        return;
    }
    m_composer->clearAfterSend();
    m_messageList->scrollToBottom();
}

void MainWindow::sendAttachment(const QString &path, const QString &caption)
{
    updateHeader();
    const std::optional<Storage::ChatRow> chat = m_chat.isEmpty() ? std::nullopt : m_ctx.cache->chat(m_chat);
    if (!chat || m_composer->isLocked())
        return;
    statusBar()->showMessage(tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    m_ctx.engine->sendMedia(chat->line, chat->key, chat->customerKey(), path, caption,
                            [this](const QString &problem) {
        if (problem.isEmpty()) {
            statusBar()->clearMessage();
            m_composer->clearAfterSend();
        } else {
            statusBar()->showMessage(tr("The attachment was not sent: %1").arg(problem), 15000);
        }
    });
}

TemplatePicker *MainWindow::openTemplatePicker()
{
    if (m_chat.isEmpty())
        return nullptr;
    const std::optional<Storage::ChatRow> chat = m_ctx.cache->chat(m_chat);
    if (!chat)
        return nullptr;
    if (m_picker)
        m_picker->close();
    const EpochSeconds now = m_ctx.clock->now();
    const Countdown c = countdownAt(ChatClock{chat->lastInboundAt, chat->referralAt, chat->fepOpenedAt, chat->fepForReferralAt}, now,
                                    m_chats->thresholds());
    PricingContext pricing;
    pricing.serviceWindow = c.service;
    pricing.freeEntryPoint = c.freeEntry;
    const auto [from, to] = monthOf(now);
    for (const LineBalance &b : balancesAt(m_ctx.cache->billing(from, to), {chat->line}, now))
        pricing.freeServiceUsedThisMonth = b.serviceUsed;
    auto *picker = new TemplatePicker(m_ctx.cache->templates(), pricing, now, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    const QString chatKey = chat->key;
    const QString line = chat->line;
    const QString recipient = chat->customerKey();
    connect(picker, &QDialog::accepted, this, [this, picker, chatKey, line, recipient] {
        QString error;
        if (m_ctx.engine->send(line, chatKey, recipient, picker->sendBody(), &error).isEmpty())
            QMessageBox::warning(this, tr("Not sent"), tr("The template could not be stored for sending: %1").arg(error));
    });
    picker->open();
    return picker;
}

void MainWindow::messageActivated(const QModelIndex &index)
{
    if (index.data(MessageModel::RetryableRole).toBool()) {
        QString error;
        m_ctx.engine->retry(index.data(MessageModel::ClientIdRole).toString(), &error);
        return;
    }
    const QString media = index.data(MessageModel::MediaIdRole).toString();
    if (!media.isEmpty() && m_ctx.media) {
        statusBar()->showMessage(tr("Downloading…"));
        m_ctx.media->fetch(media, this, [this](const Sync::MediaCache::Result &r) {
            if (r.path.isEmpty()) {
                statusBar()->showMessage(tr("The file could not be downloaded. Try again in a moment."), 8000);
                return;
            }
            statusBar()->clearMessage();
            QDesktopServices::openUrl(QUrl::fromLocalFile(r.path));
        });
    }
}

void MainWindow::messageMenu(const QPoint &pos)
{
    const QModelIndex index = m_messageList->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Reply"), this, [this, index] {
        m_composer->setReplyTo(index.data(MessageModel::MessageKeyRole).toString(), index.data(Qt::DisplayRole).toString());
        m_composer->focusText();
    });
    menu.addAction(tr("Copy text"), this, [index] { QApplication::clipboard()->setText(index.data(MessageModel::TextRole).toString()); });
    if (!index.data(MessageModel::MediaIdRole).toString().isEmpty())
        menu.addAction(tr("Open attachment"), this, [this, index] { messageActivated(index); });
    if (index.data(MessageModel::RetryableRole).toBool())
        menu.addAction(tr("Send again"), this, [this, index] { messageActivated(index); });
    menu.exec(m_messageList->viewport()->mapToGlobal(pos));
}

void MainWindow::claim()
{
    if (m_chat.isEmpty())
        return;
    m_ctx.engine->claim(m_chat, [this](const QString &problem) {
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    });
}

void MainWindow::release()
{
    if (m_chat.isEmpty())
        return;
    m_ctx.engine->release(m_chat, [this](const QString &problem) {
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    });
}

void MainWindow::assign()
{
    if (m_chat.isEmpty() || m_ctx.role == u"agent")
        return;
    bool ok = false;
    const QString agent = QInputDialog::getText(this, tr("Assign chat"), tr("Agent's name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || agent.isEmpty())
        return;
    m_ctx.engine->assign(m_chat, agent, [this](const QString &problem) {
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    });
}

void MainWindow::showSettings()
{
    if (!m_ctx.language)
        return;
    SettingsDialog dialog(m_ctx.settings, *m_ctx.language, this);
    dialog.setHubEditable(m_ctx.hubDescription != u"demo");
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.settings());
    emit settingsChanged(m_ctx.settings);
}

} // namespace Deskline::Widgets
