#include "planexport.h"

#include "texts.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tend {

namespace {


Error saveError(const QString &path, const QString &reason)
{
    return Error{ExportText::tr("Tend could not write %1: %2").arg(path, reason)};
}

// Only the person exporting may read the file, whatever their umask.
bool keepPrivate(QSaveFile &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Qt's rich text understands this much CSS; it keeps the printed plan calm and readable.
const QString PrintStyle = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #332e2b; }"
    "h1 { font-size: 22pt; color: #2f5f5d; margin-bottom: 2pt; }"
    "h2 { font-size: 14pt; color: #2f5f5d; margin-top: 18pt; margin-bottom: 2pt; }"
    ".subtitle { color: #8a827c; margin-top: 0; }"
    ".intro { color: #8a827c; margin-top: 0; margin-bottom: 4pt; }"
    ".notice { color: #8a5a2b; }"
    ".detail { color: #5b5551; }"
    "li { margin-bottom: 5pt; }");

} // namespace

QString planStyleSheet()
{
    return PrintStyle;
}

Status writeMarkdownFile(const QString &markdown, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, file.errorString());
    if (!keepPrivate(file))
        return saveError(path, file.errorString());
    if (file.write(markdown.toUtf8()) < 0 || !file.commit())
        return saveError(path, file.errorString());
    return {};
}

Status writePdfFile(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, file.errorString());
    if (!keepPrivate(file))
        return saveError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tend"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultStyleSheet(planStyleSheet());
        document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return saveError(path, file.errorString());
    return {};
}

} // namespace tend
