<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Deskline::Core</name>
    <message>
        <source>High (green)</source>
        <extracomment>Quality rating of a phone number or template</extracomment>
        <translation>高（绿色）</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>中（黄色）</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>低（红色）</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unrecognised (%1)</source>
        <extracomment>%1 is a quality value this version does not know, shown as Meta sent it</extracomment>
        <translation>无法识别的值（%1）</translation>
    </message>
    <message>
        <source>Unlimited customers / 24 h</source>
        <extracomment>Messaging limit tier</extracomment>
        <translation>客户数不限 / 24 小时</translation>
    </message>
    <message>
        <source>Limit not set</source>
        <translation>未设置限额</translation>
    </message>
    <message>
        <source>Unrecognised limit (%1)</source>
        <extracomment>%1 is a messaging limit value this version does not know, shown as Meta sent it</extracomment>
        <translation>无法识别的限额（%1）</translation>
    </message>
    <message>
        <source>%1 customers / 24 h</source>
        <extracomment>%1 is a number of customers, e.g. &quot;2,000&quot;</extracomment>
        <translation>%1 位客户 / 24 小时</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Phone number status</extracomment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Template status</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unrecognised status (%1)</source>
        <extracomment>%1 is a phone number status this version does not know, shown as Meta sent it
----------
%1 is a template status this version does not know, shown as Meta sent it</extracomment>
        <translation>无法识别的状态（%1）</translation>
    </message>
    <message>
        <source>Deskline could not sign in to WhatsApp.</source>
        <translation>Deskline 无法登录 WhatsApp。</translation>
    </message>
    <message>
        <source>Ask an administrator to renew the WhatsApp access token, then send again.</source>
        <translation>请管理员更新 WhatsApp 访问令牌，然后重新发送。</translation>
    </message>
    <message>
        <source>WhatsApp had an unexpected problem.</source>
        <translation>WhatsApp 出现意外问题。</translation>
    </message>
    <message>
        <source>Deskline will try again shortly. If it keeps happening, check Meta&apos;s status page.</source>
        <translation>Deskline 将很快重试。如果问题持续出现，请查看 Meta 的状态页面。</translation>
    </message>
    <message>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp 暂时不可用。</translation>
    </message>
    <message>
        <source>Deskline will try again automatically.</source>
        <translation>Deskline 将自动重试。</translation>
    </message>
    <message>
        <source>This WhatsApp account is not allowed to do this.</source>
        <translation>此 WhatsApp 账户无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask an administrator to check the app&apos;s permissions.</source>
        <translation>请管理员检查应用的权限。</translation>
    </message>
    <message>
        <source>Too many requests to WhatsApp in a short time.</source>
        <translation>短时间内向 WhatsApp 发送的请求过多。</translation>
    </message>
    <message>
        <source>Deskline will slow down and try again.</source>
        <translation>Deskline 将降低发送速度并重试。</translation>
    </message>
    <message>
        <source>Permission to use this WhatsApp feature is missing.</source>
        <translation>缺少使用此 WhatsApp 功能的权限。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission, then try again.</source>
        <translation>请管理员授予该权限，然后重试。</translation>
    </message>
    <message>
        <source>WhatsApp rejected part of this message as invalid.</source>
        <translation>WhatsApp 认为此消息的部分内容无效，已将其拒绝。</translation>
    </message>
    <message>
        <source>Check the message, its attachment and template values, then send again.</source>
        <translation>请检查消息、附件和模板值，然后重新发送。</translation>
    </message>
    <message>
        <source>The WhatsApp access token is no longer valid.</source>
        <translation>WhatsApp 访问令牌已失效。</translation>
    </message>
    <message>
        <source>WhatsApp has temporarily blocked this account for a policy violation.</source>
        <translation>由于违反政策，WhatsApp 已暂时封禁此账户。</translation>
    </message>
    <message>
        <source>Sending is possible again when the block ends. An administrator can see the details in WhatsApp Manager.</source>
        <translation>封禁结束后即可重新发送。管理员可以在 WhatsApp Manager 中查看详情。</translation>
    </message>
    <message>
        <source>This WhatsApp Business account has reached its request limit.</source>
        <translation>此 WhatsApp Business 账户已达到请求上限。</translation>
    </message>
    <message>
        <source>Deskline will try again later.</source>
        <translation>Deskline 稍后将重试。</translation>
    </message>
    <message>
        <source>This line is sending faster than WhatsApp allows.</source>
        <translation>此线路的发送速度超出了 WhatsApp 允许的范围。</translation>
    </message>
    <message>
        <source>Deskline will send it again in a moment.</source>
        <translation>Deskline 将在片刻后重新发送。</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver this marketing message because the customer is part of a Meta experiment.</source>
        <translation>由于该客户参与了 Meta 的一项实验，WhatsApp 未送达此营销消息。</translation>
    </message>
    <message>
        <source>Reach the customer with a utility message or wait for them to write.</source>
        <translation>请通过实用消息联系该客户，或等待客户发来消息。</translation>
    </message>
    <message>
        <source>This account may not message customers in this country.</source>
        <translation>此账户不能向该国家/地区的客户发送消息。</translation>
    </message>
    <message>
        <source>Ask an administrator to check the account&apos;s restrictions.</source>
        <translation>请管理员检查该账户的限制。</translation>
    </message>
    <message>
        <source>Something went wrong at WhatsApp.</source>
        <translation>WhatsApp 端出现问题。</translation>
    </message>
    <message>
        <source>Deskline will try a few more times. If it keeps failing, report it to an administrator.</source>
        <translation>Deskline 将再尝试几次。如果仍然失败，请报告管理员。</translation>
    </message>
    <message>
        <source>WhatsApp denied access.</source>
        <translation>WhatsApp 拒绝了访问。</translation>
    </message>
    <message>
        <source>Something the message needs is missing.</source>
        <translation>消息缺少必需的内容。</translation>
    </message>
    <message>
        <source>Fill in every required field, then send again.</source>
        <translation>请填写所有必填字段，然后重新发送。</translation>
    </message>
    <message>
        <source>A value in this message is not valid.</source>
        <translation>此消息中的某个值无效。</translation>
    </message>
    <message>
        <source>Check the message. Reactions work only on messages from the last 30 days.</source>
        <translation>请检查消息。只能对最近 30 天内的消息添加表情回应。</translation>
    </message>
    <message>
        <source>A line cannot send a message to itself.</source>
        <translation>线路不能向自身发送消息。</translation>
    </message>
    <message>
        <source>Choose a different recipient.</source>
        <translation>请选择其他收件人。</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>消息无法送达：该号码可能未使用 WhatsApp，或客户的应用版本过旧。</translation>
    </message>
    <message>
        <source>Contact the customer another way.</source>
        <translation>请通过其他方式联系客户。</translation>
    </message>
    <message>
        <source>This test line may only message numbers on its allowed list.</source>
        <translation>此测试线路只能向其允许列表中的号码发送消息。</translation>
    </message>
    <message>
        <source>Add the number to the allowed list in WhatsApp Manager, or use a live line.</source>
        <translation>请在 WhatsApp Manager 中将该号码添加到允许列表，或改用正式线路。</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is locked.</source>
        <translation>此 WhatsApp Business 账户已被锁定。</translation>
    </message>
    <message>
        <source>Ask an administrator to resolve the lock in WhatsApp Manager.</source>
        <translation>请管理员在 WhatsApp Manager 中解除锁定。</translation>
    </message>
    <message>
        <source>This line&apos;s display name has not been approved yet.</source>
        <translation>此线路的显示名称尚未获批。</translation>
    </message>
    <message>
        <source>Sending starts once Meta approves the display name.</source>
        <translation>Meta 批准显示名称后即可开始发送。</translation>
    </message>
    <message>
        <source>There is a billing problem with this WhatsApp Business account.</source>
        <translation>此 WhatsApp Business 账户存在账单问题。</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the payment method, then send again.</source>
        <translation>请管理员修正付款方式，然后重新发送。</translation>
    </message>
    <message>
        <source>This line is not registered with WhatsApp.</source>
        <translation>此线路未在 WhatsApp 注册。</translation>
    </message>
    <message>
        <source>Ask an administrator to register the phone number.</source>
        <translation>请管理员注册该电话号码。</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so a free-form message cannot be delivered.</source>
        <translation>距客户上次发来消息已超过 24 小时，因此无法送达自由格式消息。</translation>
    </message>
    <message>
        <source>Send an approved template instead.</source>
        <translation>请改为发送已批准的模板。</translation>
    </message>
    <message>
        <source>WhatsApp is limiting this line because customers blocked or reported its messages.</source>
        <translation>由于客户屏蔽或举报了此线路的消息，WhatsApp 正在限制此线路。</translation>
    </message>
    <message>
        <source>Send fewer messages for now and review the templates&apos; quality.</source>
        <translation>请暂时减少发送量，并检查模板质量。</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message (the customer&apos;s marketing limit).</source>
        <translation>WhatsApp 决定不送达此营销消息（受该客户的营销消息上限限制）。</translation>
    </message>
    <message>
        <source>Do not resend it now; try again in a day or more, or wait for the customer to write.</source>
        <translation>请勿立即重发；请在一天或更久之后再试，或等待客户发来消息。</translation>
    </message>
    <message>
        <source>The customer has asked not to receive marketing messages from this business.</source>
        <translation>该客户已要求不再接收此商家的营销消息。</translation>
    </message>
    <message>
        <source>Do not send marketing templates to this customer.</source>
        <translation>请勿向该客户发送营销模板。</translation>
    </message>
    <message>
        <source>This message type is not supported.</source>
        <translation>不支持此消息类型。</translation>
    </message>
    <message>
        <source>Send the content in a supported form, such as text or an image.</source>
        <translation>请以受支持的形式发送内容，例如文本或图片。</translation>
    </message>
    <message>
        <source>The customer&apos;s attachment could not be downloaded.</source>
        <translation>无法下载客户发送的附件。</translation>
    </message>
    <message>
        <source>Ask the customer to send the file again.</source>
        <translation>请让客户重新发送该文件。</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, often because of its file type.</source>
        <translation>附件上传失败，通常是文件类型所致。</translation>
    </message>
    <message>
        <source>Check the file&apos;s type and size, then attach it again.</source>
        <translation>请检查文件类型和大小，然后重新添加附件。</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time.</source>
        <translation>短时间内向该客户发送的消息过多。</translation>
    </message>
    <message>
        <source>Deskline will wait and send it again. Other customers are not affected.</source>
        <translation>Deskline 将稍候重新发送。其他客户不受影响。</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance, for example during a throughput upgrade.</source>
        <translation>此 WhatsApp Business 账户正在维护中，例如正在进行吞吐量升级。</translation>
    </message>
    <message>
        <source>Deskline will try again in about a minute.</source>
        <translation>Deskline 将在大约一分钟后重试。</translation>
    </message>
    <message>
        <source>This kind of message cannot be sent to a customer known only by a business-scoped user ID.</source>
        <translation>无法向仅有企业范围用户 ID 的客户发送此类消息。</translation>
    </message>
    <message>
        <source>Send it to the customer&apos;s phone number instead.</source>
        <translation>请改为发送到客户的电话号码。</translation>
    </message>
    <message>
        <source>The template&apos;s values do not match the template.</source>
        <translation>模板值与模板不匹配。</translation>
    </message>
    <message>
        <source>Fill in exactly the values the template asks for, then send again.</source>
        <translation>请准确填写模板要求的值，然后重新发送。</translation>
    </message>
    <message>
        <source>This template does not exist in this language, or it is not approved.</source>
        <translation>此模板没有该语言版本，或尚未获批。</translation>
    </message>
    <message>
        <source>Pick another template or language, or ask an administrator to check the template.</source>
        <translation>请选择其他模板或语言，或请管理员检查该模板。</translation>
    </message>
    <message>
        <source>The template&apos;s text is too long once the values are filled in.</source>
        <translation>填入值后，模板文本过长。</translation>
    </message>
    <message>
        <source>Shorten the values, then send again.</source>
        <translation>请缩短这些值，然后重新发送。</translation>
    </message>
    <message>
        <source>A template value breaks WhatsApp&apos;s formatting rules.</source>
        <translation>某个模板值违反了 WhatsApp 的格式规则。</translation>
    </message>
    <message>
        <source>Remove line breaks, tabs and long runs of spaces from the values.</source>
        <translation>请从值中删除换行符、制表符和连续的多个空格。</translation>
    </message>
    <message>
        <source>A template value has the wrong format.</source>
        <translation>某个模板值的格式不正确。</translation>
    </message>
    <message>
        <source>Check the values against the template, then send again.</source>
        <translation>请对照模板检查这些值，然后重新发送。</translation>
    </message>
    <message>
        <source>This template is paused because of low quality.</source>
        <translation>此模板因质量低已被暂停。</translation>
    </message>
    <message>
        <source>Use another template, or wait until the pause ends (3 hours the first time, 6 hours the second).</source>
        <translation>请使用其他模板，或等待暂停结束（第一次 3 小时，第二次 6 小时）。</translation>
    </message>
    <message>
        <source>This template has been disabled because of low quality.</source>
        <translation>此模板因质量低已被停用。</translation>
    </message>
    <message>
        <source>Use another template.</source>
        <translation>请使用其他模板。</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is blocked.</source>
        <translation>此 WhatsApp Flow 已被阻止。</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the flow.</source>
        <translation>请管理员修复该 Flow。</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is being throttled.</source>
        <translation>此 WhatsApp Flow 正在被限流。</translation>
    </message>
    <message>
        <source>A previous deregistration of this number did not finish.</source>
        <translation>此号码之前的注销操作未完成。</translation>
    </message>
    <message>
        <source>Ask an administrator to deregister the number again.</source>
        <translation>请管理员重新注销该号码。</translation>
    </message>
    <message>
        <source>The two-step verification PIN is wrong.</source>
        <translation>两步验证 PIN 码错误。</translation>
    </message>
    <message>
        <source>Ask an administrator for the correct PIN.</source>
        <translation>请向管理员索取正确的 PIN 码。</translation>
    </message>
    <message>
        <source>The phone number has to be verified again.</source>
        <translation>该电话号码需要重新验证。</translation>
    </message>
    <message>
        <source>Ask an administrator to verify the number.</source>
        <translation>请管理员验证该号码。</translation>
    </message>
    <message>
        <source>Too many wrong PIN attempts.</source>
        <translation>PIN 码错误次数过多。</translation>
    </message>
    <message>
        <source>Wait before trying again; the error details say how long.</source>
        <translation>请稍候再试；具体等待时间见错误详情。</translation>
    </message>
    <message>
        <source>PIN attempts were made too quickly.</source>
        <translation>PIN 码尝试过于频繁。</translation>
    </message>
    <message>
        <source>This number was deleted recently.</source>
        <translation>此号码最近已被删除。</translation>
    </message>
    <message>
        <source>Wait five minutes, then try again.</source>
        <translation>请等待五分钟，然后重试。</translation>
    </message>
    <message>
        <source>Too many registration attempts for this number.</source>
        <translation>此号码的注册尝试次数过多。</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>WhatsApp could not process this message.</source>
        <translation>WhatsApp 无法处理此消息。</translation>
    </message>
    <message>
        <source>Check the message and its attachments, then send again.</source>
        <translation>请检查消息及其附件，然后重新发送。</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp identity has changed since it was last checked.</source>
        <translation>自上次检查以来，该客户的 WhatsApp 身份已发生变化。</translation>
    </message>
    <message>
        <source>Confirm who you are talking to before sending again.</source>
        <translation>重新发送前，请确认对方的身份。</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance.</source>
        <translation>此 WhatsApp Business 账户正在维护中。</translation>
    </message>
    <message>
        <source>Deskline will try again in a few minutes.</source>
        <translation>Deskline 将在几分钟后重试。</translation>
    </message>
    <message>
        <source>The WhatsApp access token has expired.</source>
        <translation>WhatsApp 访问令牌已过期。</translation>
    </message>
    <message>
        <source>The WhatsApp access token was revoked because a password changed.</source>
        <translation>由于密码已更改，WhatsApp 访问令牌已被撤销。</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1.</source>
        <translation>WhatsApp 报告了错误 %1。</translation>
    </message>
    <message>
        <source>Deskline does not know this error. Check the message, or ask an administrator.</source>
        <translation>Deskline 无法识别此错误。请检查消息，或咨询管理员。</translation>
    </message>
    <message>
        <source>Retrying shortly</source>
        <extracomment>How an error is handled: Deskline retries it automatically within seconds</extracomment>
        <translation>即将重试</translation>
    </message>
    <message>
        <source>Will retry later</source>
        <extracomment>How an error is handled: Deskline retries later, slowing down</extracomment>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Needs action</source>
        <extracomment>How an error is handled: someone has to fix something before it can be sent</extracomment>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Will not be retried</source>
        <extracomment>How an error is handled: sending the same message again will not help</extracomment>
        <translation>不会重试</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <extracomment>Delivery status of an outgoing message</extracomment>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Played</source>
        <extracomment>Delivery status of a voice message the customer has listened to</extracomment>
        <translation>已播放</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>含有辱骂性内容</translation>
    </message>
    <message>
        <source>the category is not available</source>
        <translation>该类别不可用</translation>
    </message>
    <message>
        <source>the category does not match the content</source>
        <translation>类别与内容不符</translation>
    </message>
    <message>
        <source>the format is invalid</source>
        <translation>格式无效</translation>
    </message>
    <message>
        <source>promotional content in a non-marketing template</source>
        <translation>非营销模板中含有推广内容</translation>
    </message>
    <message>
        <source>suspected scam</source>
        <translation>涉嫌诈骗</translation>
    </message>
    <message>
        <source>the content does not match the declared purpose</source>
        <translation>内容与声明的用途不符</translation>
    </message>
    <message>
        <source>first pause for low quality, 3 hours</source>
        <translation>因质量低首次暂停，3 小时</translation>
    </message>
    <message>
        <source>second pause for low quality, 6 hours</source>
        <translation>因质量低第二次暂停，6 小时</translation>
    </message>
    <message>
        <source>paused while its sending rate is limited</source>
        <translation>发送速率受限期间已暂停</translation>
    </message>
    <message>
        <source>Marketing</source>
        <extracomment>Template category</extracomment>
        <translation>营销</translation>
    </message>
    <message>
        <source>Utility</source>
        <extracomment>Template category</extracomment>
        <translation>实用</translation>
    </message>
    <message>
        <source>Authentication</source>
        <extracomment>Template category</extracomment>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Template status</extracomment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>In review</source>
        <extracomment>Template status</extracomment>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Template status</extracomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Template status</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>Template status</extracomment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In appeal</source>
        <extracomment>Template status</extracomment>
        <translation>申诉中</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <extracomment>Template status</extracomment>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Flagged</source>
        <extracomment>Template status</extracomment>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Over the template limit</source>
        <extracomment>Template status</extracomment>
        <translation>超出模板数量上限</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>Template status</extracomment>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <extracomment>Template status</extracomment>
        <translation>已取消归档</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Template status</extracomment>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <extracomment>Template status</extracomment>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>It is waiting for Meta&apos;s review.</source>
        <translation>该模板正在等待 Meta 审核。</translation>
    </message>
    <message>
        <source>Meta rejected it. An administrator can edit it and submit it again.</source>
        <translation>Meta 已拒绝该模板。管理员可以编辑后重新提交。</translation>
    </message>
    <message>
        <source>It is paused because customers gave it negative feedback. It resumes by itself after the pause (3 hours the first time, 6 hours the second).</source>
        <translation>由于客户给出了负面反馈，该模板已被暂停。暂停结束后会自动恢复（第一次 3 小时，第二次 6 小时）。</translation>
    </message>
    <message>
        <source>It was disabled after repeated negative feedback. Use or create another template.</source>
        <translation>由于多次收到负面反馈，该模板已被停用。请使用或创建其他模板。</translation>
    </message>
    <message>
        <source>Its rejection is being appealed. Wait for Meta&apos;s decision.</source>
        <translation>已对该模板的拒绝结果提出申诉。请等待 Meta 的决定。</translation>
    </message>
    <message>
        <source>It has been deleted.</source>
        <translation>该模板已被删除。</translation>
    </message>
    <message>
        <source>Meta flagged it for low quality. It can be sent again once it is approved.</source>
        <translation>Meta 因质量低标记了该模板。获批后即可再次发送。</translation>
    </message>
    <message>
        <source>The account has reached its limit on templates, so this one is not active.</source>
        <translation>该账户的模板数量已达上限，因此此模板未启用。</translation>
    </message>
    <message>
        <source>It is archived. An administrator can unarchive it in WhatsApp Manager.</source>
        <translation>该模板已归档。管理员可以在 WhatsApp Manager 中将其取消归档。</translation>
    </message>
    <message>
        <source>It can be sent once Meta reports it as approved again.</source>
        <translation>待 Meta 告知该模板已重新获批后即可发送。</translation>
    </message>
    <message>
        <source>Meta has locked it.</source>
        <translation>Meta 已锁定该模板。</translation>
    </message>
    <message>
        <source>Its status (%1) is not one Deskline knows, so it is not offered for sending.</source>
        <extracomment>%1 is a template status as Meta sent it</extracomment>
        <translation>Deskline 无法识别其状态（%1），因此不提供发送。</translation>
    </message>
    <message>
        <source>%1 Reason: %2.</source>
        <extracomment>%1 is an explanation, %2 the reason Meta gave</extracomment>
        <translation>%1原因：%2。</translation>
    </message>
    <message>
        <source>Template “%1” cannot be sent. %2</source>
        <extracomment>%1 is the template name, %2 why it cannot be sent</extracomment>
        <translation>无法发送模板“%1”。%2</translation>
    </message>
    <message>
        <source>Template “%1” mixes numbered and named values or skips a number. An administrator must fix it in WhatsApp Manager.</source>
        <translation>模板“%1”混用了编号值和命名值，或跳过了某个编号。管理员必须在 WhatsApp Manager 中修复该模板。</translation>
    </message>
    <message>
        <source>Fill in %1 in the header.</source>
        <extracomment>%1 is a placeholder such as {{1}} or {{first_name}}</extracomment>
        <translation>请在标题中填写 %1。</translation>
    </message>
    <message>
        <source>Fill in %1 in the message text.</source>
        <translation>请在消息正文中填写 %1。</translation>
    </message>
    <message>
        <source>The header has no %1; remove that value.</source>
        <translation>标题中没有 %1；请删除该值。</translation>
    </message>
    <message>
        <source>The message text has no %1; remove that value.</source>
        <translation>消息正文中没有 %1；请删除该值。</translation>
    </message>
    <message>
        <source>The value for %1 cannot contain line breaks, tabs or more than four spaces in a row.</source>
        <translation>%1 的值不能包含换行符、制表符或连续四个以上的空格。</translation>
    </message>
    <message>
        <source>The header is %1 characters long once filled in; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>填写后的标题长度为 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>The message text is %1 characters long once filled in; the limit is %2.</source>
        <translation>填写后的消息正文长度为 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is %2.</source>
        <translation>页脚长度为 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>Attach a video for the header.</source>
        <translation>请为标题附加视频。</translation>
    </message>
    <message>
        <source>Attach a document for the header.</source>
        <translation>请为标题附加文档。</translation>
    </message>
    <message>
        <source>Attach an image for the header.</source>
        <translation>请为标题附加图片。</translation>
    </message>
    <message>
        <source>This template&apos;s header takes no attachment; remove it.</source>
        <translation>此模板的标题不支持附件；请删除附件。</translation>
    </message>
    <message>
        <source>Choose a location for the header.</source>
        <translation>请为标题选择位置。</translation>
    </message>
    <message>
        <source>Enter the code for button “%1”.</source>
        <extracomment>%1 is a button label</extracomment>
        <translation>请输入按钮“%1”的代码。</translation>
    </message>
    <message>
        <source>Enter the end of the web address for button “%1”.</source>
        <translation>请输入按钮“%1”的网址结尾部分。</translation>
    </message>
    <message>
        <source>The code for button “%1” is %2 characters long; the limit is %3.</source>
        <extracomment>%1 is a button label, %2 the length, %3 the limit, in characters</extracomment>
        <translation>按钮“%1”的代码长度为 %2 个字符；上限为 %3 个字符。</translation>
    </message>
    <message>
        <source>The web address of button “%1” is %2 characters long; the limit is %3.</source>
        <translation>按钮“%1”的网址长度为 %2 个字符；上限为 %3 个字符。</translation>
    </message>
    <message>
        <source>Button “%1” takes no value; remove it.</source>
        <translation>按钮“%1”不接受值；请删除该值。</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>请先输入消息。</translation>
    </message>
    <message>
        <source>The message is %1 characters long; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>消息长度为 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>international authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>国际身份验证</translation>
    </message>
    <message>
        <source>marketing</source>
        <extracomment>Pricing category</extracomment>
        <translation>营销</translation>
    </message>
    <message>
        <source>marketing lite</source>
        <extracomment>Pricing category (Marketing Messages Lite API)</extracomment>
        <translation>轻量营销</translation>
    </message>
    <message>
        <source>free entry point</source>
        <extracomment>Pricing category: a conversation that started from an ad or Page button</extracomment>
        <translation>免费入口</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>Pricing category</extracomment>
        <translation>服务</translation>
    </message>
    <message>
        <source>utility</source>
        <extracomment>Pricing category</extracomment>
        <translation>实用</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他类别</translation>
    </message>
    <message>
        <source>The customer service window is closed: only an approved template can be sent.</source>
        <translation>客户服务窗口已关闭：只能发送已批准的模板。</translation>
    </message>
    <message>
        <source>Free: the 72-hour free entry point window is open.</source>
        <translation>免费：72 小时免费入口窗口已开启。</translation>
    </message>
    <message>
        <source>Free: answering a customer who came from an ad or Page button opens a 72-hour window in which every message is free.</source>
        <translation>免费：回复通过广告或公共主页按钮而来的客户，将开启一个 72 小时窗口，期间所有消息均免费。</translation>
    </message>
    <message>
        <source>No new charge: it joins the open %1 conversation.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>不产生新费用：将并入当前已开启的%1对话。</translation>
    </message>
    <message>
        <source>Charged: it opens a new 24-hour %1 conversation.</source>
        <translation>收费：将开启新的 24 小时%1对话。</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation within the monthly free allowance.</source>
        <translation>免费：将在每月免费额度内开启服务对话。</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation, and service conversations are free.</source>
        <translation>免费：将开启服务对话，服务对话不收费。</translation>
    </message>
    <message>
        <source>Free: replies inside the customer service window are not charged.</source>
        <translation>免费：客户服务窗口内的回复不收费。</translation>
    </message>
    <message>
        <source>Free: utility templates inside the customer service window are not charged.</source>
        <translation>免费：客户服务窗口内的实用模板不收费。</translation>
    </message>
    <message>
        <source>Free: within this line&apos;s monthly allowance of free replies.</source>
        <translation>免费：在此线路每月的免费回复额度内。</translation>
    </message>
    <message>
        <source>Charged at the utility rate: replies inside the customer service window are charged from 1 October 2026.</source>
        <translation>按实用类费率收费：自 2026 年 10 月 1 日起，客户服务窗口内的回复将收费。</translation>
    </message>
    <message>
        <source>Charged: utility templates are charged inside the customer service window from 1 October 2026.</source>
        <translation>收费：自 2026 年 10 月 1 日起，客户服务窗口内的实用模板将收费。</translation>
    </message>
    <message>
        <source>Charged as a %1 message when delivered.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>送达时按%1消息计费。</translation>
    </message>
    <message>
        <source>(This rule is reported but not yet confirmed by Meta.)</source>
        <translation>（此规则已有报告，但尚未经 Meta 确认。）</translation>
    </message>
</context>
<context>
    <name>Deskline::Storage</name>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and none is running. Install and start a keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when no Secret Service (GNOME Keyring, KWallet, …) answers on this computer</extracomment>
        <translation>Deskline 将您的登录信息保存在系统密钥环中，但当前没有正在运行的密钥环。请安装并启动一个密钥环（例如 GNOME Keyring 或 KWallet），然后重新登录。</translation>
    </message>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and it has no default keyring yet. Create one in your keyring manager (for example Passwords and Keys), then sign in again.</source>
        <extracomment>Shown when a keyring service runs but has no default keyring (collection) to store into</extracomment>
        <translation>Deskline 将您的登录信息保存在系统密钥环中，但目前还没有默认密钥环。请在密钥环管理器（例如“密码和密钥”）中创建一个，然后重新登录。</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. If it is asking for a password in another window, answer it; otherwise restart the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring did not answer within a few seconds</extracomment>
        <translation>系统密钥环未能及时响应。如果它正在另一个窗口中要求输入密码，请完成输入；否则请重启密钥环（例如 GNOME Keyring 或 KWallet），然后重新登录。</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does it), then sign in again.</source>
        <translation>系统密钥环已锁定。请将其解锁（通常使用您的登录密码即可），然后重新登录。</translation>
    </message>
    <message>
        <source>No sign-in is saved on this computer for this hub and agent. Sign in again.</source>
        <extracomment>Shown when no token is stored for this hub and agent, e.g. on a first sign-in</extracomment>
        <translation>此计算机上没有保存该中心服务器和坐席的登录信息。请重新登录。</translation>
    </message>
    <message>
        <source>The system keyring did not give back what Deskline stored in it, so it cannot keep your sign-in safely. Check or reset the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring returned something other than what was just stored in it</extracomment>
        <translation>系统密钥环返回的内容与 Deskline 存入的不一致，因此无法安全保存您的登录信息。请检查或重置密钥环（例如 GNOME Keyring 或 KWallet），然后重新登录。</translation>
    </message>
    <message>
        <source>Deskline could not use the system keyring because of an internal error. Please report it.</source>
        <translation>由于内部错误，Deskline 无法使用系统密钥环。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>Deskline::Sync</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached. Check the address and the network, then try again.</source>
        <extracomment>%1 is the hub&apos;s address</extracomment>
        <translation>无法连接位于 %1 的中心服务器。请检查地址和网络，然后重试。</translation>
    </message>
    <message>
        <source>You are signed in for now, but you will have to sign in again the next time Deskline starts.</source>
        <translation>您暂时已登录，但下次启动 Deskline 时需要重新登录。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when the console is back online.</source>
        <translation>无法连接中心服务器。请在控制台恢复在线后重试。</translation>
    </message>
    <message>
        <source>%1 took this chat first.</source>
        <translation>%1 已抢先认领此会话。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>您的角色无权执行此操作。请联系主管。</translation>
    </message>
    <message>
        <source>The hub does not know this chat or agent.</source>
        <translation>中心服务器无法识别此会话或坐席。</translation>
    </message>
    <message>
        <source>The hub refused this (%1).</source>
        <translation>中心服务器拒绝了此操作（%1）。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets</name>
    <message>
        <source>%1 of %2 left this month</source>
        <translation>本月剩余 %1 / %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <comment>free entry point window, time left</comment>
        <translation>免费 %1</translation>
    </message>
    <message>
        <source>Free entry point: every message is free until %1 (72 hours from the first answer to an ad).</source>
        <translation>免费入口：%1 前所有消息均免费（自首次回复广告引流客户起 72 小时）。</translation>
    </message>
    <message>
        <source>The customer service window is open for %1.</source>
        <translation>客服窗口还将开放 %1。</translation>
    </message>
    <message>
        <source>The customer service window is open until %1: free-form replies can be sent.</source>
        <translation>客服窗口开放至 %1：可以发送自由格式的回复。</translation>
    </message>
    <message>
        <source>closed %1 ago</source>
        <translation>%1前已关闭</translation>
    </message>
    <message>
        <source>The customer service window closed %1 ago. Only approved templates can be sent until the customer writes again.</source>
        <translation>客服窗口已于 %1前关闭。在客户再次发来消息之前，只能发送已批准的模板。</translation>
    </message>
    <message>
        <source>templates only</source>
        <translation>仅限模板</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only approved templates can be sent.</source>
        <translation>客户尚未发来消息。只能发送已批准的模板。</translation>
    </message>
    <message>
        <source>Came from an ad: answering within %1 opens a free 72-hour window.</source>
        <translation>来自广告：在 %1内回复将开启 72 小时免费窗口。</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Double-click to retry</source>
        <translation>双击重试</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>一条较早的消息</translation>
    </message>
    <message>
        <source>Not sent: the customer service window closed before it went out. The text is kept; send a template instead.</source>
        <translation>未发送：消息发出前客服窗口已关闭。文本已保留；请改为发送模板。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>不支持的消息</translation>
    </message>
    <message>
        <source>This message (%1) cannot be shown here. It is kept as it arrived.</source>
        <translation>此消息（%1）无法在此显示，已按收到时的原样保存。</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>共享的联系人</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>form sent</source>
        <translation>已提交表单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>order</comment>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer changed their phone number.</source>
        <translation>客户更换了电话号码。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The message could not be delivered.</source>
        <translation>消息无法送达。</translation>
    </message>
    <message>
        <source>High (green)</source>
        <translation>高（绿色）</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>中（黄色）</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>低（红色）</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::BalancePanel</name>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>质量评级</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>消息发送限额</translation>
    </message>
    <message>
        <source>Billable messages</source>
        <translation>收费消息</translation>
    </message>
    <message>
        <source>Service messages (free allowance)</source>
        <translation>服务消息（免费额度）</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>输入回复…（按 Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+T)</source>
        <translation>发送已批准的模板（Ctrl+T）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Attach a photo, video or document</source>
        <translation>附加照片、视频或文档</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>不回复此消息</translation>
    </message>
    <message>
        <source>Your draft is kept. To write now, send an approved template (Ctrl+T).</source>
        <translation>草稿已保留。如需立即联系客户，请发送已批准的模板（Ctrl+T）。</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>照片、视频和文档 (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::MainWindow</name>
    <message>
        <source>Not sent: %1 You can retry it.</source>
        <translation>未发送：%1 您可以重试。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Deskline — %1</source>
        <translation>Deskline — %1</translation>
    </message>
    <message>
        <source>Deskline — %1 @ %2</source>
        <translation>Deskline — %1 @ %2</translation>
    </message>
    <message>
        <source>Search chats and messages (Ctrl+F)</source>
        <translation>搜索会话和消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>即将关闭</translation>
    </message>
    <message>
        <source>Latest activity first</source>
        <translation>最近活动优先</translation>
    </message>
    <message>
        <source>Least time left first</source>
        <translation>剩余时间最少优先</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>所有线路</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Take this chat (Ctrl+Shift+C)</source>
        <translation>认领此会话（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>No chat open. Pick one on the left.</source>
        <translation>未打开会话。请在左侧选择一个会话。</translation>
    </message>
    <message>
        <source>Lines and balance</source>
        <translation>线路和余额</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>下一个会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>上一个会话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>发送模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>撰写回复(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>分配给(&amp;A)…</translation>
    </message>
    <message>
        <source>Lines and &amp;balance</source>
        <translation>线路和余额(&amp;B)</translation>
    </message>
    <message>
        <source>no phone number shared (%1)</source>
        <translation>未共享电话号码（%1）</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>线路：%1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>已分配给您</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message numerus="yes">
        <source>sending %n message(s)</source>
        <translation>
            <numerusform>正在发送 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n 条消息等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>质量：%1</translation>
    </message>
    <message>
        <source>Meta&apos;s quality rating of %1, from customers&apos; feedback over the last 7 days.</source>
        <translation>Meta 根据过去 7 天的客户反馈给出的 %1 质量评级。</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>限额：%1</translation>
    </message>
    <message>
        <source>How many customers this business may start conversations with in 24 hours.</source>
        <translation>此商家在 24 小时内可以主动发起对话的客户数量。</translation>
    </message>
    <message numerus="yes">
        <source>Free service messages left this month on %1; %n billable message(s) so far.</source>
        <translation>
            <numerusform>线路 %1 本月剩余的免费服务消息；目前已有 %n 条收费消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The message could not be stored for sending: %1</source>
        <translation>无法保存消息以待发送：%1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>The attachment was not sent: %1</source>
        <translation>附件未发送：%1</translation>
    </message>
    <message>
        <source>The template could not be stored for sending: %1</source>
        <translation>无法保存模板以待发送：%1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>The file could not be downloaded. Try again in a moment.</source>
        <translation>无法下载该文件。请稍后重试。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Assign chat</source>
        <translation>分配会话</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>坐席姓名：</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Notifier</name>
    <message>
        <source>The customer service window closes in %1. Reply now, or only templates can be sent afterwards.</source>
        <translation>客服窗口将在 %1后关闭。请立即回复，否则之后只能发送模板。</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::TemplatePicker</name>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>标题 {{%1}}</translation>
    </message>
    <message>
        <source>Header media</source>
        <translation>标题媒体</translation>
    </message>
    <message>
        <source>https://… link or uploaded media id</source>
        <translation>https://… 链接或已上传媒体的 ID</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>正文 {{%1}}</translation>
    </message>
    <message>
        <source>Button “%1” link ending</source>
        <translation>按钮“%1”的链接结尾</translation>
    </message>
    <message>
        <source>Button “%1” code</source>
        <translation>按钮“%1”的代码</translation>
    </message>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>此模板无需填写任何内容。</translation>
    </message>
    <message>
        <source>No approved template matches. Templates are approved by Meta; ask a supervisor to submit one.</source>
        <translation>没有匹配的已批准模板。模板由 Meta 审批；请让主管提交一个模板。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>收费：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Windows and notifications</source>
        <translation>窗口和通知</translation>
    </message>
    <message>
        <source>Show “closing soon” with less than:</source>
        <translation>剩余时间少于此值时显示“即将关闭”：</translation>
    </message>
    <message>
        <source>Warn me when my chat&apos;s window closes within:</source>
        <translation>我的会话窗口在此时间内关闭时提醒我：</translation>
    </message>
    <message>
        <source>Notify me of new messages in my chats and unassigned chats</source>
        <translation>我的会话和未分配的会话有新消息时通知我</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>中心服务器连接</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>中心服务器地址：</translation>
    </message>
    <message>
        <source>Agent name:</source>
        <translation>坐席姓名：</translation>
    </message>
    <message>
        <source>A new hub address or agent name takes effect at the next start. The password is kept in the system keyring, never in a file.</source>
        <translation>新的中心服务器地址或坐席姓名将在下次启动时生效。密码保存在系统密钥环中，绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>What the customer will see</source>
        <translation>客户将看到的内容</translation>
    </message>
</context>
</TS>
