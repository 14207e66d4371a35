#include "yearpicker.h"

#include "typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace tend {

namespace {
// Years are names here, not amounts: "2024", never "2,024".
QString yearText(int year)
{
    return QString::number(year);
}
} // namespace

YearPicker::YearPicker(QWidget *parent)
    : QWidget(parent), m_previous(new QPushButton(this)), m_next(new QPushButton(this)), m_label(new QLabel(this))
{
    m_previous->setObjectName(QStringLiteral("previousYear"));
    m_next->setObjectName(QStringLiteral("nextYear"));
    m_label->setObjectName(QStringLiteral("yearLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    styleAsCardTitle(m_label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addStretch(1);

    connect(m_previous, &QPushButton::clicked, this, [this] {
        setYear(m_year - 1);
        emit yearChanged(m_year);
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        setYear(m_year + 1);
        emit yearChanged(m_year);
    });
    refresh();
}

void YearPicker::setBounds(int firstYear, int lastYear)
{
    m_firstYear = std::min(firstYear, lastYear);
    m_lastYear = lastYear;
    setYear(m_year);
}

void YearPicker::setYear(int year)
{
    m_year = std::clamp(year, m_firstYear, m_lastYear);
    refresh();
}

void YearPicker::refresh()
{
    // A button about to be disabled would hand the focus on to whatever comes next: keep it
    // on the picker, on the button that still leads somewhere.
    const bool previousHadFocus = m_previous->hasFocus();
    const bool nextHadFocus = m_next->hasFocus();
    m_previous->setText(tr("‹ %1").arg(yearText(m_year - 1)));
    m_previous->setAccessibleName(tr("Previous year, %1").arg(yearText(m_year - 1)));
    m_previous->setEnabled(m_year > m_firstYear);
    m_next->setText(tr("%1 ›").arg(yearText(m_year + 1)));
    m_next->setAccessibleName(tr("Next year, %1").arg(yearText(m_year + 1)));
    m_next->setEnabled(m_year < m_lastYear);
    m_label->setText(yearText(m_year));
    if (previousHadFocus && !m_previous->isEnabled() && m_next->isEnabled())
        m_next->setFocus();
    if (nextHadFocus && !m_next->isEnabled() && m_previous->isEnabled())
        m_previous->setFocus();
}

} // namespace tend
