#include "needfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tend {

NeedFilterBar::NeedFilterBar(QWidget *parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_raisedBy(new QComboBox(this)), m_search(new QLineEdit(this))
{
    m_status->setObjectName(QStringLiteral("needStatusFilter"));
    m_status->setAccessibleName(tr("Show needs with status"));
    m_status->addItem(tr("Every status"), -1);
    for (NeedStatus status : AllNeedStatuses)
        m_status->addItem(needStatusName(status), int(status));
    m_raisedBy->setObjectName(QStringLiteral("needPartnerFilter"));
    m_raisedBy->setAccessibleName(tr("Show needs raised by"));
    m_search->setObjectName(QStringLiteral("needSearch"));
    m_search->setAccessibleName(tr("Search the needs"));
    m_search->setPlaceholderText(tr("Search the needs"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_status);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(label);
    layout->addWidget(m_status);
    layout->addWidget(m_raisedBy);
    layout->addWidget(m_search, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &NeedFilterBar::filterChanged);
    connect(m_raisedBy, &QComboBox::currentIndexChanged, this, &NeedFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, &NeedFilterBar::filterChanged);
    setPartners({});
}

void NeedFilterBar::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    const QSignalBlocker blocker(m_raisedBy);
    const int chosen = m_raisedBy->currentIndex();
    m_raisedBy->clear();
    m_raisedBy->addItem(tr("Raised by either of you"));
    for (const Partner &partner : partners)
        m_raisedBy->addItem(tr("Raised by %1").arg(partner.name));
    m_raisedBy->setCurrentIndex(chosen >= 0 && chosen < m_raisedBy->count() ? chosen : 0);
}

NeedFilter NeedFilterBar::filter() const
{
    NeedFilter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = NeedStatus(status);
    const int partner = m_raisedBy->currentIndex() - 1;
    if (partner >= 0 && partner < m_partners.size())
        filter.raisedBy = m_partners[partner].id;
    filter.search = m_search->text();
    return filter;
}

} // namespace tend
