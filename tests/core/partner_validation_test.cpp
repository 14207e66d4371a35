#include "model/partner.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

Partner validPartner()
{
    Partner partner;
    partner.seat = 1;
    partner.name = u"Sam"_s;
    partner.pronouns = u"they/them"_s;
    partner.colour = u"#336699"_s;
    return partner;
}

TEST(PartnerValidation, AcceptsAValidPartner)
{
    EXPECT_TRUE(succeeded(validate(validPartner())));
}

TEST(PartnerValidation, AcceptsBothSeatsNoPronounsAndUpperCaseColours)
{
    Partner partner = validPartner();
    partner.seat = 2;
    partner.pronouns.clear();
    partner.colour = u"#ABCdef"_s;
    EXPECT_TRUE(succeeded(validate(partner)));
}

TEST(PartnerValidation, RefusesAnEmptyOrBlankName)
{
    for (const QString &name : {QString(), u"   "_s, u"\t\n"_s}) {
        SCOPED_TRACE(name.toStdString());
        Partner partner = validPartner();
        partner.name = name;
        EXPECT_TRUE(refusedMentioning(validate(partner), {u"name"_s}));
    }
}

TEST(PartnerValidation, LimitsTheNameLengthAfterTrimming)
{
    Partner partner = validPartner();
    partner.name = QString(MaxNameLength, u'a');
    EXPECT_TRUE(succeeded(validate(partner)));
    partner.name = u"  "_s + QString(MaxNameLength, u'a') + u"  "_s;
    EXPECT_TRUE(succeeded(validate(partner)));

    partner.name = QString(MaxNameLength + 1, u'a');
    EXPECT_TRUE(refusedMentioning(validate(partner), {u"name"_s, QString::number(MaxNameLength)}));
}

TEST(PartnerValidation, LimitsThePronounsLength)
{
    Partner partner = validPartner();
    partner.pronouns = QString(MaxPronounsLength, u'p');
    EXPECT_TRUE(succeeded(validate(partner)));
    partner.pronouns = QString(MaxPronounsLength + 1, u'p');
    EXPECT_TRUE(refusedMentioning(validate(partner), {u"pronouns"_s, QString::number(MaxPronounsLength)}));
}

TEST(PartnerValidation, RefusesASeatOtherThanFirstOrSecond)
{
    for (int seat : {0, 3, -1}) {
        SCOPED_TRACE(seat);
        Partner partner = validPartner();
        partner.seat = seat;
        EXPECT_TRUE(refusedMentioning(validate(partner), {u"first"_s, u"second"_s, u"partner"_s}));
    }
}

TEST(PartnerValidation, RefusesABadColourAndNamesThePartner)
{
    for (const QString &colour : {QString(), u"336699"_s, u"#33669"_s, u"#3366990"_s, u"#33669g"_s, u"red"_s,
                                  u" #336699"_s, u"#336699 "_s, u"#369"_s}) {
        SCOPED_TRACE(colour.toStdString());
        Partner partner = validPartner();
        partner.colour = colour;
        EXPECT_TRUE(refusedMentioning(validate(partner), {u"colour"_s, u"Sam"_s}));
    }
}

} // namespace
} // namespace tend

namespace tend {
namespace {

TEST(PartnersBySeat, PutsSeatOneFirstWhateverTheOrderAndLeavesAnEmptySeatWithoutAnId)
{
    Partner first;
    first.id = QUuid::createUuid();
    first.seat = 1;
    Partner second;
    second.id = QUuid::createUuid();
    second.seat = 2;

    const std::array<Partner, 2> both = partnersBySeat({second, first});
    EXPECT_EQ(both[0].id, first.id);
    EXPECT_EQ(both[1].id, second.id);

    const std::array<Partner, 2> onlySecond = partnersBySeat({second});
    EXPECT_TRUE(onlySecond[0].id.isNull());
    EXPECT_EQ(onlySecond[1].id, second.id);
}

} // namespace
} // namespace tend
