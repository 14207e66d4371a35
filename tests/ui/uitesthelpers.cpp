#include "uitesthelpers.h"

#include "mainwindow.h"
#include "storage/checkinrepository.h"
#include "storage/datafolder.h"
#include "storage/partnerrepository.h"
#include "theme.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QSettings>
#include <QTest>
#include <QWidget>

namespace tend::test {

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

bool showAndActivate(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowExposed(window) && QTest::qWaitForWindowActive(window);
}

bool focusOn(QWidget *widget)
{
    if (!widget)
        return false;
    widget->setFocus(Qt::OtherFocusReason);
    return waitUntil([widget] { return QApplication::focusWidget() == widget; });
}

QWidget *focusedWidget()
{
    return QApplication::focusWidget();
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focusedWidget();
    if (!target) {
        ADD_FAILURE() << "Nothing has the keyboard focus to press " << QTest::toString(QKeySequence(key)) << " on";
        return;
    }
    QTest::keyClick(target, key, modifiers);
}

void typeText(const QString &text)
{
    QWidget *target = focusedWidget();
    if (!target) {
        ADD_FAILURE() << "Nothing has the keyboard focus to type \"" << text.toStdString() << "\" into";
        return;
    }
    QTest::keyClicks(target, text);
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

ModalDialogDriver::ModalDialogDriver(QString objectName, Action action, int timeoutMs)
    : m_objectName(std::move(objectName)), m_action(std::move(action)), m_timeoutMs(timeoutMs)
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    // A key in the action that opens another dialog (say, Enter choosing a colour) would block
    // the action in that dialog's exec(): close it, and fail.
    m_watchdog.setInterval(10);
    QObject::connect(&m_watchdog, &QTimer::timeout, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *other = qobject_cast<QDialog *>(modal); other && !matches(other) && !m_nested.contains(other->objectName())) {
            ADD_FAILURE() << "While driving " << m_objectName.toStdString() << ", another dialog opened: "
                          << other->metaObject()->className() << " \"" << other->windowTitle().toStdString() << '"';
            other->reject();
        }
    });
    m_elapsed.start();
    m_timer.start();
}

ModalDialogDriver::~ModalDialogDriver()
{
    if (!m_ran && m_timer.isActive())
        ADD_FAILURE() << "The dialog " << m_objectName.toStdString() << " never opened";
}

bool ModalDialogDriver::matches(const QWidget *dialog) const
{
    // Qt's own dialogs (QFileDialog…) have no object name; those are found by class.
    return dialog->objectName() == m_objectName
           || QLatin1String(dialog->metaObject()->className()) == m_objectName;
}

void ModalDialogDriver::poll()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (modal && matches(modal) && modal->isVisible() && modal->isActiveWindow()) {
        // Stop first: the action may wait, and waiting runs this timer's events again.
        m_timer.stop();
        m_ran = true;
        QPointer<QWidget> dialog(modal);
        m_watchdog.start();
        m_action(modal);
        m_watchdog.stop();
        if (dialog && dialog->isVisible()) {
            ADD_FAILURE() << "The test left the dialog " << m_objectName.toStdString() << " open; rejecting it";
            if (auto *asDialog = qobject_cast<QDialog *>(dialog.data()))
                asDialog->reject();
            else
                dialog->close();
        }
        return;
    }
    if (m_elapsed.elapsed() > m_timeoutMs) {
        m_timer.stop();
        ADD_FAILURE() << "The dialog " << m_objectName.toStdString() << " did not open within " << m_timeoutMs
                      << " ms";
        // Some other dialog blocks instead: close it so that its exec() returns.
        if (auto *other = qobject_cast<QDialog *>(modal)) {
            ADD_FAILURE() << "Another modal dialog is open instead: " << other->objectName().toStdString();
            other->reject();
        }
    }
}

NoModalDialogGuard::NoModalDialogGuard()
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ADD_FAILURE() << "An unexpected dialog opened: " << dialog->objectName().toStdString() << " \""
                          << dialog->windowTitle().toStdString() << '"';
            dialog->reject();
        }
    });
    m_timer.start();
}

UiTest::UiTest()
    : m_clock(QDateTime(QDate(2024, 5, 14), QTime(10, 30), Qt::UTC), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
{
}

UiTest::~UiTest() = default;

void UiTest::SetUp()
{
    ASSERT_TRUE(m_dataFolder.isValid()) << m_dataFolder.errorString().toStdString();
    ASSERT_TRUE(m_settingsFolder.isValid()) << m_settingsFolder.errorString().toStdString();
    ASSERT_TRUE(m_clock.timeZone().isValid());
    // Window geometry and the last page are remembered here, not in the real user's settings.
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_settingsFolder.path());

    // Look like the real application: the same style, palette and style sheet.
    static const bool themed = [] {
        applyTheme(*qApp);
        return true;
    }();
    Q_UNUSED(themed)
}

QString UiTest::databaseFile() const
{
    return databasePathIn(dataFolder());
}

std::unique_ptr<Database> UiTest::openDatabase()
{
    Result<std::unique_ptr<Database>> opened = Database::open(databaseFile());
    if (!opened) {
        ADD_FAILURE() << "Cannot open the database: " << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(opened).value();
}

QList<Partner> UiTest::saveCouple(Database &database)
{
    Partner robin;
    robin.seat = 1;
    robin.name = QStringLiteral("Robin");
    robin.pronouns = QStringLiteral("they/them");
    robin.colour = QStringLiteral("#3f7cac");
    Partner sam;
    sam.seat = 2;
    sam.name = QStringLiteral("Sam");
    sam.colour = QStringLiteral("#c8553d");

    PartnerRepository repository(database, m_clock);
    for (Partner *partner : {&robin, &sam}) {
        const Status saved = repository.save(*partner);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }
    return {robin, sam};
}

CheckIn UiTest::saveCheckIn(Database &database, const Partner &partner, CheckInKind kind, int mood, int stress,
                            int closeness, const QString &note)
{
    CheckIn checkIn;
    checkIn.partnerId = partner.id;
    checkIn.atUtc = m_clock.nowUtc();
    checkIn.localDay = m_clock.today();
    checkIn.kind = kind;
    checkIn.mood = mood;
    checkIn.stress = stress;
    checkIn.closeness = closeness;
    checkIn.note = note;
    const Status added = CheckInRepository(database, m_clock).add(checkIn);
    EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
    return checkIn;
}

std::unique_ptr<MainWindow> UiTest::openWindow(Database &database, const QList<Partner> &partners)
{
    auto window = std::make_unique<MainWindow>(database, m_clock, partners);
    EXPECT_TRUE(showAndActivate(window.get())) << "The main window did not become active";
    return window;
}

void CoupleWindowTest::SetUp()
{
    UiTest::SetUp();
    if (HasFatalFailure())
        return;
    m_database = openDatabase();
    ASSERT_TRUE(m_database);
    m_partners = saveCouple(*m_database);
    beforeWindowOpens();
    if (HasFatalFailure())
        return;
    m_window = openWindow(*m_database, m_partners);
    ASSERT_TRUE(m_window);
}

void CoupleWindowTest::TearDown()
{
    m_window.reset();
    m_database.reset();
}

} // namespace tend::test
