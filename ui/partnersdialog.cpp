#include "partnersdialog.h"

#include "colourbutton.h"
#include "typography.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

namespace {

// Soft, clearly different defaults; each partner can pick their own.
const QColor DefaultColours[2] = {QColor(0x3f, 0x7c, 0xac), QColor(0xc8, 0x55, 0x3d)};

} // namespace

PartnersDialog::PartnersDialog(Purpose purpose, const QList<Partner> &partners, QWidget *parent)
    : QDialog(parent), m_original(partners), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("partnersDialog"));
    setWindowTitle(purpose == Purpose::FirstRun ? tr("Welcome to Tend") : tr("Partners"));
    setMinimumWidth(680);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(purpose == Purpose::FirstRun
                       ? tr("<h2>Welcome to Tend</h2>"
                            "<p>Tend is a quiet place for the two of you to look after each other. "
                            "Everything stays on this computer.</p>"
                            "<p>Who are you? You can change this at any time.</p>")
                       : tr("<p>How Tend names and shows each of you.</p>"));

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(createPartnerBox(1, m_fields[0]));
    boxes->addWidget(createPartnerBox(2, m_fields[1]));

    m_problem->setObjectName(QStringLiteral("partnersProblem"));
    styleAsProblem(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::FirstRun ? tr("Start") : tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("partnersOk"));
    styleAsPrimary(buttons->button(QDialogButtonBox::Ok));
    if (purpose == Purpose::FirstRun)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addWidget(intro);
    layout->addLayout(boxes);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (int i = 0; i < 2; ++i) {
        const Partner *existing = i < partners.size() ? &partners[i] : nullptr;
        m_fields[i].name->setText(existing ? existing->name : QString());
        m_fields[i].pronouns->setText(existing ? existing->pronouns : QString());
        m_fields[i].colour->setColour(existing ? QColor(existing->colour) : DefaultColours[i]);
    }
    m_fields[0].name->setFocus();
}

QWidget *PartnersDialog::createPartnerBox(int seat, PartnerFields &fields)
{
    const QString title = seat == 1 ? tr("First partner") : tr("Second partner");
    auto *box = new QGroupBox(title, this);
    const QString prefix = QStringLiteral("partner%1").arg(seat);

    fields.name = new QLineEdit(box);
    fields.name->setObjectName(prefix + QStringLiteral("Name"));
    fields.name->setMaxLength(MaxNameLength);
    fields.name->setAccessibleName(tr("%1: name").arg(title));
    fields.name->setPlaceholderText(tr("Name or nickname"));

    fields.pronouns = new QLineEdit(box);
    fields.pronouns->setObjectName(prefix + QStringLiteral("Pronouns"));
    fields.pronouns->setMaxLength(MaxPronounsLength);
    fields.pronouns->setAccessibleName(tr("%1: pronouns (optional)").arg(title));
    fields.pronouns->setPlaceholderText(tr("Optional, e.g. she/her, they/them"));

    fields.colour = new ColourButton(box);
    fields.colour->setObjectName(prefix + QStringLiteral("Colour"));
    fields.colour->setAccessibleName(tr("%1: colour").arg(title));

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), fields.name);
    form->addRow(tr("&Pronouns:"), fields.pronouns);
    form->addRow(tr("Colour:"), fields.colour);
    return box;
}

QList<Partner> PartnersDialog::partners() const
{
    QList<Partner> result;
    for (int i = 0; i < 2; ++i) {
        Partner partner = i < m_original.size() ? m_original[i] : Partner{};
        partner.seat = i + 1;
        partner.name = m_fields[i].name->text().trimmed();
        partner.pronouns = m_fields[i].pronouns->text().trimmed();
        partner.colour = m_fields[i].colour->colour().name();
        result.append(partner);
    }
    return result;
}

void PartnersDialog::accept()
{
    const QList<Partner> entered = partners();
    for (int i = 0; i < entered.size(); ++i) {
        if (Status valid = validate(entered[i]); !valid) {
            const QString who = i == 0 ? tr("First partner") : tr("Second partner");
            m_problem->setText(tr("%1: %2").arg(who, valid.error().message));
            m_problem->show();
            m_fields[i].name->setFocus();
            return;
        }
    }
    if (entered[0].name.compare(entered[1].name, Qt::CaseInsensitive) == 0) {
        m_problem->setText(tr("Please give the two of you different names, so Tend can tell you apart."));
        m_problem->show();
        m_fields[1].name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tend
