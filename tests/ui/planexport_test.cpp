// "Our aftercare plan" exported as PDF and Markdown from the Our plan page: the files hold the
// plan's sections and acts (the PDF read back with pdftotext), are private, and a path that
// cannot be written gets a clear message.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "planpage.h"
#include "storage/actrepository.h"
#include "storage/preferencerepository.h"

#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTest>

namespace tend::test {
namespace {

class PlanExportTest : public CoupleWindowTest
{
protected:
    void beforeWindowOpens() override
    {
        answer(1, QStringLiteral("Cuddling"), Rating::NeedIt, QStringLiteral("Long and slow."));
        answer(2, QStringLiteral("Cuddling"), Rating::LikeIt);
        answer(1, QStringLiteral("Quiet time alone"), Rating::NotForMe);
        answer(2, QStringLiteral("Quiet time alone"), Rating::NeedIt);
        answer(2, QStringLiteral("A gentle massage"), Rating::LikeIt, {}, true);
    }

    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        pressKey(Qt::Key_3, Qt::ControlModifier);
        m_page = child<PlanPage>(m_window.get(), QStringLiteral("planPage"));
        ASSERT_TRUE(m_page);
        ASSERT_TRUE(waitUntil([this] { return m_page->isVisible() && m_page->isPlanShown(); }));
    }

    void answer(int seat, const QString &label, Rating rating, const QString &note = {}, bool askFirst = false)
    {
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all();
        ASSERT_TRUE(acts.ok());
        Preference preference;
        preference.partnerId = m_partners[seat - 1].id;
        for (const AftercareAct &act : acts.value()) {
            if (act.label == label)
                preference.actId = act.id;
        }
        ASSERT_FALSE(preference.actId.isNull()) << label.toStdString();
        preference.rating = rating;
        preference.note = note;
        preference.askFirst = askFirst;
        ASSERT_TRUE(PreferenceRepository(*m_database, m_clock).save(preference).ok());
    }

    QString exportPath(const QString &name) const { return m_exports.filePath(name); }

    static QStringList planContents()
    {
        return {QStringLiteral("Our aftercare plan"),
                QStringLiteral("Robin and Sam"),
                QStringLiteral("Easy wins"),
                QStringLiteral("Cuddling"),
                QStringLiteral("Robin's note: “Long and slow.”"),
                QStringLiteral("Real differences"),
                QStringLiteral("Quiet time alone"),
                QStringLiteral("Please don't offer"),
                QStringLiteral("Not for Robin."),
                QStringLiteral("Ask first"),
                QStringLiteral("Ask Sam first.")};
    }

    PlanPage *m_page = nullptr;
    QTemporaryDir m_exports;
};

TEST_F(PlanExportTest, MarkdownHoldsEverySectionAndIsPrivate)
{
    const QString path = exportPath(QStringLiteral("plan.md"));
    ASSERT_TRUE(m_page->exportMarkdown(path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("# Our aftercare plan\n"))) << markdown.toStdString();
    for (const QString &heading : {QStringLiteral("\n## Easy wins\n"), QStringLiteral("\n## Real differences\n"),
                                   QStringLiteral("\n## Please don't offer\n"), QStringLiteral("\n## Ask first\n")})
        EXPECT_TRUE(markdown.contains(heading)) << heading.toStdString() << " missing in:\n" << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("- **Cuddling** — Robin: Need it · Sam: Like it\n")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("  - Robin's note: “Long and slow.”\n")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("## Timing"))) << "Empty sections are left out";
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

TEST_F(PlanExportTest, PdfChosenInTheFileDialogReadsBackWithEverySection)
{
    const QString path = exportPath(QStringLiteral("Our plan.pdf"));
    ModalDialogDriver driver(QStringLiteral("exportFileDialog"), [&path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        ASSERT_TRUE(files);
        EXPECT_TRUE(files->selectedFiles().value(0).endsWith(QStringLiteral("Our aftercare plan.pdf")));
        // Type where to save it, as a person would, and press Enter.
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        ASSERT_TRUE(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(m_page, QStringLiteral("exportPdfButton")), Qt::LeftButton);
    ASSERT_TRUE(driver.ran());
    ASSERT_TRUE(QFile::exists(path));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000)) << "pdftotext (poppler-utils, installed by scripts/setup.sh) did not run";
    ASSERT_EQ(pdftotext.exitCode(), 0) << pdftotext.readAllStandardError().toStdString();
    // NFKC turns the PDF's typographic ligatures ("ﬁ") back into letters.
    const QString text =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &expected : planContents())
        EXPECT_TRUE(text.contains(expected)) << "Missing in the PDF: " << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST_F(PlanExportTest, AnUnwritablePlaceGetsAClearMessage)
{
    const QString path = exportPath(QStringLiteral("no such folder/plan.md"));
    const Status written = m_page->exportMarkdown(path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.startsWith(QStringLiteral("Tend could not write ")))
        << written.error().message.toStdString();
    EXPECT_TRUE(written.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace tend::test
