#pragma once

#include "result.h"

namespace tend {

class Database;

// The one way to write: BEGIN IMMEDIATE on construction; rolled back on destruction
// unless commit() succeeded.
//
//     WriteTransaction transaction(database);
//     if (!transaction.started()) return transaction.started();
//     ... statements ...
//     return transaction.commit();
class [[nodiscard]] WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_database;
    Status m_started;
    bool m_open = false;
};

} // namespace tend
