#include "cloud/signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Deskline::Cloud;

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4231 test case 2 for HMAC-SHA256.
    void knownVector()
    {
        QCOMPARE(WebhookSignature::sign("what do ya want for nothing?", "Jefe"),
                 QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void verifiesOnlyTheExactBytes()
    {
        const QByteArray secret = "app-secret-for-tests";
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}]})";
        const QByteArray header = WebhookSignature::sign(body, secret);
        QVERIFY(WebhookSignature::verify(body, header, secret));
        QVERIFY(WebhookSignature::verify(body, header.toUpper().replace("SHA256=", "sha256="), secret));
        QVERIFY(WebhookSignature::verify(body, header + "\r\n", secret)); // header whitespace
        QVERIFY(!WebhookSignature::verify(body + ' ', header, secret));   // one byte more
        QVERIFY(!WebhookSignature::verify(body, header, "another-secret"));
        QVERIFY(!WebhookSignature::verify(body, QByteArray(), secret));
        QVERIFY(!WebhookSignature::verify(body, header.mid(7), secret));  // no "sha256=" prefix
        QVERIFY(!WebhookSignature::verify(body, header.left(header.size() - 1), secret));
        QVERIFY(!WebhookSignature::verify(body, header, QByteArray()));   // no secret configured
    }

    // A re-serialised body is not what Meta signed: hash the bytes as received.
    void reserialisedBodyFails()
    {
        const QByteArray secret = "s";
        const QByteArray sent = metaEscapedJson(R"({"text":{"body":"äöå / 数据"}})");
        const QByteArray expected = R"({"text":{"body":"\u00e4\u00f6\u00e5 \/ \u6570\u636e"}})";
        QCOMPARE(sent, expected);
        const QByteArray header = WebhookSignature::sign(sent, secret);
        const QByteArray reserialised = QJsonDocument::fromJson(sent).toJson(QJsonDocument::Compact);
        QCOMPARE(QJsonDocument::fromJson(reserialised), QJsonDocument::fromJson(sent)); // same JSON…
        QVERIFY(!WebhookSignature::verify(reserialised, header, secret));               // …other bytes
        QVERIFY(WebhookSignature::verify(sent, header, secret));
    }

    void escapesCharactersBeyondTheBmpAsSurrogatePairs()
    {
        const QByteArray emoji = R"(["😀"])";
        const QByteArray escaped = R"(["\ud83d\ude00"])";
        QCOMPARE(metaEscapedJson(emoji), escaped);
        const QByteArray mixed = R"(["😀 a/b"])"; // as QJsonDocument writes it
        QCOMPARE(QJsonDocument::fromJson(metaEscapedJson(mixed)).array().first().toString(),
                 QStringLiteral("😀 a/b"));
    }

    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals(QByteArray(), QByteArray()));
    }

    void handshake_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << QStringLiteral("hub.mode=subscribe&hub.verify_token=tok%20en&hub.challenge=1158201444") << true;
        QTest::newRow("wrong token") << QStringLiteral("hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444") << false;
        QTest::newRow("wrong mode") << QStringLiteral("hub.mode=unsubscribe&hub.verify_token=tok%20en&hub.challenge=1") << false;
        QTest::newRow("no challenge") << QStringLiteral("hub.mode=subscribe&hub.verify_token=tok%20en") << false;
        QTest::newRow("nothing") << QString() << false;
    }
    void handshake()
    {
        QFETCH(QString, query);
        QFETCH(bool, accepted);
        const auto challenge = verifyHandshake(QUrlQuery(query), "tok en");
        QCOMPARE(challenge.has_value(), accepted);
        if (accepted)
            QCOMPARE(*challenge, QByteArray("1158201444"));
        QVERIFY(!verifyHandshake(QUrlQuery(query), QByteArray()).has_value()); // no token set: never
    }
};

QTEST_APPLESS_MAIN(TestSignature)
#include "tst_signature.moc"
