#include "core/chat_windows.h"
#include "core/pricing.h"
#include "test_time.h"

#include <QJsonDocument>
#include <QTest>

using namespace Deskline;
using Test::hours;
using Reason = PricingPrediction::Reason;

Q_DECLARE_METATYPE(Deskline::PricingPrediction::Reason)
Q_DECLARE_METATYPE(Deskline::PricingType)
Q_DECLARE_METATYPE(Deskline::PricingCategory)
Q_DECLARE_METATYPE(Deskline::PricingModel)

namespace {

enum class Send { FreeForm, Marketing, Utility, Authentication };
enum class Fep { None, Eligible, Open };

std::optional<TemplateCategory> categoryOf(Send s)
{
    switch (s) {
    case Send::FreeForm:
        return std::nullopt;
    case Send::Marketing:
        return TemplateCategory::Marketing;
    case Send::Utility:
        return TemplateCategory::Utility;
    case Send::Authentication:
        return TemplateCategory::Authentication;
    }
    return std::nullopt;
}

// A chat at `now` whose customer wrote 2 h ago (window open) or 30 h ago (closed), through an
// ad when a free entry point is wanted.
PricingContext chatAt(EpochSeconds now, bool windowOpen, Fep fep)
{
    ChatWindows chat;
    const EpochSeconds wrote = now - (windowOpen ? hours(2) : hours(30));
    chat.onInbound(MessageKind::Text, wrote, fep != Fep::None);
    if (fep == Fep::Open)
        chat.onOutbound(wrote + 60);
    return chat.pricingContextAt(now);
}

} // namespace

Q_DECLARE_METATYPE(Send)
Q_DECLARE_METATYPE(Fep)

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void erasByDate_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("era");
        QTest::addColumn<PricingModel>("model");
        QTest::newRow("2024-10-31 last second") << "2024-10-31T23:59:59Z" << "cbp-free-tier" << PricingModel::ConversationBased;
        QTest::newRow("2024-11-01 first second") << "2024-11-01T00:00:00Z" << "cbp-free-service" << PricingModel::ConversationBased;
        QTest::newRow("2025-06-30T23:59:59Z") << "2025-06-30T23:59:59Z" << "cbp-free-service" << PricingModel::ConversationBased;
        QTest::newRow("2025-07-01T00:00:00Z") << "2025-07-01T00:00:00Z" << "pmp" << PricingModel::PerMessage;
        QTest::newRow("2026-09-30T23:59:59Z") << "2026-09-30T23:59:59Z" << "pmp" << PricingModel::PerMessage;
        QTest::newRow("2026-10-01T00:00:00Z") << "2026-10-01T00:00:00Z" << "pmp-paid-service" << PricingModel::PerMessage;
        QTest::newRow("far future") << "2031-01-01T00:00:00Z" << "pmp-paid-service" << PricingModel::PerMessage;
        QTest::newRow("before any row") << "2019-01-01T00:00:00Z" << "cbp-free-tier" << PricingModel::ConversationBased;
    }
    void erasByDate()
    {
        QFETCH(QString, at);
        QFETCH(QString, era);
        QFETCH(PricingModel, model);
        const PricingEra &e = PricingRules::meta().eraAt(*parseIsoUtc(at));
        QCOMPARE(e.id, era);
        QCOMPARE(e.model, model);
        QCOMPARE(e.reported, era == QLatin1String("pmp-paid-service"));
    }

    // "If this is sent now in this chat, is it billable, under which category and type, and why"
    void predict_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<Send>("send");
        QTest::addColumn<bool>("windowOpen");
        QTest::addColumn<Fep>("fep");
        QTest::addColumn<int>("used");
        QTest::addColumn<bool>("billable");
        QTest::addColumn<PricingType>("type");
        QTest::addColumn<PricingCategory>("category");
        QTest::addColumn<bool>("charged");
        QTest::addColumn<Reason>("reason");

        using T = PricingType;
        using C = PricingCategory;
        // CBP / PMP boundary
        QTest::newRow("2025-06-30T23:59:59Z free-form opens a free service conversation")
            << "2025-06-30T23:59:59Z" << Send::FreeForm << true << Fep::None << 0
            << true << T::Regular << C::Service << false << Reason::OpensFreeServiceConversation;
        QTest::newRow("2025-07-01T00:00:00Z free-form is a free service message")
            << "2025-07-01T00:00:00Z" << Send::FreeForm << true << Fep::None << 0
            << false << T::FreeCustomerService << C::Service << false << Reason::FreeServiceReply;
        QTest::newRow("2025-06-30T23:59:59Z utility in window opens a charged conversation")
            << "2025-06-30T23:59:59Z" << Send::Utility << true << Fep::None << 0
            << true << T::Regular << C::Utility << true << Reason::OpensConversation;
        QTest::newRow("2025-07-01T00:00:00Z utility in window is free")
            << "2025-07-01T00:00:00Z" << Send::Utility << true << Fep::None << 0
            << false << T::FreeCustomerService << C::Utility << false << Reason::FreeUtilityInWindow;
        QTest::newRow("2025-07-01 utility outside window is charged")
            << "2025-07-01T00:00:00Z" << Send::Utility << false << Fep::None << 0
            << true << T::Regular << C::Utility << true << Reason::TemplateCharged;
        QTest::newRow("2025-06-30T23:59:59Z marketing opens a conversation")
            << "2025-06-30T23:59:59Z" << Send::Marketing << false << Fep::None << 0
            << true << T::Regular << C::Marketing << true << Reason::OpensConversation;
        QTest::newRow("2025-07-01 marketing inside the window is still charged")
            << "2025-07-01T00:00:00Z" << Send::Marketing << true << Fep::None << 0
            << true << T::Regular << C::Marketing << true << Reason::TemplateCharged;
        QTest::newRow("2025-12-01 authentication is charged")
            << "2025-12-01T00:00:00Z" << Send::Authentication << false << Fep::None << 0
            << true << T::Regular << C::Authentication << true << Reason::TemplateCharged;
        // CBP free tier (until 2024-10-31): 1,000 service conversations a month
        QTest::newRow("2024-10-31 999 used: free tier")
            << "2024-10-31T23:59:59Z" << Send::FreeForm << true << Fep::None << 999
            << true << T::Regular << C::Service << false << Reason::OpensFreeTierConversation;
        QTest::newRow("2024-10-31 1000 used: charged")
            << "2024-10-31T23:59:59Z" << Send::FreeForm << true << Fep::None << 1000
            << true << T::Regular << C::Service << true << Reason::OpensConversation;
        QTest::newRow("2024-11-01 1000 used: service is free")
            << "2024-11-01T00:00:00Z" << Send::FreeForm << true << Fep::None << 1000
            << true << T::Regular << C::Service << false << Reason::OpensFreeServiceConversation;
        // Paid service replies (2026-10-01, reported)
        QTest::newRow("2026-09-30T23:59:59Z free-form free")
            << "2026-09-30T23:59:59Z" << Send::FreeForm << true << Fep::None << 5000
            << false << T::FreeCustomerService << C::Service << false << Reason::FreeServiceReply;
        QTest::newRow("2026-10-01T00:00:00Z free-form within allowance")
            << "2026-10-01T00:00:00Z" << Send::FreeForm << true << Fep::None << 999
            << false << T::FreeCustomerService << C::Service << false << Reason::ServiceWithinFreeAllowance;
        QTest::newRow("2026-10-01T00:00:00Z free-form past allowance is charged")
            << "2026-10-01T00:00:00Z" << Send::FreeForm << true << Fep::None << 1000
            << true << T::Regular << C::Service << true << Reason::ServiceReplyCharged;
        QTest::newRow("2026-09-30T23:59:59Z utility in window free")
            << "2026-09-30T23:59:59Z" << Send::Utility << true << Fep::None << 0
            << false << T::FreeCustomerService << C::Utility << false << Reason::FreeUtilityInWindow;
        QTest::newRow("2026-10-01T00:00:00Z utility in window charged")
            << "2026-10-01T00:00:00Z" << Send::Utility << true << Fep::None << 0
            << true << T::Regular << C::Utility << true << Reason::UtilityInWindowCharged;
        // Free entry point: free in every era, templates included
        QTest::newRow("2025-07-01 FEP open, marketing free")
            << "2025-07-01T00:00:00Z" << Send::Marketing << true << Fep::Open << 0
            << false << T::FreeEntryPoint << C::ReferralConversion << false << Reason::FreeEntryPointOpen;
        QTest::newRow("2026-10-01 FEP open, free-form free past allowance")
            << "2026-10-01T00:00:00Z" << Send::FreeForm << true << Fep::Open << 5000
            << false << T::FreeEntryPoint << C::ReferralConversion << false << Reason::FreeEntryPointOpen;
        QTest::newRow("2026-10-01 FEP open, window closed, utility free")
            << "2026-10-01T00:00:00Z" << Send::Utility << false << Fep::Open << 0
            << false << T::FreeEntryPoint << C::ReferralConversion << false << Reason::FreeEntryPointOpen;
        QTest::newRow("2025-07-01 answering the referral opens the FEP")
            << "2025-07-01T00:00:00Z" << Send::FreeForm << true << Fep::Eligible << 0
            << false << T::FreeEntryPoint << C::ReferralConversion << false << Reason::OpensFreeEntryPoint;
        QTest::newRow("2025-03-01 CBP answering the referral is free")
            << "2025-03-01T00:00:00Z" << Send::Marketing << true << Fep::Eligible << 0
            << false << T::FreeEntryPoint << C::ReferralConversion << false << Reason::OpensFreeEntryPoint;
    }
    void predict()
    {
        QFETCH(QString, at);
        QFETCH(Send, send);
        QFETCH(bool, windowOpen);
        QFETCH(Fep, fep);
        QFETCH(int, used);
        QFETCH(bool, billable);
        QFETCH(PricingType, type);
        QFETCH(PricingCategory, category);
        QFETCH(bool, charged);
        QFETCH(Reason, reason);

        const EpochSeconds now = *parseIsoUtc(at);
        PricingContext chat = chatAt(now, windowOpen, fep);
        chat.freeServiceUsedThisMonth = used;
        const PricingPrediction p = PricingRules::meta().predict(now, categoryOf(send), chat);
        QVERIFY(p.sendable);
        QCOMPARE(p.reason, reason);
        QCOMPARE(p.billable, billable);
        QCOMPARE(p.type, type);
        QCOMPARE(p.category, category);
        QCOMPARE(p.charged, charged);
        QVERIFY(!p.explanation().isEmpty());
    }

    void freeFormOutsideTheWindowIsNotSendable_data()
    {
        QTest::addColumn<QString>("at");
        QTest::newRow("cbp") << "2024-06-01T00:00:00Z";
        QTest::newRow("pmp") << "2025-08-01T00:00:00Z";
        QTest::newRow("paid-service") << "2026-11-21T00:00:00Z";
    }
    void freeFormOutsideTheWindowIsNotSendable()
    {
        QFETCH(QString, at);
        const EpochSeconds now = *parseIsoUtc(at);
        for (const bool everWrote : {false, true}) {
            PricingContext chat = everWrote ? chatAt(now, false, Fep::None) : PricingContext{};
            const PricingPrediction p = PricingRules::meta().predict(now, std::nullopt, chat);
            QVERIFY(!p.sendable);
            QCOMPARE(p.reason, Reason::OutsideServiceWindow);
            QVERIFY(!p.charged);
            // A template is always sendable.
            QVERIFY(PricingRules::meta().predict(now, TemplateCategory::Utility, chat).sendable);
        }
    }

    void reportedRuleSaysSo()
    {
        const EpochSeconds now = Test::at("2026-10-02T12:00:00Z");
        PricingContext chat = chatAt(now, true, Fep::None);
        chat.freeServiceUsedThisMonth = 2000;
        const PricingPrediction p = PricingRules::meta().predict(now, std::nullopt, chat);
        QVERIFY(p.reported);
        QCOMPARE(p.rate, PricingCategory::Utility); // billed at the utility rate
        const PricingPrediction before = PricingRules::meta().predict(
            Test::at("2026-09-30T12:00:00Z"), std::nullopt, chatAt(Test::at("2026-09-30T12:00:00Z"), true, Fep::None));
        QVERIFY(!before.reported);
        QVERIFY(p.explanation() != before.explanation());
        QVERIFY(p.explanation().contains(QStringLiteral("not yet confirmed")));
    }

    void lineAllowanceIsConfigurable()
    {
        const EpochSeconds now = Test::at("2026-10-15T09:00:00Z");
        PricingContext chat = chatAt(now, true, Fep::None);
        chat.freeServiceUsedThisMonth = 10;
        const PricingRules rules = PricingRules::meta();
        QVERIFY(!rules.predict(now, std::nullopt, chat).charged);                 // default 1,000
        QVERIFY(rules.predict(now, std::nullopt, chat, {10}).charged);            // 10 a month
        QVERIFY(rules.predict(now, std::nullopt, chat, {0}).charged);             // none
        QVERIFY(!rules.predict(now, std::nullopt, chat, {11}).charged);
        QVERIFY(rules.predict(now, std::nullopt, chat, {11}).usesFreeAllowance);
    }

    // CBP: several conversations may be open; a send joins one or opens its own category.
    void conversationBasedJoinsOpenConversations()
    {
        const EpochSeconds now = Test::at("2025-03-01T12:00:00Z");
        PricingContext chat = chatAt(now, true, Fep::None);
        chat.openConversations = {{PricingCategory::Marketing, now + hours(3)},
                                  {PricingCategory::Utility, now - 1 /* expired */}};
        const PricingRules rules = PricingRules::meta();

        PricingPrediction p = rules.predict(now, std::nullopt, chat);
        QCOMPARE(p.reason, Reason::JoinsOpenConversation);
        QCOMPARE(p.category, PricingCategory::Marketing);
        QVERIFY(!p.charged && !p.opensConversation && p.billable);

        p = rules.predict(now, TemplateCategory::Marketing, chat);
        QCOMPARE(p.reason, Reason::JoinsOpenConversation);

        p = rules.predict(now, TemplateCategory::Utility, chat); // its conversation has expired
        QCOMPARE(p.reason, Reason::OpensConversation);
        QVERIFY(p.charged && p.opensConversation);
        QCOMPARE(p.category, PricingCategory::Utility);

        chat.openConversations.append({PricingCategory::Service, now + hours(1)});
        QCOMPARE(rules.predict(now, std::nullopt, chat).category, PricingCategory::Service);
        QCOMPARE(rules.predict(now, TemplateCategory::Authentication, chat).reason, Reason::OpensConversation);
    }

    // A new era is a row of data, not new code.
    void newEraIsData()
    {
        QList<PricingEra> eras = PricingRules::meta().eras();
        PricingEra future = eras.last();
        future.id = QStringLiteral("test-2027");
        future.effectiveFrom = Test::at("2027-01-01T00:00:00Z");
        future.serviceCharged = false;
        future.reported = false;
        eras.prepend(future); // order of the list does not matter
        const PricingRules rules(eras);
        const EpochSeconds now = Test::at("2027-01-01T00:00:00Z");
        PricingContext chat = chatAt(now, true, Fep::None);
        chat.freeServiceUsedThisMonth = 5000;
        QCOMPARE(rules.eraAt(now - 1).id, QStringLiteral("pmp-paid-service"));
        QCOMPARE(rules.predict(now, std::nullopt, chat).reason, Reason::FreeServiceReply);
        QCOMPARE(rules.predict(now - 1, std::nullopt, chat).reason, Reason::ServiceReplyCharged);
    }

    // Predictions speak Meta's vocabulary, so they can be checked against `pricing` objects.
    void comparesWithReportedPricing_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<Send>("send");
        QTest::addColumn<bool>("windowOpen");
        QTest::addColumn<QString>("billable");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("mismatches");
        // Shapes of shared/fixtures/cloud-api/webhooks-statuses/*.
        QTest::newRow("status_delivered_cbp_service") << "2025-06-18T16:22:53Z" << Send::FreeForm << true
            << "true" << "CBP" << "" << "service" << QStringList();
        QTest::newRow("pricing_object_free_customer_service_utility") << "2025-08-01T00:00:00Z" << Send::Utility << true
            << "false" << "PMP" << "free_customer_service" << "utility" << QStringList();
        QTest::newRow("status_sent_marketing_pmp") << "2025-08-01T00:00:00Z" << Send::Marketing << false
            << "true" << "PMP" << "regular" << "marketing" << QStringList();
        QTest::newRow("pricing_object_free_customer_service_service") << "2025-08-01T00:00:00Z" << Send::FreeForm << true
            << "false" << "PMP" << "free_customer_service" << "service" << QStringList();
        QTest::newRow("hyphenated authentication-international vs authentication") << "2025-08-01T00:00:00Z" << Send::Authentication << false
            << "true" << "PMP" << "regular" << "authentication-international" << QStringList{QStringLiteral("category")};
        QTest::newRow("meta charged a reply we predicted free") << "2026-09-15T00:00:00Z" << Send::FreeForm << true
            << "true" << "PMP" << "regular" << "service" << QStringList{QStringLiteral("billable"), QStringLiteral("type")};
    }
    void comparesWithReportedPricing()
    {
        QFETCH(QString, at);
        QFETCH(Send, send);
        QFETCH(bool, windowOpen);
        QFETCH(QString, billable);
        QFETCH(QString, model);
        QFETCH(QString, type);
        QFETCH(QString, category);
        QFETCH(QStringList, mismatches);
        const EpochSeconds now = *parseIsoUtc(at);
        const PricingPrediction p = PricingRules::meta().predict(now, categoryOf(send), chatAt(now, windowOpen, Fep::None));
        ReportedPricing reported;
        if (!billable.isEmpty())
            reported.billable = billable == QLatin1String("true");
        reported.pricingModel = model;
        reported.type = type;
        reported.category = category;
        QCOMPARE(pricingMismatches(p, reported), mismatches);
    }

    // What counts against a line's balance, from the `pricing` Meta reported.
    void reportedUnitsCountOnce()
    {
        auto parse = [](const char *json) { return ReportedPricing::fromJson(QJsonDocument::fromJson(json).object()); };
        QVERIFY(parse(R"({"billable":true,"pricing_model":"CBP","category":"service"})").countsAsBillable());
        QVERIFY(!parse(R"({"billable":false,"pricing_model":"PMP","type":"regular"})").countsAsBillable()); // Meta's flag wins
        QVERIFY(parse(R"({"pricing_model":"PMP","type":"regular","category":"marketing"})").countsAsBillable()); // flag deprecated
        QVERIFY(!parse(R"({"pricing_model":"PMP","type":"free_customer_service","category":"service"})").countsAsBillable());
        QVERIFY(!parse(R"({"pricing_model":"PMP","type":"free_entry_point"})").countsAsBillable());
        const ReportedPricing p = parse(R"({"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"})");
        QCOMPARE(p.pricingModel, QStringLiteral("PMP"));
        QCOMPARE(p.category, QStringLiteral("utility"));
        QCOMPARE(billingDay(Test::at("2026-11-21T23:59:59Z")), QStringLiteral("2026-11-21")); // UTC days
        QCOMPARE(billingDay(Test::at("2026-11-22T00:00:00Z")), QStringLiteral("2026-11-22"));
    }

    void wireVocabulary()
    {
        QCOMPARE(pricingCategoryFromWire(u"authentication-international"), PricingCategory::AuthenticationInternational);
        QCOMPARE(pricingCategoryFromWire(u"authentication_international"), PricingCategory::AuthenticationInternational);
        QCOMPARE(pricingCategoryFromWire(u"meta_business_agent"), PricingCategory::Unrecognized);
        QCOMPARE(pricingTypeFromWire(u"free_group_customer_service"), PricingType::Unrecognized);
        QCOMPARE(wireName(PricingType::FreeEntryPoint), QStringLiteral("free_entry_point"));
        QCOMPARE(wireName(PricingModel::ConversationBased), QStringLiteral("CBP"));
        QCOMPARE(pricingModelFromWire(u"PMP"), std::optional(PricingModel::PerMessage));
        QVERIFY(!pricingModelFromWire(u"XYZ").has_value());
    }
};

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
