#include "reviewrepository.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"
#include "texts.h"

#include <QHash>

namespace tend {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, period_start, period_end, notes, agreements, completed_utc, created_utc, updated_utc FROM reviews ");

Review tidied(const Review &review)
{
    Review tidy = review;
    tidy.notes = tidy.notes.trimmed();
    tidy.agreements = tidy.agreements.trimmed();
    for (ReviewAnswer &answer : tidy.answers) {
        answer.question = answer.question.trimmed();
        answer.answer = answer.answer.trimmed();
    }
    return tidy;
}

Review reviewFromRow(const QSqlQuery &q)
{
    Review review;
    review.id = sql::toUuid(q.value(0));
    review.periodStart = sql::toDay(q.value(1));
    review.periodEnd = sql::toDay(q.value(2));
    review.notes = q.value(3).toString();
    review.agreements = q.value(4).toString();
    review.completedUtc = sql::toUtc(q.value(5));
    review.createdUtc = sql::toUtc(q.value(6));
    review.updatedUtc = sql::toUtc(q.value(7));
    return review;
}

} // namespace

Status ReviewRepository::add(Review &review)
{
    Review saved = tidied(review);
    if (Status valid = validate(saved); !valid)
        return valid;
    const QDateTime now = m_clock.nowUtc();
    if (saved.id.isNull())
        saved.id = QUuid::createUuid();
    if (!saved.createdUtc.isValid())
        saved.createdUtc = now;
    saved.updatedUtc = now;
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status inserted = sql::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO reviews (id, period_start, period_end, notes, agreements, completed_utc, "
                           "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::fromUuid(saved.id), sql::fromDay(saved.periodStart), sql::fromDay(saved.periodEnd), saved.notes,
             saved.agreements, sql::fromUtc(saved.completedUtc), sql::fromUtc(saved.createdUtc),
             sql::fromUtc(saved.updatedUtc)},
            StorageText::tr("save the review"));
        !inserted) {
        return inserted;
    }
    if (Status answers = writeAnswers(saved); !answers)
        return answers;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    review = saved;
    return {};
}

Status ReviewRepository::writeAnswers(const Review &review)
{
    sql::PreparedStatement insertAnswer(
        m_database.connection(),
        QStringLiteral("INSERT INTO review_answers (review_id, position, question, answer) VALUES (?, ?, ?, ?)"),
        StorageText::tr("save the answers of the review"));
    for (qsizetype position = 0; position < review.answers.size(); ++position) {
        const ReviewAnswer &answer = review.answers[position];
        if (Status written = insertAnswer.run({sql::fromUuid(review.id), static_cast<int>(position), answer.question,
                                               answer.answer});
            !written) {
            return written;
        }
    }
    return {};
}

Status ReviewRepository::update(Review &review)
{
    Review saved = tidied(review);
    if (Status valid = validate(saved); !valid)
        return valid;
    saved.updatedUtc = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> updated = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE reviews SET period_start = ?, period_end = ?, notes = ?, agreements = ?, "
                       "completed_utc = ?, updated_utc = ? WHERE id = ? AND deleted_utc IS NULL"),
        {sql::fromDay(saved.periodStart), sql::fromDay(saved.periodEnd), saved.notes, saved.agreements,
         sql::fromUtc(saved.completedUtc), sql::fromUtc(saved.updatedUtc), sql::fromUuid(saved.id)},
        StorageText::tr("change the review"));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{StorageText::tr("This review no longer exists; it may have been deleted.")};
    updated.value().finish();
    if (Status cleared = sql::exec(m_database.connection(), QStringLiteral("DELETE FROM review_answers WHERE review_id = ?"),
                                   {sql::fromUuid(saved.id)}, StorageText::tr("change the answers of the review"));
        !cleared) {
        return cleared;
    }
    if (Status answers = writeAnswers(saved); !answers)
        return answers;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    review = saved;
    return {};
}

Status ReviewRepository::remove(const QUuid &id)
{
    return setDeleted(id, true, StorageText::tr("delete the review"));
}

Status ReviewRepository::restore(const QUuid &id)
{
    return setDeleted(id, false, StorageText::tr("bring back the review"));
}

Status ReviewRepository::setDeleted(const QUuid &id, bool deleted, const QString &action)
{
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Only a live review can be deleted and only a deleted one restored.
    const QString statement = deleted
        ? QStringLiteral("UPDATE reviews SET deleted_utc = ?, updated_utc = ? WHERE id = ? AND deleted_utc IS NULL")
        : QStringLiteral("UPDATE reviews SET deleted_utc = NULL, updated_utc = ? WHERE id = ? AND deleted_utc IS NOT NULL");
    const QVariantList values = deleted ? QVariantList{now, now, sql::fromUuid(id)} : QVariantList{now, sql::fromUuid(id)};
    Result<QSqlQuery> changed = sql::run(m_database.connection(), statement, values, action);
    if (!changed)
        return changed.error();
    if (changed->numRowsAffected() != 1)
        return Error{StorageText::tr("Tend could not %1: it was not found.").arg(action)};
    changed.value().finish();
    return transaction.commit();
}

Status ReviewRepository::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    const QString action = StorageText::tr("erase deleted reviews");
    const QVariant cutoff = sql::fromUtc(cutoffUtc);
    const QString deletedBefore = QStringLiteral("deleted_utc IS NOT NULL AND deleted_utc < ?");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status answers = sql::exec(m_database.connection(),
                                   QStringLiteral("DELETE FROM review_answers WHERE review_id IN "
                                                  "(SELECT id FROM reviews WHERE ") + deletedBefore + u')',
                                   {cutoff}, action);
        !answers) {
        return answers;
    }
    if (Status words = sql::exec(m_database.connection(),
                                 QStringLiteral("UPDATE reviews SET notes = '', agreements = '' WHERE ") + deletedBefore +
                                     QStringLiteral(" AND (notes != '' OR agreements != '')"),
                                 {cutoff}, action);
        !words) {
        return words;
    }
    return transaction.commit();
}

Result<QList<Review>> ReviewRepository::select(const QString &where, const QVariantList &values) const
{
    const QString action = StorageText::tr("read the reviews");
    Result<QSqlQuery> rows = sql::run(m_database.connection(), SelectColumns + where, values, action);
    if (!rows)
        return rows.error();
    QList<Review> reviews;
    QHash<QUuid, qsizetype> indexById;
    for (QSqlQuery &q = rows.value(); q.next();) {
        reviews.append(reviewFromRow(q));
        indexById.insert(reviews.last().id, reviews.size() - 1);
    }
    if (reviews.isEmpty())
        return reviews;

    // All answers in one query, whatever the number of reviews.
    Result<QSqlQuery> answers = sql::run(m_database.connection(),
                                         QStringLiteral("SELECT review_id, question, answer FROM review_answers "
                                                        "WHERE review_id IN (SELECT id FROM reviews ") +
                                             where + QStringLiteral(") ORDER BY review_id, position"),
                                         values, action);
    if (!answers)
        return answers.error();
    for (QSqlQuery &q = answers.value(); q.next();) {
        const auto index = indexById.constFind(sql::toUuid(q.value(0)));
        if (index != indexById.constEnd())
            reviews[*index].answers.append(ReviewAnswer{q.value(1).toString(), q.value(2).toString()});
    }
    return reviews;
}

Result<QList<Review>> ReviewRepository::all() const
{
    return select(QStringLiteral("WHERE deleted_utc IS NULL ORDER BY period_end DESC, period_start DESC, created_utc DESC"),
                  {});
}

Result<std::optional<Review>> ReviewRepository::lastCompleted() const
{
    Result<QList<Review>> found = select(QStringLiteral("WHERE completed_utc IS NOT NULL AND deleted_utc IS NULL "
                                                        "ORDER BY period_end DESC, completed_utc DESC LIMIT 1"),
                                         {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Review>();
    return std::optional<Review>(found->first());
}

} // namespace tend
