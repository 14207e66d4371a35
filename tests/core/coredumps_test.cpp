// Tend's memory stays out of core files and crash reports.

#include "privacy/coredumps.h"

#include <gtest/gtest.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tend {
namespace {

// In a child, so that this test process keeps its own settings.
TEST(CoreDumps, AreOffEvenForACrashHandler)
{
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        if (!keepMemoryOutOfCoreDumps())
            _exit(1);
        rlimit limit{};
        if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
            _exit(2);
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
            _exit(3);
        _exit(0);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: refused, 2: a core size limit is left, 3: still dumpable";
}

} // namespace
} // namespace tend
