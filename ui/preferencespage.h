#pragma once

#include "model/aftercareact.h"
#include "model/formstatus.h"
#include "model/partner.h"
#include "model/preference.h"
#include "undoablepreferencewrites.h"

#include <QWidget>

class QCheckBox;
class QStackedWidget;
class QUndoStack;

namespace tend {

class CatalogueActions;
class FormPartnerBar;
class PreferenceFormModel;
class PreferenceFormView;
class PreferenceStore;
class RevealCurtain;

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
    QWidget *createFormCard();
    QWidget *createRevealBar();

    void choosePartner(int who);
    void updatePartnerBar();
    void updateCurtain();
    QUuid currentPartnerId() const;
    std::optional<AftercareAct> selectedAct() const;
    void selectAct(const QUuid &actId, int column);

    void addAct();
    void renameSelectedAct();
    void moveSelectedAct(CareForm form);
    void archiveSelectedAct();
    void restoreAct(const QUuid &actId);
    void setDone(bool done);
    void setRevealTogether(bool on);

    PreferenceStore &m_store;
    UndoablePreferenceWrites m_writes;
    QList<Partner> m_partners;
    // The partner at the keyboard has lifted the curtain over their own answers.
    bool m_revealedToCurrent = false;

    QList<AftercareAct> m_acts;
    QList<AftercareAct> m_archivedActs;
    QList<Preference> m_answers;
    QList<FormStatus> m_statuses;
    bool m_revealTogether = false;

    FormPartnerBar *m_partnerBar = nullptr;
    QStackedWidget *m_formStack = nullptr;
    PreferenceFormModel *m_model = nullptr;
    PreferenceFormView *m_view = nullptr;
    QWidget *m_formPanel = nullptr;
    RevealCurtain *m_curtain = nullptr;
    CatalogueActions *m_catalogueActions = nullptr;
    QCheckBox *m_revealTogetherCheck = nullptr;
};

} // namespace tend
