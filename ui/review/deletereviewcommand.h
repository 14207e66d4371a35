#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace tend {

class ReviewStore;

// A review deleted from the list; undo brings it back with its answers. Pushed after the
// delete already succeeded, so its first redo() does nothing; a later step the store cannot
// take (it says why) makes the command obsolete.
class DeleteReviewCommand : public QUndoCommand
{
public:
    DeleteReviewCommand(ReviewStore &store, const QUuid &id, const QString &text);

    void undo() override;
    void redo() override;

private:
    ReviewStore &m_store;
    QUuid m_id;
    bool m_firstRedo = true;
};

} // namespace tend
