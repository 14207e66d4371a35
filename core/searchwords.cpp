#include "searchwords.h"

#include <algorithm>

namespace tend {

namespace {

bool isPlainAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString withoutCaseOrAccents(const QString &text)
{
    // Compatibility decomposition splits letters from their accents, which are then dropped.
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

SearchWords::SearchWords(const QString &search)
    : m_words(withoutCaseOrAccents(search).simplified().split(u' ', Qt::SkipEmptyParts))
{
}

bool SearchWords::allFoundIn(const QString &text) const
{
    if (m_words.isEmpty())
        return true;
    // Plain ASCII has no accents to drop, and ignoring its case is all the folding it needs:
    // most notes are found without making a folded copy.
    if (isPlainAscii(text)) {
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
    }
    const QString plain = withoutCaseOrAccents(text);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&plain](const QString &word) { return plain.contains(word); });
}

} // namespace tend
