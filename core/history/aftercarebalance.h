#pragma once

#include "dayperiod.h"
#include "partnerids.h"
#include "model/aftercareact.h"
#include "model/checkin.h"

namespace tend {

// How often one partner received and wished for one act, counted in check-ins.
struct ActBalance
{
    QUuid actId;
    int received = 0;
    int wished = 0;
    int wishedNotReceived = 0;

    bool operator==(const ActBalance &) const = default;
};

// Per partner, the acts received or wished for on the local days of `period`, in the order of
// `catalogue`. Pass the whole catalogue, archived acts included: acts count by id, and an act
// missing from it is left out. An act named twice in one check-in counts once.
std::array<QList<ActBalance>, 2> aftercareBalance(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                                  const QList<AftercareAct> &catalogue, const DayPeriod &period);

// The `count` acts most often wished for but not received, most first; ties keep the order of
// `balance` (the catalogue's). Acts always received when wished for are left out.
QList<ActBalance> mostWishedNotReceived(const QList<ActBalance> &balance, int count);

} // namespace tend
