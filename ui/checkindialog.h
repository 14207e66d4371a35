#pragma once

#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/partner.h"
#include "model/preference.h"

#include <QDialog>

namespace tend {

class CheckInForm;
class Clock;
class UndoableCheckInWrites;

// One past check-in opened for editing. Saving writes it (with undo) and closes the dialog;
// when the write fails the dialog stays open with the answers as they were typed.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(const CheckIn &checkIn, UndoableCheckInWrites &writes, const Clock &clock, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences);

    // The check-in as saved; valid after the dialog was accepted.
    const CheckIn &saved() const { return m_saved; }

private:
    void save();

    UndoableCheckInWrites &m_writes;
    CheckIn m_original;
    CheckIn m_saved;
    CheckInForm *m_form = nullptr;
};

} // namespace tend
