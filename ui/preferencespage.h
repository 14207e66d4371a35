#pragma once

#include "model/aftercareact.h"
#include "model/partner.h"
#include "model/preference.h"
#include "storage/preferencerepository.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QUndoStack;

namespace tend {

class CatalogueActions;
class PreferenceFormModel;
class PreferenceFormView;
class PreferenceStore;

// Each partner's answers about the aftercare catalogue, saved as they are given, with undo;
// the couple's own acts; how far each partner is; and "reveal together".
class PreferencesPage : public QWidget
{
    Q_OBJECT

public:
    PreferencesPage(PreferenceStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void reload();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createPartnerBar();
    QWidget *createFormCard();
    QWidget *createCurtain();
    QWidget *createRevealBar();

    void choosePartner(int who);
    void updatePartnerBar();
    void updateCurtain();
    QUuid currentPartnerId() const;
    bool bothDone() const;
    bool isDone(const QUuid &partnerId) const;
    const AftercareAct *selectedAct() const;
    void selectAct(const QUuid &actId, int column);

    void savePreference(const Preference &before, const Preference &after);
    void saveActChange(const AftercareAct &before, const AftercareAct &after, const QString &undoText);
    void addAct();
    void renameSelectedAct();
    void moveSelectedAct(CareForm form);
    void archiveSelectedAct();
    void restoreAct(const QUuid &actId);
    void setDone(bool done);
    void setRevealTogether(bool on);

    PreferenceStore &m_store;
    QUndoStack &m_undoStack;
    QList<Partner> m_partners;
    int m_current = 0;
    bool m_revealedToCurrent = false;

    QList<AftercareAct> m_acts;
    QList<AftercareAct> m_archivedActs;
    QList<Preference> m_answers;
    QList<FormStatus> m_statuses;
    bool m_revealTogether = false;

    std::array<QRadioButton *, 2> m_partnerChoice{};
    QLabel *m_progress = nullptr;
    QCheckBox *m_done = nullptr;
    QStackedWidget *m_formStack = nullptr;
    PreferenceFormModel *m_model = nullptr;
    PreferenceFormView *m_view = nullptr;
    QWidget *m_formPanel = nullptr;
    QWidget *m_curtain = nullptr;
    QLabel *m_curtainText = nullptr;
    QPushButton *m_showAnswers = nullptr;
    CatalogueActions *m_catalogueActions = nullptr;
    QCheckBox *m_revealTogetherCheck = nullptr;
};

} // namespace tend
