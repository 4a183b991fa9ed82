<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Deskline::Core</name>
    <message>
        <source>High (green)</source>
        <extracomment>Quality rating of a phone number or template</extracomment>
        <translation>Высокий (зелёный)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Средний (жёлтый)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Низкий (красный)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unrecognised (%1)</source>
        <extracomment>%1 is a quality value this version does not know, shown as Meta sent it</extracomment>
        <translation>Неизвестное значение (%1)</translation>
    </message>
    <message>
        <source>Unlimited customers / 24 h</source>
        <extracomment>Messaging limit tier</extracomment>
        <translation>Без лимита клиентов / 24 ч</translation>
    </message>
    <message>
        <source>Limit not set</source>
        <translation>Лимит не задан</translation>
    </message>
    <message>
        <source>Unrecognised limit (%1)</source>
        <extracomment>%1 is a messaging limit value this version does not know, shown as Meta sent it</extracomment>
        <translation>Неизвестный лимит (%1)</translation>
    </message>
    <message>
        <source>%1 customers / 24 h</source>
        <extracomment>%1 is a number of customers, e.g. &quot;2,000&quot;</extracomment>
        <translation>%1 клиентов / 24 ч</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Phone number status</extracomment>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Перенесён</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Template status</extracomment>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Unrecognised status (%1)</source>
        <extracomment>%1 is a phone number status this version does not know, shown as Meta sent it
----------
%1 is a template status this version does not know, shown as Meta sent it</extracomment>
        <translation>Неизвестный статус (%1)</translation>
    </message>
    <message>
        <source>Deskline could not sign in to WhatsApp.</source>
        <translation>Deskline не удалось войти в WhatsApp.</translation>
    </message>
    <message>
        <source>Ask an administrator to renew the WhatsApp access token, then send again.</source>
        <translation>Попросите администратора обновить токен доступа WhatsApp, затем отправьте снова.</translation>
    </message>
    <message>
        <source>WhatsApp had an unexpected problem.</source>
        <translation>В WhatsApp возникла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Deskline will try again shortly. If it keeps happening, check Meta&apos;s status page.</source>
        <translation>Deskline скоро повторит попытку. Если ошибка повторяется, проверьте страницу состояния Meta.</translation>
    </message>
    <message>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp временно недоступен.</translation>
    </message>
    <message>
        <source>Deskline will try again automatically.</source>
        <translation>Deskline повторит попытку автоматически.</translation>
    </message>
    <message>
        <source>This WhatsApp account is not allowed to do this.</source>
        <translation>Этому аккаунту WhatsApp такое действие не разрешено.</translation>
    </message>
    <message>
        <source>Ask an administrator to check the app&apos;s permissions.</source>
        <translation>Попросите администратора проверить разрешения приложения.</translation>
    </message>
    <message>
        <source>Too many requests to WhatsApp in a short time.</source>
        <translation>Слишком много запросов к WhatsApp за короткое время.</translation>
    </message>
    <message>
        <source>Deskline will slow down and try again.</source>
        <translation>Deskline снизит частоту запросов и повторит попытку.</translation>
    </message>
    <message>
        <source>Permission to use this WhatsApp feature is missing.</source>
        <translation>Нет разрешения на использование этой функции WhatsApp.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission, then try again.</source>
        <translation>Попросите администратора предоставить разрешение, затем повторите попытку.</translation>
    </message>
    <message>
        <source>WhatsApp rejected part of this message as invalid.</source>
        <translation>WhatsApp отклонил часть этого сообщения как недопустимую.</translation>
    </message>
    <message>
        <source>Check the message, its attachment and template values, then send again.</source>
        <translation>Проверьте сообщение, вложение и значения шаблона, затем отправьте снова.</translation>
    </message>
    <message>
        <source>The WhatsApp access token is no longer valid.</source>
        <translation>Токен доступа WhatsApp больше не действителен.</translation>
    </message>
    <message>
        <source>WhatsApp has temporarily blocked this account for a policy violation.</source>
        <translation>WhatsApp временно заблокировал этот аккаунт за нарушение правил.</translation>
    </message>
    <message>
        <source>Sending is possible again when the block ends. An administrator can see the details in WhatsApp Manager.</source>
        <translation>Отправка снова станет возможной после окончания блокировки. Подробности администратор может посмотреть в WhatsApp Manager.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account has reached its request limit.</source>
        <translation>Этот аккаунт WhatsApp Business исчерпал лимит запросов.</translation>
    </message>
    <message>
        <source>Deskline will try again later.</source>
        <translation>Deskline повторит попытку позже.</translation>
    </message>
    <message>
        <source>This line is sending faster than WhatsApp allows.</source>
        <translation>Эта линия отправляет сообщения быстрее, чем позволяет WhatsApp.</translation>
    </message>
    <message>
        <source>Deskline will send it again in a moment.</source>
        <translation>Deskline повторит отправку через несколько секунд.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver this marketing message because the customer is part of a Meta experiment.</source>
        <translation>WhatsApp не доставил это маркетинговое сообщение, так как клиент участвует в эксперименте Meta.</translation>
    </message>
    <message>
        <source>Reach the customer with a utility message or wait for them to write.</source>
        <translation>Свяжитесь с клиентом с помощью служебного сообщения или дождитесь, пока он напишет сам.</translation>
    </message>
    <message>
        <source>This account may not message customers in this country.</source>
        <translation>Этому аккаунту нельзя отправлять сообщения клиентам в этой стране.</translation>
    </message>
    <message>
        <source>Ask an administrator to check the account&apos;s restrictions.</source>
        <translation>Попросите администратора проверить ограничения аккаунта.</translation>
    </message>
    <message>
        <source>Something went wrong at WhatsApp.</source>
        <translation>На стороне WhatsApp что-то пошло не так.</translation>
    </message>
    <message>
        <source>Deskline will try a few more times. If it keeps failing, report it to an administrator.</source>
        <translation>Deskline сделает ещё несколько попыток. Если ошибка не исчезнет, сообщите администратору.</translation>
    </message>
    <message>
        <source>WhatsApp denied access.</source>
        <translation>WhatsApp отказал в доступе.</translation>
    </message>
    <message>
        <source>Something the message needs is missing.</source>
        <translation>В сообщении не хватает обязательных данных.</translation>
    </message>
    <message>
        <source>Fill in every required field, then send again.</source>
        <translation>Заполните все обязательные поля, затем отправьте снова.</translation>
    </message>
    <message>
        <source>A value in this message is not valid.</source>
        <translation>Одно из значений в этом сообщении недопустимо.</translation>
    </message>
    <message>
        <source>Check the message. Reactions work only on messages from the last 30 days.</source>
        <translation>Проверьте сообщение. Реакции можно ставить только на сообщения за последние 30 дней.</translation>
    </message>
    <message>
        <source>A line cannot send a message to itself.</source>
        <translation>Линия не может отправить сообщение самой себе.</translation>
    </message>
    <message>
        <source>Choose a different recipient.</source>
        <translation>Выберите другого получателя.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Не удалось доставить сообщение: возможно, номер не использует WhatsApp или у клиента слишком старая версия приложения.</translation>
    </message>
    <message>
        <source>Contact the customer another way.</source>
        <translation>Свяжитесь с клиентом другим способом.</translation>
    </message>
    <message>
        <source>This test line may only message numbers on its allowed list.</source>
        <translation>Эта тестовая линия может отправлять сообщения только номерам из своего списка разрешённых.</translation>
    </message>
    <message>
        <source>Add the number to the allowed list in WhatsApp Manager, or use a live line.</source>
        <translation>Добавьте номер в список разрешённых в WhatsApp Manager или используйте рабочую линию.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is locked.</source>
        <translation>Этот аккаунт WhatsApp Business заблокирован.</translation>
    </message>
    <message>
        <source>Ask an administrator to resolve the lock in WhatsApp Manager.</source>
        <translation>Попросите администратора снять блокировку в WhatsApp Manager.</translation>
    </message>
    <message>
        <source>This line&apos;s display name has not been approved yet.</source>
        <translation>Отображаемое имя этой линии ещё не одобрено.</translation>
    </message>
    <message>
        <source>Sending starts once Meta approves the display name.</source>
        <translation>Отправка начнётся, как только Meta одобрит отображаемое имя.</translation>
    </message>
    <message>
        <source>There is a billing problem with this WhatsApp Business account.</source>
        <translation>С оплатой этого аккаунта WhatsApp Business возникла проблема.</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the payment method, then send again.</source>
        <translation>Попросите администратора исправить способ оплаты, затем отправьте снова.</translation>
    </message>
    <message>
        <source>This line is not registered with WhatsApp.</source>
        <translation>Эта линия не зарегистрирована в WhatsApp.</translation>
    </message>
    <message>
        <source>Ask an administrator to register the phone number.</source>
        <translation>Попросите администратора зарегистрировать номер телефона.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so a free-form message cannot be delivered.</source>
        <translation>С последнего сообщения клиента прошло более 24 часов, поэтому сообщение в свободной форме доставить нельзя.</translation>
    </message>
    <message>
        <source>Send an approved template instead.</source>
        <translation>Вместо этого отправьте одобренный шаблон.</translation>
    </message>
    <message>
        <source>WhatsApp is limiting this line because customers blocked or reported its messages.</source>
        <translation>WhatsApp ограничивает эту линию, так как клиенты блокировали её или жаловались на её сообщения.</translation>
    </message>
    <message>
        <source>Send fewer messages for now and review the templates&apos; quality.</source>
        <translation>Пока отправляйте меньше сообщений и проверьте качество шаблонов.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message (the customer&apos;s marketing limit).</source>
        <translation>WhatsApp решил не доставлять это маркетинговое сообщение (лимит маркетинговых сообщений для этого клиента).</translation>
    </message>
    <message>
        <source>Do not resend it now; try again in a day or more, or wait for the customer to write.</source>
        <translation>Не отправляйте его повторно сейчас: попробуйте не раньше чем через сутки или дождитесь, пока клиент напишет сам.</translation>
    </message>
    <message>
        <source>The customer has asked not to receive marketing messages from this business.</source>
        <translation>Клиент попросил не присылать ему маркетинговые сообщения от этой компании.</translation>
    </message>
    <message>
        <source>Do not send marketing templates to this customer.</source>
        <translation>Не отправляйте этому клиенту маркетинговые шаблоны.</translation>
    </message>
    <message>
        <source>This message type is not supported.</source>
        <translation>Этот тип сообщения не поддерживается.</translation>
    </message>
    <message>
        <source>Send the content in a supported form, such as text or an image.</source>
        <translation>Отправьте содержимое в поддерживаемом виде, например текстом или изображением.</translation>
    </message>
    <message>
        <source>The customer&apos;s attachment could not be downloaded.</source>
        <translation>Не удалось скачать вложение клиента.</translation>
    </message>
    <message>
        <source>Ask the customer to send the file again.</source>
        <translation>Попросите клиента отправить файл ещё раз.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, often because of its file type.</source>
        <translation>Не удалось загрузить вложение — чаще всего из-за типа файла.</translation>
    </message>
    <message>
        <source>Check the file&apos;s type and size, then attach it again.</source>
        <translation>Проверьте тип и размер файла, затем прикрепите его снова.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time.</source>
        <translation>Слишком много сообщений этому клиенту за короткое время.</translation>
    </message>
    <message>
        <source>Deskline will wait and send it again. Other customers are not affected.</source>
        <translation>Deskline подождёт и отправит его повторно. На других клиентов это не влияет.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance, for example during a throughput upgrade.</source>
        <translation>Этот аккаунт WhatsApp Business находится на техническом обслуживании, например во время повышения пропускной способности.</translation>
    </message>
    <message>
        <source>Deskline will try again in about a minute.</source>
        <translation>Deskline повторит попытку примерно через минуту.</translation>
    </message>
    <message>
        <source>This kind of message cannot be sent to a customer known only by a business-scoped user ID.</source>
        <translation>Такое сообщение нельзя отправить клиенту, для которого известен только идентификатор пользователя в рамках компании.</translation>
    </message>
    <message>
        <source>Send it to the customer&apos;s phone number instead.</source>
        <translation>Вместо этого отправьте его на номер телефона клиента.</translation>
    </message>
    <message>
        <source>The template&apos;s values do not match the template.</source>
        <translation>Значения шаблона не соответствуют самому шаблону.</translation>
    </message>
    <message>
        <source>Fill in exactly the values the template asks for, then send again.</source>
        <translation>Заполните ровно те значения, которые требует шаблон, затем отправьте снова.</translation>
    </message>
    <message>
        <source>This template does not exist in this language, or it is not approved.</source>
        <translation>Этого шаблона нет на этом языке, или он не одобрен.</translation>
    </message>
    <message>
        <source>Pick another template or language, or ask an administrator to check the template.</source>
        <translation>Выберите другой шаблон или язык либо попросите администратора проверить шаблон.</translation>
    </message>
    <message>
        <source>The template&apos;s text is too long once the values are filled in.</source>
        <translation>После подстановки значений текст шаблона получается слишком длинным.</translation>
    </message>
    <message>
        <source>Shorten the values, then send again.</source>
        <translation>Сократите значения, затем отправьте снова.</translation>
    </message>
    <message>
        <source>A template value breaks WhatsApp&apos;s formatting rules.</source>
        <translation>Значение шаблона нарушает правила форматирования WhatsApp.</translation>
    </message>
    <message>
        <source>Remove line breaks, tabs and long runs of spaces from the values.</source>
        <translation>Удалите из значений переносы строк, табуляции и длинные цепочки пробелов.</translation>
    </message>
    <message>
        <source>A template value has the wrong format.</source>
        <translation>Значение шаблона имеет неверный формат.</translation>
    </message>
    <message>
        <source>Check the values against the template, then send again.</source>
        <translation>Сверьте значения с шаблоном, затем отправьте снова.</translation>
    </message>
    <message>
        <source>This template is paused because of low quality.</source>
        <translation>Этот шаблон приостановлен из-за низкого качества.</translation>
    </message>
    <message>
        <source>Use another template, or wait until the pause ends (3 hours the first time, 6 hours the second).</source>
        <translation>Используйте другой шаблон или дождитесь окончания паузы (3 часа в первый раз, 6 часов во второй).</translation>
    </message>
    <message>
        <source>This template has been disabled because of low quality.</source>
        <translation>Этот шаблон отключён из-за низкого качества.</translation>
    </message>
    <message>
        <source>Use another template.</source>
        <translation>Используйте другой шаблон.</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is blocked.</source>
        <translation>Этот WhatsApp Flow заблокирован.</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the flow.</source>
        <translation>Попросите администратора исправить этот Flow.</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is being throttled.</source>
        <translation>Для этого WhatsApp Flow действует ограничение скорости.</translation>
    </message>
    <message>
        <source>A previous deregistration of this number did not finish.</source>
        <translation>Предыдущая отмена регистрации этого номера не завершилась.</translation>
    </message>
    <message>
        <source>Ask an administrator to deregister the number again.</source>
        <translation>Попросите администратора повторно отменить регистрацию номера.</translation>
    </message>
    <message>
        <source>The two-step verification PIN is wrong.</source>
        <translation>Неверный PIN-код двухшаговой проверки.</translation>
    </message>
    <message>
        <source>Ask an administrator for the correct PIN.</source>
        <translation>Узнайте правильный PIN-код у администратора.</translation>
    </message>
    <message>
        <source>The phone number has to be verified again.</source>
        <translation>Номер телефона нужно подтвердить повторно.</translation>
    </message>
    <message>
        <source>Ask an administrator to verify the number.</source>
        <translation>Попросите администратора подтвердить номер.</translation>
    </message>
    <message>
        <source>Too many wrong PIN attempts.</source>
        <translation>Слишком много неверных попыток ввода PIN-кода.</translation>
    </message>
    <message>
        <source>Wait before trying again; the error details say how long.</source>
        <translation>Подождите, прежде чем повторить попытку; сколько ждать, указано в подробностях ошибки.</translation>
    </message>
    <message>
        <source>PIN attempts were made too quickly.</source>
        <translation>Попытки ввода PIN-кода были слишком частыми.</translation>
    </message>
    <message>
        <source>This number was deleted recently.</source>
        <translation>Этот номер был недавно удалён.</translation>
    </message>
    <message>
        <source>Wait five minutes, then try again.</source>
        <translation>Подождите пять минут, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Too many registration attempts for this number.</source>
        <translation>Слишком много попыток регистрации этого номера.</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>Подождите, прежде чем повторить попытку.</translation>
    </message>
    <message>
        <source>WhatsApp could not process this message.</source>
        <translation>WhatsApp не удалось обработать это сообщение.</translation>
    </message>
    <message>
        <source>Check the message and its attachments, then send again.</source>
        <translation>Проверьте сообщение и вложения, затем отправьте снова.</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp identity has changed since it was last checked.</source>
        <translation>Идентификационные данные клиента в WhatsApp изменились с момента последней проверки.</translation>
    </message>
    <message>
        <source>Confirm who you are talking to before sending again.</source>
        <translation>Прежде чем отправлять снова, убедитесь, с кем вы общаетесь.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance.</source>
        <translation>Этот аккаунт WhatsApp Business находится на техническом обслуживании.</translation>
    </message>
    <message>
        <source>Deskline will try again in a few minutes.</source>
        <translation>Deskline повторит попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The WhatsApp access token has expired.</source>
        <translation>Срок действия токена доступа WhatsApp истёк.</translation>
    </message>
    <message>
        <source>The WhatsApp access token was revoked because a password changed.</source>
        <translation>Токен доступа WhatsApp отозван из-за смены пароля.</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1.</source>
        <translation>WhatsApp сообщил об ошибке %1.</translation>
    </message>
    <message>
        <source>Deskline does not know this error. Check the message, or ask an administrator.</source>
        <translation>Deskline не знает эту ошибку. Проверьте сообщение или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Retrying shortly</source>
        <extracomment>How an error is handled: Deskline retries it automatically within seconds</extracomment>
        <translation>Скоро повторная попытка</translation>
    </message>
    <message>
        <source>Will retry later</source>
        <extracomment>How an error is handled: Deskline retries later, slowing down</extracomment>
        <translation>Повторная попытка позже</translation>
    </message>
    <message>
        <source>Needs action</source>
        <extracomment>How an error is handled: someone has to fix something before it can be sent</extracomment>
        <translation>Требуются действия</translation>
    </message>
    <message>
        <source>Will not be retried</source>
        <extracomment>How an error is handled: sending the same message again will not help</extracomment>
        <translation>Без повторных попыток</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <extracomment>Delivery status of an outgoing message</extracomment>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Played</source>
        <extracomment>Delivery status of a voice message the customer has listened to</extracomment>
        <translation>Прослушано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>оскорбительный контент</translation>
    </message>
    <message>
        <source>the category is not available</source>
        <translation>категория недоступна</translation>
    </message>
    <message>
        <source>the category does not match the content</source>
        <translation>категория не соответствует содержимому</translation>
    </message>
    <message>
        <source>the format is invalid</source>
        <translation>недопустимый формат</translation>
    </message>
    <message>
        <source>promotional content in a non-marketing template</source>
        <translation>рекламный контент в немаркетинговом шаблоне</translation>
    </message>
    <message>
        <source>suspected scam</source>
        <translation>подозрение на мошенничество</translation>
    </message>
    <message>
        <source>the content does not match the declared purpose</source>
        <translation>содержимое не соответствует заявленной цели</translation>
    </message>
    <message>
        <source>first pause for low quality, 3 hours</source>
        <translation>первая пауза из-за низкого качества, 3 часа</translation>
    </message>
    <message>
        <source>second pause for low quality, 6 hours</source>
        <translation>вторая пауза из-за низкого качества, 6 часов</translation>
    </message>
    <message>
        <source>paused while its sending rate is limited</source>
        <translation>приостановлен, пока скорость его отправки ограничена</translation>
    </message>
    <message>
        <source>Marketing</source>
        <extracomment>Template category</extracomment>
        <translation>Маркетинговый</translation>
    </message>
    <message>
        <source>Utility</source>
        <extracomment>Template category</extracomment>
        <translation>Служебный</translation>
    </message>
    <message>
        <source>Authentication</source>
        <extracomment>Template category</extracomment>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Template status</extracomment>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>In review</source>
        <extracomment>Template status</extracomment>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Template status</extracomment>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Template status</extracomment>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>Template status</extracomment>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>In appeal</source>
        <extracomment>Template status</extracomment>
        <translation>Обжалуется</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <extracomment>Template status</extracomment>
        <translation>Удаляется</translation>
    </message>
    <message>
        <source>Flagged</source>
        <extracomment>Template status</extracomment>
        <translation>Помечен</translation>
    </message>
    <message>
        <source>Over the template limit</source>
        <extracomment>Template status</extracomment>
        <translation>Превышен лимит шаблонов</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>Template status</extracomment>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <extracomment>Template status</extracomment>
        <translation>Извлечён из архива</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Template status</extracomment>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <extracomment>Template status</extracomment>
        <translation>Восстановлен</translation>
    </message>
    <message>
        <source>It is waiting for Meta&apos;s review.</source>
        <translation>Он ожидает проверки Meta.</translation>
    </message>
    <message>
        <source>Meta rejected it. An administrator can edit it and submit it again.</source>
        <translation>Meta отклонила его. Администратор может изменить его и повторно отправить на проверку.</translation>
    </message>
    <message>
        <source>It is paused because customers gave it negative feedback. It resumes by itself after the pause (3 hours the first time, 6 hours the second).</source>
        <translation>Он приостановлен из-за негативных отзывов клиентов. После паузы он возобновится автоматически (3 часа в первый раз, 6 часов во второй).</translation>
    </message>
    <message>
        <source>It was disabled after repeated negative feedback. Use or create another template.</source>
        <translation>Он отключён после повторных негативных отзывов. Используйте или создайте другой шаблон.</translation>
    </message>
    <message>
        <source>Its rejection is being appealed. Wait for Meta&apos;s decision.</source>
        <translation>Его отклонение обжалуется. Дождитесь решения Meta.</translation>
    </message>
    <message>
        <source>It has been deleted.</source>
        <translation>Он удалён.</translation>
    </message>
    <message>
        <source>Meta flagged it for low quality. It can be sent again once it is approved.</source>
        <translation>Meta пометила его из-за низкого качества. Отправлять его снова можно будет после одобрения.</translation>
    </message>
    <message>
        <source>The account has reached its limit on templates, so this one is not active.</source>
        <translation>Аккаунт достиг лимита шаблонов, поэтому этот шаблон неактивен.</translation>
    </message>
    <message>
        <source>It is archived. An administrator can unarchive it in WhatsApp Manager.</source>
        <translation>Он в архиве. Администратор может извлечь его из архива в WhatsApp Manager.</translation>
    </message>
    <message>
        <source>It can be sent once Meta reports it as approved again.</source>
        <translation>Его можно будет отправлять, когда Meta снова сообщит, что он одобрен.</translation>
    </message>
    <message>
        <source>Meta has locked it.</source>
        <translation>Meta заблокировала его.</translation>
    </message>
    <message>
        <source>Its status (%1) is not one Deskline knows, so it is not offered for sending.</source>
        <extracomment>%1 is a template status as Meta sent it</extracomment>
        <translation>Его статус (%1) неизвестен Deskline, поэтому он недоступен для отправки.</translation>
    </message>
    <message>
        <source>%1 Reason: %2.</source>
        <extracomment>%1 is an explanation, %2 the reason Meta gave</extracomment>
        <translation>%1 Причина: %2.</translation>
    </message>
    <message>
        <source>Template “%1” cannot be sent. %2</source>
        <extracomment>%1 is the template name, %2 why it cannot be sent</extracomment>
        <translation>Шаблон «%1» нельзя отправить. %2</translation>
    </message>
    <message>
        <source>Template “%1” mixes numbered and named values or skips a number. An administrator must fix it in WhatsApp Manager.</source>
        <translation>В шаблоне «%1» смешаны нумерованные и именованные значения или пропущен номер. Администратор должен исправить его в WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Fill in %1 in the header.</source>
        <extracomment>%1 is a placeholder such as {{1}} or {{first_name}}</extracomment>
        <translation>Заполните %1 в заголовке.</translation>
    </message>
    <message>
        <source>Fill in %1 in the message text.</source>
        <translation>Заполните %1 в тексте сообщения.</translation>
    </message>
    <message>
        <source>The header has no %1; remove that value.</source>
        <translation>В заголовке нет %1; удалите это значение.</translation>
    </message>
    <message>
        <source>The message text has no %1; remove that value.</source>
        <translation>В тексте сообщения нет %1; удалите это значение.</translation>
    </message>
    <message>
        <source>The value for %1 cannot contain line breaks, tabs or more than four spaces in a row.</source>
        <translation>Значение %1 не может содержать переносы строк, табуляции или более четырёх пробелов подряд.</translation>
    </message>
    <message>
        <source>The header is %1 characters long once filled in; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>Длина заголовка после заполнения — %1 симв.; максимум — %2.</translation>
    </message>
    <message>
        <source>The message text is %1 characters long once filled in; the limit is %2.</source>
        <translation>Длина текста сообщения после заполнения — %1 симв.; максимум — %2.</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is %2.</source>
        <translation>Длина нижнего колонтитула — %1 симв.; максимум — %2.</translation>
    </message>
    <message>
        <source>Attach a video for the header.</source>
        <translation>Прикрепите видео для заголовка.</translation>
    </message>
    <message>
        <source>Attach a document for the header.</source>
        <translation>Прикрепите документ для заголовка.</translation>
    </message>
    <message>
        <source>Attach an image for the header.</source>
        <translation>Прикрепите изображение для заголовка.</translation>
    </message>
    <message>
        <source>This template&apos;s header takes no attachment; remove it.</source>
        <translation>Заголовок этого шаблона не поддерживает вложения; удалите вложение.</translation>
    </message>
    <message>
        <source>Choose a location for the header.</source>
        <translation>Выберите местоположение для заголовка.</translation>
    </message>
    <message>
        <source>Enter the code for button “%1”.</source>
        <extracomment>%1 is a button label</extracomment>
        <translation>Введите код для кнопки «%1».</translation>
    </message>
    <message>
        <source>Enter the end of the web address for button “%1”.</source>
        <translation>Введите окончание веб-адреса для кнопки «%1».</translation>
    </message>
    <message>
        <source>The code for button “%1” is %2 characters long; the limit is %3.</source>
        <extracomment>%1 is a button label, %2 the length, %3 the limit, in characters</extracomment>
        <translation>Длина кода для кнопки «%1» — %2 симв.; максимум — %3.</translation>
    </message>
    <message>
        <source>The web address of button “%1” is %2 characters long; the limit is %3.</source>
        <translation>Длина веб-адреса кнопки «%1» — %2 симв.; максимум — %3.</translation>
    </message>
    <message>
        <source>Button “%1” takes no value; remove it.</source>
        <translation>Кнопка «%1» не принимает значение; удалите его.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Сначала введите сообщение.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>Длина сообщения — %1 симв.; максимум — %2.</translation>
    </message>
    <message>
        <source>authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>аутентификация</translation>
    </message>
    <message>
        <source>international authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>международная аутентификация</translation>
    </message>
    <message>
        <source>marketing</source>
        <extracomment>Pricing category</extracomment>
        <translation>маркетинговый</translation>
    </message>
    <message>
        <source>marketing lite</source>
        <extracomment>Pricing category (Marketing Messages Lite API)</extracomment>
        <translation>маркетинговый Lite</translation>
    </message>
    <message>
        <source>free entry point</source>
        <extracomment>Pricing category: a conversation that started from an ad or Page button</extracomment>
        <translation>бесплатная точка входа</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>Pricing category</extracomment>
        <translation>обслуживание</translation>
    </message>
    <message>
        <source>utility</source>
        <extracomment>Pricing category</extracomment>
        <translation>служебный</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>The customer service window is closed: only an approved template can be sent.</source>
        <translation>Окно обслуживания клиентов закрыто: можно отправить только одобренный шаблон.</translation>
    </message>
    <message>
        <source>Free: the 72-hour free entry point window is open.</source>
        <translation>Бесплатно: открыто 72-часовое окно бесплатной точки входа.</translation>
    </message>
    <message>
        <source>Free: answering a customer who came from an ad or Page button opens a 72-hour window in which every message is free.</source>
        <translation>Бесплатно: ответ клиенту, пришедшему из рекламы или по кнопке на Странице, открывает 72-часовое окно, в котором все сообщения бесплатны.</translation>
    </message>
    <message>
        <source>No new charge: it joins the open %1 conversation.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>Без новой оплаты: сообщение войдёт в уже открытый диалог категории «%1».</translation>
    </message>
    <message>
        <source>Charged: it opens a new 24-hour %1 conversation.</source>
        <translation>Платно: откроется новый 24-часовой диалог категории «%1».</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation within the monthly free allowance.</source>
        <translation>Бесплатно: откроется диалог обслуживания в пределах ежемесячного бесплатного лимита.</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation, and service conversations are free.</source>
        <translation>Бесплатно: откроется диалог обслуживания, а такие диалоги бесплатны.</translation>
    </message>
    <message>
        <source>Free: replies inside the customer service window are not charged.</source>
        <translation>Бесплатно: ответы в окне обслуживания клиентов не оплачиваются.</translation>
    </message>
    <message>
        <source>Free: utility templates inside the customer service window are not charged.</source>
        <translation>Бесплатно: служебные шаблоны в окне обслуживания клиентов не оплачиваются.</translation>
    </message>
    <message>
        <source>Free: within this line&apos;s monthly allowance of free replies.</source>
        <translation>Бесплатно: в пределах ежемесячного лимита бесплатных ответов этой линии.</translation>
    </message>
    <message>
        <source>Charged at the utility rate: replies inside the customer service window are charged from 1 October 2026.</source>
        <translation>Оплачивается по тарифу служебных сообщений: с 1 октября 2026 г. ответы в окне обслуживания клиентов платные.</translation>
    </message>
    <message>
        <source>Charged: utility templates are charged inside the customer service window from 1 October 2026.</source>
        <translation>Платно: с 1 октября 2026 г. служебные шаблоны в окне обслуживания клиентов оплачиваются.</translation>
    </message>
    <message>
        <source>Charged as a %1 message when delivered.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>При доставке оплачивается как сообщение категории «%1».</translation>
    </message>
    <message>
        <source>(This rule is reported but not yet confirmed by Meta.)</source>
        <translation>(Об этом правиле сообщалось, но Meta его пока не подтвердила.)</translation>
    </message>
</context>
<context>
    <name>Deskline::Storage</name>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and none is running. Install and start a keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when no Secret Service (GNOME Keyring, KWallet, …) answers on this computer</extracomment>
        <translation>Deskline хранит данные для входа в системном хранилище ключей, но оно не запущено. Установите и запустите хранилище ключей (например, GNOME Keyring или KWallet), затем войдите снова.</translation>
    </message>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and it has no default keyring yet. Create one in your keyring manager (for example Passwords and Keys), then sign in again.</source>
        <extracomment>Shown when a keyring service runs but has no default keyring (collection) to store into</extracomment>
        <translation>Deskline хранит данные для входа в системном хранилище ключей, но в нём ещё нет связки ключей по умолчанию. Создайте её в менеджере ключей (например, «Пароли и ключи»), затем войдите снова.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. If it is asking for a password in another window, answer it; otherwise restart the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring did not answer within a few seconds</extracomment>
        <translation>Системное хранилище ключей не ответило вовремя. Если оно запрашивает пароль в другом окне, введите его; иначе перезапустите хранилище ключей (например, GNOME Keyring или KWallet), затем войдите снова.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does it), then sign in again.</source>
        <translation>Системное хранилище ключей заблокировано. Разблокируйте его (обычно подходит пароль для входа в систему), затем войдите снова.</translation>
    </message>
    <message>
        <source>No sign-in is saved on this computer for this hub and agent. Sign in again.</source>
        <extracomment>Shown when no token is stored for this hub and agent, e.g. on a first sign-in</extracomment>
        <translation>На этом компьютере нет сохранённого входа для этого хаба и оператора. Войдите снова.</translation>
    </message>
    <message>
        <source>The system keyring did not give back what Deskline stored in it, so it cannot keep your sign-in safely. Check or reset the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring returned something other than what was just stored in it</extracomment>
        <translation>Системное хранилище ключей вернуло не то, что в нём сохранил Deskline, поэтому доверить ему данные для входа нельзя. Проверьте или сбросьте хранилище ключей (например, GNOME Keyring или KWallet), затем войдите снова.</translation>
    </message>
    <message>
        <source>Deskline could not use the system keyring because of an internal error. Please report it.</source>
        <translation>Deskline не смог воспользоваться системным хранилищем ключей из-за внутренней ошибки. Пожалуйста, сообщите о ней.</translation>
    </message>
</context>
<context>
    <name>Deskline::Sync</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Неверное имя или пароль.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached. Check the address and the network, then try again.</source>
        <extracomment>%1 is the hub&apos;s address</extracomment>
        <translation>Хаб по адресу %1 недоступен. Проверьте адрес и сеть, затем повторите попытку.</translation>
    </message>
    <message>
        <source>You are signed in for now, but you will have to sign in again the next time Deskline starts.</source>
        <translation>Сейчас вы вошли, но при следующем запуске Deskline придётся войти снова.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when the console is back online.</source>
        <translation>Хаб недоступен. Повторите попытку, когда консоль снова будет в сети.</translation>
    </message>
    <message>
        <source>%1 took this chat first.</source>
        <translation>Этот чат уже взял оператор %1.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>Ваша роль не позволяет это сделать. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <source>The hub does not know this chat or agent.</source>
        <translation>Хабу неизвестен этот чат или оператор.</translation>
    </message>
    <message>
        <source>The hub refused this (%1).</source>
        <translation>Хаб отклонил это действие (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets</name>
    <message>
        <source>%1 of %2 left this month</source>
        <translation>В этом месяце осталось %1 из %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <comment>free entry point window, time left</comment>
        <translation>бесплатно: %1</translation>
    </message>
    <message>
        <source>Free entry point: every message is free until %1 (72 hours from the first answer to an ad).</source>
        <translation>Бесплатная точка входа: все сообщения бесплатны до %1 (72 часа с первого ответа клиенту, пришедшему из рекламы).</translation>
    </message>
    <message>
        <source>The customer service window is open for %1.</source>
        <translation>Окно обслуживания клиентов открыто ещё %1.</translation>
    </message>
    <message>
        <source>The customer service window is open until %1: free-form replies can be sent.</source>
        <translation>Окно обслуживания клиентов открыто до %1: можно отправлять ответы в свободной форме.</translation>
    </message>
    <message>
        <source>closed %1 ago</source>
        <translation>закрыто %1 назад</translation>
    </message>
    <message>
        <source>The customer service window closed %1 ago. Only approved templates can be sent until the customer writes again.</source>
        <translation>Окно обслуживания клиентов закрылось %1 назад. Пока клиент не напишет снова, можно отправлять только одобренные шаблоны.</translation>
    </message>
    <message>
        <source>templates only</source>
        <translation>только шаблоны</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only approved templates can be sent.</source>
        <translation>Клиент ещё не писал. Можно отправлять только одобренные шаблоны.</translation>
    </message>
    <message>
        <source>Came from an ad: answering within %1 opens a free 72-hour window.</source>
        <translation>Клиент пришёл из рекламы: ответ в течение %1 откроет бесплатное окно на 72 часа.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <source>Double-click to retry</source>
        <translation>Дважды щёлкните, чтобы повторить</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>более раннее сообщение</translation>
    </message>
    <message>
        <source>Not sent: the customer service window closed before it went out. The text is kept; send a template instead.</source>
        <translation>Не отправлено: окно обслуживания клиентов закрылось раньше, чем сообщение ушло. Текст сохранён; вместо него отправьте шаблон.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Неподдерживаемое сообщение</translation>
    </message>
    <message>
        <source>This message (%1) cannot be shown here. It is kept as it arrived.</source>
        <translation>Это сообщение (%1) нельзя показать здесь. Оно сохранено в том виде, в каком пришло.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>неизвестный тип</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>form sent</source>
        <translation>форма отправлена</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>order</comment>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer changed their phone number.</source>
        <translation>Клиент сменил номер телефона.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>The message could not be delivered.</source>
        <translation>Не удалось доставить сообщение.</translation>
    </message>
    <message>
        <source>High (green)</source>
        <translation>Высокий (зелёный)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Средний (жёлтый)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Низкий (красный)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::BalancePanel</name>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>За этот месяц</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Рейтинг качества</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Лимит сообщений</translation>
    </message>
    <message>
        <source>Billable messages</source>
        <translation>Платные сообщения</translation>
    </message>
    <message>
        <source>Service messages (free allowance)</source>
        <translation>Сообщения обслуживания (бесплатный лимит)</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+T)</source>
        <translation>Отправить одобренный шаблон (Ctrl+T)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Attach a photo, video or document</source>
        <translation>Прикрепить фото, видео или документ</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>Не отвечать на это сообщение</translation>
    </message>
    <message>
        <source>Your draft is kept. To write now, send an approved template (Ctrl+T).</source>
        <translation>Черновик сохранён. Чтобы написать сейчас, отправьте одобренный шаблон (Ctrl+T).</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Ответ на: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Фото, видео и документы (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::MainWindow</name>
    <message>
        <source>Not sent: %1 You can retry it.</source>
        <translation>Не отправлено: %1 Можно отправить повторно.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
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
        <translation>Поиск по чатам и сообщениям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Неназначенные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Скоро закроются</translation>
    </message>
    <message>
        <source>Latest activity first</source>
        <translation>Сначала недавно активные</translation>
    </message>
    <message>
        <source>Least time left first</source>
        <translation>Сначала истекающие</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Все линии</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Take this chat (Ctrl+Shift+C)</source>
        <translation>Взять этот чат (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>No chat open. Pick one on the left.</source>
        <translation>Чат не открыт. Выберите чат слева.</translation>
    </message>
    <message>
        <source>Lines and balance</source>
        <translation>Линии и баланс</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>&amp;Следующий чат</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>&amp;Предыдущий чат</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>Отправить &amp;шаблон…</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>Написать о&amp;твет</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Освободить</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>Н&amp;азначить…</translation>
    </message>
    <message>
        <source>Lines and &amp;balance</source>
        <translation>Линии и &amp;баланс</translation>
    </message>
    <message>
        <source>no phone number shared (%1)</source>
        <translation>номер телефона не передан (%1)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>линия: %1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначен вам</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначен: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message numerus="yes">
        <source>sending %n message(s)</source>
        <translation>
            <numerusform>отправка: %n сообщение</numerusform>
            <numerusform>отправка: %n сообщения</numerusform>
            <numerusform>отправка: %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>в очереди: %n сообщение</numerusform>
            <numerusform>в очереди: %n сообщения</numerusform>
            <numerusform>в очереди: %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Качество: %1</translation>
    </message>
    <message>
        <source>Meta&apos;s quality rating of %1, from customers&apos; feedback over the last 7 days.</source>
        <translation>Рейтинг качества линии %1 от Meta по отзывам клиентов за последние 7 дней.</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>Лимит: %1</translation>
    </message>
    <message>
        <source>How many customers this business may start conversations with in 24 hours.</source>
        <translation>Со сколькими клиентами компания может начать диалог за 24 часа.</translation>
    </message>
    <message numerus="yes">
        <source>Free service messages left this month on %1; %n billable message(s) so far.</source>
        <translation>
            <numerusform>Остаток бесплатных сообщений обслуживания на линии %1 в этом месяце; пока %n платное сообщение.</numerusform>
            <numerusform>Остаток бесплатных сообщений обслуживания на линии %1 в этом месяце; пока %n платных сообщения.</numerusform>
            <numerusform>Остаток бесплатных сообщений обслуживания на линии %1 в этом месяце; пока %n платных сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>The message could not be stored for sending: %1</source>
        <translation>Не удалось поставить сообщение в очередь на отправку: %1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>The attachment was not sent: %1</source>
        <translation>Вложение не отправлено: %1</translation>
    </message>
    <message>
        <source>The template could not be stored for sending: %1</source>
        <translation>Не удалось поставить шаблон в очередь на отправку: %1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <source>The file could not be downloaded. Try again in a moment.</source>
        <translation>Не удалось скачать файл. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Assign chat</source>
        <translation>Назначить чат</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>Имя оператора:</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Notifier</name>
    <message>
        <source>The customer service window closes in %1. Reply now, or only templates can be sent afterwards.</source>
        <translation>Окно обслуживания клиентов закроется через %1. Ответьте сейчас, иначе потом можно будет отправлять только шаблоны.</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::TemplatePicker</name>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Отправить шаблон</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Заголовок {{%1}}</translation>
    </message>
    <message>
        <source>Header media</source>
        <translation>Медиафайл заголовка</translation>
    </message>
    <message>
        <source>https://… link or uploaded media id</source>
        <translation>ссылка https://… или ID загруженного медиафайла</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Текст {{%1}}</translation>
    </message>
    <message>
        <source>Button “%1” link ending</source>
        <translation>Окончание ссылки кнопки «%1»</translation>
    </message>
    <message>
        <source>Button “%1” code</source>
        <translation>Код кнопки «%1»</translation>
    </message>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>В этом шаблоне нечего заполнять.</translation>
    </message>
    <message>
        <source>No approved template matches. Templates are approved by Meta; ask a supervisor to submit one.</source>
        <translation>Подходящих одобренных шаблонов нет. Шаблоны одобряет Meta; попросите руководителя отправить шаблон на проверку.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Платно: категория «%1»</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бесплатно</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Windows and notifications</source>
        <translation>Окна и уведомления</translation>
    </message>
    <message>
        <source>Show “closing soon” with less than:</source>
        <translation>Показывать «Скоро закроются», если осталось меньше:</translation>
    </message>
    <message>
        <source>Warn me when my chat&apos;s window closes within:</source>
        <translation>Предупреждать, если окно моего чата закроется в течение:</translation>
    </message>
    <message>
        <source>Notify me of new messages in my chats and unassigned chats</source>
        <translation>Уведомлять о новых сообщениях в моих и неназначенных чатах</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Подключение к хабу</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>Адрес хаба:</translation>
    </message>
    <message>
        <source>Agent name:</source>
        <translation>Имя оператора:</translation>
    </message>
    <message>
        <source>A new hub address or agent name takes effect at the next start. The password is kept in the system keyring, never in a file.</source>
        <translation>Новый адрес хаба или имя оператора вступят в силу при следующем запуске. Пароль хранится в системном хранилище ключей, а не в файле.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation>Отправка шаблона</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Заполните</translation>
    </message>
    <message>
        <source>What the customer will see</source>
        <translation>Что увидит клиент</translation>
    </message>
</context>
</TS>
