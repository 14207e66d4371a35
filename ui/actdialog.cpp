#include "actdialog.h"

#include "typography.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

ActDialog::ActDialog(CareForm suggestedForm, QWidget *parent)
    : QDialog(parent), m_label(new QLineEdit(this)), m_description(new QLineEdit(this)), m_form(new QComboBox(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("actDialog"));
    setWindowTitle(tr("Add an aftercare act"));
    setMinimumWidth(460);

    m_label->setObjectName(QStringLiteral("actLabelEdit"));
    m_label->setMaxLength(MaxActLabelLength);
    m_label->setPlaceholderText(tr("For example: Tea in bed"));
    m_label->setAccessibleName(tr("Name"));
    m_description->setObjectName(QStringLiteral("actDescriptionEdit"));
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setAccessibleName(tr("A few words about it"));
    m_form->setObjectName(QStringLiteral("actFormChoice"));
    m_form->setAccessibleName(tr("Form of care"));
    for (CareForm form : AllCareForms)
        m_form->addItem(careFormName(form), int(form));
    m_form->setCurrentIndex(m_form->findData(int(suggestedForm)));

    m_problem->setObjectName(QStringLiteral("actProblem"));
    styleAsProblem(m_problem);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_label);
    fields->addRow(tr("&About it:"), m_description);
    fields->addRow(tr("&Form:"), m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add"));
    add->setObjectName(QStringLiteral("actOk"));
    styleAsPrimary(add);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_label->setFocus();
}

AftercareAct ActDialog::act() const
{
    AftercareAct act;
    act.label = m_label->text().simplified();
    act.description = m_description->text().simplified();
    act.form = CareForm(m_form->currentData().toInt());
    return act;
}

void ActDialog::accept()
{
    if (Status valid = validate(act()); !valid) {
        m_problem->setText(valid.error().message);
        m_problem->show();
        m_label->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tend
