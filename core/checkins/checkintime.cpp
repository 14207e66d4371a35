#include "checkintime.h"

#include <QCoreApplication>

namespace tend {

Status validateTime(const CheckIn &checkIn, const QDateTime &nowUtc)
{
    constexpr qint64 LeewaySeconds = 60;
    if (checkIn.atUtc.isValid() && checkIn.atUtc > nowUtc.addSecs(LeewaySeconds))
        return Error{QCoreApplication::translate("Validation",
                                                 "A check-in is about a moment that has passed; this time is still to come. "
                                                 "Please choose an earlier date or time.")};
    return {};
}

} // namespace tend
