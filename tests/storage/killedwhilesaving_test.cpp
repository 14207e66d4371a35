// kill -9 while saving: a child saves check-ins one by one into a sealed database and prints
// each one's id once its save returned; the parent kills it at random moments, again and again,
// and every id the child printed must be there when the database is opened afterwards.

#include "clock.h"
#include "core/statusassertions.h"
#include "crypto/securebytes.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace tend {
namespace {

constexpr int Kills = 60;
constexpr char Passphrase[] = "killed while saving, and nothing lost";

// The ids on whole lines of what the child printed; a line cut off by the kill was not confirmed.
QSet<QString> confirmedIds(const QByteArray &printed)
{
    QSet<QString> ids;
    const qsizetype lastNewline = printed.lastIndexOf('\n');
    if (lastNewline < 0)
        return ids;
    for (const QByteArray &line : printed.first(lastNewline).split('\n')) {
        if (!line.isEmpty())
            ids.insert(QString::fromLatin1(line));
    }
    return ids;
}

TEST(KilledWhileSaving, EveryConfirmedSaveSurvivesSixtyKills)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString vault = folder.filePath(QStringLiteral("tend.vault"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE(testing::Message() << "random seed " << seed);

    QSet<QString> confirmed;
    int killedMidRun = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(TEND_COMMIT_CHILD), {vault, QString::fromLatin1(Passphrase)});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Killed at once now and then (while it opens the database, before any save), else
        // after a random few milliseconds of saving.
        if (kill % 10 != 3) {
            QTRY_VERIFY_WITH_TIMEOUT(child.bytesAvailable() > 0 || child.state() != QProcess::Running, 10000);
            QElapsedTimer saving;
            saving.start();
            const int runFor = int(random.bounded(1, 40));
            while (saving.elapsed() < runFor && child.state() == QProcess::Running)
                child.waitForReadyRead(1);
        }
        ASSERT_EQ(child.state(), QProcess::Running) << "the child stopped by itself: "
                                                    << child.readAllStandardError().toStdString();
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(10000));
        const QSet<QString> printed = confirmedIds(child.readAllStandardOutput());
        killedMidRun += printed.isEmpty() ? 0 : 1;
        confirmed.unite(printed);

        const SecureBytes passphrase = SecureBytes::copyOf(QByteArrayView(Passphrase));
        Result<std::unique_ptr<Database>> opened = Database::openSealed(vault, passphrase);
        ASSERT_TRUE(succeeded(opened)) << "after kill " << kill;
        const SystemClock clock;
        Result<QList<CheckIn>> all = CheckInRepository(**opened, clock).all();
        ASSERT_TRUE(succeeded(all));
        QSet<QString> present;
        for (const CheckIn &checkIn : *all)
            present.insert(checkIn.id.toString(QUuid::WithoutBraces));
        for (const QString &id : std::as_const(confirmed))
            ASSERT_TRUE(present.contains(id)) << "check-in " << id.toStdString() << " was confirmed, then lost by kill "
                                              << kill;
        // Every other time the parent closes the database (folding the journal into the vault);
        // otherwise the next child starts from the journal the killed one left.
        if (kill % 2 == 1)
            opened.value().release(); // NOLINT: leave the files exactly as the kill left them
    }
    EXPECT_GE(killedMidRun, Kills / 2);
    EXPECT_GE(confirmed.size(), Kills);
}

} // namespace
} // namespace tend
