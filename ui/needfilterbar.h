#pragma once

#include "model/partner.h"
#include "needs/needfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tend {

// Which needs the list shows: by status, by who raised them, and words in them.
class NeedFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit NeedFilterBar(QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    NeedFilter filter() const;

signals:
    void filterChanged();

private:
    QList<Partner> m_partners;
    QComboBox *m_status = nullptr;
    QComboBox *m_raisedBy = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace tend
