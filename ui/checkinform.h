#pragma once

#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/partner.h"
#include "model/preference.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tend {

class AftercareChecklist;
class Clock;
class ScaleSlider;

// The fields of one check-in: who, which kind, when, mood, stress, closeness, a note and, after
// intimacy, the aftercare received and wished for and how cared for they felt. It only
// collects answers; the page decides what to do with them.
class CheckInForm : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInForm(const Clock &clock, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    // What the aftercare ticks offer: each partner sees the acts they need first.
    void setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences);

    // Empties the answers for a new check-in; who is checking in stays as it was.
    void startNew();
    void startEditing(const CheckIn &checkIn);
    bool isEditing() const { return m_editing.has_value(); }
    const std::optional<CheckIn> &editing() const { return m_editing; }

    // Puts the keyboard on the first answer: who is checking in.
    void focusFirstField();

    // The answers, on top of the check-in being edited (or a blank one). The time is left
    // unset for a new check-in "now": the page stamps it as it saves.
    CheckIn answers() const;

signals:
    void submitted();
    void editingCancelled();
    // The aftercare ticks were just built and would like the catalogue (setCatalogue).
    void catalogueWanted();

private:
    QWidget *createPartnerChoice();
    QWidget *createKindChoice();
    QWidget *createWhenChoice();
    QWidget *createCaredForChoice();
    void ensureWhenEdit();
    void ensureAfterIntimacyFields();
    void updateMode();
    void updateKind();
    void offerActsToCurrentPartner();
    QUuid currentPartnerId() const;

    const Clock &m_clock;
    QList<Partner> m_partners;
    QList<AftercareAct> m_catalogue;
    QList<Preference> m_preferences;
    std::optional<CheckIn> m_editing;

    QLabel *m_title = nullptr;
    QFormLayout *m_fields = nullptr;
    QHBoxLayout *m_whenLayout = nullptr;
    QButtonGroup *m_partnerGroup = nullptr;
    QRadioButton *m_partnerButtons[2] = {};
    QButtonGroup *m_kindGroup = nullptr;
    QCheckBox *m_earlier = nullptr;
    QDateTimeEdit *m_when = nullptr;
    ScaleSlider *m_mood = nullptr;
    ScaleSlider *m_stress = nullptr;
    ScaleSlider *m_closeness = nullptr;
    QCheckBox *m_saysCaredFor = nullptr;
    ScaleSlider *m_caredFor = nullptr;
    QWidget *m_caredForRow = nullptr;
    QLabel *m_caredForLabel = nullptr;
    QLabel *m_aftercareLabel = nullptr;
    AftercareChecklist *m_aftercare = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancelEdit = nullptr;
};

} // namespace tend
