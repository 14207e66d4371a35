#pragma once

#include <QTreeView>

namespace tend {

// The preferences form as a keyboard-first tree: on a rating, keys 1–4 answer (Need it, Like
// it, Neutral, Not for me) and 0 clears; on a timing, 1–3 choose and 0 clears; Space toggles
// "ask me first"; Enter or F2 opens the cell for editing. The arrow keys move like in a form:
// left and right between an act's answers, up and down between acts, over the headings.
class PreferenceFormView : public QTreeView
{
    Q_OBJECT

public:
    explicit PreferenceFormView(QWidget *parent = nullptr);

    // The act below `index`, or above it when it is the last: where the keyboard goes when the
    // act at `index` leaves the form. Invalid when it is the only one.
    QModelIndex actBeside(const QModelIndex &index) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    bool answerWithDigit(const QModelIndex &index, int digit);
    QModelIndex neighbourAct(const QModelIndex &current, int step) const;
};

} // namespace tend
