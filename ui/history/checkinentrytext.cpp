#include "checkinentrytext.h"

#include "history/scaleseries.h"
#include "scalewords.h"

#include <QCoreApplication>
#include <QLocale>

namespace tend {

namespace {
struct EntryText { Q_DECLARE_TR_FUNCTIONS(DayCheckIns) };

const QString Separator = QStringLiteral(" · ");

QString scaleText(const QString &title, int value, const QStringList &steps)
{
    return EntryText::tr("%1 %2 (%3)").arg(title, QLocale().toString(value), steps.value(value - 1));
}

QString actList(const QList<QUuid> &acts, const QHash<QUuid, QString> &actNames)
{
    QStringList names;
    for (const QUuid &act : acts)
        names.append(actNames.value(act, EntryText::tr("an act no longer listed")));
    return names.join(QStringLiteral(", "));
}
} // namespace

// The check-in form (ui/checkinform.cpp) asks with these same words.
QStringList caredForSteps()
{
    return {EntryText::tr("Not really"), EntryText::tr("A little"), EntryText::tr("Somewhat"),
            EntryText::tr("Cared for"), EntryText::tr("Very cared for")};
}

QString checkInWhenText(const CheckIn &checkIn, const QTimeZone &zone)
{
    const QString time = checkIn.atUtc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"));
    return time + Separator + checkInKindName(checkIn.kind);
}

QString checkInScalesText(const CheckIn &checkIn)
{
    QStringList parts{scaleText(scaleTitle(CheckInScale::Mood), checkIn.mood, scaleSteps(CheckInScale::Mood)),
                      scaleText(scaleTitle(CheckInScale::Stress), checkIn.stress, scaleSteps(CheckInScale::Stress)),
                      scaleText(scaleTitle(CheckInScale::Closeness), checkIn.closeness,
                                scaleSteps(CheckInScale::Closeness))};
    if (checkIn.feltCaredFor)
        parts.append(scaleText(EntryText::tr("Felt cared for"), *checkIn.feltCaredFor, caredForSteps()));
    return parts.join(Separator);
}

QString checkInActsText(const CheckIn &checkIn, const QHash<QUuid, QString> &actNames)
{
    QStringList parts;
    if (!checkIn.actsReceived.isEmpty())
        parts.append(EntryText::tr("Received: %1").arg(actList(checkIn.actsReceived, actNames)));
    if (!checkIn.actsWished.isEmpty())
        parts.append(EntryText::tr("Wished for: %1").arg(actList(checkIn.actsWished, actNames)));
    return parts.join(Separator);
}

} // namespace tend
