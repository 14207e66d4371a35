#include "formpartnerbar.h"

#include "buttontext.h"
#include "colourdot.h"
#include "typography.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTimeZone>

namespace tend {

FormPartnerBar::FormPartnerBar(QWidget *parent)
    : QWidget(parent), m_progress(new QLabel(this)), m_done(new QCheckBox(this))
{
    auto *label = new QLabel(tr("Whose answers:"), this);
    auto *group = new QButtonGroup(this);
    for (int who = 0; who < 2; ++who) {
        m_choice[who] = new QRadioButton(this);
        m_choice[who]->setObjectName(QStringLiteral("preferencePartner%1").arg(who + 1));
        group->addButton(m_choice[who], who);
    }
    m_choice[0]->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, [this](int who) {
        if (who == m_current)
            return;
        m_current = who;
        emit partnerChosen(who);
    });
    m_progress->setObjectName(QStringLiteral("preferenceProgress"));
    styleAsQuiet(m_progress);
    m_done->setObjectName(QStringLiteral("formDoneCheck"));
    connect(m_done, &QCheckBox::clicked, this, &FormPartnerBar::doneClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(label);
    layout->addWidget(m_choice[0]);
    layout->addWidget(m_choice[1]);
    layout->addSpacing(12);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_done);
}

void FormPartnerBar::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    for (int who = 0; who < 2 && who < partners.size(); ++who)
        m_choice[who]->setIcon(colourDot(partners[who].colour));
}

void FormPartnerBar::setProgress(const std::array<FormProgress, 2> &progress, const QTimeZone &zone)
{
    if (m_partners.size() != 2)
        return;
    for (int who = 0; who < 2; ++who) {
        const QString mark = progress[who].done ? tr("done") : tr("%1 of %2").arg(progress[who].answered).arg(progress[who].total);
        m_choice[who]->setText(tr("%1 (%2)").arg(asButtonText(m_partners[who].name), mark));
        m_choice[who]->setAccessibleName(tr("Answers of %1, %2").arg(m_partners[who].name, mark));
    }
    const FormProgress &current = progress[m_current];
    QString text = tr("%1 of %2 answered").arg(current.answered).arg(current.total);
    if (current.lastChangeUtc.isValid()) {
        const QDateTime local = current.lastChangeUtc.toTimeZone(zone);
        text += QStringLiteral(" · ") + tr("last changed %1").arg(QLocale().toString(local, QStringLiteral("d MMM yyyy, HH:mm")));
    }
    m_progress->setText(text);
    const QSignalBlocker blocker(m_done);
    m_done->setText(tr("%1 is &done").arg(asButtonText(m_partners[m_current].name)));
    m_done->setChecked(current.done);
}

void FormPartnerBar::setDoneEnabled(bool enabled)
{
    m_done->setEnabled(enabled);
}

} // namespace tend
