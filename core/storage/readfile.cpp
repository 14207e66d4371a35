#include "readfile.h"

#include "texts.h"

#include <QFile>

namespace tend {

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{StorageText::tr("Tend cannot read %1: %2.").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{StorageText::tr("Tend cannot read %1: %2.").arg(path, file.errorString())};
    return bytes;
}

} // namespace tend
