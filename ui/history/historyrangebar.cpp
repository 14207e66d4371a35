#include "historyrangebar.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace tend {

HistoryRangeBar::HistoryRangeBar(QWidget *parent)
    : QWidget(parent), m_kinds(new QButtonGroup(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto addKind = [this, layout](RangeKind kind, const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setCheckable(true);
        m_kinds->addButton(button, int(kind));
        layout->addWidget(button);
    };
    addKind(RangeKind::Week, tr("&Week"), QStringLiteral("rangeWeek"));
    addKind(RangeKind::Month, tr("&Month"), QStringLiteral("rangeMonth"));
    addKind(RangeKind::Year, tr("&Year"), QStringLiteral("rangeYear"));
    addKind(RangeKind::All, tr("&All"), QStringLiteral("rangeAll"));
    addKind(RangeKind::Custom, tr("&Custom"), QStringLiteral("rangeCustom"));
    m_kinds->button(int(RangeKind::Month))->setChecked(true);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("d MMM yyyy"));
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setAccessibleName(tr("To"));
    layout->addSpacing(8);
    layout->addWidget(m_from);
    m_until = new QLabel(tr("to"), this);
    layout->addWidget(m_until);
    layout->addWidget(m_to);
    layout->addStretch(1);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateCustomEdits();
        emit rangeChanged();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_customPeriodChosen = true;
            emit rangeChanged();
        });
    updateCustomEdits();
}

HistoryRange HistoryRangeBar::range() const
{
    const auto kind = RangeKind(m_kinds->checkedId());
    if (kind == RangeKind::Custom)
        return HistoryRange::custom(m_from->date(), m_to->date());
    return kind;
}

void HistoryRangeBar::setRange(const HistoryRange &range)
{
    if (range.kind == RangeKind::Custom) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(range.customFrom);
        m_to->setDate(range.customTo);
        m_customPeriodChosen = true;
    }
    m_kinds->button(int(range.kind))->setChecked(true);
}

void HistoryRangeBar::setSuggestedCustomPeriod(const QDate &from, const QDate &to)
{
    if (m_customPeriodChosen)
        return;
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void HistoryRangeBar::updateCustomEdits()
{
    const bool custom = m_kinds->checkedId() == int(RangeKind::Custom);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_from, m_until, m_to})
        widget->setVisible(custom);
}

} // namespace tend
