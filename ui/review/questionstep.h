#pragma once

#include "questionstoask.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tend {

// The review's questions, one at a time: the question, the fact it comes from, and a box for
// what the couple wants to keep of their answer. Every question can be skipped.
class QuestionStep : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionStep(QWidget *parent = nullptr);

    void setQuestions(const QList<QuestionToAsk> &questions);
    // The questions with their answers, including what is typed in the box right now.
    QList<QuestionToAsk> questions() const;
    int currentIndex() const { return m_index; }
    void showQuestion(int index);
    void focusAnswer();

signals:
    // Moved on to another question: what was answered can be saved.
    void answered();
    // Past the last question.
    void finished();

private:
    void keepTyped();
    void move(int step);
    void skip();

    QList<QuestionToAsk> m_questions;
    int m_index = 0;

    QLabel *m_position = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_answerLabel = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace tend
