#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace tend {

// One partner's aftercare preferences form: the four forms of care as top-level rows, each
// with its acts and this partner's answer about each. Edits are not kept here: they are
// announced (preferenceEdited, actEdited) for the page to save, and the saved truth comes
// back through setContents().
class PreferenceFormModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Act, Rating, AskFirst, Timing, Note, ColumnCount };
    // The edit value of an unanswered rating or of "any time".
    static constexpr int NoChoice = -1;
    static constexpr int ActIdRole = Qt::UserRole + 1;

    explicit PreferenceFormModel(QObject *parent = nullptr);

    // `acts` in display order (grouped by form); `answers` of every partner.
    void setContents(const QList<AftercareAct> &acts, const QList<Preference> &answers, const QUuid &partnerId);

    QModelIndex indexOfAct(const QUuid &actId, int column = Act) const;
    const AftercareAct *actAt(const QModelIndex &index) const;
    // The partner's answer about the act at `index`; an unanswered one when there is none yet.
    Preference answerAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void preferenceEdited(const tend::Preference &before, const tend::Preference &after);
    void actEdited(const tend::AftercareAct &before, const tend::AftercareAct &after);

private:
    struct Group
    {
        CareForm form;
        QList<AftercareAct> acts;
    };

    static QList<QList<QUuid>> actOrder(const QList<Group> &groups);
    QVariant actData(const AftercareAct &act, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    QList<Group> m_groups;
    QHash<QUuid, Preference> m_answers; // by act, for m_partnerId
    QUuid m_partnerId;
};

} // namespace tend
