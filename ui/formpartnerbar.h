#pragma once

#include "model/partner.h"
#include "preferences/formprogress.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QRadioButton;
class QTimeZone;

namespace tend {

// Above the preferences form: whose answers are open, how far each partner is (never what
// they answered), and the open partner's "done" mark.
class FormPartnerBar : public QWidget
{
    Q_OBJECT

public:
    explicit FormPartnerBar(QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    int current() const { return m_current; }
    // Each partner's progress, in seat order; times are shown in `zone`.
    void setProgress(const std::array<FormProgress, 2> &progress, const QTimeZone &zone);
    void setDoneEnabled(bool enabled);

signals:
    void partnerChosen(int who);
    void doneClicked(bool done);

private:
    QList<Partner> m_partners;
    int m_current = 0;
    std::array<QRadioButton *, 2> m_choice{};
    QLabel *m_progress = nullptr;
    QCheckBox *m_done = nullptr;
};

} // namespace tend
