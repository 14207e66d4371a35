#pragma once

#include <QList>
#include <QUuid>

namespace tend::demo {

class DemoRandom;

// What one partner tends to wish for after intimacy, and to offer: a few favourite acts
// from the catalogue, with the rest of it now and then.
class ActTaste
{
public:
    ActTaste(const QList<QUuid> &catalogue, DemoRandom &random);

    const QList<QUuid> &favourites() const { return m_favourites; }
    QList<QUuid> wishes(DemoRandom &random) const;
    // Something the giver likes to offer that is not among `already`, if there is one.
    QUuid offer(const QList<QUuid> &already, DemoRandom &random) const;

private:
    QList<QUuid> m_catalogue;
    QList<QUuid> m_favourites;
};

// The aftercare one partner wished for and received after one moment of intimacy.
struct Aftercare
{
    QList<QUuid> wished;
    QList<QUuid> received;
    int feltCaredFor = 3;
};

// Most wishes are met, more of them when the couple feels close; how cared for the
// receiver felt follows from how many were met.
Aftercare demoAftercare(const ActTaste &receiver, const ActTaste &giver, int closeness, DemoRandom &random);

} // namespace tend::demo
