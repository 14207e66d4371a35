#include "nextreviewcard.h"

#include "buttontext.h"
#include "review/reviewwords.h"
#include "typography.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tend {

namespace {

QDateEdit *dayEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(NextReviewCard::tr("d MMM yyyy"));
    return edit;
}

} // namespace

NextReviewCard::NextReviewCard(QWidget *parent)
    : Card(parent), m_from(dayEdit(QStringLiteral("reviewFromEdit"), tr("First day of the review"), this)),
      m_to(dayEdit(QStringLiteral("reviewToEdit"), tr("Last day of the review"), this)), m_contents(new QLabel(this)),
      m_continue(new QPushButton(this)), m_start(new QPushButton(tr("&Start review"), this))
{
    setObjectName(QStringLiteral("nextReviewCard"));
    auto *title = new QLabel(tr("Your next review"), this);
    styleAsCardTitle(title);
    auto *explanation = new QLabel(tr("Tend looks back over the days since your last review and walks you through "
                                      "them, one step at a time. Pick other days if you like."),
                                   this);
    explanation->setWordWrap(true);
    styleAsQuiet(explanation);

    auto *fromLabel = new QLabel(tr("F&rom"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&Until"), this);
    toLabel->setBuddy(m_to);
    // The word-wrapped summary beside them would otherwise squeeze the labels.
    for (QLabel *label : {fromLabel, toLabel}) {
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        label->setContentsMargins(0, 0, 2, 0); // room for the last letter's overhang
    }
    m_contents->setObjectName(QStringLiteral("reviewContents"));
    m_contents->setWordWrap(true);
    styleAsQuiet(m_contents);
    auto *days = new QHBoxLayout;
    days->setSpacing(8);
    days->addWidget(fromLabel);
    days->addWidget(m_from);
    days->addSpacing(8);
    days->addWidget(toLabel);
    days->addWidget(m_to);
    days->addSpacing(16);
    days->addWidget(m_contents, 1);

    m_continue->setObjectName(QStringLiteral("continueReviewButton"));
    m_continue->setToolTip(tr("Take up the review you began and have not marked done"));
    m_continue->hide();
    m_start->setObjectName(QStringLiteral("startReviewButton"));
    m_start->setToolTip(tr("Begin a review of the days above"));
    m_plainButton = m_start->palette();
    styleAsPrimary(m_continue);
    styleAsPrimary(m_start);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(days);
    layout->addLayout(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, [this] { keepInOrder(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { keepInOrder(false); });
    connect(m_start, &QPushButton::clicked, this, &NextReviewCard::startRequested);
    connect(m_continue, &QPushButton::clicked, this, &NextReviewCard::continueRequested);
}

DayPeriod NextReviewCard::period() const
{
    return {m_from->date(), m_to->date()};
}

void NextReviewCard::setPeriod(const DayPeriod &period, const QDate &latest)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setMaximumDate(latest);
    m_to->setMaximumDate(latest);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void NextReviewCard::setContents(const QString &text)
{
    m_contents->setText(text);
}

void NextReviewCard::setInProgress(const std::optional<DayPeriod> &period)
{
    m_continue->setVisible(period.has_value());
    if (period)
        m_continue->setText(tr("&Continue the review of %1").arg(asButtonText(periodText(*period))));
    // One primary button: taking up the review begun comes first.
    if (period)
        m_start->setPalette(m_plainButton);
    else
        styleAsPrimary(m_start);
}

void NextReviewCard::setStartEnabled(bool enabled)
{
    m_start->setEnabled(enabled);
}

// A period never ends before it starts: moving one end past the other takes it along.
void NextReviewCard::keepInOrder(bool fromMoved)
{
    if (m_from->date() > m_to->date()) {
        QDateEdit *other = fromMoved ? m_to : m_from;
        const QSignalBlocker block(other);
        other->setDate(fromMoved ? m_from->date() : m_to->date());
    }
    emit periodChanged();
}

} // namespace tend
