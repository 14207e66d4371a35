#pragma once

#include <QList>
#include <QRandomGenerator>

namespace tend::demo {

// The one source of chance in a demo history. Seeded, and built only on QRandomGenerator's
// integers (no std:: distributions, which differ between standard libraries), so a seed
// gives the same history everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}

    double uniform() { return m_generator.generateDouble(); }
    // Both ends included.
    int between(int lowest, int highest) { return m_generator.bounded(lowest, highest + 1); }
    bool chance(double probability) { return uniform() < probability; }
    // Roughly normal around 0 with the given standard deviation, never beyond about 3.5 of them.
    double gaussian(double spread);
    // An index drawn in proportion to `weights`.
    qsizetype weighted(const QList<double> &weights);

    qsizetype index(qsizetype size) { return m_generator.bounded(static_cast<int>(size)); }

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(index(items.size()));
    }

    template <typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, index(i + 1));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace tend::demo
