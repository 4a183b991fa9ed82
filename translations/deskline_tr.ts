<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Deskline::Core</name>
    <message>
        <source>High (green)</source>
        <extracomment>Quality rating of a phone number or template</extracomment>
        <translation>Yüksek (yeşil)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Orta (sarı)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Düşük (kırmızı)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Henüz derecelendirilmedi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Unrecognised (%1)</source>
        <extracomment>%1 is a quality value this version does not know, shown as Meta sent it</extracomment>
        <translation>Tanınmayan değer (%1)</translation>
    </message>
    <message>
        <source>Unlimited customers / 24 h</source>
        <extracomment>Messaging limit tier</extracomment>
        <translation>Sınırsız müşteri / 24 sa</translation>
    </message>
    <message>
        <source>Limit not set</source>
        <translation>Sınır belirlenmedi</translation>
    </message>
    <message>
        <source>Unrecognised limit (%1)</source>
        <extracomment>%1 is a messaging limit value this version does not know, shown as Meta sent it</extracomment>
        <translation>Tanınmayan sınır (%1)</translation>
    </message>
    <message>
        <source>%1 customers / 24 h</source>
        <extracomment>%1 is a number of customers, e.g. &quot;2,000&quot;</extracomment>
        <translation>%1 müşteri / 24 sa</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Phone number status</extracomment>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Bağlantı kesildi</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Taşındı</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Template status</extracomment>
        <translation>Silindi</translation>
    </message>
    <message>
        <source>Unrecognised status (%1)</source>
        <extracomment>%1 is a phone number status this version does not know, shown as Meta sent it
----------
%1 is a template status this version does not know, shown as Meta sent it</extracomment>
        <translation>Tanınmayan durum (%1)</translation>
    </message>
    <message>
        <source>Deskline could not sign in to WhatsApp.</source>
        <translation>Deskline, WhatsApp&apos;ta oturum açamadı.</translation>
    </message>
    <message>
        <source>Ask an administrator to renew the WhatsApp access token, then send again.</source>
        <translation>Bir yöneticiden WhatsApp erişim belirtecini yenilemesini isteyin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>WhatsApp had an unexpected problem.</source>
        <translation>WhatsApp&apos;ta beklenmeyen bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Deskline will try again shortly. If it keeps happening, check Meta&apos;s status page.</source>
        <translation>Deskline kısa süre içinde yeniden deneyecek. Sorun devam ederse Meta&apos;nın durum sayfasını kontrol edin.</translation>
    </message>
    <message>
        <source>WhatsApp is temporarily unavailable.</source>
        <translation>WhatsApp geçici olarak kullanılamıyor.</translation>
    </message>
    <message>
        <source>Deskline will try again automatically.</source>
        <translation>Deskline otomatik olarak yeniden deneyecek.</translation>
    </message>
    <message>
        <source>This WhatsApp account is not allowed to do this.</source>
        <translation>Bu WhatsApp hesabının bu işlemi yapma izni yok.</translation>
    </message>
    <message>
        <source>Ask an administrator to check the app&apos;s permissions.</source>
        <translation>Bir yöneticiden uygulamanın izinlerini kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>Too many requests to WhatsApp in a short time.</source>
        <translation>Kısa sürede WhatsApp&apos;a çok fazla istek gönderildi.</translation>
    </message>
    <message>
        <source>Deskline will slow down and try again.</source>
        <translation>Deskline hızını düşürüp yeniden deneyecek.</translation>
    </message>
    <message>
        <source>Permission to use this WhatsApp feature is missing.</source>
        <translation>Bu WhatsApp özelliğini kullanma izni yok.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission, then try again.</source>
        <translation>Bir yöneticiden bu izni vermesini isteyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>WhatsApp rejected part of this message as invalid.</source>
        <translation>WhatsApp bu mesajın bir kısmını geçersiz bularak reddetti.</translation>
    </message>
    <message>
        <source>Check the message, its attachment and template values, then send again.</source>
        <translation>Mesajı, ekini ve şablon değerlerini kontrol edin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>The WhatsApp access token is no longer valid.</source>
        <translation>WhatsApp erişim belirteci artık geçerli değil.</translation>
    </message>
    <message>
        <source>WhatsApp has temporarily blocked this account for a policy violation.</source>
        <translation>WhatsApp, politika ihlali nedeniyle bu hesabı geçici olarak engelledi.</translation>
    </message>
    <message>
        <source>Sending is possible again when the block ends. An administrator can see the details in WhatsApp Manager.</source>
        <translation>Engel kalktığında yeniden gönderim yapılabilir. Bir yönetici ayrıntıları WhatsApp Manager&apos;da görebilir.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account has reached its request limit.</source>
        <translation>Bu WhatsApp Business hesabı istek sınırına ulaştı.</translation>
    </message>
    <message>
        <source>Deskline will try again later.</source>
        <translation>Deskline daha sonra yeniden deneyecek.</translation>
    </message>
    <message>
        <source>This line is sending faster than WhatsApp allows.</source>
        <translation>Bu hat, WhatsApp&apos;ın izin verdiğinden daha hızlı gönderim yapıyor.</translation>
    </message>
    <message>
        <source>Deskline will send it again in a moment.</source>
        <translation>Deskline birazdan yeniden gönderecek.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver this marketing message because the customer is part of a Meta experiment.</source>
        <translation>Müşteri bir Meta deneyine dahil olduğu için WhatsApp bu pazarlama mesajını teslim etmedi.</translation>
    </message>
    <message>
        <source>Reach the customer with a utility message or wait for them to write.</source>
        <translation>Müşteriye bir hizmet mesajıyla ulaşın ya da müşterinin yazmasını bekleyin.</translation>
    </message>
    <message>
        <source>This account may not message customers in this country.</source>
        <translation>Bu hesap bu ülkedeki müşterilere mesaj gönderemez.</translation>
    </message>
    <message>
        <source>Ask an administrator to check the account&apos;s restrictions.</source>
        <translation>Bir yöneticiden hesabın kısıtlamalarını kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>Something went wrong at WhatsApp.</source>
        <translation>WhatsApp tarafında bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Deskline will try a few more times. If it keeps failing, report it to an administrator.</source>
        <translation>Deskline birkaç kez daha deneyecek. Başarısız olmaya devam ederse bir yöneticiye bildirin.</translation>
    </message>
    <message>
        <source>WhatsApp denied access.</source>
        <translation>WhatsApp erişimi reddetti.</translation>
    </message>
    <message>
        <source>Something the message needs is missing.</source>
        <translation>Mesaj için gereken bir bilgi eksik.</translation>
    </message>
    <message>
        <source>Fill in every required field, then send again.</source>
        <translation>Tüm zorunlu alanları doldurun, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>A value in this message is not valid.</source>
        <translation>Bu mesajdaki bir değer geçersiz.</translation>
    </message>
    <message>
        <source>Check the message. Reactions work only on messages from the last 30 days.</source>
        <translation>Mesajı kontrol edin. Tepkiler yalnızca son 30 gün içindeki mesajlara verilebilir.</translation>
    </message>
    <message>
        <source>A line cannot send a message to itself.</source>
        <translation>Bir hat kendisine mesaj gönderemez.</translation>
    </message>
    <message>
        <source>Choose a different recipient.</source>
        <translation>Başka bir alıcı seçin.</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer&apos;s app is too old.</source>
        <translation>Mesaj teslim edilemedi: numara WhatsApp kullanmıyor olabilir ya da müşterinin uygulaması çok eski olabilir.</translation>
    </message>
    <message>
        <source>Contact the customer another way.</source>
        <translation>Müşteriyle başka bir yoldan iletişime geçin.</translation>
    </message>
    <message>
        <source>This test line may only message numbers on its allowed list.</source>
        <translation>Bu test hattı yalnızca izin verilenler listesindeki numaralara mesaj gönderebilir.</translation>
    </message>
    <message>
        <source>Add the number to the allowed list in WhatsApp Manager, or use a live line.</source>
        <translation>Numarayı WhatsApp Manager&apos;da izin verilenler listesine ekleyin ya da canlı bir hat kullanın.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is locked.</source>
        <translation>Bu WhatsApp Business hesabı kilitlendi.</translation>
    </message>
    <message>
        <source>Ask an administrator to resolve the lock in WhatsApp Manager.</source>
        <translation>Bir yöneticiden kilidi WhatsApp Manager&apos;da kaldırmasını isteyin.</translation>
    </message>
    <message>
        <source>This line&apos;s display name has not been approved yet.</source>
        <translation>Bu hattın görünen adı henüz onaylanmadı.</translation>
    </message>
    <message>
        <source>Sending starts once Meta approves the display name.</source>
        <translation>Meta görünen adı onayladığında gönderim başlar.</translation>
    </message>
    <message>
        <source>There is a billing problem with this WhatsApp Business account.</source>
        <translation>Bu WhatsApp Business hesabında bir faturalandırma sorunu var.</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the payment method, then send again.</source>
        <translation>Bir yöneticiden ödeme yöntemini düzeltmesini isteyin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>This line is not registered with WhatsApp.</source>
        <translation>Bu hat WhatsApp&apos;a kayıtlı değil.</translation>
    </message>
    <message>
        <source>Ask an administrator to register the phone number.</source>
        <translation>Bir yöneticiden telefon numarasını kaydetmesini isteyin.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so a free-form message cannot be delivered.</source>
        <translation>Müşterinin son mesajının üzerinden 24 saatten fazla geçti; bu nedenle serbest biçimli mesaj teslim edilemez.</translation>
    </message>
    <message>
        <source>Send an approved template instead.</source>
        <translation>Bunun yerine onaylanmış bir şablon gönderin.</translation>
    </message>
    <message>
        <source>WhatsApp is limiting this line because customers blocked or reported its messages.</source>
        <translation>Müşteriler bu hattın mesajlarını engellediği veya şikâyet ettiği için WhatsApp bu hattı sınırlıyor.</translation>
    </message>
    <message>
        <source>Send fewer messages for now and review the templates&apos; quality.</source>
        <translation>Şimdilik daha az mesaj gönderin ve şablonların kalitesini gözden geçirin.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message (the customer&apos;s marketing limit).</source>
        <translation>WhatsApp bu pazarlama mesajını teslim etmemeyi seçti (müşterinin pazarlama mesajı sınırı).</translation>
    </message>
    <message>
        <source>Do not resend it now; try again in a day or more, or wait for the customer to write.</source>
        <translation>Şimdi yeniden göndermeyin; en az bir gün sonra tekrar deneyin ya da müşterinin yazmasını bekleyin.</translation>
    </message>
    <message>
        <source>The customer has asked not to receive marketing messages from this business.</source>
        <translation>Müşteri bu işletmeden pazarlama mesajı almak istemediğini bildirdi.</translation>
    </message>
    <message>
        <source>Do not send marketing templates to this customer.</source>
        <translation>Bu müşteriye pazarlama şablonları göndermeyin.</translation>
    </message>
    <message>
        <source>This message type is not supported.</source>
        <translation>Bu mesaj türü desteklenmiyor.</translation>
    </message>
    <message>
        <source>Send the content in a supported form, such as text or an image.</source>
        <translation>İçeriği metin veya görsel gibi desteklenen bir biçimde gönderin.</translation>
    </message>
    <message>
        <source>The customer&apos;s attachment could not be downloaded.</source>
        <translation>Müşterinin gönderdiği ek indirilemedi.</translation>
    </message>
    <message>
        <source>Ask the customer to send the file again.</source>
        <translation>Müşteriden dosyayı yeniden göndermesini isteyin.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, often because of its file type.</source>
        <translation>Ek yüklenemedi; bunun nedeni genellikle dosya türüdür.</translation>
    </message>
    <message>
        <source>Check the file&apos;s type and size, then attach it again.</source>
        <translation>Dosyanın türünü ve boyutunu kontrol edin, ardından yeniden ekleyin.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time.</source>
        <translation>Kısa sürede bu müşteriye çok fazla mesaj gönderildi.</translation>
    </message>
    <message>
        <source>Deskline will wait and send it again. Other customers are not affected.</source>
        <translation>Deskline bekleyip yeniden gönderecek. Diğer müşteriler bundan etkilenmez.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance, for example during a throughput upgrade.</source>
        <translation>Bu WhatsApp Business hesabı bakımda (örneğin işlem hacmi yükseltmesi sırasında).</translation>
    </message>
    <message>
        <source>Deskline will try again in about a minute.</source>
        <translation>Deskline yaklaşık bir dakika içinde yeniden deneyecek.</translation>
    </message>
    <message>
        <source>This kind of message cannot be sent to a customer known only by a business-scoped user ID.</source>
        <translation>Bu tür bir mesaj, yalnızca işletmeye özgü kullanıcı kimliğiyle bilinen bir müşteriye gönderilemez.</translation>
    </message>
    <message>
        <source>Send it to the customer&apos;s phone number instead.</source>
        <translation>Bunun yerine müşterinin telefon numarasına gönderin.</translation>
    </message>
    <message>
        <source>The template&apos;s values do not match the template.</source>
        <translation>Şablon değerleri şablonla eşleşmiyor.</translation>
    </message>
    <message>
        <source>Fill in exactly the values the template asks for, then send again.</source>
        <translation>Tam olarak şablonun istediği değerleri doldurun, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>This template does not exist in this language, or it is not approved.</source>
        <translation>Bu şablon bu dilde mevcut değil ya da onaylanmamış.</translation>
    </message>
    <message>
        <source>Pick another template or language, or ask an administrator to check the template.</source>
        <translation>Başka bir şablon veya dil seçin ya da bir yöneticiden şablonu kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>The template&apos;s text is too long once the values are filled in.</source>
        <translation>Değerler doldurulduğunda şablon metni çok uzun oluyor.</translation>
    </message>
    <message>
        <source>Shorten the values, then send again.</source>
        <translation>Değerleri kısaltın, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>A template value breaks WhatsApp&apos;s formatting rules.</source>
        <translation>Bir şablon değeri WhatsApp&apos;ın biçimlendirme kurallarını ihlal ediyor.</translation>
    </message>
    <message>
        <source>Remove line breaks, tabs and long runs of spaces from the values.</source>
        <translation>Değerlerden satır sonlarını, sekmeleri ve art arda gelen çok sayıda boşluğu kaldırın.</translation>
    </message>
    <message>
        <source>A template value has the wrong format.</source>
        <translation>Bir şablon değerinin biçimi yanlış.</translation>
    </message>
    <message>
        <source>Check the values against the template, then send again.</source>
        <translation>Değerleri şablonla karşılaştırarak kontrol edin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>This template is paused because of low quality.</source>
        <translation>Bu şablon düşük kalite nedeniyle duraklatıldı.</translation>
    </message>
    <message>
        <source>Use another template, or wait until the pause ends (3 hours the first time, 6 hours the second).</source>
        <translation>Başka bir şablon kullanın ya da duraklatmanın bitmesini bekleyin (ilk seferde 3 saat, ikincide 6 saat).</translation>
    </message>
    <message>
        <source>This template has been disabled because of low quality.</source>
        <translation>Bu şablon düşük kalite nedeniyle devre dışı bırakıldı.</translation>
    </message>
    <message>
        <source>Use another template.</source>
        <translation>Başka bir şablon kullanın.</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is blocked.</source>
        <translation>Bu WhatsApp Flow engellendi.</translation>
    </message>
    <message>
        <source>Ask an administrator to fix the flow.</source>
        <translation>Bir yöneticiden Flow&apos;u düzeltmesini isteyin.</translation>
    </message>
    <message>
        <source>This WhatsApp Flow is being throttled.</source>
        <translation>Bu WhatsApp Flow için hız sınırlaması uygulanıyor.</translation>
    </message>
    <message>
        <source>A previous deregistration of this number did not finish.</source>
        <translation>Bu numaranın önceki kayıt silme işlemi tamamlanmadı.</translation>
    </message>
    <message>
        <source>Ask an administrator to deregister the number again.</source>
        <translation>Bir yöneticiden numaranın kaydını yeniden silmesini isteyin.</translation>
    </message>
    <message>
        <source>The two-step verification PIN is wrong.</source>
        <translation>İki adımlı doğrulama PIN&apos;i yanlış.</translation>
    </message>
    <message>
        <source>Ask an administrator for the correct PIN.</source>
        <translation>Doğru PIN&apos;i bir yöneticiden isteyin.</translation>
    </message>
    <message>
        <source>The phone number has to be verified again.</source>
        <translation>Telefon numarasının yeniden doğrulanması gerekiyor.</translation>
    </message>
    <message>
        <source>Ask an administrator to verify the number.</source>
        <translation>Bir yöneticiden numarayı doğrulamasını isteyin.</translation>
    </message>
    <message>
        <source>Too many wrong PIN attempts.</source>
        <translation>Çok fazla yanlış PIN denemesi yapıldı.</translation>
    </message>
    <message>
        <source>Wait before trying again; the error details say how long.</source>
        <translation>Yeniden denemeden önce bekleyin; ne kadar bekleneceği hata ayrıntılarında belirtilir.</translation>
    </message>
    <message>
        <source>PIN attempts were made too quickly.</source>
        <translation>PIN denemeleri çok hızlı yapıldı.</translation>
    </message>
    <message>
        <source>This number was deleted recently.</source>
        <translation>Bu numara yakın zamanda silindi.</translation>
    </message>
    <message>
        <source>Wait five minutes, then try again.</source>
        <translation>Beş dakika bekleyin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Too many registration attempts for this number.</source>
        <translation>Bu numara için çok fazla kayıt denemesi yapıldı.</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>Yeniden denemeden önce bekleyin.</translation>
    </message>
    <message>
        <source>WhatsApp could not process this message.</source>
        <translation>WhatsApp bu mesajı işleyemedi.</translation>
    </message>
    <message>
        <source>Check the message and its attachments, then send again.</source>
        <translation>Mesajı ve eklerini kontrol edin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp identity has changed since it was last checked.</source>
        <translation>Müşterinin WhatsApp kimliği son kontrolden bu yana değişti.</translation>
    </message>
    <message>
        <source>Confirm who you are talking to before sending again.</source>
        <translation>Yeniden göndermeden önce kiminle yazıştığınızı doğrulayın.</translation>
    </message>
    <message>
        <source>This WhatsApp Business account is in maintenance.</source>
        <translation>Bu WhatsApp Business hesabı bakımda.</translation>
    </message>
    <message>
        <source>Deskline will try again in a few minutes.</source>
        <translation>Deskline birkaç dakika içinde yeniden deneyecek.</translation>
    </message>
    <message>
        <source>The WhatsApp access token has expired.</source>
        <translation>WhatsApp erişim belirtecinin süresi doldu.</translation>
    </message>
    <message>
        <source>The WhatsApp access token was revoked because a password changed.</source>
        <translation>Bir parola değiştirildiği için WhatsApp erişim belirteci iptal edildi.</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1.</source>
        <translation>WhatsApp %1 hatasını bildirdi.</translation>
    </message>
    <message>
        <source>Deskline does not know this error. Check the message, or ask an administrator.</source>
        <translation>Deskline bu hatayı tanımıyor. Mesajı kontrol edin ya da bir yöneticiye danışın.</translation>
    </message>
    <message>
        <source>Retrying shortly</source>
        <extracomment>How an error is handled: Deskline retries it automatically within seconds</extracomment>
        <translation>Kısa süre içinde yeniden denenecek</translation>
    </message>
    <message>
        <source>Will retry later</source>
        <extracomment>How an error is handled: Deskline retries later, slowing down</extracomment>
        <translation>Daha sonra yeniden denenecek</translation>
    </message>
    <message>
        <source>Needs action</source>
        <extracomment>How an error is handled: someone has to fix something before it can be sent</extracomment>
        <translation>İşlem gerekiyor</translation>
    </message>
    <message>
        <source>Will not be retried</source>
        <extracomment>How an error is handled: sending the same message again will not help</extracomment>
        <translation>Yeniden denenmeyecek</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <extracomment>Delivery status of an outgoing message</extracomment>
        <translation>Henüz gönderilmedi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <source>Played</source>
        <extracomment>Delivery status of a voice message the customer has listened to</extracomment>
        <translation>Dinlendi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation>kötüye kullanım içeren içerik</translation>
    </message>
    <message>
        <source>the category is not available</source>
        <translation>kategori kullanılamıyor</translation>
    </message>
    <message>
        <source>the category does not match the content</source>
        <translation>kategori içerikle eşleşmiyor</translation>
    </message>
    <message>
        <source>the format is invalid</source>
        <translation>biçim geçersiz</translation>
    </message>
    <message>
        <source>promotional content in a non-marketing template</source>
        <translation>pazarlama dışı bir şablonda tanıtım içeriği</translation>
    </message>
    <message>
        <source>suspected scam</source>
        <translation>dolandırıcılık şüphesi</translation>
    </message>
    <message>
        <source>the content does not match the declared purpose</source>
        <translation>içerik belirtilen amaçla eşleşmiyor</translation>
    </message>
    <message>
        <source>first pause for low quality, 3 hours</source>
        <translation>düşük kalite nedeniyle ilk duraklatma, 3 saat</translation>
    </message>
    <message>
        <source>second pause for low quality, 6 hours</source>
        <translation>düşük kalite nedeniyle ikinci duraklatma, 6 saat</translation>
    </message>
    <message>
        <source>paused while its sending rate is limited</source>
        <translation>gönderim hızı sınırlandırıldığı süre boyunca duraklatıldı</translation>
    </message>
    <message>
        <source>Marketing</source>
        <extracomment>Template category</extracomment>
        <translation>Pazarlama</translation>
    </message>
    <message>
        <source>Utility</source>
        <extracomment>Template category</extracomment>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Authentication</source>
        <extracomment>Template category</extracomment>
        <translation>Kimlik doğrulama</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Template status</extracomment>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>In review</source>
        <extracomment>Template status</extracomment>
        <translation>İncelemede</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Template status</extracomment>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Template status</extracomment>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>Template status</extracomment>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>In appeal</source>
        <extracomment>Template status</extracomment>
        <translation>İtiraz sürecinde</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <extracomment>Template status</extracomment>
        <translation>Siliniyor</translation>
    </message>
    <message>
        <source>Flagged</source>
        <extracomment>Template status</extracomment>
        <translation>İşaretlendi</translation>
    </message>
    <message>
        <source>Over the template limit</source>
        <extracomment>Template status</extracomment>
        <translation>Şablon sınırı aşıldı</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>Template status</extracomment>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <extracomment>Template status</extracomment>
        <translation>Arşivden çıkarıldı</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Template status</extracomment>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <extracomment>Template status</extracomment>
        <translation>Yeniden etkinleştirildi</translation>
    </message>
    <message>
        <source>It is waiting for Meta&apos;s review.</source>
        <translation>Meta&apos;nın incelemesini bekliyor.</translation>
    </message>
    <message>
        <source>Meta rejected it. An administrator can edit it and submit it again.</source>
        <translation>Meta bu şablonu reddetti. Bir yönetici şablonu düzenleyip yeniden gönderebilir.</translation>
    </message>
    <message>
        <source>It is paused because customers gave it negative feedback. It resumes by itself after the pause (3 hours the first time, 6 hours the second).</source>
        <translation>Müşteriler olumsuz geri bildirim verdiği için duraklatıldı. Duraklatma bitince kendiliğinden yeniden etkinleşir (ilk seferde 3 saat, ikincide 6 saat).</translation>
    </message>
    <message>
        <source>It was disabled after repeated negative feedback. Use or create another template.</source>
        <translation>Tekrarlanan olumsuz geri bildirimler nedeniyle devre dışı bırakıldı. Başka bir şablon kullanın veya oluşturun.</translation>
    </message>
    <message>
        <source>Its rejection is being appealed. Wait for Meta&apos;s decision.</source>
        <translation>Reddedilmesine itiraz edildi. Meta&apos;nın kararını bekleyin.</translation>
    </message>
    <message>
        <source>It has been deleted.</source>
        <translation>Silindi.</translation>
    </message>
    <message>
        <source>Meta flagged it for low quality. It can be sent again once it is approved.</source>
        <translation>Meta bu şablonu düşük kalite nedeniyle işaretledi. Onaylandığında yeniden gönderilebilir.</translation>
    </message>
    <message>
        <source>The account has reached its limit on templates, so this one is not active.</source>
        <translation>Hesap şablon sınırına ulaştığı için bu şablon etkin değil.</translation>
    </message>
    <message>
        <source>It is archived. An administrator can unarchive it in WhatsApp Manager.</source>
        <translation>Arşivlendi. Bir yönetici şablonu WhatsApp Manager&apos;da arşivden çıkarabilir.</translation>
    </message>
    <message>
        <source>It can be sent once Meta reports it as approved again.</source>
        <translation>Meta yeniden onaylandığını bildirdiğinde gönderilebilir.</translation>
    </message>
    <message>
        <source>Meta has locked it.</source>
        <translation>Meta bu şablonu kilitledi.</translation>
    </message>
    <message>
        <source>Its status (%1) is not one Deskline knows, so it is not offered for sending.</source>
        <extracomment>%1 is a template status as Meta sent it</extracomment>
        <translation>Durumu (%1) Deskline tarafından tanınmadığı için gönderim için sunulmuyor.</translation>
    </message>
    <message>
        <source>%1 Reason: %2.</source>
        <extracomment>%1 is an explanation, %2 the reason Meta gave</extracomment>
        <translation>%1 Neden: %2.</translation>
    </message>
    <message>
        <source>Template “%1” cannot be sent. %2</source>
        <extracomment>%1 is the template name, %2 why it cannot be sent</extracomment>
        <translation>“%1” şablonu gönderilemez. %2</translation>
    </message>
    <message>
        <source>Template “%1” mixes numbered and named values or skips a number. An administrator must fix it in WhatsApp Manager.</source>
        <translation>“%1” şablonunda numaralı ve adlandırılmış değerler karışık kullanılıyor ya da bir numara atlanıyor. Bir yöneticinin şablonu WhatsApp Manager&apos;da düzeltmesi gerekir.</translation>
    </message>
    <message>
        <source>Fill in %1 in the header.</source>
        <extracomment>%1 is a placeholder such as {{1}} or {{first_name}}</extracomment>
        <translation>Başlıktaki %1 değerini doldurun.</translation>
    </message>
    <message>
        <source>Fill in %1 in the message text.</source>
        <translation>Mesaj metnindeki %1 değerini doldurun.</translation>
    </message>
    <message>
        <source>The header has no %1; remove that value.</source>
        <translation>Başlıkta %1 yok; bu değeri kaldırın.</translation>
    </message>
    <message>
        <source>The message text has no %1; remove that value.</source>
        <translation>Mesaj metninde %1 yok; bu değeri kaldırın.</translation>
    </message>
    <message>
        <source>The value for %1 cannot contain line breaks, tabs or more than four spaces in a row.</source>
        <translation>%1 için girilen değer satır sonu, sekme veya art arda dörtten fazla boşluk içeremez.</translation>
    </message>
    <message>
        <source>The header is %1 characters long once filled in; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>Doldurulan başlık %1 karakter uzunluğunda; sınır %2 karakter.</translation>
    </message>
    <message>
        <source>The message text is %1 characters long once filled in; the limit is %2.</source>
        <translation>Doldurulan mesaj metni %1 karakter uzunluğunda; sınır %2 karakter.</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is %2.</source>
        <translation>Alt bilgi %1 karakter uzunluğunda; sınır %2 karakter.</translation>
    </message>
    <message>
        <source>Attach a video for the header.</source>
        <translation>Başlık için bir video ekleyin.</translation>
    </message>
    <message>
        <source>Attach a document for the header.</source>
        <translation>Başlık için bir belge ekleyin.</translation>
    </message>
    <message>
        <source>Attach an image for the header.</source>
        <translation>Başlık için bir görsel ekleyin.</translation>
    </message>
    <message>
        <source>This template&apos;s header takes no attachment; remove it.</source>
        <translation>Bu şablonun başlığına ek eklenemez; eki kaldırın.</translation>
    </message>
    <message>
        <source>Choose a location for the header.</source>
        <translation>Başlık için bir konum seçin.</translation>
    </message>
    <message>
        <source>Enter the code for button “%1”.</source>
        <extracomment>%1 is a button label</extracomment>
        <translation>“%1” düğmesi için kodu girin.</translation>
    </message>
    <message>
        <source>Enter the end of the web address for button “%1”.</source>
        <translation>“%1” düğmesi için web adresinin son kısmını girin.</translation>
    </message>
    <message>
        <source>The code for button “%1” is %2 characters long; the limit is %3.</source>
        <extracomment>%1 is a button label, %2 the length, %3 the limit, in characters</extracomment>
        <translation>“%1” düğmesinin kodu %2 karakter uzunluğunda; sınır %3 karakter.</translation>
    </message>
    <message>
        <source>The web address of button “%1” is %2 characters long; the limit is %3.</source>
        <translation>“%1” düğmesinin web adresi %2 karakter uzunluğunda; sınır %3 karakter.</translation>
    </message>
    <message>
        <source>Button “%1” takes no value; remove it.</source>
        <translation>“%1” düğmesi değer almaz; değeri kaldırın.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Önce bir mesaj yazın.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; the limit is %2.</source>
        <extracomment>%1 is the length, %2 the limit, both in characters</extracomment>
        <translation>Mesaj %1 karakter uzunluğunda; sınır %2 karakter.</translation>
    </message>
    <message>
        <source>authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>kimlik doğrulama</translation>
    </message>
    <message>
        <source>international authentication</source>
        <extracomment>Pricing category</extracomment>
        <translation>uluslararası kimlik doğrulama</translation>
    </message>
    <message>
        <source>marketing</source>
        <extracomment>Pricing category</extracomment>
        <translation>pazarlama</translation>
    </message>
    <message>
        <source>marketing lite</source>
        <extracomment>Pricing category (Marketing Messages Lite API)</extracomment>
        <translation>Lite pazarlama</translation>
    </message>
    <message>
        <source>free entry point</source>
        <extracomment>Pricing category: a conversation that started from an ad or Page button</extracomment>
        <translation>ücretsiz giriş noktası</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>Pricing category</extracomment>
        <translation>servis</translation>
    </message>
    <message>
        <source>utility</source>
        <extracomment>Pricing category</extracomment>
        <translation>hizmet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer kategori</translation>
    </message>
    <message>
        <source>The customer service window is closed: only an approved template can be sent.</source>
        <translation>Müşteri hizmetleri penceresi kapalı: yalnızca onaylanmış bir şablon gönderilebilir.</translation>
    </message>
    <message>
        <source>Free: the 72-hour free entry point window is open.</source>
        <translation>Ücretsiz: 72 saatlik ücretsiz giriş noktası penceresi açık.</translation>
    </message>
    <message>
        <source>Free: answering a customer who came from an ad or Page button opens a 72-hour window in which every message is free.</source>
        <translation>Ücretsiz: bir reklamdan veya Sayfa düğmesinden gelen müşteriye yanıt vermek, tüm mesajların ücretsiz olduğu 72 saatlik bir pencere açar.</translation>
    </message>
    <message>
        <source>No new charge: it joins the open %1 conversation.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>Yeni ücret yok: açık olan %1 görüşmesine dahil olur.</translation>
    </message>
    <message>
        <source>Charged: it opens a new 24-hour %1 conversation.</source>
        <translation>Ücretli: yeni bir 24 saatlik %1 görüşmesi başlatır.</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation within the monthly free allowance.</source>
        <translation>Ücretsiz: aylık ücretsiz kota dahilinde bir servis görüşmesi başlatır.</translation>
    </message>
    <message>
        <source>Free: it opens a service conversation, and service conversations are free.</source>
        <translation>Ücretsiz: bir servis görüşmesi başlatır ve servis görüşmeleri ücretsizdir.</translation>
    </message>
    <message>
        <source>Free: replies inside the customer service window are not charged.</source>
        <translation>Ücretsiz: müşteri hizmetleri penceresi içindeki yanıtlar ücretlendirilmez.</translation>
    </message>
    <message>
        <source>Free: utility templates inside the customer service window are not charged.</source>
        <translation>Ücretsiz: müşteri hizmetleri penceresi içindeki hizmet şablonları ücretlendirilmez.</translation>
    </message>
    <message>
        <source>Free: within this line&apos;s monthly allowance of free replies.</source>
        <translation>Ücretsiz: bu hattın aylık ücretsiz yanıt kotası dahilinde.</translation>
    </message>
    <message>
        <source>Charged at the utility rate: replies inside the customer service window are charged from 1 October 2026.</source>
        <translation>Hizmet tarifesinden ücretlendirilir: müşteri hizmetleri penceresi içindeki yanıtlar 1 Ekim 2026&apos;dan itibaren ücretlidir.</translation>
    </message>
    <message>
        <source>Charged: utility templates are charged inside the customer service window from 1 October 2026.</source>
        <translation>Ücretli: 1 Ekim 2026&apos;dan itibaren müşteri hizmetleri penceresi içindeki hizmet şablonları ücretlendirilir.</translation>
    </message>
    <message>
        <source>Charged as a %1 message when delivered.</source>
        <extracomment>%1 is a pricing category such as &quot;marketing&quot;</extracomment>
        <translation>Teslim edildiğinde %1 mesajı olarak ücretlendirilir.</translation>
    </message>
    <message>
        <source>(This rule is reported but not yet confirmed by Meta.)</source>
        <translation>(Bu kural bildirildi ancak henüz Meta tarafından doğrulanmadı.)</translation>
    </message>
</context>
<context>
    <name>Deskline::Storage</name>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and none is running. Install and start a keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when no Secret Service (GNOME Keyring, KWallet, …) answers on this computer</extracomment>
        <translation>Deskline oturum bilgilerinizi sistem anahtarlığında saklar, ancak çalışan bir anahtarlık yok. Bir anahtarlık (örneğin GNOME Keyring veya KWallet) kurup başlatın, ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Deskline keeps your sign-in in the system keyring, and it has no default keyring yet. Create one in your keyring manager (for example Passwords and Keys), then sign in again.</source>
        <extracomment>Shown when a keyring service runs but has no default keyring (collection) to store into</extracomment>
        <translation>Deskline oturum bilgilerinizi sistem anahtarlığında saklar, ancak henüz varsayılan bir anahtarlık yok. Anahtarlık yöneticinizde (örneğin Parolalar ve Anahtarlar) bir tane oluşturun, ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. If it is asking for a password in another window, answer it; otherwise restart the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring did not answer within a few seconds</extracomment>
        <translation>Sistem anahtarlığı zamanında yanıt vermedi. Başka bir pencerede parola soruyorsa yanıtlayın; aksi hâlde anahtarlığı (örneğin GNOME Keyring veya KWallet) yeniden başlatın, ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (your login password usually does it), then sign in again.</source>
        <translation>Sistem anahtarlığı kilitli. Kilidini açın (genellikle giriş parolanız yeterlidir), ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>No sign-in is saved on this computer for this hub and agent. Sign in again.</source>
        <extracomment>Shown when no token is stored for this hub and agent, e.g. on a first sign-in</extracomment>
        <translation>Bu bilgisayarda bu hub ve temsilci için kayıtlı bir oturum yok. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The system keyring did not give back what Deskline stored in it, so it cannot keep your sign-in safely. Check or reset the keyring (for example GNOME Keyring or KWallet), then sign in again.</source>
        <extracomment>Shown when the keyring returned something other than what was just stored in it</extracomment>
        <translation>Sistem anahtarlığı, Deskline&apos;ın içine kaydettiğini geri vermedi; bu yüzden oturum bilgilerinizi güvenle saklayamaz. Anahtarlığı (örneğin GNOME Keyring veya KWallet) denetleyin ya da sıfırlayın, ardından yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Deskline could not use the system keyring because of an internal error. Please report it.</source>
        <translation>Deskline, iç bir hata nedeniyle sistem anahtarlığını kullanamadı. Lütfen bu hatayı bildirin.</translation>
    </message>
</context>
<context>
    <name>Deskline::Sync</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Ad veya parola yanlış.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached. Check the address and the network, then try again.</source>
        <extracomment>%1 is the hub&apos;s address</extracomment>
        <translation>%1 adresindeki merkeze ulaşılamıyor. Adresi ve ağı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>You are signed in for now, but you will have to sign in again the next time Deskline starts.</source>
        <translation>Şimdilik oturum açtınız, ancak Deskline bir sonraki açılışında yeniden oturum açmanız gerekecek.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when the console is back online.</source>
        <translation>Merkeze ulaşılamıyor. Konsol yeniden çevrimiçi olduğunda tekrar deneyin.</translation>
    </message>
    <message>
        <source>%1 took this chat first.</source>
        <translation>Bu sohbeti önce %1 üstlendi.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>Rolünüz buna izin vermiyor. Bir süpervizöre başvurun.</translation>
    </message>
    <message>
        <source>The hub does not know this chat or agent.</source>
        <translation>Merkez bu sohbeti veya temsilciyi tanımıyor.</translation>
    </message>
    <message>
        <source>The hub refused this (%1).</source>
        <translation>Merkez bu işlemi reddetti (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Dosya okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets</name>
    <message>
        <source>%1 of %2 left this month</source>
        <translation>Bu ay kalan: %1 / %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>atanmamış</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n sn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n g</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>time span</comment>
        <translation>
            <numerusform>%n sn</numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <comment>free entry point window, time left</comment>
        <translation>ücretsiz %1</translation>
    </message>
    <message>
        <source>Free entry point: every message is free until %1 (72 hours from the first answer to an ad).</source>
        <translation>Ücretsiz giriş noktası: %1 saatine kadar tüm mesajlar ücretsiz (reklamdan gelen müşteriye verilen ilk yanıttan itibaren 72 saat).</translation>
    </message>
    <message>
        <source>The customer service window is open for %1.</source>
        <translation>Müşteri hizmetleri penceresi %1 daha açık.</translation>
    </message>
    <message>
        <source>The customer service window is open until %1: free-form replies can be sent.</source>
        <translation>Müşteri hizmetleri penceresi %1 saatine kadar açık: serbest biçimli yanıtlar gönderilebilir.</translation>
    </message>
    <message>
        <source>closed %1 ago</source>
        <translation>%1 önce kapandı</translation>
    </message>
    <message>
        <source>The customer service window closed %1 ago. Only approved templates can be sent until the customer writes again.</source>
        <translation>Müşteri hizmetleri penceresi %1 önce kapandı. Müşteri yeniden yazana kadar yalnızca onaylanmış şablonlar gönderilebilir.</translation>
    </message>
    <message>
        <source>templates only</source>
        <translation>yalnızca şablon</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only approved templates can be sent.</source>
        <translation>Müşteri henüz yazmadı. Yalnızca onaylanmış şablonlar gönderilebilir.</translation>
    </message>
    <message>
        <source>Came from an ad: answering within %1 opens a free 72-hour window.</source>
        <translation>Reklamdan geldi: %1 içinde yanıt vermek 72 saatlik ücretsiz bir pencere açar.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Double-click to retry</source>
        <translation>Yeniden denemek için çift tıklayın</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>daha önceki bir mesaj</translation>
    </message>
    <message>
        <source>Not sent: the customer service window closed before it went out. The text is kept; send a template instead.</source>
        <translation>Gönderilmedi: müşteri hizmetleri penceresi mesaj gönderilmeden kapandı. Metin saklandı; bunun yerine bir şablon gönderin.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Çıkartma</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Desteklenmeyen mesaj</translation>
    </message>
    <message>
        <source>This message (%1) cannot be shown here. It is kept as it arrived.</source>
        <translation>Bu mesaj (%1) burada gösterilemiyor. Geldiği hâliyle saklanıyor.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>bilinmeyen tür</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ek</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>Paylaşılan kişi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>form sent</source>
        <translation>form gönderildi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>order</comment>
        <translation>
            <numerusform>%n ürün</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer changed their phone number.</source>
        <translation>Müşteri telefon numarasını değiştirdi.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>The message could not be delivered.</source>
        <translation>Mesaj teslim edilemedi.</translation>
    </message>
    <message>
        <source>High (green)</source>
        <translation>Yüksek (yeşil)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Orta (sarı)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Düşük (kırmızı)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Henüz derecelendirilmedi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::BalancePanel</name>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Kalite derecelendirmesi</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Mesajlaşma sınırı</translation>
    </message>
    <message>
        <source>Billable messages</source>
        <translation>Ücretli mesajlar</translation>
    </message>
    <message>
        <source>Service messages (free allowance)</source>
        <translation>Servis mesajları (ücretsiz kota)</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Bir yanıt yazın… (Ctrl+Enter ile gönderilir)</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Şablon…</translation>
    </message>
    <message>
        <source>Send an approved template (Ctrl+T)</source>
        <translation>Onaylanmış bir şablon gönder (Ctrl+T)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Attach a photo, video or document</source>
        <translation>Fotoğraf, video veya belge ekle</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>Bu mesajı yanıtlamaktan vazgeç</translation>
    </message>
    <message>
        <source>Your draft is kept. To write now, send an approved template (Ctrl+T).</source>
        <translation>Taslağınız saklandı. Şimdi yazmak için onaylanmış bir şablon gönderin (Ctrl+T).</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Yanıtlanan: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Fotoğraflar, videolar ve belgeler (*.jpg *.jpeg *.png *.mp4 *.pdf *.docx *.xlsx *.txt);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::MainWindow</name>
    <message>
        <source>Not sent: %1 You can retry it.</source>
        <translation>Gönderilmedi: %1 Yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
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
        <translation>Sohbetlerde ve mesajlarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Benimkiler</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Yakında kapanacak</translation>
    </message>
    <message>
        <source>Latest activity first</source>
        <translation>Önce son etkinlik</translation>
    </message>
    <message>
        <source>Least time left first</source>
        <translation>Önce en az süresi kalan</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Tüm hatlar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Üstlen</translation>
    </message>
    <message>
        <source>Take this chat (Ctrl+Shift+C)</source>
        <translation>Bu sohbeti üstlen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Bırak</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Ata…</translation>
    </message>
    <message>
        <source>No chat open. Pick one on the left.</source>
        <translation>Açık sohbet yok. Soldan bir sohbet seçin.</translation>
    </message>
    <message>
        <source>Lines and balance</source>
        <translation>Hatlar ve bakiye</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Sohbet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>&amp;Sonraki sohbet</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>&amp;Önceki sohbet</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>Send a &amp;template…</source>
        <translation>&amp;Şablon gönder…</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Yanıt yaz</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Üstlen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>Bı&amp;rak</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Ata…</translation>
    </message>
    <message>
        <source>Lines and &amp;balance</source>
        <translation>Hatlar ve &amp;bakiye</translation>
    </message>
    <message>
        <source>no phone number shared (%1)</source>
        <translation>telefon numarası paylaşılmadı (%1)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>hat: %1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Size atandı</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atanan: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Çevrimiçi</translation>
    </message>
    <message numerus="yes">
        <source>sending %n message(s)</source>
        <translation>
            <numerusform>%n mesaj gönderiliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanıyor…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n mesaj bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Kalite: %1</translation>
    </message>
    <message>
        <source>Meta&apos;s quality rating of %1, from customers&apos; feedback over the last 7 days.</source>
        <translation>%1 için Meta&apos;nın son 7 gündeki müşteri geri bildirimlerine dayanan kalite derecelendirmesi.</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>Sınır: %1</translation>
    </message>
    <message>
        <source>How many customers this business may start conversations with in 24 hours.</source>
        <translation>Bu işletmenin 24 saat içinde kaç müşteriyle görüşme başlatabileceği.</translation>
    </message>
    <message numerus="yes">
        <source>Free service messages left this month on %1; %n billable message(s) so far.</source>
        <translation>
            <numerusform>%1 hattında bu ay kalan ücretsiz servis mesajları; şu ana kadar %n ücretli mesaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gönderilmedi</translation>
    </message>
    <message>
        <source>The message could not be stored for sending: %1</source>
        <translation>Mesaj gönderilmek üzere kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 yükleniyor…</translation>
    </message>
    <message>
        <source>The attachment was not sent: %1</source>
        <translation>Ek gönderilmedi: %1</translation>
    </message>
    <message>
        <source>The template could not be stored for sending: %1</source>
        <translation>Şablon gönderilmek üzere kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>İndiriliyor…</translation>
    </message>
    <message>
        <source>The file could not be downloaded. Try again in a moment.</source>
        <translation>Dosya indirilemedi. Birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıtla</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Metni kopyala</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Eki aç</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Yeniden gönder</translation>
    </message>
    <message>
        <source>Assign chat</source>
        <translation>Sohbeti ata</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>Temsilcinin adı:</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::Notifier</name>
    <message>
        <source>The customer service window closes in %1. Reply now, or only templates can be sent afterwards.</source>
        <translation>Müşteri hizmetleri penceresi %1 içinde kapanacak. Şimdi yanıt verin; aksi hâlde sonrasında yalnızca şablon gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
</context>
<context>
    <name>Deskline::Widgets::TemplatePicker</name>
    <message>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Şablonu gönder</translation>
    </message>
    <message>
        <source>Header {{%1}}</source>
        <translation>Başlık {{%1}}</translation>
    </message>
    <message>
        <source>Header media</source>
        <translation>Başlık medyası</translation>
    </message>
    <message>
        <source>https://… link or uploaded media id</source>
        <translation>https://… bağlantısı veya yüklenen medyanın kimliği</translation>
    </message>
    <message>
        <source>Body {{%1}}</source>
        <translation>Gövde {{%1}}</translation>
    </message>
    <message>
        <source>Button “%1” link ending</source>
        <translation>“%1” düğmesi bağlantı sonu</translation>
    </message>
    <message>
        <source>Button “%1” code</source>
        <translation>“%1” düğmesi kodu</translation>
    </message>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>Bu şablonda doldurulacak bir alan yok.</translation>
    </message>
    <message>
        <source>No approved template matches. Templates are approved by Meta; ask a supervisor to submit one.</source>
        <translation>Eşleşen onaylanmış şablon yok. Şablonları Meta onaylar; bir süpervizörden onaya şablon göndermesini isteyin.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Billable: %1</source>
        <translation>Ücretli: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Windows and notifications</source>
        <translation>Pencereler ve bildirimler</translation>
    </message>
    <message>
        <source>Show “closing soon” with less than:</source>
        <translation>Kalan süre şundan azsa “Yakında kapanacak” göster:</translation>
    </message>
    <message>
        <source>Warn me when my chat&apos;s window closes within:</source>
        <translation>Sohbetimin penceresi şu süre içinde kapanacaksa uyar:</translation>
    </message>
    <message>
        <source>Notify me of new messages in my chats and unassigned chats</source>
        <translation>Sohbetlerimdeki ve atanmamış sohbetlerdeki yeni mesajları bildir</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Merkez bağlantısı</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>Merkez adresi:</translation>
    </message>
    <message>
        <source>Agent name:</source>
        <translation>Temsilci adı:</translation>
    </message>
    <message>
        <source>A new hub address or agent name takes effect at the next start. The password is kept in the system keyring, never in a file.</source>
        <translation>Yeni merkez adresi veya temsilci adı bir sonraki açılışta geçerli olur. Parola hiçbir zaman bir dosyada değil, sistem anahtarlığında saklanır.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Send a template</source>
        <translation>Şablon gönder</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Şablonlarda ara</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Doldurun</translation>
    </message>
    <message>
        <source>What the customer will see</source>
        <translation>Müşterinin göreceği</translation>
    </message>
</context>
</TS>
