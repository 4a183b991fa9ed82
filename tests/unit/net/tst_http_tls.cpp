// HttpServer over TLS with a certificate made for the test.
#include "net/http_server.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Deskline::Net;

class TestHttpTls : public QObject
{
    Q_OBJECT

private slots:
    void servesOverTls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: no certificate to test with");
        QTemporaryDir dir;
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                          QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem"))), keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(key);

        HttpServer server;
        server.route("GET", QStringLiteral("/healthz"), [](const ServerRequest &, Responder r) { r.respondText(200, QStringLiteral("ok")); });
        QVERIFY(server.listenTls(tls) != 0);
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/healthz")));
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setCaCertificates({cert});
        request.setSslConfiguration(client);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        reply->deleteLater();

        // Plain HTTP to the TLS port gets nothing useful.
        QNetworkReply *plain = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(server.port()))));
        QSignalSpy plainDone(plain, &QNetworkReply::finished);
        QVERIFY(plainDone.wait(20000));
        QVERIFY(plain->error() != QNetworkReply::NoError);
        plain->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestHttpTls)
#include "tst_http_tls.moc"
