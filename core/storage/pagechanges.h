#pragma once

#include "result.h"

#include <QByteArray>

namespace tend {

// What changed between two images of a database, page by page, as one block of bytes for the
// vault journal:
//   the new image's size (8 bytes, big-endian), the page size (4), the number of pages (4),
//   then for each page its number from 0 (4) and its bytes (the page size, or what is left of
//   the image for a last, shorter page).

// The pages of `current` that differ from `previous` (or lie beyond its end); empty when the
// two are the same.
QByteArray pageChanges(QByteArrayView previous, QByteArrayView current, qsizetype pageSize);

// Brings `image` to the state `changes` describe. Fails, leaving `image` as it was, on bytes
// that do not describe changes.
Status applyPageChanges(QByteArray &image, QByteArrayView changes);

} // namespace tend
