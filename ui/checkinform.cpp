#include "checkinform.h"

#include "buttontext.h"
#include "colourdot.h"
#include "scaleslider.h"
#include "typography.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QShortcut>
#include <QVBoxLayout>

namespace tend {

CheckInForm::CheckInForm(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_note(new QPlainTextEdit(this)),
      m_save(new QPushButton(tr("&Save check-in"), this)), m_cancelEdit(new QPushButton(tr("Cancel editing"), this))
{
    setObjectName(QStringLiteral("checkInForm"));
    styleAsCardTitle(m_title);

    m_mood = new ScaleSlider(tr("Mood"), {tr("Low"), tr("A bit low"), tr("Okay"), tr("Good"), tr("Great")}, this);
    m_mood->setObjectName(QStringLiteral("moodScale"));
    m_stress = new ScaleSlider(tr("Stress"),
                               {tr("Calm"), tr("A little tense"), tr("Some stress"), tr("Stressed"), tr("Very stressed")},
                               this);
    m_stress->setObjectName(QStringLiteral("stressScale"));
    m_closeness = new ScaleSlider(tr("Closeness"),
                                  {tr("Distant"), tr("A bit apart"), tr("Okay"), tr("Close"), tr("Very close")}, this);
    m_closeness->setObjectName(QStringLiteral("closenessScale"));

    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Anything you want to remember (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(76);

    m_save->setObjectName(QStringLiteral("saveCheckInButton"));
    m_save->setDefault(true);
    styleAsPrimary(m_save);
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_cancelEdit->setObjectName(QStringLiteral("cancelEditButton"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(12);
    form->addRow(tr("Who:"), createPartnerChoice());
    form->addRow(tr("Kind:"), createKindChoice());
    auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addLabelled(tr("&Mood:"), m_mood);
    addLabelled(tr("S&tress:"), m_stress);
    addLabelled(tr("&Closeness:"), m_closeness);
    addLabelled(tr("N&ote:"), m_note);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelEdit);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CheckInForm::submitted);
    connect(m_cancelEdit, &QPushButton::clicked, this, [this] {
        startNew();
        emit editingCancelled();
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_save, &QPushButton::click);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancelEdit, [this] {
        if (isEditing())
            m_cancelEdit->click();
    });

    // Widgets were created out of visual order; the keyboard follows the form top to bottom.
    QWidget *order[] = {m_partnerButtons[0], m_partnerButtons[1], m_kindGroup->button(int(CheckInKind::Daily)),
                        m_kindGroup->button(int(CheckInKind::AfterIntimacy)), m_mood->slider(), m_stress->slider(),
                        m_closeness->slider(), m_note, m_cancelEdit, m_save};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    startNew();
}

QWidget *CheckInForm::createPartnerChoice()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_partnerGroup = new QButtonGroup(this);
    for (int seat = 1; seat <= 2; ++seat) {
        auto *button = new QRadioButton(row);
        button->setObjectName(QStringLiteral("partnerChoice%1").arg(seat));
        m_partnerGroup->addButton(button, seat);
        m_partnerButtons[seat - 1] = button;
        layout->addWidget(button);
    }
    m_partnerButtons[0]->setChecked(true);
    layout->addStretch();
    return row;
}

QWidget *CheckInForm::createKindChoice()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kindGroup = new QButtonGroup(this);
    auto *daily = new QRadioButton(tr("&Daily"), row);
    daily->setObjectName(QStringLiteral("kindDaily"));
    auto *afterIntimacy = new QRadioButton(tr("&After intimacy"), row);
    afterIntimacy->setObjectName(QStringLiteral("kindAfterIntimacy"));
    m_kindGroup->addButton(daily, int(CheckInKind::Daily));
    m_kindGroup->addButton(afterIntimacy, int(CheckInKind::AfterIntimacy));
    layout->addWidget(daily);
    layout->addWidget(afterIntimacy);
    layout->addStretch();
    return row;
}

void CheckInForm::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    for (int i = 0; i < 2; ++i) {
        QRadioButton *button = m_partnerButtons[i];
        if (i < partners.size()) {
            button->setText(asButtonText(partners[i].name));
            button->setIcon(colourDot(partners[i].colour));
            button->setAccessibleName(tr("Checking in: %1").arg(partners[i].name));
        }
        button->setVisible(i < partners.size());
    }
}

void CheckInForm::startNew()
{
    m_editing.reset();
    m_kindGroup->button(int(CheckInKind::Daily))->setChecked(true);
    m_mood->setValue(3);
    m_stress->setValue(3);
    m_closeness->setValue(3);
    m_note->clear();
    updateMode();
}

void CheckInForm::startEditing(const CheckIn &checkIn)
{
    m_editing = checkIn;
    for (qsizetype i = 0; i < m_partners.size() && i < 2; ++i) {
        if (m_partners[i].id == checkIn.partnerId)
            m_partnerButtons[i]->setChecked(true);
    }
    m_kindGroup->button(int(checkIn.kind))->setChecked(true);
    m_mood->setValue(checkIn.mood);
    m_stress->setValue(checkIn.stress);
    m_closeness->setValue(checkIn.closeness);
    m_note->setPlainText(checkIn.note);
    updateMode();
    focusFirstField();
}

void CheckInForm::focusFirstField()
{
    if (QAbstractButton *checked = m_partnerGroup->checkedButton())
        checked->setFocus();
}

void CheckInForm::updateMode()
{
    m_title->setText(isEditing() ? tr("Edit check-in") : tr("How are you doing?"));
    m_save->setText(isEditing() ? tr("&Save changes") : tr("&Save check-in"));
    m_cancelEdit->setVisible(isEditing());
}

CheckIn CheckInForm::answers() const
{
    CheckIn checkIn = m_editing.value_or(CheckIn{});
    const int seat = m_partnerGroup->checkedId();
    if (seat >= 1 && seat <= m_partners.size())
        checkIn.partnerId = m_partners[seat - 1].id;
    checkIn.kind = static_cast<CheckInKind>(m_kindGroup->checkedId());
    checkIn.mood = m_mood->value();
    checkIn.stress = m_stress->value();
    checkIn.closeness = m_closeness->value();
    checkIn.note = m_note->toPlainText().trimmed();
    return checkIn;
}

} // namespace tend
