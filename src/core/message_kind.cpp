#include "message_kind.h"

#include <array>
#include <utility>

namespace Deskline {

namespace {

struct KindName
{
    MessageKind kind;
    QStringView wire;
};

constexpr std::array kKinds{
    KindName{MessageKind::Text, u"text"},
    KindName{MessageKind::Image, u"image"},
    KindName{MessageKind::Video, u"video"},
    KindName{MessageKind::Audio, u"audio"},
    KindName{MessageKind::Document, u"document"},
    KindName{MessageKind::Sticker, u"sticker"},
    KindName{MessageKind::Location, u"location"},
    KindName{MessageKind::Contacts, u"contacts"},
    KindName{MessageKind::Interactive, u"interactive"},
    KindName{MessageKind::Button, u"button"},
    KindName{MessageKind::Order, u"order"},
    KindName{MessageKind::RequestWelcome, u"request_welcome"},
    KindName{MessageKind::Call, u"call"},
    KindName{MessageKind::Reaction, u"reaction"},
    KindName{MessageKind::System, u"system"},
    KindName{MessageKind::Edit, u"edit"},
    KindName{MessageKind::Revoke, u"revoke"},
    KindName{MessageKind::Unsupported, u"unsupported"},
    KindName{MessageKind::Unsupported, u"unknown"}, // the older name for the same thing
};

} // namespace

MessageKind messageKindFromWire(QStringView type)
{
    for (const auto &k : kKinds) {
        if (k.wire == type)
            return k.kind;
    }
    return MessageKind::Unrecognized;
}

QString wireName(MessageKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return k.wire.toString();
    }
    return QString();
}

bool reopensServiceWindow(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Document:
    case MessageKind::Sticker:
    case MessageKind::Location:
    case MessageKind::Contacts:
    case MessageKind::Interactive:
    case MessageKind::Button:
    case MessageKind::Order:
    case MessageKind::RequestWelcome:
    case MessageKind::Call:
        return true;
    case MessageKind::Reaction:
    case MessageKind::System:
    case MessageKind::Edit:
    case MessageKind::Revoke:
    case MessageKind::Unsupported:
    case MessageKind::Unrecognized:
        return false;
    }
    return false;
}

} // namespace Deskline
