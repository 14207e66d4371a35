#pragma once

#include <QTextBrowser>

namespace tend {

struct ReviewSection;

// One section of the review document, read-only, in the review's print style: what Tend
// found in the check-ins and needs, worded exactly as the exported review words it.
class SectionView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SectionView(QWidget *parent = nullptr);

    // The section without its heading, which the walk-through shows as the step's title.
    void showSection(const ReviewSection &section);
};

} // namespace tend
