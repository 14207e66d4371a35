#pragma once

#include "needs/weeklyneed.h"

#include "card.h"

#include <optional>

class QLabel;
class QPushButton;

namespace tend {

// "This week's need": the one need Tend suggests (or the couple picked) to talk about this
// week, with the buttons to mark it discussed or to pick the selected need instead.
class WeeklyNeedCard : public Card
{
    Q_OBJECT

public:
    explicit WeeklyNeedCard(QWidget *parent = nullptr);

    void setWeeklyNeed(const std::optional<WeeklyNeed> &weekly, const QString &raisedByName, const QDate &discussedOn);
    void setPickEnabled(bool enabled);

signals:
    void markDiscussedRequested();
    void pickSelectedRequested();

private:
    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_discussed = nullptr;
    QPushButton *m_pick = nullptr;
};

} // namespace tend
