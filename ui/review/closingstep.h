#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tend {

// The review's last step: what the couple agrees on, notes to remember, marking the review
// done, and exporting it.
class ClosingStep : public QWidget
{
    Q_OBJECT

public:
    explicit ClosingStep(QWidget *parent = nullptr);

    void setTexts(const QString &agreements, const QString &notes);
    QString agreements() const;
    QString notes() const;
    // The local day the review was marked done; invalid while it is in progress.
    void setDoneOn(const QDate &day);
    void focusAgreements();

signals:
    // Marks a review in progress done; for one done already, saves and closes it.
    void finishRequested();
    void exportRequested();

private:
    QPlainTextEdit *m_agreements = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_finish = nullptr;
};

} // namespace tend
