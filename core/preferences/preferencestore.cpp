#include "preferencestore.h"

#include "formprogress.h"

namespace tend {

PreferenceStore::PreferenceStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_acts(database, clock), m_preferences(database, clock), m_settings(database, clock),
      m_clock(clock)
{
}

Status PreferenceStore::announce(Status status)
{
    if (status)
        emit changed();
    else
        emit failed(status.error().message);
    return status;
}

Result<QList<AftercareAct>> PreferenceStore::acts(ActRepository::Archived archived)
{
    return report(m_acts.all(archived));
}

Result<QList<Preference>> PreferenceStore::preferences()
{
    return report(m_preferences.all());
}

Result<QList<Preference>> PreferenceStore::preferencesOpenToBoth(const QUuid &first, const QUuid &second)
{
    Result<bool> reveal = revealTogether();
    if (!reveal)
        return reveal.error();
    Result<QList<FormStatus>> statuses = formStatuses();
    if (!statuses)
        return statuses.error();
    if (!answersAreOpenToBoth(reveal.value(), first, second, statuses.value()))
        return QList<Preference>();
    return preferences();
}

Result<QList<FormStatus>> PreferenceStore::formStatuses()
{
    return report(m_preferences.formStatuses());
}

Result<bool> PreferenceStore::revealTogether()
{
    return report(m_settings.flag(setting::RevealTogether, false));
}

Status PreferenceStore::savePreference(Preference &preference)
{
    return announce(m_preferences.save(preference));
}

Status PreferenceStore::addAct(AftercareAct &act)
{
    return announce(m_acts.add(act));
}

Status PreferenceStore::updateAct(AftercareAct &act)
{
    return announce(m_acts.update(act));
}

Status PreferenceStore::moveAct(AftercareAct &act, CareForm form)
{
    return announce(m_acts.moveToForm(act, form));
}

Status PreferenceStore::setFormDone(const QUuid &partnerId, bool done)
{
    return announce(m_preferences.setFormDone(partnerId, done));
}

Status PreferenceStore::setRevealTogether(bool on)
{
    return announce(m_settings.setFlag(setting::RevealTogether, on));
}

} // namespace tend
