#include "revealcurtain.h"

#include "buttontext.h"
#include "typography.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

RevealCurtain::RevealCurtain(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_show(new QPushButton(this))
{
    setObjectName(QStringLiteral("revealCurtain"));
    m_text->setObjectName(QStringLiteral("curtainText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_show->setObjectName(QStringLiteral("showAnswersButton"));
    styleAsPrimary(m_show);
    connect(m_show, &QPushButton::clicked, this, &RevealCurtain::showRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_show, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void RevealCurtain::setPartnerName(const QString &name)
{
    m_text->setText(tr("<p><b>These are %1's answers.</b></p>"
                       "<p>Reveal together is on, so each of you answers out of sight of the other "
                       "until you have both marked your form done.</p>"
                       "<p>%1, when it's you at the keyboard:</p>")
                        .arg(name.toHtmlEscaped()));
    m_show->setText(tr("&Show %1's answers").arg(asButtonText(name)));
    m_show->setAccessibleName(tr("Show %1's answers").arg(name));
}

} // namespace tend
