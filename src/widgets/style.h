#pragma once

#include "widgets/countdown.h"

#include <QColor>
#include <QString>

namespace Deskline::Widgets {

// The few colours the console gives meaning to; everything else follows the palette.
QColor toneColor(CountdownTone tone);
QColor qualityColor(const QString &rating); // GREEN, YELLOW, RED, other
QColor accentColor();
QColor failureColor();

} // namespace Deskline::Widgets
