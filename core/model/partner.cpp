#include "partner.h"

#include "texts.h"

#include <QRegularExpression>

namespace tend {

Status validate(const Partner &partner)
{
    const QString name = partner.name.trimmed();
    if (name.isEmpty())
        return Error{ValidationText::tr("Please enter a name.")};
    if (name.size() > MaxNameLength)
        return Error{ValidationText::tr("A name can be at most %1 characters long.").arg(MaxNameLength)};
    if (partner.pronouns.trimmed().size() > MaxPronounsLength)
        return Error{ValidationText::tr("Pronouns can be at most %1 characters long.").arg(MaxPronounsLength)};
    if (partner.seat != 1 && partner.seat != 2)
        return Error{ValidationText::tr("A couple has a first and a second partner, nobody else.")};
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colourPattern.match(partner.colour).hasMatch())
        return Error{ValidationText::tr("Please choose a colour for %1.").arg(name)};
    return {};
}

QString partnerName(const QList<Partner> &partners, const QUuid &id)
{
    for (const Partner &partner : partners) {
        if (partner.id == id)
            return partner.name;
    }
    return QCoreApplication::translate("Partner", "Unknown");
}

std::array<Partner, 2> partnersBySeat(const QList<Partner> &partners)
{
    std::array<Partner, 2> bySeat;
    for (const Partner &partner : partners) {
        if (partner.seat == 1 || partner.seat == 2)
            bySeat[size_t(partner.seat - 1)] = partner;
    }
    return bySeat;
}

} // namespace tend
