#include "needfilter.h"

#include "searchwords.h"

namespace tend {

bool NeedFilter::matches(const Need &need) const
{
    if (status && need.status != *status)
        return false;
    if (!raisedBy.isNull() && need.raisedBy != raisedBy)
        return false;
    // A line break between them, so no word is found half in the text and half in the note.
    return SearchWords(search).allFoundIn(need.text + u'\n' + need.resolutionNote);
}

} // namespace tend
