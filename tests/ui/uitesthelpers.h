#pragma once

#include "clock.h"
#include "model/checkin.h"
#include "model/partner.h"
#include "storage/database.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QWidget;

namespace tend {
class MainWindow;
}

namespace tend::test {

inline constexpr int DefaultTimeoutMs = 5000;

// Processes events until `predicate` holds; false when `timeoutMs` passed first.
// The gtest-friendly form of QTRY_VERIFY: EXPECT_TRUE(waitUntil(...)).
[[nodiscard]] bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = DefaultTimeoutMs);

// A child by object name and type, or nullptr.
template <typename T = QWidget>
T *child(const QObject *parent, const QString &objectName)
{
    return parent ? parent->findChild<T *>(objectName) : nullptr;
}

// Shows `window` and waits until it is exposed and active, so keys and shortcuts reach it.
[[nodiscard]] bool showAndActivate(QWidget *window);

// Gives `widget` the keyboard focus and waits until the application agrees.
[[nodiscard]] bool focusOn(QWidget *widget);

// Keys go to whatever has the focus, as when a person types.
QWidget *focusedWidget();

// The letter after a single '&' in a label or button text ("S&tress" → 'T'), or none.
QChar mnemonic(const QString &text);
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void typeText(const QString &text);

// The display texts of one model row, column by column.
QStringList rowTexts(const QAbstractItemModel &model, int row);

// Runs `action` on the modal dialog called `objectName` (or of that class) as soon as it is open and active.
// exec() blocks the test, so the driver polls from the event loop that exec() runs; it only
// looks at QApplication::activeModalWidget() and retries until the dialog is there.
// A dialog the action leaves open is rejected and the test fails, and so is any other dialog
// that opens on top while the action runs, so a broken test cannot hang.
class ModalDialogDriver
{
public:
    using Action = std::function<void(QWidget *dialog)>;

    ModalDialogDriver(QString objectName, Action action, int timeoutMs = 10 * DefaultTimeoutMs);
    ~ModalDialogDriver();
    Q_DISABLE_COPY_MOVE(ModalDialogDriver)

    bool ran() const { return m_ran; }
    // A dialog the action opens on purpose, driven by a driver of its own inside the action.
    void allowNested(const QString &objectName) { m_nested.append(objectName); }

private:
    bool matches(const QWidget *dialog) const;
    void poll();

    QString m_objectName;
    QStringList m_nested;
    Action m_action;
    int m_timeoutMs;
    QTimer m_timer;
    QTimer m_watchdog;
    QElapsedTimer m_elapsed;
    bool m_ran = false;
};

// Fails the test and closes any modal dialog that opens while it lives: for steps that must
// not ask anything, so that a regression fails fast instead of blocking in exec().
class NoModalDialogGuard
{
public:
    NoModalDialogGuard();
    Q_DISABLE_COPY_MOVE(NoModalDialogGuard)

private:
    QTimer m_timer;
};

// Every UI test gets its own data folder, its own settings and a clock that stands still
// on Tuesday 14 May 2024, 10:30 UTC (12:30 in Berlin).
class UiTest : public ::testing::Test
{
protected:
    UiTest();
    ~UiTest() override;
    void SetUp() override;

    QString dataFolder() const { return m_dataFolder.path(); }
    QString databaseFile() const;
    QString settingsFolder() const { return m_settingsFolder.path(); }

    // Opens the database in the data folder; fails the test when it cannot.
    std::unique_ptr<Database> openDatabase();

    // Stores the couple Robin (they/them) and Sam, as the first run would.
    QList<Partner> saveCouple(Database &database);

    // Stores a check-in made now by `partner`.
    CheckIn saveCheckIn(Database &database, const Partner &partner, CheckInKind kind, int mood, int stress,
                        int closeness, const QString &note);

    // A shown, active main window; keys and shortcuts reach it.
    std::unique_ptr<MainWindow> openWindow(Database &database, const QList<Partner> &partners);

    ManualClock m_clock;

private:
    QTemporaryDir m_dataFolder;
    QTemporaryDir m_settingsFolder;
};

// Robin and Sam in a fresh database, with Tend's window open on it and active. Data a test
// needs before the window opens goes in beforeWindowOpens().
class CoupleWindowTest : public UiTest
{
protected:
    void SetUp() override;
    void TearDown() override;
    virtual void beforeWindowOpens() {}

    std::unique_ptr<Database> m_database;
    QList<Partner> m_partners;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tend::test
