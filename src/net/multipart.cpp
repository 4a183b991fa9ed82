#include "multipart.h"

#include <QRegularExpression>

namespace Deskline::Net {

QList<FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<FormPart> parts;
    const int b = contentType.indexOf("boundary=");
    if (b < 0)
        return parts;
    QByteArray boundary = contentType.mid(b + 9).trimmed();
    if (const int semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersStart = body.indexOf("\r\n", pos) + 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd);
        if (headersStart < 2 || headersEnd < 0 || next < 0)
            break;
        FormPart part;
        for (const QByteArray &line : body.mid(headersStart, headersEnd - headersStart).split('\n')) {
            const QByteArray l = line.trimmed();
            const QByteArray lower = l.toLower();
            if (lower.startsWith("content-disposition:")) {
                static const QRegularExpression name(QStringLiteral("\\bname=\"([^\"]*)\""));
                static const QRegularExpression file(QStringLiteral("\\bfilename=\"([^\"]*)\""));
                const QString text = QString::fromUtf8(l);
                part.name = name.match(text).captured(1).toUtf8();
                part.fileName = file.match(text).captured(1);
            } else if (lower.startsWith("content-type:")) {
                part.contentType = l.mid(13).trimmed();
            }
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

} // namespace Deskline::Net
