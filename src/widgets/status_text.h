#pragma once

#include "storage/cache_store.h"

#include <QString>

namespace Deskline::Widgets {

// Account health in the agent's words.
QString qualityText(const QString &rating);  // "High (green)", …
QString limitText(const QString &limit);     // "1,000 customers a day", "Unlimited"
QString lineTitle(const Storage::LineRow &line); // "Verified Name · +1 555 078 3881"

} // namespace Deskline::Widgets
