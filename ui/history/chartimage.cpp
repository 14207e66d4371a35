#include "chartimage.h"

#include "texts.h"

#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace tend {

namespace {

Error saveError(const QString &path, const QString &reason)
{
    return Error{ExportText::tr("Tend could not write %1: %2").arg(path, reason)};
}

QImage renderChart(QChartView *view)
{
    const QSize size = view->viewport()->size();
    QImage image(size * ChartImageScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ChartImageScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    view->render(&painter, QRectF(QPointF(0, 0), size), view->viewport()->rect());
    return image;
}

} // namespace

Status saveChartImage(QChartView *view, const QString &path)
{
    if (!view || view->viewport()->size().isEmpty())
        return saveError(path, ExportText::tr("the chart has not been drawn yet"));
    const QImage image = renderChart(view);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, file.errorString());
    // Only the person saving may read the file, whatever their umask.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return saveError(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return saveError(path, ExportText::tr("the image could not be encoded"));
    if (!file.commit())
        return saveError(path, file.errorString());
    return {};
}

} // namespace tend
