#pragma once

#include <QString>
#include <QStringView>

namespace Deskline {

// What a customer did, as far as the rules care. Wire names are Meta's `messages[].type`;
// Call comes from the calls webhook, not from `messages`.
enum class MessageKind {
    Text,
    Image,
    Video,
    Audio,
    Document,
    Sticker,
    Location,
    Contacts,
    Interactive,    // button_reply, list_reply, nfm_reply
    Button,         // a tap on a template quick-reply button
    Order,
    RequestWelcome, // first contact when welcome messages are enabled
    Call,
    Reaction,
    System,         // user_changed_number, user_changed_user_id, …
    Edit,           // coexistence numbers only
    Revoke,         // coexistence numbers only
    Unsupported,    // Meta's "unsupported" (and the older "unknown")
    Unrecognized,   // a type string this build does not know: kept raw upstream
};

MessageKind messageKindFromWire(QStringView type);
QString wireName(MessageKind kind);

// Does an inbound event of this kind open or restart the 24 h customer service window?
// design.md §3: text, media, button tap, interactive reply, order, location, contacts,
// request_welcome and calls do; reactions do not (Meta has not confirmed either way). System
// notices, edits, revokes and unsupported or unknown types are not counted: see
// docs/adr/0002-domain-rule-choices.md.
bool reopensServiceWindow(MessageKind kind);

} // namespace Deskline
