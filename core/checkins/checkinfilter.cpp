#include "checkinfilter.h"

#include "searchwords.h"

namespace tend {

namespace {

// Everything but the search: cheap, so it runs first and spares most notes the word search.
bool passesFields(const CheckInFilter &filter, const CheckIn &checkIn)
{
    if (!filter.partnerId.isNull() && checkIn.partnerId != filter.partnerId)
        return false;
    if (filter.kind && checkIn.kind != *filter.kind)
        return false;
    if (filter.from.isValid() && checkIn.localDay < filter.from)
        return false;
    if (filter.to.isValid() && checkIn.localDay > filter.to)
        return false;
    return true;
}

} // namespace

bool CheckInFilter::matches(const CheckIn &checkIn) const
{
    return passesFields(*this, checkIn) && SearchWords(search).allFoundIn(checkIn.note);
}

bool CheckInFilter::isEmpty() const
{
    return partnerId.isNull() && !kind && !from.isValid() && !to.isValid() && SearchWords(search).isEmpty();
}

QList<int> filterCheckIns(const QList<CheckIn> &checkIns, const CheckInFilter &filter)
{
    const SearchWords words(filter.search);
    QList<int> kept;
    for (qsizetype i = 0; i < checkIns.size(); ++i) {
        const CheckIn &checkIn = checkIns[i];
        if (passesFields(filter, checkIn) && words.allFoundIn(checkIn.note))
            kept.append(static_cast<int>(i));
    }
    return kept;
}

} // namespace tend
