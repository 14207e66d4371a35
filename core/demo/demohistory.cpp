#include "demohistory.h"

#include "texts.h"

#include "clock.h"
#include "democheckins.h"
#include "demoneeds.h"
#include "demopreferences.h"
#include "demorandom.h"
#include "demotime.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"
#include "storage/needrepository.h"
#include "storage/partnerrepository.h"
#include "storage/preferencerepository.h"

#include <QCoreApplication>

namespace tend {

namespace {

constexpr int MaximumCheckInsPerPartnerPerDay = 24;


Status validate(const DemoOptions &options)
{
    if (options.days < 1)
        return Error{DemoHistoryText::tr("A demo history needs at least one day.")};
    if (options.minimumCheckInsPerPartnerPerDay < 0 ||
        options.minimumCheckInsPerPartnerPerDay > MaximumCheckInsPerPartnerPerDay) {
        return Error{DemoHistoryText::tr("A demo history can ask for 0 to %1 check-ins a day.").arg(MaximumCheckInsPerPartnerPerDay)};
    }
    if (options.needs < 0)
        return Error{DemoHistoryText::tr("The number of demo needs cannot be negative.")};
    return {};
}

Partner demoPartner(int seat)
{
    Partner partner;
    partner.seat = seat;
    partner.name = seat == 1 ? QStringLiteral("Robin") : QStringLiteral("Sam");
    partner.pronouns = seat == 1 ? DemoHistoryText::tr("they/them") : DemoHistoryText::tr("she/her");
    partner.colour = seat == 1 ? QStringLiteral("#3f7cac") : QStringLiteral("#c8553d");
    return partner;
}

// The couple's ids by seat; seats nobody sits in yet get a demo partner.
Result<std::array<QUuid, 2>> ensurePartners(Database &database, const Clock &clock)
{
    PartnerRepository repository(database, clock);
    Result<QList<Partner>> existing = repository.all();
    if (!existing)
        return existing.error();
    std::array<QUuid, 2> ids;
    for (const Partner &partner : std::as_const(existing.value()))
        ids[partner.seat - 1] = partner.id;
    for (int seat = 1; seat <= 2; ++seat) {
        if (!ids[seat - 1].isNull())
            continue;
        Partner partner = demoPartner(seat);
        if (Status saved = repository.save(partner); !saved)
            return saved.error();
        ids[seat - 1] = partner.id;
    }
    return ids;
}

Result<QList<QUuid>> catalogueIds(Database &database, const Clock &clock)
{
    Result<QList<AftercareAct>> acts = ActRepository(database, clock).all();
    if (!acts)
        return acts.error();
    QList<QUuid> ids;
    for (const AftercareAct &act : std::as_const(acts.value()))
        ids.append(act.id);
    return ids;
}

// The demo answers for every partner and act that has none yet.
Status addDemoPreferences(Database &database, const Clock &clock, const std::array<QUuid, 2> &partners)
{
    PreferenceRepository repository(database, clock);
    Result<QList<Preference>> existing = repository.all();
    if (!existing)
        return existing.error();
    QList<Preference> missing;
    for (const Preference &answer : demo::demoPreferences(partners)) {
        const bool answered = std::any_of(existing->cbegin(), existing->cend(), [&](const Preference &other) {
            return other.partnerId == answer.partnerId && other.actId == answer.actId;
        });
        if (!answered)
            missing.append(answer);
    }
    return repository.saveAll(missing);
}

} // namespace

Status fillDemoHistory(Database &database, const Clock &clock, const DemoOptions &options)
{
    if (Status valid = validate(options); !valid)
        return valid;
    Result<std::array<QUuid, 2>> partners = ensurePartners(database, clock);
    if (!partners)
        return partners.error();
    Result<QList<QUuid>> catalogue = catalogueIds(database, clock);
    if (!catalogue)
        return catalogue.error();

    const demo::DemoCalendar calendar(clock);
    // Separate streams, so the needs stay the same whatever the check-ins draw.
    demo::DemoRandom checkInRandom(options.seed);
    demo::DemoRandom needRandom(options.seed ^ 0x9e3779b9u);

    const demo::CheckInPlan plan{*partners, *catalogue, options.days, options.minimumCheckInsPerPartnerPerDay};
    QList<CheckIn> checkIns = demo::demoCheckIns(plan, calendar, checkInRandom);
    QList<Need> needs = demo::demoNeeds(*partners, options.days, options.needs, calendar, needRandom);

    if (Status saved = CheckInRepository(database, clock).addAll(checkIns); !saved)
        return saved;
    if (Status saved = addDemoPreferences(database, clock, *partners); !saved)
        return saved;
    if (needs.isEmpty())
        return {};
    return NeedRepository(database, clock).addAll(needs);
}

} // namespace tend
