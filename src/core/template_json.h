#pragma once

#include "core/message_template.h"

#include <QJsonObject>

namespace Deskline {

// A template in the shape GET /<WABA_ID>/message_templates returns it (and the hub and the
// console cache keep it as its definition) → the core model, and back.
MessageTemplate templateFromJson(const QJsonObject &o);
QJsonObject templateToJson(const MessageTemplate &t);

} // namespace Deskline
