#pragma once

#include "model/need.h"
#include "model/partner.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace tend {

// One line to add a need: who raises it, what it is about, how pressing it is. Enter adds.
class NeedEntryBar : public QWidget
{
    Q_OBJECT

public:
    explicit NeedEntryBar(QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    // The need as typed; the page validates and saves it.
    Need need() const;
    // After a need was added: empty text, ready for the next one.
    void clearText();
    void focusText();

signals:
    void addRequested();

private:
    QList<Partner> m_partners;
    QComboBox *m_raisedBy = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_priority = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace tend
