// A review held together, exported as PDF and Markdown: the PDF read back with pdftotext holds
// the title, both names, the couple's agreements and answers; the files are private, and a
// path that cannot be written gets a clear message.

#include "review/reviewexport.h"

#include "review/reviewdocument.h"
#include "review/reviewquestions.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

using namespace Qt::StringLiterals;

// May 2024 for Alex and Sam, with April before it: most days checked in, a few wishes missed,
// needs raised and resolved, and the review done on 2 June with two answers and agreements.
class ReviewExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(m_exports.isValid());
        m_partners[0].id = QUuid::createUuid();
        m_partners[0].seat = 1;
        m_partners[0].name = u"Alex"_s;
        m_partners[1].id = QUuid::createUuid();
        m_partners[1].seat = 2;
        m_partners[1].name = u"Sam"_s;
        for (const QString &label : {u"Cuddling"_s, u"A warm drink"_s, u"Talk about how it felt"_s,
                                     u"Quiet time alone"_s, u"Holding hands"_s}) {
            AftercareAct act;
            act.id = QUuid::createUuid();
            act.label = label;
            m_catalogue.append(act);
            m_actNames.insert(act.id, label);
        }
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    const QUuid &act(int index) const { return m_catalogue.at(index).id; }

    CheckIn checkIn(int place, const QDate &day, int mood, int stress, int closeness) const
    {
        CheckIn result;
        result.id = QUuid::createUuid();
        result.partnerId = m_partners[size_t(place)].id;
        result.localDay = day;
        result.atUtc = QDateTime(day, QTime(19, place * 10), m_zone).toUTC();
        result.mood = mood;
        result.stress = stress;
        result.closeness = closeness;
        return result;
    }

    // Two months of check-ins that vary by a fixed pattern, oldest first.
    QList<CheckIn> checkIns() const
    {
        QList<CheckIn> all;
        for (QDate day(2024, 4, 1); day <= QDate(2024, 5, 31); day = day.addDays(1)) {
            const int n = int(QDate(2024, 4, 1).daysTo(day));
            const bool may = day.month() == 5;
            if (n % 7 != 3) {
                CheckIn alex = checkIn(0, day, 3 + n % 3 / 2, may ? 2 : 3, 3 + (n % 4 == 0));
                if (n % 5 == 0) {
                    alex.kind = CheckInKind::AfterIntimacy;
                    alex.actsWished = {act(0), act(2)};
                    alex.actsReceived = {act(0)};
                    alex.feltCaredFor = 4;
                }
                all.append(alex);
            }
            if (n % 2 == 0) {
                CheckIn sam = checkIn(1, day, may ? 3 : 4, may ? 3 + n % 3 / 2 : 2, n % 9 == 0 ? 1 : 3 + n % 2);
                if (n % 5 == 0) {
                    sam.kind = CheckInKind::AfterIntimacy;
                    sam.actsWished = {act(1), act(3)};
                    sam.actsReceived = {act(3)};
                    sam.feltCaredFor = 3;
                }
                all.append(sam);
            }
        }
        return all;
    }

    Need need(int place, const QString &text, const QDate &raised) const
    {
        Need result;
        result.id = QUuid::createUuid();
        result.raisedBy = m_partners[size_t(place)].id;
        result.text = text;
        result.createdUtc = QDateTime(raised, QTime(21, 0), m_zone).toUTC();
        return result;
    }

    QList<Need> needs() const
    {
        Need morning = need(1, u"More unhurried mornings together"_s, QDate(2024, 5, 6));
        morning.status = NeedStatus::Resolved;
        morning.resolvedUtc = QDateTime(QDate(2024, 5, 20), QTime(20, 0), m_zone).toUTC();
        morning.resolutionNote = u"Saturdays start slowly, phones stay in the kitchen."_s;
        Need evenings = need(0, u"Ask before planning our evenings"_s, QDate(2024, 5, 12));
        evenings.status = NeedStatus::TalkingAboutIt;
        evenings.discussedUtc = QDateTime(QDate(2024, 5, 26), QTime(20, 0), m_zone).toUTC();
        Need space = need(0, u"A quiet hour after work"_s, QDate(2024, 5, 28));
        return {morning, evenings, space};
    }

    ReviewDocument document(const QString &agreements = u"Sam makes the first tea after.\nA Sunday walk, phones at home."_s) const
    {
        ReviewInputs inputs{checkIns(), m_partners, m_catalogue, needs(), std::nullopt,
                            DayPeriod{QDate(2024, 5, 1), QDate(2024, 5, 31)}, m_zone};
        inputs.weeklyNeed = inputs.needs.at(1);
        const ReviewDigest digest = digestReview(inputs);
        const QList<ReviewQuestion> questions = reviewQuestions(digest, m_partners, m_actNames);
        EXPECT_GE(questions.size(), 2);
        Review review;
        review.periodStart = digest.period.from;
        review.periodEnd = digest.period.to;
        review.answers = {{questions.value(0).text, u"Mostly the long weekend away."_s},
                          {questions.value(1).text, u"Asking first, and a kettle on."_s}};
        review.agreements = agreements;
        review.notes = u"We laughed a lot about the burnt pancakes.\nBring up the holiday plan next time."_s;
        review.completedUtc = QDateTime(QDate(2024, 6, 2), QTime(18, 30), m_zone).toUTC();
        return describeReview(review, digest, m_partners, m_actNames, m_zone);
    }

    static QString pdfText(const QString &path, const QStringList &options = {u"-layout"_s})
    {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, options + QStringList{path, u"-"_s});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
            ADD_FAILURE() << "pdftotext (poppler-utils, installed by scripts/setup.sh) did not run: "
                          << pdftotext.readAllStandardError().toStdString();
            return {};
        }
        // NFKC turns the PDF's typographic ligatures ("ﬁ") back into letters.
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

    QString exportPath(const QString &name) const { return m_exports.filePath(name); }

    const QTimeZone m_zone{"Europe/Berlin"};
    std::array<Partner, 2> m_partners;
    QList<AftercareAct> m_catalogue;
    QHash<QUuid, QString> m_actNames;
    QTemporaryDir m_exports;
};

TEST_F(ReviewExportTest, PdfReadsBackWithTitleNamesAgreementsAndAnswers)
{
    const QString path = exportPath(u"Our review.pdf"_s);
    const Status written = exportReviewPdf(document(), path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(path).simplified();
    for (const QString &expected :
         {u"Our review — 1 to 31 May 2024"_s, u"Alex and Sam · done on 2 June 2024"_s, u"How each of us felt"_s,
          u"Days we felt differently"_s, u"Care wished for but not received"_s, u"A warm drink — wished for 4 times, not received 4 times"_s,
          u"More unhurried mornings together"_s, u"Questions we talked about"_s, u"Mostly the long weekend away."_s,
          u"Asking first, and a kettle on."_s, u"Agreements"_s, u"Sam makes the first tea after."_s,
          u"A Sunday walk, phones at home."_s, u"Notes"_s, u"burnt pancakes"_s})
        EXPECT_TRUE(text.contains(expected)) << "Missing in the PDF: " << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(u"<style>"_s)) << "the style sheet is read, not printed";
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

// However long the agreements run, the Notes heading after them never ends a page on its own.
TEST_F(ReviewExportTest, AHeadingIsNeverLeftAloneAtTheFootOfAPage)
{
    const QString path = exportPath(u"long.pdf"_s);
    QStringList agreements;
    for (int count = 1; count <= 24; ++count) {
        agreements.append(u"Agreement number %1, written out in a few words."_s.arg(count));
        ASSERT_TRUE(exportReviewPdf(document(agreements.join(u'\n')), path).ok());
        const QStringList pages = pdfText(path, {}).split(u'\f', Qt::SkipEmptyParts);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            QStringList lines = pages[page].split(u'\n', Qt::SkipEmptyParts);
            lines.removeIf([](const QString &line) { return line.trimmed().isEmpty() || line.trimmed().toInt() > 0; });
            ASSERT_FALSE(lines.isEmpty()) << "page " << page + 1 << " is empty with " << count << " agreements";
            EXPECT_NE(lines.last().trimmed(), u"Notes"_s) << "page " << page + 1 << " ends with a heading, with " << count
                                                       << " agreements:\n" << pages[page].toStdString();
        }
    }
}

TEST_F(ReviewExportTest, MarkdownHoldsTheSameReviewAndIsPrivate)
{
    const QString path = exportPath(u"review.md"_s);
    ASSERT_TRUE(exportReviewMarkdown(document(), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(markdown.startsWith(u"# Our review — 1 to 31 May 2024\n"_s)) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"\n## Agreements\n\n- Sam makes the first tea after.\n- A Sunday walk, phones at home.\n"_s))
        << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"- Mostly the long weekend away.\n"_s)) << markdown.toStdString();
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

TEST_F(ReviewExportTest, AnUnwritablePlaceGetsAClearMessage)
{
    const QString path = exportPath(u"no such folder/review.pdf"_s);
    const Status written = exportReviewPdf(document(), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.startsWith(u"Tend could not write "_s)) << written.error().message.toStdString();
    EXPECT_TRUE(written.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace tend::test
