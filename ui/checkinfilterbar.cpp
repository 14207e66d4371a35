#include "checkinfilterbar.h"

#include "clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tend {

CheckInFilterBar::CheckInFilterBar(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_partner(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_search(new QLineEdit(this))
{
    m_partner->setObjectName(QStringLiteral("filterPartner"));
    m_partner->setAccessibleName(tr("Whose check-ins"));
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->setAccessibleName(tr("Kind of check-in"));
    m_kind->addItem(tr("Both kinds"), -1);
    m_kind->addItem(checkInKindName(CheckInKind::Daily), int(CheckInKind::Daily));
    m_kind->addItem(checkInKindName(CheckInKind::AfterIntimacy), int(CheckInKind::AfterIntimacy));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    m_period->addItem(tr("Last 30 days"), int(Period::Month));
    m_period->addItem(tr("Last 12 months"), int(Period::Year));
    m_period->addItem(tr("From … to …"), int(Period::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("d MMM yyyy"));
        edit->setDate(clock.today());
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setAccessibleName(tr("To"));
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setAccessibleName(tr("Search the notes"));
    m_search->setPlaceholderText(tr("Search the notes"));
    m_search->setClearButtonEnabled(true);

    auto *searchLabel = new QLabel(tr("Search &notes:"), this);
    searchLabel->setBuddy(m_search);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_partner);
    layout->addWidget(m_kind);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);

    for (QComboBox *box : {m_partner, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &CheckInFilterBar::filterChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriod();
        emit filterChanged();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CheckInFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInFilterBar::filterChanged);
    setPartners({});
    updatePeriod();
}

void CheckInFilterBar::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    const QSignalBlocker blocker(m_partner);
    const int chosen = m_partner->currentIndex();
    m_partner->clear();
    m_partner->addItem(tr("Both of you"));
    for (const Partner &partner : partners)
        m_partner->addItem(partner.name);
    m_partner->setCurrentIndex(chosen >= 0 && chosen < m_partner->count() ? chosen : 0);
}

void CheckInFilterBar::updatePeriod()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

CheckInFilter CheckInFilterBar::filter() const
{
    CheckInFilter filter;
    const int partner = m_partner->currentIndex() - 1;
    if (partner >= 0 && partner < m_partners.size())
        filter.partnerId = m_partners[partner].id;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = CheckInKind(kind);
    const QDate today = m_clock.today();
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Week:
        filter.from = today.addDays(-6);
        break;
    case Period::Month:
        filter.from = today.addDays(-29);
        break;
    case Period::Year:
        filter.from = today.addYears(-1).addDays(1);
        break;
    case Period::Custom:
        filter.from = std::min(m_from->date(), m_to->date());
        filter.to = std::max(m_from->date(), m_to->date());
        break;
    }
    filter.search = m_search->text();
    return filter;
}

void CheckInFilterBar::clear()
{
    {
        const QSignalBlocker partner(m_partner), kind(m_kind), period(m_period), search(m_search);
        m_partner->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_search->clear();
    }
    updatePeriod();
    emit filterChanged();
}

} // namespace tend
