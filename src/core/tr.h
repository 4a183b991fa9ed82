#pragma once

#include <QCoreApplication>

namespace Deskline {

// One translation context for all of core's non-QObject code, so translators see the domain's
// words together. Use Tr::tr() in functions; QT_TRANSLATE_NOOP("Deskline::Core", …) in tables.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deskline::Core)
};

inline constexpr char kTrContext[] = "Deskline::Core";

} // namespace Deskline
