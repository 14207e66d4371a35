#include "calendarlegend.h"

#include "calendarcell.h"
#include "history/scaleseries.h"
#include "model/scale.h"
#include "scalewords.h"
#include "typography.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace tend {

namespace {
constexpr int SwatchSize = 17;

QPixmap swatch(const CalendarCellLook &look, qreal pixelRatio)
{
    QPixmap pixmap(QSize(SwatchSize, SwatchSize) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintCalendarCell(painter, QRectF(0, 0, SwatchSize, SwatchSize), look);
    return pixmap;
}

// A swatch and its words, side by side.
QWidget *entry(QLabel *swatchLabel, QLabel *text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    layout->addWidget(swatchLabel);
    layout->addWidget(text);
    return box;
}
} // namespace

CalendarLegend::CalendarLegend(QWidget *parent) : QWidget(parent)
{
    const qreal pixelRatio = devicePixelRatioF();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(6);

    auto *moodTitle = new QLabel(tr("Average mood:"), this);
    styleAsQuiet(moodTitle);
    layout->addWidget(moodTitle, 0, 0);
    auto *moods = new QHBoxLayout;
    moods->setSpacing(14);
    const QStringList words = scaleSteps(CheckInScale::Mood);
    for (int step = ScaleMin; step <= ScaleMax; ++step) {
        CalendarCellLook look;
        look.moodStep = step;
        auto *swatchLabel = new QLabel(this);
        swatchLabel->setPixmap(swatch(look, pixelRatio));
        moods->addWidget(entry(swatchLabel, new QLabel(words.value(step - 1), this), this));
    }
    moods->addStretch(1);
    layout->addLayout(moods, 0, 1);

    auto *marksTitle = new QLabel(tr("Checked in:"), this);
    styleAsQuiet(marksTitle);
    layout->addWidget(marksTitle, 1, 0);
    auto *marks = new QHBoxLayout;
    marks->setSpacing(14);
    for (size_t place = 0; place < m_partnerSwatches.size(); ++place) {
        m_partnerSwatches[place] = new QLabel(this);
        m_partnerTexts[place] = new QLabel(this);
        m_partnerTexts[place]->setObjectName(place == 0 ? QStringLiteral("legendFirstPartner")
                                                        : QStringLiteral("legendSecondPartner"));
        marks->addWidget(entry(m_partnerSwatches[place], m_partnerTexts[place], this));
    }
    marks->addStretch(1);
    layout->addLayout(marks, 1, 1);

    auto *daysTitle = new QLabel(tr("Days:"), this);
    styleAsQuiet(daysTitle);
    layout->addWidget(daysTitle, 2, 0);
    auto *days = new QHBoxLayout;
    days->setSpacing(14);
    auto *emptySwatch = new QLabel(this);
    emptySwatch->setPixmap(swatch({}, pixelRatio));
    days->addWidget(entry(emptySwatch, new QLabel(tr("no check-ins"), this), this));
    CalendarCellLook today;
    today.today = true;
    auto *todaySwatch = new QLabel(this);
    todaySwatch->setPixmap(swatch(today, pixelRatio));
    days->addWidget(entry(todaySwatch, new QLabel(tr("today"), this), this));
    days->addStretch(1);
    layout->addLayout(days, 2, 1);
    layout->setColumnStretch(1, 1);
    setPartners(m_partners);
}

void CalendarLegend::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    const std::array<QString, 2> corners{tr("%1, top-left corner"), tr("%1, top-right corner")};
    for (size_t place = 0; place < m_partners.size(); ++place) {
        CalendarCellLook look;
        look.moodStep = 3;
        look.checkedIn[place] = true;
        look.partnerColours[place] = QColor(m_partners[place].colour);
        m_partnerSwatches[place]->setPixmap(swatch(look, devicePixelRatioF()));
        m_partnerTexts[place]->setText(corners[place].arg(m_partners[place].name));
    }
}

} // namespace tend
