#include "review.h"

#include "texts.h"

namespace tend {

Status validate(const Review &review)
{
    if (!review.periodStart.isValid() || !review.periodEnd.isValid())
        return Error{ValidationText::tr("A review needs the first and last day it looks at.")};
    if (review.periodEnd < review.periodStart)
        return Error{ValidationText::tr("A review's period must not end before it starts.")};
    return {};
}

} // namespace tend
