#include "core/message_template.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Deskline;
using Code = TemplateIssue::Code;
using Part = TemplateIssue::Part;

Q_DECLARE_METATYPE(Deskline::TemplateIssue::Code)
Q_DECLARE_METATYPE(Deskline::TemplateIssue::Part)
Q_DECLARE_METATYPE(Deskline::MessageTemplate)
Q_DECLARE_METATYPE(Deskline::TemplateArguments)

namespace {

// "order_update": every component kind, positional parameters.
MessageTemplate orderUpdate()
{
    MessageTemplate t;
    t.id = QStringLiteral("1027");
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("en_US");
    t.category = TemplateCategory::Utility;
    t.status = TemplateStatusInfo::fromWire(u"APPROVED");
    t.headerFormat = HeaderFormat::Text;
    t.headerText = QStringLiteral("Order {{1}}");
    t.bodyText = QStringLiteral("Hi {{1}}, your order {{2}} ships on {{3}}.");
    t.footerText = QStringLiteral("Reply STOP to opt out");
    t.buttons = {
        {ButtonType::Url, QStringLiteral("URL"), QStringLiteral("Track"), QStringLiteral("https://shop.example/track/{{1}}"), {}},
        {ButtonType::QuickReply, QStringLiteral("QUICK_REPLY"), QStringLiteral("Talk to us"), {}, {}},
        {ButtonType::PhoneNumber, QStringLiteral("PHONE_NUMBER"), QStringLiteral("Call"), {}, QStringLiteral("+15550100")},
        {ButtonType::CopyCode, QStringLiteral("COPY_CODE"), QStringLiteral("Copy code"), {}, {}},
    };
    return t;
}

TemplateArguments orderUpdateArgs()
{
    TemplateArguments a;
    a.header = {{QStringLiteral("1"), QStringLiteral("#4411")}};
    a.body = {{QStringLiteral("1"), QStringLiteral("Айгюль")},
              {QStringLiteral("2"), QStringLiteral("#4411")},
              {QStringLiteral("3"), QStringLiteral("3 March")}};
    a.buttons = {{0, QStringLiteral("4411")}, {3, QStringLiteral("SAVE10")}};
    return a;
}

MessageTemplate namedWelcome()
{
    MessageTemplate t;
    t.name = QStringLiteral("welcome_named");
    t.language = QStringLiteral("tr");
    t.category = TemplateCategory::Marketing;
    t.status = TemplateStatusInfo::fromWire(u"APPROVED");
    t.parameterFormat = ParameterFormat::Named;
    t.bodyText = QStringLiteral("Merhaba {{first_name}}, {{city}} mağazamız açıldı! {{first_name}}, bekliyoruz.");
    return t;
}

QString repeat(const QString &s, int n)
{
    return s.repeated(n);
}

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private slots:
    void parametersInSendOrder()
    {
        MessageTemplate t;
        t.bodyText = QStringLiteral("{{2}} then {{10}} then {{1}} and {{2}} again");
        QCOMPARE(t.bodyParameters(), (QStringList{u"1"_qs, u"2"_qs, u"10"_qs}));
        QCOMPARE(namedWelcome().bodyParameters(), (QStringList{u"first_name"_qs, u"city"_qs}));
        QCOMPARE(orderUpdate().headerParameters(), QStringList{u"1"_qs});
        t.headerFormat = HeaderFormat::Image;
        t.headerText = QStringLiteral("{{1}}");
        QVERIFY(t.headerParameters().isEmpty());
    }

    void completeArgumentsAreValid()
    {
        const auto issues = TemplateComposer::validate(orderUpdate(), orderUpdateArgs());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0, {Code::NotApproved, Part::Template}).message(orderUpdate())));
        QVERIFY(TemplateComposer::validate(namedWelcome(),
                {{}, {{u"first_name"_qs, u"Elif"_qs}, {u"city"_qs, u"İzmir"_qs}}, {}, {}, {}}).isEmpty());
    }

    // One row per validation rule, each at its edge.
    void issues_data()
    {
        QTest::addColumn<MessageTemplate>("tmpl");
        QTest::addColumn<TemplateArguments>("args");
        QTest::addColumn<Code>("code");
        QTest::addColumn<Part>("part");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("mentions"); // the message names what to fix

        const MessageTemplate base = orderUpdate();
        const TemplateArguments ok = orderUpdateArgs();

        MessageTemplate paused = base;
        paused.status = TemplateStatusInfo::fromWire(u"PAUSED", u"FIRST_PAUSE");
        QTest::newRow("not approved: paused") << paused << ok << Code::NotApproved << Part::Template << QString() << u"order_update"_qs;

        TemplateArguments a = ok;
        a.body.remove(u"2"_qs);
        QTest::newRow("missing body parameter") << base << a << Code::MissingParameter << Part::Body << u"2"_qs << u"{{2}}"_qs;
        a = ok;
        a.body[u"3"_qs] = u"   "_qs;
        QTest::newRow("blank body parameter") << base << a << Code::MissingParameter << Part::Body << u"3"_qs << u"{{3}}"_qs;
        a = ok;
        a.header.clear();
        QTest::newRow("missing header parameter") << base << a << Code::MissingParameter << Part::Header << u"1"_qs << u"{{1}}"_qs;
        a = ok;
        a.body[u"4"_qs] = u"extra"_qs;
        QTest::newRow("extra body parameter") << base << a << Code::ExtraParameter << Part::Body << u"4"_qs << u"{{4}}"_qs;
        a = ok;
        a.header[u"2"_qs] = u"extra"_qs;
        QTest::newRow("extra header parameter") << base << a << Code::ExtraParameter << Part::Header << u"2"_qs << u"{{2}}"_qs;
        a = ok;
        a.body[u"1"_qs] = u"two\nlines"_qs;
        QTest::newRow("line break in a value") << base << a << Code::InvalidParameterText << Part::Body << u"1"_qs << u"{{1}}"_qs;
        a = ok;
        a.body[u"1"_qs] = u"tab\there"_qs;
        QTest::newRow("tab in a value") << base << a << Code::InvalidParameterText << Part::Body << u"1"_qs << u"{{1}}"_qs;
        a = ok;
        a.body[u"1"_qs] = u"five     spaces"_qs;
        QTest::newRow("five spaces in a row") << base << a << Code::InvalidParameterText << Part::Body << u"1"_qs << u"{{1}}"_qs;
        a = ok;
        a.header[u"1"_qs] = repeat(u"x"_qs, 61 - 6); // "Order " + 55 = 61
        QTest::newRow("header 61 characters") << base << a << Code::HeaderTooLong << Part::Header << QString() << u"61"_qs;
        MessageTemplate longBody = base;
        longBody.bodyText = repeat(u"a"_qs, 1024 - 3) + u"{{1}}"_qs;
        longBody.buttons.clear();
        a = {};
        a.header = ok.header;
        a.body = {{u"1"_qs, u"😀😀😀😀"_qs}}; // 1021 + 4 = 1025 characters, 1029 UTF-16 units
        QTest::newRow("body 1025 characters") << longBody << a << Code::BodyTooLong << Part::Body << QString() << u"1,025"_qs;
        MessageTemplate longFooter = base;
        longFooter.footerText = repeat(u"f"_qs, 61);
        QTest::newRow("footer 61 characters") << longFooter << ok << Code::FooterTooLong << Part::Footer << QString() << u"61"_qs;

        MessageTemplate image = base;
        image.headerFormat = HeaderFormat::Image;
        image.headerText.clear();
        a = ok;
        a.header.clear();
        QTest::newRow("image header without media") << image << a << Code::MissingHeaderMedia << Part::Header << QString() << u"image"_qs;
        MessageTemplate document = image;
        document.headerFormat = HeaderFormat::Document;
        QTest::newRow("document header without media") << document << a << Code::MissingHeaderMedia << Part::Header << QString() << u"document"_qs;
        a = ok;
        a.headerMedia.id = u"1166846181421424"_qs;
        QTest::newRow("media for a text header") << base << a << Code::UnexpectedHeaderMedia << Part::Header << QString() << u"attachment"_qs;
        MessageTemplate location = image;
        location.headerFormat = HeaderFormat::Location;
        a = ok;
        a.header.clear();
        QTest::newRow("location header without location") << location << a << Code::MissingHeaderLocation << Part::Header << QString() << u"location"_qs;

        a = ok;
        a.buttons.remove(0);
        QTest::newRow("URL suffix missing") << base << a << Code::MissingButtonValue << Part::Button << u"1"_qs << u"Track"_qs;
        a = ok;
        a.buttons.remove(3);
        QTest::newRow("copy code missing") << base << a << Code::MissingButtonValue << Part::Button << QString() << u"Copy code"_qs;
        a = ok;
        a.buttons[3] = repeat(u"9"_qs, 16);
        QTest::newRow("copy code 16 characters") << base << a << Code::ButtonValueTooLong << Part::Button << QString() << u"16"_qs;
        a = ok;
        a.buttons[0] = repeat(u"p"_qs, 2000);
        QTest::newRow("URL over 2000 characters") << base << a << Code::ButtonValueTooLong << Part::Button << u"1"_qs << u"Track"_qs;
        a = ok;
        a.buttons[2] = u"+15550199"_qs;
        QTest::newRow("value for a phone button") << base << a << Code::UnexpectedButtonValue << Part::Button << QString() << u"Call"_qs;
        a = ok;
        a.buttons[7] = u"x"_qs;
        QTest::newRow("value for a button that does not exist") << base << a << Code::UnexpectedButtonValue << Part::Button << QString() << u"8"_qs;

        MessageTemplate mixed = base;
        mixed.bodyText = u"Hi {{1}}, from {{city}}"_qs;
        a = ok;
        a.body = {{u"1"_qs, u"Ali"_qs}, {u"city"_qs, u"Ankara"_qs}};
        QTest::newRow("mixed numbered and named") << mixed << a << Code::InvalidDefinition << Part::Template << QString() << u"order_update"_qs;
        MessageTemplate gap = base;
        gap.bodyText = u"Hi {{1}}, order {{3}}"_qs;
        a = ok;
        a.body.remove(u"2"_qs);
        QTest::newRow("skips a number") << gap << a << Code::InvalidDefinition << Part::Template << QString() << u"order_update"_qs;
    }
    void issues()
    {
        QFETCH(MessageTemplate, tmpl);
        QFETCH(TemplateArguments, args);
        QFETCH(Code, code);
        QFETCH(Part, part);
        QFETCH(QString, parameter);
        QFETCH(QString, mentions);
        const QList<TemplateIssue> found = TemplateComposer::validate(tmpl, args);
        QCOMPARE(found.size(), 1);
        const TemplateIssue &issue = found.first();
        QCOMPARE(issue.code, code);
        QCOMPARE(issue.part, part);
        QCOMPARE(issue.parameter, parameter);
        const QString message = issue.message(tmpl);
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void edgesThatAreAllowed()
    {
        const MessageTemplate t = orderUpdate();
        TemplateArguments a = orderUpdateArgs();
        a.header[u"1"_qs] = repeat(u"x"_qs, 60 - 6);   // exactly 60
        a.body[u"1"_qs] = u"four    spaces"_qs;        // four spaces are fine
        a.buttons[3] = repeat(u"9"_qs, 15);            // exactly 15
        a.buttons[1] = u"payload-for-quick-reply"_qs;   // quick replies may carry a payload
        QVERIFY(TemplateComposer::validate(t, a).isEmpty());

        MessageTemplate body = t;
        body.bodyText = repeat(u"😀"_qs, 1024);        // 1024 characters, 2048 UTF-16 units
        a.body.clear();
        QVERIFY(TemplateComposer::validate(body, a).isEmpty());
    }

    void everyStatusButApprovedExplainsItself_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *s : {"PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION",
                              "DELETED", "FLAGGED", "LIMIT_EXCEEDED", "ARCHIVED", "UNARCHIVED", "LOCKED",
                              "REINSTATED", "SOMETHING_NEW_2027"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void everyStatusButApprovedExplainsItself()
    {
        QFETCH(QString, status);
        const TemplateStatusInfo info = TemplateStatusInfo::fromWire(status);
        QVERIFY(!info.canSend());
        QVERIFY(!info.explanation().isEmpty());
        QVERIFY(!info.displayName().isEmpty());
        QCOMPARE(info.raw, status);
        if (info.status == TemplateStatus::Unrecognized) {
            QVERIFY(info.displayName().contains(status));
            QVERIFY(info.explanation().contains(status));
        }
    }

    void approvedCanSend()
    {
        const TemplateStatusInfo info = TemplateStatusInfo::fromWire(u"APPROVED");
        QVERIFY(info.canSend());
        QVERIFY(info.explanation().isEmpty());
    }

    void rejectionReasonIsExplained()
    {
        const TemplateStatusInfo info = TemplateStatusInfo::fromWire(u"REJECTED", u"INVALID_FORMAT");
        QCOMPARE(info.reason, u"INVALID_FORMAT"_qs);
        QVERIFY(info.explanation().contains(u"format is invalid"_qs));
        const TemplateStatusInfo unknown = TemplateStatusInfo::fromWire(u"REJECTED", u"NEW_REASON");
        QVERIFY(unknown.explanation().contains(u"NEW_REASON"_qs));
        QVERIFY(TemplateStatusInfo::fromWire(u"PAUSED", u"NONE").reason.isEmpty());
    }

    void previewShowsWhatTheCustomerSees()
    {
        TemplateArguments a = orderUpdateArgs();
        a.body.remove(u"3"_qs);
        const TemplatePreview p = TemplateComposer::preview(orderUpdate(), a);
        QCOMPARE(p.header, u"Order #4411"_qs);
        QCOMPARE(p.body, u"Hi Айгюль, your order #4411 ships on {{3}}."_qs); // unfilled stays visible
        QCOMPARE(p.footer, u"Reply STOP to opt out"_qs);
        QCOMPARE(p.buttons.size(), 4);
        QCOMPARE(p.buttons.at(0).target, u"https://shop.example/track/4411"_qs);
        QCOMPARE(p.buttons.at(2).target, u"+15550100"_qs);
        QCOMPARE(p.buttons.at(3).target, u"SAVE10"_qs);

        const TemplatePreview named = TemplateComposer::preview(namedWelcome(),
            {{}, {{u"first_name"_qs, u"Elif"_qs}, {u"city"_qs, u"İzmir"_qs}}, {}, {}, {}});
        QCOMPARE(named.body, u"Merhaba Elif, İzmir mağazamız açıldı! Elif, bekliyoruz."_qs);
    }

    void buildsTheSendComponents()
    {
        TemplateArguments a = orderUpdateArgs();
        a.buttons[1] = u"talk"_qs;
        const QJsonArray components = TemplateComposer::buildComponents(orderUpdate(), a);
        const QJsonDocument expected = QJsonDocument::fromJson("["
"            {\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"#4411\"}]},"
"            {\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Айгюль\"},{\"type\":\"text\",\"text\":\"#4411\"},{\"type\":\"text\",\"text\":\"3 March\"}]},"
"            {\"type\":\"button\",\"sub_type\":\"url\",\"index\":0,\"parameters\":[{\"type\":\"text\",\"text\":\"4411\"}]},"
"            {\"type\":\"button\",\"sub_type\":\"quick_reply\",\"index\":1,\"parameters\":[{\"type\":\"payload\",\"payload\":\"talk\"}]},"
"            {\"type\":\"button\",\"sub_type\":\"copy_code\",\"index\":3,\"parameters\":[{\"type\":\"coupon_code\",\"coupon_code\":\"SAVE10\"}]}"
"        ]");
        QVERIFY(!expected.isNull());
        QCOMPARE(QJsonDocument(components).toJson(QJsonDocument::Compact), expected.toJson(QJsonDocument::Compact));
    }

    void namedParametersCarryTheirNames()
    {
        const QJsonArray components = TemplateComposer::buildComponents(namedWelcome(),
            {{}, {{u"first_name"_qs, u"Elif"_qs}, {u"city"_qs, u"İzmir"_qs}}, {}, {}, {}});
        const QJsonDocument expected = QJsonDocument::fromJson("["
"            {\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Elif\",\"parameter_name\":\"first_name\"},"
"                                         {\"type\":\"text\",\"text\":\"İzmir\",\"parameter_name\":\"city\"}]}"
"        ]");
        QCOMPARE(QJsonDocument(components).toJson(QJsonDocument::Compact), expected.toJson(QJsonDocument::Compact));
    }

    void mediaAndLocationHeaders()
    {
        MessageTemplate t = orderUpdate();
        t.headerFormat = HeaderFormat::Document;
        t.headerText.clear();
        t.buttons.clear();
        TemplateArguments a;
        a.body = orderUpdateArgs().body;
        a.headerMedia.link = QUrl(u"https://files.example/invoice-4411.pdf"_qs);
        a.headerMedia.filename = u"invoice-4411.pdf"_qs;
        QVERIFY(TemplateComposer::validate(t, a).isEmpty());
        QJsonArray c = TemplateComposer::buildComponents(t, a);
        const QByteArray expectedHeader =
            "{\"parameters\":[{\"document\":{\"filename\":\"invoice-4411.pdf\",\"link\":\"https://files.example/invoice-4411.pdf\"},\"type\":\"document\"}],\"type\":\"header\"}";
        QCOMPARE(QJsonDocument(c.first().toObject()).toJson(QJsonDocument::Compact), expectedHeader);
        QCOMPARE(TemplateComposer::preview(t, a).header, u"invoice-4411.pdf"_qs);

        t.headerFormat = HeaderFormat::Image;
        a.headerMedia = {};
        a.headerMedia.id = u"1166846181421424"_qs;
        c = TemplateComposer::buildComponents(t, a);
        QCOMPARE(c.first().toObject().value(u"parameters").toArray().first().toObject().value(u"image").toObject().value(u"id").toString(),
                 u"1166846181421424"_qs);

        t.headerFormat = HeaderFormat::Location;
        a.headerMedia = {};
        a.headerLocation = TemplateArguments::Location{41.0082, 28.9784, u"Galata"_qs, u"İstanbul"_qs};
        QVERIFY(TemplateComposer::validate(t, a).isEmpty());
        c = TemplateComposer::buildComponents(t, a);
        const QJsonObject location = c.first().toObject().value(u"parameters").toArray().first().toObject().value(u"location").toObject();
        QCOMPARE(location.value(u"latitude").toDouble(), 41.0082);
        QCOMPARE(location.value(u"name").toString(), u"Galata"_qs);
        QCOMPARE(TemplateComposer::preview(t, a).header, u"Galata"_qs);
    }

    void charactersAreCountedAsPeopleCountThem()
    {
        QCOMPARE(characterCount(u"abc"), 3);
        QCOMPARE(characterCount(u"İstanbul"), 8);
        QCOMPARE(characterCount(u"数据库"), 3);
        QCOMPARE(characterCount(u"😀👍"), 2); // two surrogate pairs
    }

    void freeFormText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QString() << false << int(FreeFormIssue::Code::Empty);
        QTest::newRow("only spaces") << u"  \n "_qs << false << int(FreeFormIssue::Code::Empty);
        QTest::newRow("4096") << repeat(u"я"_qs, 4096) << true << 0;
        QTest::newRow("4097") << repeat(u"я"_qs, 4097) << false << int(FreeFormIssue::Code::TooLong);
        QTest::newRow("4096 emoji") << repeat(u"😀"_qs, 4096) << true << 0;
    }
    void freeFormText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, code);
        const auto issue = validateFreeFormText(text);
        QCOMPARE(!issue.has_value(), valid);
        if (issue) {
            QCOMPARE(int(issue->code), code);
            QVERIFY(!issue->message().isEmpty());
        }
    }

    void categories()
    {
        QCOMPARE(templateCategoryFromWire(u"MARKETING"), TemplateCategory::Marketing);
        QCOMPARE(templateCategoryFromWire(u"utility"), TemplateCategory::Utility);
        QCOMPARE(templateCategoryFromWire(u"AUTHENTICATION"), TemplateCategory::Authentication);
        QCOMPARE(templateCategoryFromWire(u"CAROUSEL_2027"), TemplateCategory::Unrecognized);
        QCOMPARE(wireName(TemplateCategory::Utility), u"UTILITY"_qs);
    }
};

QTEST_APPLESS_MAIN(TestMessageTemplate)
#include "tst_message_template.moc"
