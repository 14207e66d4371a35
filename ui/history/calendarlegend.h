#pragma once

#include "model/partner.h"

#include <QWidget>

#include <array>

class QLabel;

namespace tend {

// What the year calendar's squares mean: the five moods with their digits and words, the corner
// each partner marks, an empty day and today.
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);

private:
    std::array<Partner, 2> m_partners;
    std::array<QLabel *, 2> m_partnerSwatches{};
    std::array<QLabel *, 2> m_partnerTexts{};
};

} // namespace tend
