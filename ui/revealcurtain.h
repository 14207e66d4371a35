#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tend {

// Stands in front of one partner's answers while "reveal together" keeps them out of sight,
// and lifts when that partner says it is them at the keyboard.
class RevealCurtain : public QWidget
{
    Q_OBJECT

public:
    explicit RevealCurtain(QWidget *parent = nullptr);

    void setPartnerName(const QString &name);

signals:
    void showRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
};

} // namespace tend
