#include "core/account_health.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Deskline;

Q_DECLARE_METATYPE(Deskline::QualityRating)
Q_DECLARE_METATYPE(Deskline::MessagingLimitTier)

class TestAccountHealth : public QObject
{
    Q_OBJECT

private slots:
    void quality_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QualityRating>("rating");
        QTest::newRow("GREEN") << QStringLiteral("GREEN") << QualityRating::Green;
        QTest::newRow("YELLOW") << QStringLiteral("YELLOW") << QualityRating::Yellow;
        QTest::newRow("RED") << QStringLiteral("RED") << QualityRating::Red;
        QTest::newRow("NA") << QStringLiteral("NA") << QualityRating::NotApplicable;
        QTest::newRow("UNKNOWN") << QStringLiteral("UNKNOWN") << QualityRating::Unknown;
        QTest::newRow("unseen value") << QStringLiteral("PURPLE") << QualityRating::Unrecognized;
        QTest::newRow("empty") << QString() << QualityRating::Unrecognized;
    }
    void quality()
    {
        QFETCH(QString, wire);
        QFETCH(QualityRating, rating);
        const Quality q = Quality::fromWire(wire);
        QCOMPARE(q.rating, rating);
        QCOMPARE(q.raw, wire); // kept as sent, always
        QVERIFY(!q.displayName().isEmpty());
        if (rating == QualityRating::Unrecognized)
            QVERIFY(q.displayName().contains(wire));
    }

    void limits_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<MessagingLimitTier>("tier");
        QTest::addColumn<qint64>("daily"); // -1: no number
        QTest::addColumn<bool>("legacy");
        QTest::newRow("TIER_250") << QStringLiteral("TIER_250") << MessagingLimitTier::Tier250 << qint64(250) << false;
        QTest::newRow("TIER_2K") << QStringLiteral("TIER_2K") << MessagingLimitTier::Tier2K << qint64(2000) << false;
        QTest::newRow("TIER_10K") << QStringLiteral("TIER_10K") << MessagingLimitTier::Tier10K << qint64(10000) << false;
        QTest::newRow("TIER_100K") << QStringLiteral("TIER_100K") << MessagingLimitTier::Tier100K << qint64(100000) << false;
        QTest::newRow("TIER_UNLIMITED") << QStringLiteral("TIER_UNLIMITED") << MessagingLimitTier::Unlimited << qint64(-1) << false;
        QTest::newRow("legacy TIER_50") << QStringLiteral("TIER_50") << MessagingLimitTier::Tier50 << qint64(50) << true;
        QTest::newRow("legacy TIER_1K") << QStringLiteral("TIER_1K") << MessagingLimitTier::Tier1K << qint64(1000) << true;
        QTest::newRow("legacy TIER_NOT_SET") << QStringLiteral("TIER_NOT_SET") << MessagingLimitTier::NotSet << qint64(-1) << true;
        QTest::newRow("integer as text 2000") << QStringLiteral("2000") << MessagingLimitTier::Tier2K << qint64(2000) << false;
        QTest::newRow("legacy -1 unlimited") << QStringLiteral("-1") << MessagingLimitTier::Unlimited << qint64(-1) << false;
        QTest::newRow("unseen integer") << QStringLiteral("12345") << MessagingLimitTier::Unrecognized << qint64(-1) << false;
        QTest::newRow("unseen tier") << QStringLiteral("TIER_5M") << MessagingLimitTier::Unrecognized << qint64(-1) << false;
    }
    void limits()
    {
        QFETCH(QString, wire);
        QFETCH(MessagingLimitTier, tier);
        QFETCH(qint64, daily);
        QFETCH(bool, legacy);
        const MessagingLimit l = MessagingLimit::fromWire(wire);
        QCOMPARE(l.tier, tier);
        QCOMPARE(l.raw, wire);
        QCOMPARE(l.dailyLimit(), daily < 0 ? std::nullopt : std::optional<qint64>(daily));
        QCOMPARE(l.isLegacy(), legacy);
        QVERIFY(!l.displayName().isEmpty());
        if (tier == MessagingLimitTier::Unrecognized)
            QVERIFY(l.displayName().contains(wire));
    }

    // business_capability_update carries an integer where the doc promises a tier name.
    void limitFromJsonNumberOrString()
    {
        const QJsonObject o = QJsonDocument::fromJson(
            R"({"max_daily_conversations_per_business": 2000, "current_limit": "TIER_10K", "odd": 2.5})").object();
        QCOMPARE(MessagingLimit::fromVariant(o.value(u"max_daily_conversations_per_business").toVariant()).tier,
                 MessagingLimitTier::Tier2K);
        QCOMPARE(MessagingLimit::fromVariant(o.value(u"current_limit").toVariant()).tier, MessagingLimitTier::Tier10K);
        const MessagingLimit odd = MessagingLimit::fromVariant(o.value(u"odd").toVariant());
        QCOMPARE(odd.tier, MessagingLimitTier::Unrecognized);
        QCOMPARE(odd.raw, QStringLiteral("2.5"));
        QCOMPARE(MessagingLimit::fromInteger(100000).tier, MessagingLimitTier::Tier100K);
    }

    void limitDisplayUsesTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(MessagingLimit::fromWire(u"TIER_100K").displayName().contains(QStringLiteral("100,000")));
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY(MessagingLimit::fromWire(u"TIER_100K").displayName().contains(QStringLiteral("100\u00a0000")));
        QLocale::setDefault(QLocale::c());
    }

    void numberStatus()
    {
        QVERIFY(PhoneNumberStatus::fromWire(u"CONNECTED").canSend());
        for (const auto *s : {u"DISCONNECTED", u"MIGRATED", u"PENDING", u"DELETED", u"BANNED"}) {
            const PhoneNumberStatus st = PhoneNumberStatus::fromWire(QStringView(s));
            QVERIFY(!st.canSend());
            QVERIFY(!st.displayName().isEmpty());
        }
        const PhoneNumberStatus banned = PhoneNumberStatus::fromWire(u"BANNED");
        QCOMPARE(banned.status, NumberStatus::Unrecognized);
        QVERIFY(banned.displayName().contains(QStringLiteral("BANNED")));
    }
};

QTEST_APPLESS_MAIN(TestAccountHealth)
#include "tst_account_health.moc"
