#pragma once

#include "result.h"

#include <QtGlobal>

namespace tend {

class Clock;
class Database;

struct DemoOptions
{
    int days = 365;
    // 0 gives a lifelike history; 2 or more fills every day for benchmarks.
    int minimumCheckInsPerPartnerPerDay = 0;
    int needs = 12;
    quint32 seed = 20261126;
};

// Fills `database` with a believable, made-up history for trying Tend out and for measuring it:
// the two partners (created only for the seats still empty), `days` days of check-ins ending
// on clock.today(), a list of needs, and both partners' aftercare preferences. The same seed
// and clock give the same history (only ids and row timestamps differ). It adds to what is
// there; it never changes or deletes. Check-ins, needs and preferences are each written in
// one transaction.
Status fillDemoHistory(Database &database, const Clock &clock, const DemoOptions &options);

} // namespace tend
