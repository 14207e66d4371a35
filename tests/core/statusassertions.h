#pragma once

#include "printers.h"
#include "result.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace tend {

// EXPECT_TRUE(succeeded(repository.save(partner))) prints the error message when it fails.
template <typename T>
::testing::AssertionResult succeeded(const Result<T> &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "failed with: " << result.error().message.toStdString();
}

// Refused, with a message that mentions every one of `words` (case-insensitive), so that
// a person reading it learns what is wrong.
template <typename T>
::testing::AssertionResult refusedMentioning(const Result<T> &result, const QStringList &words)
{
    if (result.ok())
        return ::testing::AssertionFailure() << "was accepted, expected a refusal";
    const QString &message = result.error().message;
    if (message.trimmed().isEmpty())
        return ::testing::AssertionFailure() << "was refused with an empty message";
    for (const QString &word : words) {
        if (!message.contains(word, Qt::CaseInsensitive)) {
            return ::testing::AssertionFailure()
                << "message \"" << message.toStdString() << "\" does not mention \"" << word.toStdString() << '"';
        }
    }
    return ::testing::AssertionSuccess() << "refused with: " << message.toStdString();
}

} // namespace tend
