#pragma once

#include "result.h"
#include "storage/actrepository.h"
#include "storage/preferencerepository.h"
#include "storage/settingsrepository.h"

#include <QObject>

namespace tend {

// The door to the aftercare catalogue, both partners' answers and the reveal-together setting.
// Every write announces itself with changed(); every failure, read or write, is reported
// once through failed() for the window to show, and returned to the caller.
class PreferenceStore : public QObject
{
    Q_OBJECT

public:
    PreferenceStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Result<QList<AftercareAct>> acts(ActRepository::Archived archived = ActRepository::Archived::Exclude);
    Result<QList<Preference>> preferences();
    // The answers either partner may see: all of them, or none while "reveal together" still
    // hides them (until both forms are done).
    Result<QList<Preference>> preferencesOpenToBoth(const QUuid &first, const QUuid &second);
    Result<QList<FormStatus>> formStatuses();
    Result<bool> revealTogether();

    Status savePreference(Preference &preference);
    Status addAct(AftercareAct &act);
    Status updateAct(AftercareAct &act);
    Status moveAct(AftercareAct &act, CareForm form);
    Status setFormDone(const QUuid &partnerId, bool done);
    Status setRevealTogether(bool on);

    const Clock &clock() const { return m_clock; }

signals:
    void changed();
    void failed(const QString &message);

private:
    Status announce(Status status);
    template <typename T>
    Result<T> report(Result<T> result)
    {
        if (!result)
            emit failed(result.error().message);
        return result;
    }

    ActRepository m_acts;
    PreferenceRepository m_preferences;
    SettingsRepository m_settings;
    const Clock &m_clock;
};

} // namespace tend
