#pragma once

#include <QString>
#include <QStringList>

namespace tend {

// The words of a search, prepared once and then looked for in many texts, ignoring case and
// accents: "cafe" finds "Café".
class SearchWords
{
public:
    explicit SearchWords(const QString &search);

    bool isEmpty() const { return m_words.isEmpty(); }
    // Whether every word appears somewhere in `text`; an empty search is found everywhere.
    bool allFoundIn(const QString &text) const;

private:
    QStringList m_words;
};

// "Café" and "CAFE" both become "cafe".
QString withoutCaseOrAccents(const QString &text);

} // namespace tend
