#include "backupname.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace tend {

using namespace Qt::StringLiterals;

namespace {

QString kindCode(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return u"daily"_s;
    case BackupKind::Manual:
        return u"manual"_s;
    case BackupKind::BeforeRestore:
        return u"before-restore"_s;
    }
    return {};
}

std::optional<BackupKind> kindFromCode(QStringView code)
{
    for (BackupKind kind : {BackupKind::Daily, BackupKind::Manual, BackupKind::BeforeRestore}) {
        if (code == kindCode(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace

QString backupFileName(const BackupName &name)
{
    const QDateTime made = name.madeUtc.toUTC();
    QString fileName = u"tend-"_s + made.toString(u"yyyyMMdd'T'HHmmss'Z'") + u'-' + kindCode(name.kind);
    if (name.sequence > 1)
        fileName += u'-' + QString::number(name.sequence);
    return fileName + (name.sealed ? u".vault"_s : u".sqlite"_s);
}

std::optional<BackupName> parseBackupFileName(const QString &fileName)
{
    static const QRegularExpression pattern(
        uR"(^tend-(\d{8})T(\d{6})Z-(daily|manual|before-restore)(?:-([2-9]|[1-9]\d{1,3}))?\.(vault|sqlite)$)"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), u"yyyyMMdd");
    const QTime time = QTime::fromString(match.captured(2), u"HHmmss");
    const std::optional<BackupKind> kind = kindFromCode(match.capturedView(3));
    if (!date.isValid() || !time.isValid() || !kind)
        return std::nullopt;
    BackupName name;
    name.madeUtc = QDateTime(date, time, QTimeZone::utc());
    name.kind = *kind;
    name.sealed = match.capturedView(5) == u"vault";
    name.sequence = match.capturedView(4).isEmpty() ? 1 : match.capturedView(4).toInt();
    return name;
}

} // namespace tend
