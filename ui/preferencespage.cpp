#include "preferencespage.h"

#include "actdialog.h"
#include "card.h"
#include "catalogueactions.h"
#include "clock.h"
#include "formpartnerbar.h"
#include "preferencedelegate.h"
#include "preferenceformmodel.h"
#include "preferenceformview.h"
#include "preferences/formprogress.h"
#include "preferences/preferencestore.h"
#include "revealcurtain.h"
#include "typography.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

PreferencesPage::PreferencesPage(PreferenceStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_writes(store, undoStack)
{
    setObjectName(QStringLiteral("preferencesPage"));
    auto *heading = new QLabel(tr("Aftercare preferences"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new QLabel(tr("What helps each of you afterwards. Every answer is saved as you give it; "
                                "Ctrl+Z takes it back."),
                             this);
    intro->setWordWrap(true);
    styleAsQuiet(intro);

    m_partnerBar = new FormPartnerBar(this);
    connect(m_partnerBar, &FormPartnerBar::partnerChosen, this, &PreferencesPage::choosePartner);
    connect(m_partnerBar, &FormPartnerBar::doneClicked, this, &PreferencesPage::setDone);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_partnerBar);
    layout->addWidget(createFormCard(), 1);
    layout->addWidget(createRevealBar());

    connect(&m_store, &PreferenceStore::changed, this, &PreferencesPage::reload);
}

QWidget *PreferencesPage::createFormCard()
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("preferencesCard"));
    m_formStack = new QStackedWidget(card);

    m_formPanel = new QWidget(m_formStack);
    m_model = new PreferenceFormModel(this);
    m_view = new PreferenceFormView(m_formPanel);
    m_view->setObjectName(QStringLiteral("preferenceForm"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PreferenceDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(PreferenceFormModel::Act, 250);
    m_view->setColumnWidth(PreferenceFormModel::Rating, 130);
    m_view->setColumnWidth(PreferenceFormModel::AskFirst, 80);
    m_view->setColumnWidth(PreferenceFormModel::Timing, 130);
    auto *keys = new QLabel(tr("Keys: on a rating 1 Need it · 2 Like it · 3 Neutral · 4 Not for me · 0 clear;  "
                               "on a timing 1 Right away · 2 Later that day · 3 Next day;  "
                               "Space: ask me first;  Enter: edit."),
                            m_formPanel);
    keys->setObjectName(QStringLiteral("preferenceKeys"));
    keys->setWordWrap(true);
    styleAsQuiet(keys);
    m_catalogueActions = new CatalogueActions(m_formPanel);
    auto *panelLayout = new QVBoxLayout(m_formPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_view, 1);
    panelLayout->addWidget(keys);
    panelLayout->addWidget(m_catalogueActions);

    m_curtain = new RevealCurtain(m_formStack);
    connect(m_curtain, &RevealCurtain::showRequested, this, [this] {
        m_revealedToCurrent = true;
        updateCurtain();
        m_view->setFocus();
    });
    m_formStack->addWidget(m_formPanel);
    m_formStack->addWidget(m_curtain);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_formStack);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    });
    connect(m_model, &PreferenceFormModel::preferenceEdited, this,
            [this](const Preference &before, const Preference &after) { m_writes.savePreference(before, after); });
    connect(m_model, &PreferenceFormModel::actEdited, this,
            [this](const AftercareAct &before, const AftercareAct &after) { m_writes.renameAct(before, after.label); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const std::optional<AftercareAct> act = selectedAct();
        m_catalogueActions->setCurrentAct(act ? &*act : nullptr);
    });
    connect(m_catalogueActions, &CatalogueActions::addRequested, this, &PreferencesPage::addAct);
    connect(m_catalogueActions, &CatalogueActions::renameRequested, this, &PreferencesPage::renameSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::moveRequested, this, &PreferencesPage::moveSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::archiveRequested, this, &PreferencesPage::archiveSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::restoreRequested, this, &PreferencesPage::restoreAct);
    return card;
}

QWidget *PreferencesPage::createRevealBar()
{
    auto *bar = new QWidget(this);
    m_revealTogetherCheck = new QCheckBox(tr("&Reveal together"), bar);
    m_revealTogetherCheck->setObjectName(QStringLiteral("revealTogetherCheck"));
    auto *explanation = new QLabel(tr("While this is on, each partner's answers stay out of sight of the other "
                                      "(and \"Our plan\" waits) until you have both marked your form done. "
                                      "It only hides them on this screen; it does not encrypt them."),
                                   bar);
    explanation->setObjectName(QStringLiteral("revealTogetherExplanation"));
    explanation->setWordWrap(true);
    styleAsQuiet(explanation);
    m_revealTogetherCheck->setAccessibleDescription(explanation->text());
    connect(m_revealTogetherCheck, &QCheckBox::clicked, this, &PreferencesPage::setRevealTogether);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_revealTogetherCheck, 0, Qt::AlignTop);
    layout->addWidget(explanation, 1);
    return bar;
}

void PreferencesPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_partnerBar->setPartners(partners);
    reload();
}

QUuid PreferencesPage::currentPartnerId() const
{
    const int current = m_partnerBar->current();
    return current < m_partners.size() ? m_partners[current].id : QUuid();
}

void PreferencesPage::reload()
{
    Result<QList<AftercareAct>> all = m_store.acts(ActRepository::Archived::Include);
    Result<QList<Preference>> answers = m_store.preferences();
    Result<QList<FormStatus>> statuses = m_store.formStatuses();
    Result<bool> reveal = m_store.revealTogether();
    if (!all || !answers || !statuses || !reveal)
        return; // the store has reported why; what is shown stays as it was
    m_acts.clear();
    m_archivedActs.clear();
    for (const AftercareAct &act : all.value())
        (act.archived ? m_archivedActs : m_acts).append(act);
    m_answers = answers.value();
    m_statuses = statuses.value();
    m_revealTogether = reveal.value();

    const QModelIndex current = m_view->currentIndex();
    const QUuid currentAct = current.data(PreferenceFormModel::ActIdRole).toUuid();
    m_model->setContents(m_acts, m_answers, currentPartnerId());
    if (!currentAct.isNull() && !m_view->currentIndex().isValid())
        selectAct(currentAct, current.column());
    m_catalogueActions->setArchivedActs(m_archivedActs);
    const std::optional<AftercareAct> selected = selectedAct();
    m_catalogueActions->setCurrentAct(selected ? &*selected : nullptr);
    updatePartnerBar();
    updateCurtain();
}

void PreferencesPage::updatePartnerBar()
{
    if (m_partners.size() != 2)
        return;
    std::array<FormProgress, 2> progress;
    for (int who = 0; who < 2; ++who)
        progress[who] = formProgress(m_partners[who].id, m_acts, m_answers, m_statuses);
    m_partnerBar->setProgress(progress, m_store.clock().timeZone());
    m_view->setAccessibleName(tr("%1's aftercare preferences").arg(m_partners[m_partnerBar->current()].name));
    m_revealTogetherCheck->setChecked(m_revealTogether);
}

void PreferencesPage::updateCurtain()
{
    if (m_partners.size() != 2)
        return;
    const bool hidden = !m_revealedToCurrent
                        && !answersAreOpenToBoth(m_revealTogether, m_partners[0].id, m_partners[1].id, m_statuses);
    if (hidden)
        m_curtain->setPartnerName(m_partners[m_partnerBar->current()].name);
    m_formStack->setCurrentWidget(hidden ? static_cast<QWidget *>(m_curtain) : m_formPanel);
    // Only the partner whose answers these are says they are done.
    m_partnerBar->setDoneEnabled(!hidden);
}

void PreferencesPage::choosePartner(int)
{
    m_revealedToCurrent = false;
    reload();
}

void PreferencesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PreferencesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Leaving the page draws the curtain again.
    m_revealedToCurrent = false;
    updateCurtain();
}

std::optional<AftercareAct> PreferencesPage::selectedAct() const
{
    if (const AftercareAct *act = m_model->actAt(m_view->currentIndex()))
        return *act;
    return std::nullopt;
}

void PreferencesPage::selectAct(const QUuid &actId, int column)
{
    const QModelIndex index = m_model->indexOfAct(actId, std::max(column, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void PreferencesPage::addAct()
{
    const std::optional<AftercareAct> current = selectedAct();
    ActDialog dialog(current ? current->form : CareForm::Talking, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<AftercareAct> added = m_writes.addAct(dialog.act());
    if (!added)
        return;
    selectAct(added->id, PreferenceFormModel::Rating);
    m_view->setFocus();
    emit statusMessage(tr("Added \u201c%1\u201d to %2.").arg(added->label, careFormName(added->form)));
}

void PreferencesPage::renameSelectedAct()
{
    const std::optional<AftercareAct> act = selectedAct();
    if (!act)
        return;
    const QModelIndex name = m_model->indexOfAct(act->id, PreferenceFormModel::Act);
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void PreferencesPage::moveSelectedAct(CareForm form)
{
    const std::optional<AftercareAct> act = selectedAct();
    if (!act || act->form == form || !m_writes.moveAct(*act, form))
        return;
    selectAct(act->id, PreferenceFormModel::Act);
    m_view->setFocus();
    emit statusMessage(tr("Moved \u201c%1\u201d to %2.").arg(act->label, careFormName(form)));
}

void PreferencesPage::archiveSelectedAct()
{
    const std::optional<AftercareAct> act = selectedAct();
    if (!act)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex beside = m_view->actBeside(current);
    const QUuid nextAct = beside.data(PreferenceFormModel::ActIdRole).toUuid();
    if (!m_writes.setArchived(*act, true))
        return;
    selectAct(nextAct, current.column());
    m_view->setFocus();
    emit statusMessage(tr("Archived \u201c%1\u201d. Past check-ins keep it; Ctrl+Z brings it back.").arg(act->label));
}

void PreferencesPage::restoreAct(const QUuid &actId)
{
    const auto archived = std::find_if(m_archivedActs.cbegin(), m_archivedActs.cend(),
                                       [&actId](const AftercareAct &act) { return act.id == actId; });
    if (archived == m_archivedActs.cend() || !m_writes.setArchived(*archived, false))
        return;
    selectAct(actId, PreferenceFormModel::Rating);
    m_view->setFocus();
}

void PreferencesPage::setDone(bool done)
{
    // A mark, not an answer: the check box takes it back, and Ctrl+Z never lifts a curtain.
    const QUuid partner = currentPartnerId();
    if (partner.isNull() || !m_store.setFormDone(partner, done))
        updatePartnerBar();
}

void PreferencesPage::setRevealTogether(bool on)
{
    // Whoever turns it on is at the keyboard, looking at these answers already: they stay in view.
    if (on)
        m_revealedToCurrent = true;
    if (!m_store.setRevealTogether(on))
        updatePartnerBar();
}

} // namespace tend
