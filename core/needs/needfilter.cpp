#include "needfilter.h"

#include <QStringList>

namespace tend {

namespace {

// "Café" and "CAFE" both become "cafe": compatibility decomposition splits letters from
// their accents, the accents (combining marks) are dropped, and case is folded.
QString searchable(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            plain.append(c);
        }
    }
    return plain.toCaseFolded();
}

bool containsEveryWord(const Need &need, const QString &search)
{
    const QStringList words = searchable(search).simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    // A line break between them, so no word is found half in the text and half in the note.
    const QString haystack = searchable(need.text + u'\n' + need.resolutionNote);
    for (const QString &word : words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace

bool NeedFilter::matches(const Need &need) const
{
    if (status && need.status != *status)
        return false;
    if (!raisedBy.isNull() && need.raisedBy != raisedBy)
        return false;
    return containsEveryWord(need, search);
}

} // namespace tend
