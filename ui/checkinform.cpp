#include "checkinform.h"

#include "aftercarechecklist.h"
#include "aftercarechecklistmodel.h"
#include "buttontext.h"
#include "clock.h"
#include "colourdot.h"
#include "scaleslider.h"
#include "typography.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
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

CheckInForm::CheckInForm(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_title(new QLabel(this)), m_note(new QPlainTextEdit(this)),
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

    auto *form = m_fields = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(12);
    form->addRow(tr("Who:"), createPartnerChoice());
    form->addRow(tr("Kind:"), createKindChoice());
    auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    addLabelled(tr("&Mood:"), m_mood);
    addLabelled(tr("S&tress:"), m_stress);
    addLabelled(tr("&Closeness:"), m_closeness);
    addLabelled(tr("N&ote:"), m_note);
    QWidget *when = createWhenChoice();
    auto *whenLabel = new QLabel(tr("Whe&n:"), this);
    whenLabel->setBuddy(m_earlier);
    form->addRow(whenLabel, when);

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
                        m_kindGroup->button(int(CheckInKind::AfterIntimacy)), m_mood->slider(),
                        m_stress->slider(), m_closeness->slider(), m_note, m_earlier, m_cancelEdit, m_save};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateKind();
    });
    connect(m_partnerGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            offerActsToCurrentPartner();
    });
    startNew();
}

QWidget *CheckInForm::createWhenChoice()
{
    auto *row = new QWidget(this);
    m_earlier = new QCheckBox(tr("Earlier, at"), row);
    m_earlier->setObjectName(QStringLiteral("earlierCheck"));
    m_earlier->setToolTip(tr("For a check-in you are writing down later"));
    // Most check-ins are "now": the date and time are made and shown only when asked for.
    connect(m_earlier, &QCheckBox::toggled, this, [this](bool earlier) {
        if (earlier)
            ensureWhenEdit();
        if (m_when)
            m_when->setVisible(earlier);
    });
    m_whenLayout = new QHBoxLayout(row);
    m_whenLayout->setContentsMargins(0, 0, 0, 0);
    m_whenLayout->addWidget(m_earlier);
    m_whenLayout->addStretch();
    return row;
}

void CheckInForm::ensureWhenEdit()
{
    if (m_when)
        return;
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setAccessibleName(tr("When"));
    m_when->setDisplayFormat(tr("d MMM yyyy, HH:mm"));
    m_when->setCalendarPopup(true);
    const QDateTime now = m_clock.nowLocal();
    m_when->setDateTime(QDateTime(now.date(), now.time()));
    m_whenLayout->insertWidget(1, m_when);
    setTabOrder(m_earlier, m_when);
    setTabOrder(m_when, m_cancelEdit);
}

void CheckInForm::ensureAfterIntimacyFields()
{
    if (m_aftercare)
        return;
    // Built when first wanted: most check-ins are daily ones, and start-up stays quick.
    m_caredForRow = createCaredForChoice();
    m_caredForLabel = new QLabel(tr("Ca&red for:"), this);
    m_caredForLabel->setBuddy(m_caredFor);
    m_aftercare = new AftercareChecklist(this);
    m_aftercare->setObjectName(QStringLiteral("aftercareChecklist"));
    m_aftercare->setAccessibleName(tr("Aftercare received and wished for"));
    m_aftercare->setMinimumHeight(150);
    m_aftercare->setCatalogue(m_catalogue, m_preferences);
    // The ticks take the form's whole width, so the acts' names can be read.
    m_aftercareLabel = new QLabel(tr("Aftercare received and wished for:"), this);
    m_aftercareLabel->setWordWrap(true);
    m_aftercareLabel->setBuddy(m_aftercare);
    int row = 0;
    m_fields->getWidgetPosition(m_closeness, &row, nullptr);
    m_fields->insertRow(row + 1, m_caredForLabel, m_caredForRow);
    m_fields->insertRow(row + 2, m_aftercareLabel);
    m_fields->insertRow(row + 3, m_aftercare);
    setTabOrder(m_closeness->slider(), m_saysCaredFor);
    setTabOrder(m_saysCaredFor, m_caredFor->slider());
    setTabOrder(m_caredFor->slider(), m_aftercare);
    setTabOrder(m_aftercare, m_note);
    offerActsToCurrentPartner();
    emit catalogueWanted();
}

QWidget *CheckInForm::createCaredForChoice()
{
    // Optional: the tick says whether it is answered, and moving the slider answers it.
    auto *row = new QWidget(this);
    m_saysCaredFor = new QCheckBox(row);
    m_saysCaredFor->setObjectName(QStringLiteral("caredForCheck"));
    m_saysCaredFor->setToolTip(tr("Optional: say how cared for you felt afterwards"));
    m_saysCaredFor->setAccessibleName(tr("Say how cared for you felt"));
    m_caredFor = new ScaleSlider(tr("Felt cared for"),
                                 {tr("Not really"), tr("A little"), tr("Somewhat"), tr("Cared for"), tr("Very cared for")},
                                 row);
    m_caredFor->setObjectName(QStringLiteral("caredForScale"));
    connect(m_caredFor, &ScaleSlider::valueChanged, m_saysCaredFor, [this] { m_saysCaredFor->setChecked(true); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_saysCaredFor);
    layout->addWidget(m_caredFor, 1);
    return row;
}

void CheckInForm::setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences)
{
    m_catalogue = acts;
    m_preferences = preferences;
    if (m_aftercare) {
        m_aftercare->setCatalogue(acts, preferences);
        offerActsToCurrentPartner();
    }
}

QUuid CheckInForm::currentPartnerId() const
{
    const int seat = m_partnerGroup->checkedId();
    return seat >= 1 && seat <= m_partners.size() ? m_partners[seat - 1].id : QUuid();
}

void CheckInForm::offerActsToCurrentPartner()
{
    if (!m_aftercare)
        return;
    QList<QUuid> alreadyNamed;
    if (m_editing)
        alreadyNamed = m_editing->actsReceived + m_editing->actsWished;
    m_aftercare->offerTo(currentPartnerId(), alreadyNamed);
}

void CheckInForm::updateKind()
{
    const bool afterIntimacy = m_kindGroup->checkedId() == int(CheckInKind::AfterIntimacy);
    if (afterIntimacy)
        ensureAfterIntimacyFields();
    if (!m_aftercare)
        return;
    for (QWidget *field : std::initializer_list<QWidget *>{m_caredForLabel, m_caredForRow, m_aftercareLabel, m_aftercare})
        field->setVisible(afterIntimacy);
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
    m_earlier->setChecked(false);
    if (m_when) {
        const QDateTime now = m_clock.nowLocal();
        m_when->setDateTime(QDateTime(now.date(), now.time()));
    }
    m_mood->setValue(3);
    m_stress->setValue(3);
    m_closeness->setValue(3);
    if (m_aftercare) {
        m_caredFor->setValue(3);
        m_saysCaredFor->setChecked(false);
    }
    if (m_aftercare)
        m_aftercare->checklist()->setTicks({}, {});
    offerActsToCurrentPartner();
    m_note->clear();
    updateKind();
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
    ensureWhenEdit();
    const QDateTime at = checkIn.atUtc.toTimeZone(m_clock.timeZone());
    m_when->setDateTime(QDateTime(at.date(), at.time()));
    m_earlier->setChecked(true);
    m_mood->setValue(checkIn.mood);
    m_stress->setValue(checkIn.stress);
    m_closeness->setValue(checkIn.closeness);
    updateKind();
    offerActsToCurrentPartner();
    if (m_aftercare) {
        m_caredFor->setValue(checkIn.feltCaredFor.value_or(3));
        m_saysCaredFor->setChecked(checkIn.feltCaredFor.has_value());
        m_aftercare->checklist()->setTicks(checkIn.actsReceived, checkIn.actsWished);
    }
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
    // Editing keeps the check-in's own time unless it is changed; a new one is "now" unless earlier.
    m_earlier->setVisible(!isEditing());
}

CheckIn CheckInForm::answers() const
{
    CheckIn checkIn = m_editing.value_or(CheckIn{});
    if (const QUuid partner = currentPartnerId(); !partner.isNull())
        checkIn.partnerId = partner;
    checkIn.kind = static_cast<CheckInKind>(m_kindGroup->checkedId());

    const QDateTime shown = m_when ? m_when->dateTime() : QDateTime();
    const QDateTime original = m_editing ? m_editing->atUtc.toTimeZone(m_clock.timeZone()) : QDateTime();
    const bool unchanged = m_editing && shown.date() == original.date()
                           && shown.time().toString(u"HHmm") == original.time().toString(u"HHmm");
    if (shown.isValid() && !unchanged && (m_editing || m_earlier->isChecked())) {
        const QDateTime local(shown.date(), QTime(shown.time().hour(), shown.time().minute()), m_clock.timeZone());
        checkIn.atUtc = local.toUTC();
        checkIn.localDay = local.date();
    } else if (!m_editing) {
        checkIn.atUtc = {};
        checkIn.localDay = {};
    }

    checkIn.mood = m_mood->value();
    checkIn.stress = m_stress->value();
    checkIn.closeness = m_closeness->value();
    const bool afterIntimacy = checkIn.kind == CheckInKind::AfterIntimacy;
    const bool saysCaredFor = afterIntimacy && m_aftercare && m_saysCaredFor->isChecked();
    checkIn.feltCaredFor = saysCaredFor ? std::optional(m_caredFor->value()) : std::nullopt;
    checkIn.actsReceived = afterIntimacy && m_aftercare ? m_aftercare->checklist()->received() : QList<QUuid>();
    checkIn.actsWished = afterIntimacy && m_aftercare ? m_aftercare->checklist()->wished() : QList<QUuid>();
    checkIn.note = m_note->toPlainText().trimmed();
    return checkIn;
}

} // namespace tend
