#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tend {

// "‹ 2023   2024   2025 ›": steps through the years that can hold check-ins, from the year of
// the first one to this year.
class YearPicker : public QWidget
{
    Q_OBJECT

public:
    explicit YearPicker(QWidget *parent = nullptr);

    // The years there is something to show; `year` is kept within them.
    void setBounds(int firstYear, int lastYear);
    int year() const { return m_year; }
    void setYear(int year);

signals:
    // Only for a year chosen with the buttons.
    void yearChanged(int year);

private:
    void refresh();

    int m_firstYear = 0;
    int m_lastYear = 0;
    int m_year = 0;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace tend
