#include "scalewords.h"

#include <QCoreApplication>

namespace tend {

namespace {
struct ScaleText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };
} // namespace

QString scaleTitle(CheckInScale scale)
{
    switch (scale) {
    case CheckInScale::Mood:
        return ScaleText::tr("Mood");
    case CheckInScale::Stress:
        return ScaleText::tr("Stress");
    case CheckInScale::Closeness:
        return ScaleText::tr("Closeness");
    }
    return {};
}

QString scaleWord(CheckInScale scale)
{
    switch (scale) {
    case CheckInScale::Mood:
        return ScaleText::tr("mood");
    case CheckInScale::Stress:
        return ScaleText::tr("stress");
    case CheckInScale::Closeness:
        return ScaleText::tr("closeness");
    }
    return {};
}

// The check-in form (ui/checkinform.cpp) asks with these same words.
QStringList scaleSteps(CheckInScale scale)
{
    switch (scale) {
    case CheckInScale::Mood:
        return {ScaleText::tr("Low"), ScaleText::tr("A bit low"), ScaleText::tr("Okay"), ScaleText::tr("Good"),
                ScaleText::tr("Great")};
    case CheckInScale::Stress:
        return {ScaleText::tr("Calm"), ScaleText::tr("A little tense"), ScaleText::tr("Some stress"),
                ScaleText::tr("Stressed"), ScaleText::tr("Very stressed")};
    case CheckInScale::Closeness:
        return {ScaleText::tr("Distant"), ScaleText::tr("A bit apart"), ScaleText::tr("Okay"), ScaleText::tr("Close"),
                ScaleText::tr("Very close")};
    }
    return {};
}

} // namespace tend
