#include "pagechanges.h"

#include "texts.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace tend {

namespace {

constexpr qsizetype SizeBytes = 8;
constexpr qsizetype PageSizeBytes = 4;
constexpr qsizetype CountBytes = 4;
constexpr qsizetype HeaderBytes = SizeBytes + PageSizeBytes + CountBytes;
constexpr qsizetype PageNumberBytes = 4;

Error notChanges()
{
    return Error{StorageText::tr("A saved change in the locked file does not read as one.")};
}

} // namespace

QByteArray pageChanges(QByteArrayView previous, QByteArrayView current, qsizetype pageSize)
{
    QByteArray changes(HeaderBytes, '\0');
    quint32 count = 0;
    for (qsizetype start = 0; start < current.size(); start += pageSize) {
        const qsizetype length = std::min(pageSize, current.size() - start);
        const bool same = start + length <= previous.size()
                          && std::memcmp(current.data() + start, previous.data() + start, std::size_t(length)) == 0;
        if (same)
            continue;
        char number[PageNumberBytes];
        qToBigEndian<quint32>(quint32(start / pageSize), number);
        changes.append(number, PageNumberBytes);
        changes.append(current.data() + start, length);
        ++count;
    }
    if (count == 0 && current.size() == previous.size())
        return {};
    qToBigEndian<quint64>(quint64(current.size()), changes.data());
    qToBigEndian<quint32>(quint32(pageSize), changes.data() + SizeBytes);
    qToBigEndian<quint32>(count, changes.data() + SizeBytes + PageSizeBytes);
    return changes;
}

Status applyPageChanges(QByteArray &image, QByteArrayView changes)
{
    if (changes.size() < HeaderBytes)
        return notChanges();
    const quint64 size = qFromBigEndian<quint64>(changes.data());
    const qsizetype pageSize = qFromBigEndian<quint32>(changes.data() + SizeBytes);
    const quint32 count = qFromBigEndian<quint32>(changes.data() + SizeBytes + PageSizeBytes);
    if (pageSize <= 0 || size > quint64(std::numeric_limits<qsizetype>::max() / 2))
        return notChanges();
    // Checked whole first, then applied in place: an image is megabytes, a change kilobytes.
    const auto forEachPage = [&](auto &&use) {
        qsizetype at = HeaderBytes;
        for (quint32 page = 0; page < count; ++page) {
            if (changes.size() - at < PageNumberBytes)
                return false;
            const qsizetype start = qsizetype(qFromBigEndian<quint32>(changes.data() + at)) * pageSize;
            at += PageNumberBytes;
            if (start >= qsizetype(size))
                return false;
            const qsizetype length = std::min(pageSize, qsizetype(size) - start);
            if (changes.size() - at < length)
                return false;
            use(start, changes.sliced(at, length));
            at += length;
        }
        return at == changes.size();
    };
    if (!forEachPage([](qsizetype, QByteArrayView) {}))
        return notChanges();
    image.resize(qsizetype(size), '\0');
    forEachPage([&image](qsizetype start, QByteArrayView page) {
        std::memcpy(image.data() + start, page.data(), std::size_t(page.size()));
    });
    return {};
}

} // namespace tend
