// The child of the kill -9 test (tests/storage/killedwhilesaving_test.cpp): opens (or creates)
// the sealed database at argv[1] and saves check-ins one by one, forever, printing each one's
// id once its save has returned. Whatever it printed must survive its being killed.

#include "clock.h"
#include "crypto/securebytes.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace tend;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: tend_commit_child VAULT PASSPHRASE\n");
        return 2;
    }
    const QString path = QFile::decodeName(argv[1]);
    const SecureBytes passphrase = SecureBytes::copyOf(QByteArrayView(argv[2]));
    const SystemClock clock;
    Result<std::unique_ptr<Database>> database =
        QFile::exists(path) ? Database::openSealed(path, passphrase)
                            : Database::createSealed(path, passphrase, KeyDerivation::fastForTests());
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    PartnerRepository partners(**database, clock);
    Result<QList<Partner>> known = partners.all();
    if (!known) {
        std::fprintf(stderr, "%s\n", qPrintable(known.error().message));
        return 1;
    }
    Partner partner = known->isEmpty() ? Partner{} : known->first();
    if (known->isEmpty()) {
        partner.seat = 1;
        partner.name = QStringLiteral("Robin");
        partner.colour = QStringLiteral("#336699");
        if (Status saved = partners.save(partner); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
    }
    CheckInRepository checkIns(**database, clock);
    for (int count = 0;; ++count) {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = clock.nowUtc();
        checkIn.localDay = clock.today();
        checkIn.mood = 1 + count % 5;
        checkIn.stress = 3;
        checkIn.closeness = 4;
        checkIn.note = QStringLiteral("save %1").arg(count);
        if (Status saved = checkIns.add(checkIn); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(checkIn.id.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
    }
}
