#pragma once

#include "model/checkin.h"
#include "model/partner.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tend {

class ScaleSlider;

// The fields of one check-in: who, which kind, mood, stress, closeness and a note.
// It only collects answers; the page decides what to do with them.
class CheckInForm : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInForm(QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);

    // Empties the answers for a new check-in; who is checking in stays as it was.
    void startNew();
    void startEditing(const CheckIn &checkIn);
    bool isEditing() const { return m_editing.has_value(); }
    const std::optional<CheckIn> &editing() const { return m_editing; }

    // Puts the keyboard on the first answer: who is checking in.
    void focusFirstField();

    // The answers, on top of the check-in being edited (or a blank one).
    CheckIn answers() const;

signals:
    void submitted();
    void editingCancelled();

private:
    QWidget *createPartnerChoice();
    QWidget *createKindChoice();
    void updateMode();

    QList<Partner> m_partners;
    std::optional<CheckIn> m_editing;

    QLabel *m_title = nullptr;
    QButtonGroup *m_partnerGroup = nullptr;
    QRadioButton *m_partnerButtons[2] = {};
    QButtonGroup *m_kindGroup = nullptr;
    ScaleSlider *m_mood = nullptr;
    ScaleSlider *m_stress = nullptr;
    ScaleSlider *m_closeness = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancelEdit = nullptr;
};

} // namespace tend
