#include "questionstep.h"

#include "typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

QuestionStep::QuestionStep(QWidget *parent)
    : QWidget(parent), m_position(new QLabel(this)), m_question(new QLabel(this)), m_basis(new QLabel(this)),
      m_answerLabel(new QLabel(tr("&Your answer, if you want to keep one"), this)), m_answer(new QPlainTextEdit(this)),
      m_previous(new QPushButton(tr("P&revious question"), this)), m_skip(new QPushButton(tr("S&kip"), this)),
      m_next(new QPushButton(tr("Next &question"), this))
{
    setObjectName(QStringLiteral("questionStep"));
    m_position->setObjectName(QStringLiteral("questionPosition"));
    styleAsQuiet(m_position);
    m_question->setObjectName(QStringLiteral("questionText"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    styleAsCardTitle(m_question);
    m_basis->setObjectName(QStringLiteral("questionBasis"));
    m_basis->setWordWrap(true);
    m_basis->setTextFormat(Qt::PlainText);
    styleAsQuiet(m_basis);

    m_answerLabel->setBuddy(m_answer);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setTabChangesFocus(true);
    // Room for a few sentences; the question stays the larger part of the step.
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 8);
    m_answer->setPlaceholderText(tr("A few words are plenty. Leave it empty to keep nothing."));
    auto *gentle = new QLabel(tr("Skipping is always fine: talk about what you want to, and keep only what you "
                                 "write down."),
                              this);
    gentle->setWordWrap(true);
    styleAsQuiet(gentle);

    m_previous->setObjectName(QStringLiteral("previousQuestionButton"));
    m_skip->setObjectName(QStringLiteral("skipQuestionButton"));
    m_skip->setToolTip(tr("Leave this question; nothing of it is kept"));
    m_next->setObjectName(QStringLiteral("nextQuestionButton"));
    m_next->setToolTip(tr("Keep the answer and go on"));
    styleAsPrimary(m_next);
    connect(m_previous, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_skip, &QPushButton::clicked, this, &QuestionStep::skip);
    connect(m_next, &QPushButton::clicked, this, [this] { move(1); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_position);
    layout->addWidget(m_question);
    layout->addWidget(m_basis);
    layout->addSpacing(12);
    layout->addWidget(m_answerLabel);
    layout->addWidget(m_answer);
    layout->addWidget(gentle);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void QuestionStep::setQuestions(const QList<QuestionToAsk> &questions)
{
    m_questions = questions;
    m_index = 0;
    showQuestion(0);
}

QList<QuestionToAsk> QuestionStep::questions() const
{
    QList<QuestionToAsk> questions = m_questions;
    if (m_index < questions.size())
        questions[m_index].answer = m_answer->toPlainText();
    return questions;
}

void QuestionStep::showQuestion(int index)
{
    const int count = int(m_questions.size());
    m_index = std::clamp(index, 0, std::max(count - 1, 0));
    const bool any = count > 0;
    for (QWidget *each : std::initializer_list<QWidget *>{m_answerLabel, m_answer, m_skip, m_next, m_previous})
        each->setVisible(any);
    if (!any) {
        m_position->clear();
        m_question->setText(tr("No questions this time."));
        m_basis->clear();
        return;
    }
    const QuestionToAsk &asked = m_questions.at(m_index);
    const QLocale locale;
    m_position->setText(tr("Question %1 of %2").arg(locale.toString(m_index + 1), locale.toString(count)));
    m_question->setText(asked.question.text);
    m_basis->setText(asked.question.basis);
    m_basis->setVisible(!asked.question.basis.isEmpty());
    m_answer->setPlainText(asked.answer);
    m_answer->setAccessibleName(tr("Your answer to: %1").arg(asked.question.text));
    m_previous->setEnabled(m_index > 0);
    m_next->setText(m_index + 1 < count ? tr("Next &question") : tr("Finish &questions"));
}

void QuestionStep::focusAnswer()
{
    if (m_answer->isVisible())
        m_answer->setFocus(Qt::OtherFocusReason);
}

void QuestionStep::keepTyped()
{
    if (m_index < m_questions.size())
        m_questions[m_index].answer = m_answer->toPlainText();
}

void QuestionStep::move(int step)
{
    keepTyped();
    emit answered();
    if (m_index + step >= m_questions.size()) {
        emit finished();
        return;
    }
    showQuestion(m_index + step);
    focusAnswer();
}

void QuestionStep::skip()
{
    m_answer->clear();
    move(1);
}

} // namespace tend
