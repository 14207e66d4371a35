#include "preferencespage.h"

#include "actdialog.h"
#include "card.h"
#include "catalogueactions.h"
#include "clock.h"
#include "colourdot.h"
#include "preferencedelegate.h"
#include "preferenceformmodel.h"
#include "preferenceformview.h"
#include "preferences/formprogress.h"
#include "preferences/preferencestore.h"
#include "storecommand.h"
#include "typography.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend {

PreferencesPage::PreferencesPage(PreferenceStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack)
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(createPartnerBar());
    layout->addWidget(createFormCard(), 1);
    layout->addWidget(createRevealBar());

    connect(&m_store, &PreferenceStore::changed, this, &PreferencesPage::reload);
}

QWidget *PreferencesPage::createPartnerBar()
{
    auto *bar = new QWidget(this);
    auto *label = new QLabel(tr("Whose answers:"), bar);
    auto *group = new QButtonGroup(bar);
    for (int who = 0; who < 2; ++who) {
        m_partnerChoice[who] = new QRadioButton(bar);
        m_partnerChoice[who]->setObjectName(QStringLiteral("preferencePartner%1").arg(who + 1));
        group->addButton(m_partnerChoice[who], who);
    }
    m_partnerChoice[0]->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, &PreferencesPage::choosePartner);

    m_progress = new QLabel(bar);
    m_progress->setObjectName(QStringLiteral("preferenceProgress"));
    styleAsQuiet(m_progress);
    m_done = new QCheckBox(bar);
    m_done->setObjectName(QStringLiteral("formDoneCheck"));
    connect(m_done, &QCheckBox::clicked, this, &PreferencesPage::setDone);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(label);
    layout->addWidget(m_partnerChoice[0]);
    layout->addWidget(m_partnerChoice[1]);
    layout->addSpacing(12);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_done);
    return bar;
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

    m_formStack->addWidget(m_formPanel);
    m_formStack->addWidget(createCurtain());

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_formStack);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    });
    connect(m_model, &PreferenceFormModel::preferenceEdited, this, &PreferencesPage::savePreference);
    connect(m_model, &PreferenceFormModel::actEdited, this,
            [this](const AftercareAct &before, const AftercareAct &after) { saveActChange(before, after, tr("Rename act")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_catalogueActions->setCurrentAct(selectedAct()); });
    connect(m_catalogueActions, &CatalogueActions::addRequested, this, &PreferencesPage::addAct);
    connect(m_catalogueActions, &CatalogueActions::renameRequested, this, &PreferencesPage::renameSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::moveRequested, this, &PreferencesPage::moveSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::archiveRequested, this, &PreferencesPage::archiveSelectedAct);
    connect(m_catalogueActions, &CatalogueActions::restoreRequested, this, &PreferencesPage::restoreAct);
    return card;
}

QWidget *PreferencesPage::createCurtain()
{
    m_curtain = new QWidget(m_formStack);
    m_curtain->setObjectName(QStringLiteral("revealCurtain"));
    m_curtainText = new QLabel(m_curtain);
    m_curtainText->setObjectName(QStringLiteral("curtainText"));
    m_curtainText->setWordWrap(true);
    m_curtainText->setAlignment(Qt::AlignCenter);
    m_showAnswers = new QPushButton(m_curtain);
    m_showAnswers->setObjectName(QStringLiteral("showAnswersButton"));
    styleAsPrimary(m_showAnswers);
    connect(m_showAnswers, &QPushButton::clicked, this, [this] {
        m_revealedToCurrent = true;
        updateCurtain();
        m_view->setFocus();
    });
    auto *layout = new QVBoxLayout(m_curtain);
    layout->addStretch();
    layout->addWidget(m_curtainText);
    layout->addSpacing(12);
    layout->addWidget(m_showAnswers, 0, Qt::AlignHCenter);
    layout->addStretch();
    return m_curtain;
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
    for (int who = 0; who < 2 && who < partners.size(); ++who)
        m_partnerChoice[who]->setIcon(colourDot(partners[who].colour));
    reload();
}

QUuid PreferencesPage::currentPartnerId() const
{
    return m_current < m_partners.size() ? m_partners[m_current].id : QUuid();
}

bool PreferencesPage::isDone(const QUuid &partnerId) const
{
    for (const FormStatus &status : m_statuses) {
        if (status.partnerId == partnerId)
            return status.done;
    }
    return false;
}

bool PreferencesPage::bothDone() const
{
    return m_partners.size() == 2 && isDone(m_partners[0].id) && isDone(m_partners[1].id);
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
    m_catalogueActions->setCurrentAct(selectedAct());
    updatePartnerBar();
    updateCurtain();
}

void PreferencesPage::updatePartnerBar()
{
    if (m_partners.size() != 2)
        return;
    for (int who = 0; who < 2; ++who) {
        const FormProgress progress = formProgress(m_partners[who].id, m_acts, m_answers, m_statuses);
        // Each choice says how far that partner is; never what they answered.
        const QString mark = progress.done ? tr("done") : tr("%1 of %2").arg(progress.answered).arg(progress.total);
        m_partnerChoice[who]->setText(tr("%1 (%2)").arg(m_partners[who].name, mark));
        m_partnerChoice[who]->setAccessibleName(tr("Answers of %1, %2").arg(m_partners[who].name, mark));
    }
    const FormProgress current = formProgress(currentPartnerId(), m_acts, m_answers, m_statuses);
    QString progress = tr("%1 of %2 answered").arg(current.answered).arg(current.total);
    if (current.lastChangeUtc.isValid()) {
        const QDateTime local = current.lastChangeUtc.toTimeZone(m_store.clock().timeZone());
        progress += QStringLiteral(" · ")
                    + tr("last changed %1").arg(QLocale().toString(local, QStringLiteral("d MMM yyyy, HH:mm")));
    }
    m_progress->setText(progress);
    const QSignalBlocker blocker(m_done);
    m_done->setText(tr("%1 is &done").arg(m_partners[m_current].name));
    m_done->setChecked(current.done);
    m_view->setAccessibleName(tr("%1's aftercare preferences").arg(m_partners[m_current].name));
    m_revealTogetherCheck->setChecked(m_revealTogether);
}

void PreferencesPage::updateCurtain()
{
    const bool hidden = m_revealTogether && !bothDone() && !m_revealedToCurrent && m_partners.size() == 2;
    if (hidden) {
        const QString name = m_partners[m_current].name;
        m_curtainText->setText(tr("<p><b>These are %1's answers.</b></p>"
                                  "<p>Reveal together is on, so each of you answers out of sight of the other "
                                  "until you have both marked your form done.</p>"
                                  "<p>%1, when it's you at the keyboard:</p>")
                                   .arg(name.toHtmlEscaped()));
        m_showAnswers->setText(tr("&Show %1's answers").arg(name));
    }
    m_formStack->setCurrentWidget(hidden ? m_curtain : m_formPanel);
}

void PreferencesPage::choosePartner(int who)
{
    if (who == m_current)
        return;
    m_current = who;
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

const AftercareAct *PreferencesPage::selectedAct() const
{
    return m_model->actAt(m_view->currentIndex());
}

void PreferencesPage::selectAct(const QUuid &actId, int column)
{
    const QModelIndex index = m_model->indexOfAct(actId, std::max(column, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void PreferencesPage::savePreference(const Preference &before, const Preference &after)
{
    Preference saved = after;
    if (!m_store.savePreference(saved))
        return;
    m_undoStack.push(new SetValueCommand<Preference>(tr("Change preference"), before, saved,
                                                     [this](const Preference &value) {
                                                         Preference copy = value;
                                                         return m_store.savePreference(copy);
                                                     }));
}

void PreferencesPage::saveActChange(const AftercareAct &before, const AftercareAct &after, const QString &undoText)
{
    AftercareAct saved = after;
    if (!m_store.updateAct(saved))
        return;
    m_undoStack.push(new SetValueCommand<AftercareAct>(undoText, before, saved, [this](const AftercareAct &value) {
        AftercareAct copy = value;
        return m_store.updateAct(copy);
    }));
}

void PreferencesPage::addAct()
{
    const AftercareAct *current = selectedAct();
    ActDialog dialog(current ? current->form : CareForm::Talking, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AftercareAct added = dialog.act();
    if (!m_store.addAct(added))
        return;
    AftercareAct archived = added;
    archived.archived = true;
    // Undoing an addition archives the act; answers about it stay, should redo bring it back.
    m_undoStack.push(new SetValueCommand<AftercareAct>(tr("Add act"), archived, added, [this](const AftercareAct &value) {
        AftercareAct copy = value;
        return m_store.updateAct(copy);
    }));
    selectAct(added.id, PreferenceFormModel::Rating);
    m_view->setFocus();
    emit statusMessage(tr("Added \u201c%1\u201d to %2.").arg(added.label, careFormName(added.form)));
}

void PreferencesPage::renameSelectedAct()
{
    const AftercareAct *act = selectedAct();
    if (!act)
        return;
    const QModelIndex name = m_model->indexOfAct(act->id, PreferenceFormModel::Act);
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void PreferencesPage::moveSelectedAct(CareForm form)
{
    const AftercareAct *act = selectedAct();
    if (!act || act->form == form)
        return;
    Result<QList<AftercareAct>> all = m_store.acts(ActRepository::Archived::Include);
    if (!all)
        return;
    int last = 0;
    for (const AftercareAct &other : all.value()) {
        if (other.form == form)
            last = std::max(last, other.sortOrder);
    }
    AftercareAct moved = *act;
    moved.form = form;
    moved.sortOrder = last + 1;
    const QUuid id = act->id;
    saveActChange(*act, moved, tr("Move act"));
    selectAct(id, PreferenceFormModel::Act);
    m_view->setFocus();
}

void PreferencesPage::archiveSelectedAct()
{
    const AftercareAct *act = selectedAct();
    if (!act)
        return;
    AftercareAct archived = *act;
    archived.archived = true;
    const QString label = act->label;
    saveActChange(*act, archived, tr("Archive act"));
    m_view->setFocus();
    emit statusMessage(tr("Archived \u201c%1\u201d. Past check-ins keep it; Ctrl+Z brings it back.").arg(label));
}

void PreferencesPage::restoreAct(const QUuid &actId)
{
    for (const AftercareAct &act : std::as_const(m_archivedActs)) {
        if (act.id != actId)
            continue;
        AftercareAct restored = act;
        restored.archived = false;
        saveActChange(act, restored, tr("Bring back act"));
        selectAct(actId, PreferenceFormModel::Rating);
        m_view->setFocus();
        return;
    }
}

void PreferencesPage::setDone(bool done)
{
    const QUuid partner = currentPartnerId();
    if (partner.isNull())
        return;
    const bool before = isDone(partner);
    if (!m_store.setFormDone(partner, done)) {
        updatePartnerBar();
        return;
    }
    m_undoStack.push(new SetValueCommand<bool>(done ? tr("Mark form done") : tr("Mark form not done"), before, done,
                                               [this, partner](const bool &value) { return m_store.setFormDone(partner, value); }));
}

void PreferencesPage::setRevealTogether(bool on)
{
    const bool before = m_revealTogether;
    // Whoever turns it on is at the keyboard: their own answers stay in view.
    if (on)
        m_revealedToCurrent = true;
    if (!m_store.setRevealTogether(on)) {
        updatePartnerBar();
        return;
    }
    m_undoStack.push(new SetValueCommand<bool>(on ? tr("Turn on reveal together") : tr("Turn off reveal together"),
                                               before, on, [this](const bool &value) { return m_store.setRevealTogether(value); }));
}

} // namespace tend
