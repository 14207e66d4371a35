#pragma once

#include "model/partner.h"
#include "preferences/plandocument.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace tend {

class PreferenceStore;

// "Our plan": both partners' answers side by side, kept up to date as they change, and
// exported as PDF or Markdown. With reveal together on it waits until both forms are done.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    PlanPage(PreferenceStore &store, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void reload();

    bool isPlanShown() const { return m_planShown; }
    Status exportPdf(const QString &path);
    Status exportMarkdown(const QString &path);

signals:
    void statusMessage(const QString &message);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askAndExport(const QString &suffix, const QString &filter);

    PreferenceStore &m_store;
    QList<Partner> m_partners;
    PlanDocument m_document;
    bool m_planShown = false;

    QTextBrowser *m_view = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportMarkdown = nullptr;
};

} // namespace tend
