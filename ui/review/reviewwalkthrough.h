#pragma once

#include "model/review.h"
#include "reviewsources.h"

#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace tend {

class ClosingStep;
class QuestionStep;
class ReviewStore;
class SectionView;

// Walks the couple through one review, step by step: the digest of their period, the questions
// it raises, and their agreements and notes. What they type is saved as they go: on leaving a
// step or a question, on finishing, and whenever the page calls save().
class ReviewWalkthrough : public QWidget
{
    Q_OBJECT

public:
    enum Step { Feelings, DivergentDays, WishedFor, Needs, Questions, Closing, StepCount };
    // Asks where to export, starting from `suggestedPath`; empty when the person cancelled.
    using SavePathAsker = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    ReviewWalkthrough(ReviewStore &store, QWidget *parent = nullptr);

    // Takes up `review` (stored already), over the digest of its period; starts at `step`.
    void hold(const Review &review, const ReviewContext &context, Step step);
    bool isHolding() const { return !m_review.id.isNull(); }
    // The review as it stands on screen, with everything typed so far.
    Review currentReview() const;
    // Writes what changed since the last save; false when the store refused, which is said
    // on the page while the text stays as typed.
    bool save();

    Step currentStep() const { return Step(m_step); }
    void showStep(Step step);
    void setSavePathAsker(SavePathAsker asker) { m_askSavePath = std::move(asker); }

signals:
    // The couple is finished with the review for now: back to the list, with it selected.
    void closed(const QUuid &reviewId);
    void statusMessage(const QString &message);
    void failed(const QString &message);

private:
    enum class Focus { Keep, Content };

    QWidget *createStepList();
    QWidget *createContent();
    void goTo(int step, Focus focus);
    void finish();
    void close();
    void exportPdf();
    bool write(Review review);
    void showProblem(const QString &message);

    ReviewStore &m_store;
    Review m_review;
    Review m_saved; // as last written, to write only what changed
    ReviewContext m_context;
    int m_step = Feelings; // -1 while nothing is held
    SavePathAsker m_askSavePath;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_stepPosition = nullptr;
    QLabel *m_stepTitle = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<SectionView *, Questions> m_sections{};
    QuestionStep *m_questions = nullptr;
    ClosingStep *m_closing = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace tend
