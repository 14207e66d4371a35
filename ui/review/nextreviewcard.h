#pragma once

#include "card.h"
#include "history/dayperiod.h"

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace tend {

// "Your next review": the days it looks at (since the last review unless the couple picks
// others), what is in them, and the button to begin, or to take up a review not yet done.
class NextReviewCard : public Card
{
    Q_OBJECT

public:
    explicit NextReviewCard(QWidget *parent = nullptr);

    DayPeriod period() const;
    // Shows `period` without announcing it; no day after `latest` can be chosen.
    void setPeriod(const DayPeriod &period, const QDate &latest);
    // What the period holds: "12 check-ins, 2 needs resolved".
    void setContents(const QString &text);
    // The review begun and not yet done, offered to continue; none hides the offer.
    void setInProgress(const std::optional<DayPeriod> &period);
    void setStartEnabled(bool enabled);

signals:
    void periodChanged();
    void startRequested();
    void continueRequested();

private:
    void keepInOrder(bool fromMoved);

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_contents = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_start = nullptr;
    QPalette m_plainButton;
};

} // namespace tend
