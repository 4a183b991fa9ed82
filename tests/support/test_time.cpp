#include "test_time.h"

#include <QString>
#include <QtGlobal>

namespace Deskline::Test {

EpochSeconds at(const char *isoUtc)
{
    const auto t = parseIsoUtc(QString::fromLatin1(isoUtc));
    if (!t)
        qFatal("test_time: not an ISO 8601 UTC instant: %s", isoUtc);
    return *t;
}

} // namespace Deskline::Test
