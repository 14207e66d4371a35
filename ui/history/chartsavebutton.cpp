#include "chartsavebutton.h"

#include "chartimage.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace tend {

namespace {

QString askWithFileDialog(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ChartSaveButton::tr("Save chart as image"), suggestedPath,
                                        ChartSaveButton::tr("PNG images (*.png)"));
}

QString picturesFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QDir(pictures).exists() ? pictures : QDir::homePath();
}

} // namespace

ChartSaveButton::ChartSaveButton(QChartView *view, QWidget *parent)
    : QToolButton(parent), m_view(view), m_suggestedName(QStringLiteral("tend-chart")), m_askPath(askWithFileDialog)
{
    setObjectName(QStringLiteral("saveChartImage"));
    setText(tr("Save as image…"));
    setToolTip(tr("Save this chart as a PNG image"));
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::clicked, this, &ChartSaveButton::askAndSave);
}

void ChartSaveButton::setSuggestedName(const QString &name)
{
    m_suggestedName = name;
}

QString ChartSaveButton::suggestedPath() const
{
    return QDir(picturesFolder()).filePath(m_suggestedName + QStringLiteral(".png"));
}

void ChartSaveButton::setPathAsker(PathAsker asker)
{
    m_askPath = std::move(asker);
}

Status ChartSaveButton::save(const QString &path) const
{
    return saveChartImage(m_view, path);
}

void ChartSaveButton::askAndSave()
{
    QString path = m_askPath(window(), suggestedPath());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const Status written = save(path);
    if (!written) {
        emit failed(written.error().message);
        return;
    }
    emit saved(path);
}

} // namespace tend
