#include "demoacts.h"

#include "demomood.h"
#include "demorandom.h"

#include <algorithm>

namespace tend::demo {

namespace {

constexpr int FavouriteCount = 4;
constexpr int Attempts = 24;

} // namespace

ActTaste::ActTaste(const QList<QUuid> &catalogue, DemoRandom &random) : m_catalogue(catalogue)
{
    QList<QUuid> shuffled = catalogue;
    random.shuffle(shuffled);
    m_favourites = shuffled.mid(0, FavouriteCount);
}

QList<QUuid> ActTaste::wishes(DemoRandom &random) const
{
    QList<QUuid> wished;
    if (m_catalogue.isEmpty())
        return wished;
    const qsizetype wanted = std::min<qsizetype>(random.between(1, 3), m_catalogue.size());
    for (int attempt = 0; attempt < Attempts && wished.size() < wanted; ++attempt) {
        const QUuid &act = random.chance(0.8) ? random.pick(m_favourites) : random.pick(m_catalogue);
        if (!wished.contains(act))
            wished.append(act);
    }
    return wished;
}

QUuid ActTaste::offer(const QList<QUuid> &already, DemoRandom &random) const
{
    if (m_favourites.isEmpty())
        return {};
    const QUuid &act = random.pick(m_favourites);
    return already.contains(act) ? QUuid() : act;
}

Aftercare demoAftercare(const ActTaste &receiver, const ActTaste &giver, int closeness, DemoRandom &random)
{
    Aftercare care;
    care.wished = receiver.wishes(random);
    const double metChance = 0.72 + 0.05 * (closeness - 3);
    for (const QUuid &act : std::as_const(care.wished)) {
        if (random.chance(metChance))
            care.received.append(act);
    }
    if (random.chance(0.35)) {
        if (const QUuid extra = giver.offer(care.received, random); !extra.isNull())
            care.received.append(extra);
    }

    double met = 0.7; // nothing to wish for from an empty catalogue: neither met nor missed
    if (!care.wished.isEmpty()) {
        const auto metCount = std::count_if(care.wished.cbegin(), care.wished.cend(),
                                            [&](const QUuid &act) { return care.received.contains(act); });
        met = static_cast<double>(metCount) / static_cast<double>(care.wished.size());
    }
    care.feltCaredFor = toScale(1.9 + 2.6 * met + 0.35 * (closeness - 3) + random.gaussian(0.45));
    return care;
}

} // namespace tend::demo
