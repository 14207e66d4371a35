#include "needentrybar.h"

#include "colourdot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tend {

NeedEntryBar::NeedEntryBar(QWidget *parent)
    : QWidget(parent), m_raisedBy(new QComboBox(this)), m_text(new QLineEdit(this)), m_priority(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add need"), this))
{
    m_raisedBy->setObjectName(QStringLiteral("needRaisedBy"));
    m_raisedBy->setAccessibleName(tr("Raised by"));
    m_text->setObjectName(QStringLiteral("needTextEdit"));
    m_text->setAccessibleName(tr("What the need is about"));
    m_text->setPlaceholderText(tr("Something you would like to talk about"));
    m_text->setMaxLength(MaxNeedTextLength);
    m_priority->setObjectName(QStringLiteral("needPriority"));
    m_priority->setAccessibleName(tr("Priority"));
    for (NeedPriority priority : AllNeedPriorities)
        m_priority->addItem(tr("%1 priority").arg(needPriorityName(priority)), int(priority));
    m_priority->setCurrentIndex(m_priority->findData(int(NeedPriority::Medium)));
    m_add->setObjectName(QStringLiteral("addNeedButton"));

    auto *label = new QLabel(tr("&New need:"), this);
    label->setBuddy(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(label);
    layout->addWidget(m_raisedBy);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_priority);
    layout->addWidget(m_add);
    setTabOrder(m_raisedBy, m_text);
    setTabOrder(m_text, m_priority);
    setTabOrder(m_priority, m_add);

    connect(m_add, &QPushButton::clicked, this, &NeedEntryBar::addRequested);
    connect(m_text, &QLineEdit::returnPressed, this, &NeedEntryBar::addRequested);
}

void NeedEntryBar::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    const int chosen = std::max(m_raisedBy->currentIndex(), 0);
    m_raisedBy->clear();
    for (const Partner &partner : partners)
        m_raisedBy->addItem(colourDot(partner.colour), partner.name, partner.id);
    m_raisedBy->setCurrentIndex(std::min(chosen, m_raisedBy->count() - 1));
}

Need NeedEntryBar::need() const
{
    Need need;
    need.raisedBy = m_raisedBy->currentData().toUuid();
    need.text = m_text->text().trimmed();
    need.priority = NeedPriority(m_priority->currentData().toInt());
    return need;
}

void NeedEntryBar::clearText()
{
    m_text->clear();
}

void NeedEntryBar::focusText()
{
    m_text->setFocus();
}

} // namespace tend
