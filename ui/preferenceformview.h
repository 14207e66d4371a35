#pragma once

#include <QTreeView>

namespace tend {

// The preferences form as a keyboard-first tree: on a rating, keys 1–4 answer (Need it, Like
// it, Neutral, Not for me) and 0 clears; on a timing, 1–3 choose and 0 clears; Space toggles
// "ask me first"; Enter or F2 opens the cell for editing.
class PreferenceFormView : public QTreeView
{
    Q_OBJECT

public:
    explicit PreferenceFormView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool answerWithDigit(const QModelIndex &index, int digit);
};

} // namespace tend
