#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Deskline::Net {

// One part of a multipart/form-data body as a server receives it (Graph media uploads, the
// hub's media proxy). Parsing the body's own format, not HTTP (QtHttpServer does that).
struct FormPart
{
    QByteArray name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// The parts of `body` given its Content-Type header value ("multipart/form-data; boundary=…").
// Malformed input gives the parts read so far (possibly none).
QList<FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace Deskline::Net
