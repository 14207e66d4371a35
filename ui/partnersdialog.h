#pragma once

#include "model/partner.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tend {

class ColourButton;

// Names, pronouns and colours of the two partners: asked on the first run, editable later.
class PartnersDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { FirstRun, Edit };
    PartnersDialog(Purpose purpose, const QList<Partner> &partners, QWidget *parent = nullptr);

    // The partners as entered, in seat order, ids kept for editing.
    QList<Partner> partners() const;

    void accept() override;

private:
    struct PartnerFields
    {
        QLineEdit *name = nullptr;
        QLineEdit *pronouns = nullptr;
        ColourButton *colour = nullptr;
    };
    QWidget *createPartnerBox(int seat, PartnerFields &fields);

    QList<Partner> m_original;
    PartnerFields m_fields[2];
    QLabel *m_problem = nullptr;
};

} // namespace tend
