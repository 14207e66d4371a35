#include "model/aftercareact.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

AftercareAct validAct()
{
    AftercareAct act;
    act.form = CareForm::PhysicalComfort;
    act.label = u"Warm tea"_s;
    act.description = u"A cup of something warm."_s;
    return act;
}

TEST(ActValidation, AcceptsAValidActInEveryForm)
{
    for (CareForm form : AllCareForms) {
        AftercareAct act = validAct();
        act.form = form;
        EXPECT_TRUE(succeeded(validate(act)));
    }
}

TEST(ActValidation, RefusesAnEmptyOrBlankLabel)
{
    for (const QString &label : {QString(), u"    "_s}) {
        AftercareAct act = validAct();
        act.label = label;
        EXPECT_TRUE(refusedMentioning(validate(act), {u"aftercare act"_s}));
    }
}

TEST(ActValidation, LimitsTheLabelLength)
{
    AftercareAct act = validAct();
    act.label = QString(MaxActLabelLength, u'x');
    EXPECT_TRUE(succeeded(validate(act)));
    act.label = QString(MaxActLabelLength + 1, u'x');
    EXPECT_TRUE(refusedMentioning(validate(act), {QString::number(MaxActLabelLength)}));
}

TEST(ActValidation, EveryFormHasADistinctName)
{
    QStringList names;
    for (CareForm form : AllCareForms) {
        const QString name = careFormName(form);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(names.contains(name)) << name.toStdString();
        names.append(name);
    }
}

} // namespace
} // namespace tend
