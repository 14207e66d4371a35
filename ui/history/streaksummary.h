#pragma once

#include "history/streaks.h"
#include "model/partner.h"

#include <QWidget>

#include <array>

class QLabel;

namespace tend {

// "3 days in a row · longest 21", or that there is no streak right now.
QString streakText(const Streak &streak);

// How many days in a row each partner, and both together, have checked in.
class StreakSummary : public QWidget
{
    Q_OBJECT

public:
    explicit StreakSummary(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);
    void setStreaks(const CheckInStreaks &streaks);

private:
    void refresh();

    std::array<Partner, 2> m_partners;
    CheckInStreaks m_streaks;
    std::array<QLabel *, 2> m_partnerDots{};
    std::array<QLabel *, 3> m_texts{}; // seat 1, seat 2, both
};

} // namespace tend
