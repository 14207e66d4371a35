#include "checkindialog.h"

#include "checkinform.h"
#include "undoablecheckinwrites.h"

#include <QVBoxLayout>

namespace tend {

CheckInDialog::CheckInDialog(const CheckIn &checkIn, UndoableCheckInWrites &writes, const Clock &clock,
                             QWidget *parent)
    : QDialog(parent), m_writes(writes), m_original(checkIn), m_form(new CheckInForm(clock, this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("Edit check-in"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_form);
    connect(m_form, &CheckInForm::submitted, this, &CheckInDialog::save);
    connect(m_form, &CheckInForm::editingCancelled, this, &QDialog::reject);
    resize(620, sizeHint().height());
}

void CheckInDialog::setPartners(const QList<Partner> &partners)
{
    m_form->setPartners(partners);
    m_form->startEditing(m_original);
}

void CheckInDialog::setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences)
{
    m_form->setCatalogue(acts, preferences);
    m_form->startEditing(m_original);
}

void CheckInDialog::save()
{
    CheckIn changed = m_form->answers();
    if (sameAnswers(changed, m_original)) {
        accept();
        return;
    }
    if (!m_writes.update(m_original, changed))
        return;
    m_saved = changed;
    accept();
}

} // namespace tend
