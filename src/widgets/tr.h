#pragma once

#include <QCoreApplication>

namespace Deskline::Widgets {

// One translation context for the console's free functions and delegates, so translators see
// the inbox's words together. QObject classes use their own tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deskline::Widgets)
};

} // namespace Deskline::Widgets
