#pragma once

#include "model/aftercareact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tend {

// Asks for a new aftercare act of the couple's own: its name, a few words about it, its form.
class ActDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActDialog(CareForm suggestedForm, QWidget *parent = nullptr);

    AftercareAct act() const;
    void accept() override;

private:
    QLineEdit *m_label = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_form = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tend
