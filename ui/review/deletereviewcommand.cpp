#include "deletereviewcommand.h"

#include "review/reviewstore.h"

namespace tend {

DeleteReviewCommand::DeleteReviewCommand(ReviewStore &store, const QUuid &id, const QString &text)
    : QUndoCommand(text), m_store(store), m_id(id)
{
}

void DeleteReviewCommand::undo()
{
    if (!m_store.restore(m_id))
        setObsolete(true);
}

void DeleteReviewCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (!m_store.remove(m_id))
        setObsolete(true);
}

} // namespace tend
