#include "writetransaction.h"

#include "database.h"

namespace tend {

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database), m_started(database.begin())
{
    m_open = m_started.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_database.rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_started.ok() ? Status(Error{QStringLiteral("The transaction was already finished.")}) : m_started;
    Status committed = m_database.commit();
    if (committed)
        m_open = false;
    return committed;
}

} // namespace tend
