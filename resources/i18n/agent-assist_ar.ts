<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="45"/>
        <source>installed build</source>
        <translation>نسخة مثبّتة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="47"/>
        <source>from source</source>
        <translation>من الشيفرة المصدرية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="48"/>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="50"/>
        <source>{name} License</source>
        <translation>رخصة {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="52"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="53"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="55"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="56"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="57"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="58"/>
        <source>License</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="68"/>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="78"/>
        <source>One inbox for your shop&apos;s email and chats, so no customer waits unanswered.</source>
        <translation>صندوق وارد واحد لبريد متجرك ودردشاته، حتى لا يبقى أي عميل بلا رد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="98"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="103"/>
        <source>Open profile folder</source>
        <translation>فتح مجلد الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="138"/>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="146"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="54"/>
        <source>Email</source>
        <extracomment>(button label, opens that channel&apos;s &quot;add&quot; dialog with this dialog as parent)</extracomment>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="54"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="55"/>
        <source>Matrix</source>
        <translation>ماتريكس</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="60"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="84"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="91"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="91"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="100"/>
        <source>Add email account…</source>
        <translation>إضافة حساب بريد إلكتروني…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="101"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="102"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="103"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="150"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="151"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="151"/>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="153"/>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="183"/>
        <source>No account yet: add your shop&apos;s mailbox to bring its mail into the inbox.</source>
        <translation>لا يوجد حساب بعد: أضف صندوق بريد متجرك لتصل رسائله إلى صندوق الوارد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="186"/>
        <source>{error} Fix it with Edit…, then press Test connection.</source>
        <translation>{error} أصلِحه عبر «تعديل…» ثم اضغط «اختبار الاتصال».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="189"/>
        <source>{name} was last synced {when}.</source>
        <translation>آخر مزامنة لـ {name}: {when}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="192"/>
        <source>{name} has not been synced yet.</source>
        <translation>لم تتم مزامنة {name} بعد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="220"/>
        <source>Connecting {name}…</source>
        <translation>جارٍ الاتصال بـ {name}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="226"/>
        <source>{name} connected and logged in. Sent folder: {sent}. The server offers: {caps}.</source>
        <translation>تم اتصال {name} وتسجيل الدخول. مجلد المرسَل: {sent}. يوفّر الخادم: {caps}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="228"/>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="238"/>
        <source>Remove the account {name}? Its conversations and messages stay in the inbox; nothing is deleted on the server.</source>
        <translation>هل تريد إزالة الحساب {name}؟ تبقى محادثاته ورسائله في صندوق الوارد، ولا يُحذف شيء من الخادم.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="240"/>
        <source>Remove account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="249"/>
        <source>Removing {name}…</source>
        <translation>جارٍ إزالة {name}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="254"/>
        <source>Removed {name}; its conversations stay in the inbox.</source>
        <translation>تمت إزالة {name}؛ وتبقى محادثاته في صندوق الوارد.</translation>
    </message>
</context>
<context>
    <name>Agents</name>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="45"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>On duty</source>
        <translation>مناوب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="56"/>
        <source>Only an owner can add, change or deactivate agents; you can change your own PIN and signatures.</source>
        <translation>لا يستطيع إضافة الموظفين أو تعديلهم أو تعطيلهم إلا المالك؛ ويمكنك تغيير رمز PIN الخاص بك وتواقيعك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="77"/>
        <source>Selected agent</source>
        <translation>الموظف المحدد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="81"/>
        <source>New PIN or password (empty: none)</source>
        <translation>رمز PIN أو كلمة مرور جديدة (فارغ: بلا رمز)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="82"/>
        <source>Set PIN</source>
        <translation>تعيين رمز PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="85"/>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="86"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="103"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="109"/>
        <source>Save signature</source>
        <translation>حفظ التوقيع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="111"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="112"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="119"/>
        <source>Add an agent</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="123"/>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="166"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="124"/>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="166"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="127"/>
        <source>PIN or password (optional)</source>
        <translation>رمز PIN أو كلمة مرور (اختياري)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="128"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="137"/>
        <source>Team settings</source>
        <translation>إعدادات الفريق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="141"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="142"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="144"/>
        <source>Give new conversations to the agents on duty in turn</source>
        <translation>توزيع المحادثات الجديدة بالتناوب على الموظفين المناوبين</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="146"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="148"/>
        <source>Lock after being idle for</source>
        <translation>القفل بعد خمول لمدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="164"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="164"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="204"/>
        <source>Make agent</source>
        <translation>جعله موظفًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="204"/>
        <source>Make owner</source>
        <translation>جعله مالكًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="205"/>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="205"/>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="236"/>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="242"/>
        <source>Agent added.</source>
        <translation>تمت إضافة الموظف.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="252"/>
        <source>PIN changed.</source>
        <translation>تم تغيير رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="252"/>
        <source>PIN removed.</source>
        <translation>تمت إزالة رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="261"/>
        <source>Renamed.</source>
        <translation>تمت إعادة التسمية.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="270"/>
        <source>Role changed.</source>
        <translation>تم تغيير الدور.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="277"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="286"/>
        <source>Signature saved.</source>
        <translation>تم حفظ التوقيع.</translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="24"/>
        <source>A&amp;ssign</source>
        <translation>إ&amp;سناد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="28"/>
        <source>Assign to me</source>
        <translation>إسنادها إليّ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="33"/>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="88"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="47"/>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="90"/>
        <source>Assigned to me</source>
        <translation>مُسندة إليّ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="92"/>
        <source>Assigned to {name}</source>
        <translation>مُسندة إلى {name}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="129"/>
        <source>The file {name} is missing from the profile folder; it can be recovered from the original message.</source>
        <extracomment>Files that run code when &quot;opened&quot; on Windows, macOS or Linux desktops. One sentence for the status bar (saved, refused, or why it failed).</extracomment>
        <translation>الملف {name} غير موجود في مجلد الملف الشخصي؛ ويمكن استعادته من الرسالة الأصلية.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="137"/>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="148"/>
        <source>Could not save {name}: {reason}.</source>
        <translation>تعذّر حفظ {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="152"/>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="162"/>
        <source>{name} is a program or script: Agent Assist never opens those, because they could harm this computer. Save it only if you trust the sender and know why they sent it.</source>
        <translation>{name} برنامج أو نص برمجي: لا يفتح Agent Assist هذه الملفات أبدًا لأنها قد تضر بهذا الحاسوب. لا تحفظه إلا إذا كنت تثق بالمرسل وتعرف سبب إرساله.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="165"/>
        <source>Not opened</source>
        <translation>لم يُفتح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="168"/>
        <source>Open {name} with its usual application? Only open attachments from senders you trust.</source>
        <translation>هل تريد فتح {name} بالتطبيق المعتاد له؟ لا تفتح إلا مرفقات المرسلين الذين تثق بهم.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="170"/>
        <source>Open attachment</source>
        <translation>فتح المرفق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="178"/>
        <source>Could not open {name}: {reason}.</source>
        <translation>تعذّر فتح {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="182"/>
        <source>No application on this computer opens {name}; save it instead.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح {name}؛ احفظه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="211"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="212"/>
        <source>Click to save; the arrow offers Open.</source>
        <translation>انقر للحفظ؛ ويتيح السهم خيار الفتح.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="215"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="217"/>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="49"/>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="52"/>
        <source>Replied</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="54"/>
        <source>Added an internal note</source>
        <translation>أضاف ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="56"/>
        <source>Set status to {status}</source>
        <translation>غيّر الحالة إلى «{status}»</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="58"/>
        <source>Assigned to {name}</source>
        <translation>مُسندة إلى {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="59"/>
        <source> (round-robin)</source>
        <translation> (بالتناوب)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="61"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="63"/>
        <source>Added an agent</source>
        <translation>أضاف موظفًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="63"/>
        <source>Deactivated an agent</source>
        <translation>عطّل موظفًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="64"/>
        <source>Reactivated an agent</source>
        <translation>أعاد تفعيل موظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="64"/>
        <source>Changed a role</source>
        <translation>غيّر دورًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="65"/>
        <source>Changed a PIN or password</source>
        <translation>غيّر رمز PIN أو كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="66"/>
        <source>Changed a signature</source>
        <translation>غيّر توقيعًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="66"/>
        <source>Renamed an agent</source>
        <translation>أعاد تسمية موظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="67"/>
        <source>Changed duty</source>
        <translation>غيّر المناوبة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="68"/>
        <source>Signed in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="68"/>
        <source>Switched in</source>
        <translation>تولّى العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="69"/>
        <source>Unlocked</source>
        <translation>ألغى القفل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="69"/>
        <source>Locked the window</source>
        <translation>قفل النافذة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="70"/>
        <source>Signed out</source>
        <translation>سجّل الخروج</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="70"/>
        <source>Wrong PIN or password</source>
        <translation>رمز PIN أو كلمة مرور خاطئة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="71"/>
        <source>Changed round-robin</source>
        <translation>غيّر التوزيع بالتناوب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="72"/>
        <source>Changed the idle lock</source>
        <translation>غيّر القفل التلقائي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="166"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>Conversation / item</source>
        <translation>المحادثة / العنصر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="104"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="121"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="147"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="164"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="168"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="170"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/audit_view.py" line="195"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%Ln إدخال</numerusform>
            <numerusform>إدخال واحد</numerusform>
            <numerusform>إدخالان</numerusform>
            <numerusform>%Ln إدخالات</numerusform>
            <numerusform>%Ln إدخالًا</numerusform>
            <numerusform>%Ln إدخال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="205"/>
        <source>Audit log</source>
        <translation>سجل النشاط</translation>
    </message>
</context>
<context>
    <name>BusinessHoursEditor</name>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="50"/>
        <source>On {day}, &apos;{chunk}&apos; needs a start and an end, like 09:00–12:30.</source>
        <translation>في يوم {day}، تحتاج «{chunk}» إلى بداية ونهاية، مثل 09:00–12:30.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="74"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="79"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="80"/>
        <source>Opening periods, e.g. 09:00–12:30, 14:00–18:00. Leave empty when closed.</source>
        <translation>فترات العمل، مثل 09:00–12:30، 14:00–18:00. اتركها فارغة في أيام الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="88"/>
        <source>Add holiday</source>
        <translation>إضافة عطلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="89"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="90"/>
        <source>Add French public holidays</source>
        <translation>إضافة العطل الرسمية الفرنسية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="101"/>
        <source>Holidays (closed all day)</source>
        <translation>العطل (مغلق طوال اليوم)</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="22"/>
        <source>Client window: another Agent Assist window (process {pid}) syncs and sends replies.</source>
        <translation>نافذة عميل: نافذة أخرى من Agent Assist (العملية {pid}) هي التي تزامن وترسل الردود.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="26"/>
        <source>Replies written here are queued and sent by the window that holds the sync engine; close that one and the next window to start takes over.</source>
        <translation>تُوضع الردود المكتوبة هنا في قائمة الانتظار وترسلها النافذة التي تتولى المزامنة؛ وإذا أُغلقت تتولى المهمة أول نافذة تُفتح بعدها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="30"/>
        <source>{title} — client window</source>
        <translation>{title} — نافذة عميل</translation>
    </message>
</context>
<context>
    <name>Collision</name>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="108"/>
        <source>You are also writing here in another window.</source>
        <translation>أنت تكتب هنا أيضًا في نافذة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="110"/>
        <source>{name} is replying…</source>
        <translation>{name} يكتب ردًا…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="111"/>
        <source>{names} are replying…</source>
        <translation>{names} يكتبون ردودًا…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="164"/>
        <source>Customer ({name}) at {when}</source>
        <translation>العميل ({name}) في {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="167"/>
        <source>Note by {name} at {when}</source>
        <translation>ملاحظة من {name} في {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="167"/>
        <source>a colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="169"/>
        <source>Reply by {name} at {when}</source>
        <translation>رد من {name} في {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="169"/>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="181"/>
        <source>New activity in this conversation</source>
        <translation>نشاط جديد في هذه المحادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="182"/>
        <source>Since you started writing:</source>
        <translation>منذ أن بدأت الكتابة:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="183"/>
        <source>Someone else has already replied since you started writing:</source>
        <translation>ردّ شخص آخر بالفعل منذ أن بدأت الكتابة:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="192"/>
        <source>Add the note anyway</source>
        <translation>إضافة الملاحظة على أي حال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="192"/>
        <source>Send anyway</source>
        <translation>الإرسال على أي حال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="194"/>
        <source>Go back to my draft</source>
        <translation>العودة إلى مسودتي</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="53"/>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="54"/>
        <source>Visible to your team only; never sent</source>
        <translation>لا يراها إلا فريقك؛ ولا تُرسل أبدًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="57"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="132"/>
        <source>Add note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="132"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="135"/>
        <source>Select a conversation to reply.</source>
        <translation>اختر محادثة للرد عليها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="138"/>
        <source>Write a note for your team…</source>
        <translation>اكتب ملاحظة لفريقك…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="139"/>
        <source>Only your team sees notes.</source>
        <translation>لا يرى الملاحظات إلا فريقك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="141"/>
        <source>Write a reply…  (Ctrl+Enter to send)</source>
        <translation>اكتب ردًا…  (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="142"/>
        <source>the customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="143"/>
        <source>Reply to {who} by {channel}</source>
        <translation>الرد على {who} عبر {channel}</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="17"/>
        <source>same email address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="18"/>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="19"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="25"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="26"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="27"/>
        <source>Matrix</source>
        <translation>ماتريكس</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="28"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="29"/>
        <source>Demo chat</source>
        <translation>دردشة تجريبية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="31"/>
        <source>{kind}: {value}</source>
        <translation>{kind}: {value}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="40"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="59"/>
        <source>No conversation selected</source>
        <translation>لم تُحدَّد أي محادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="64"/>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="65"/>
        <source>Unknown customer</source>
        <translation>عميل غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="69"/>
        <source>Snoozed until {when}</source>
        <translation>مؤجلة حتى {when}</translation>
    </message>
</context>
<context>
    <name>EmailAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="76"/>
        <source>Edit email account</source>
        <extracomment>Usual ports per encryption mode, offered when the user switches mode.</extracomment>
        <translation>تعديل حساب البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="76"/>
        <source>Add an email account</source>
        <translation>إضافة حساب بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="77"/>
        <source>Shop mail</source>
        <translation>بريد المتجر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="79"/>
        <source>usually the email address</source>
        <translation>عادةً عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="80"/>
        <source>unchanged</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="86"/>
        <source>Also watch the Sent folder, so replies sent from a phone or webmail count as answers</source>
        <translation>مراقبة مجلد المرسَل أيضًا، حتى تُحتسب الردود المرسلة من الهاتف أو بريد الويب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="93"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="99"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="99"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="123"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="123"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="124"/>
        <source>None (unencrypted)</source>
        <translation>بلا تشفير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="137"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="138"/>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="139"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="140"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="144"/>
        <source>Incoming mail (IMAP)</source>
        <translation>البريد الوارد (IMAP)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="145"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>البريد الصادر (SMTP)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="149"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="152"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="154"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="157"/>
        <source>Folders to watch</source>
        <translation>المجلدات المراقَبة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="159"/>
        <source>Separate folder names with commas. Nothing is ever marked read, moved or deleted on the server.</source>
        <translation>افصل بين أسماء المجلدات بفواصل. لا يُعلَّم أي شيء كمقروء ولا يُنقل ولا يُحذف على الخادم أبدًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="173"/>
        <source>To change this, remove the account and add it again.</source>
        <translation>لتغيير هذا، أزِل الحساب ثم أضفه من جديد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="193"/>
        <source>Please give the account a name.</source>
        <translation>يُرجى إعطاء الحساب اسمًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="194"/>
        <source>Please enter the email address customers write to.</source>
        <translation>يُرجى إدخال عنوان البريد الإلكتروني الذي يراسله العملاء.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="196"/>
        <source>Please enter the incoming (IMAP) server, for example imap.example.com.</source>
        <translation>يُرجى إدخال خادم البريد الوارد (IMAP)، مثل imap.example.com.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="198"/>
        <source>Please enter the outgoing (SMTP) server, for example smtp.example.com.</source>
        <translation>يُرجى إدخال خادم البريد الصادر (SMTP)، مثل smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="229"/>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="252"/>
        <source>Please enter the password.</source>
        <translation>يُرجى إدخال كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="236"/>
        <source>Connecting to {host}…</source>
        <translation>جارٍ الاتصال بـ {host}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="240"/>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="241"/>
        <source>Connected and logged in. Folders: {folders}. Sent folder: {sent}. The server offers: {caps}.</source>
        <translation>تم الاتصال وتسجيل الدخول. المجلدات: {folders}. مجلد المرسَل: {sent}. يوفّر الخادم: {caps}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="266"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="271"/>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="29"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="50"/>
        <source>Add Telegram bot…</source>
        <translation>إضافة بوت تيليغرام…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="51"/>
        <source>Add Matrix account…</source>
        <translation>إضافة حساب ماتريكس…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="54"/>
        <source>Accounts…</source>
        <translation>الحسابات…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="55"/>
        <source>Possible duplicate contacts…</source>
        <translation>جهات اتصال قد تكون مكرّرة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="56"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="30"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="31"/>
        <source>Response times and business hours…</source>
        <translation>مُهَل الرد وساعات العمل…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/__init__.py" line="50"/>
        <location filename="../../agent_assist/ui/features/channels.py" line="54"/>
        <location filename="../../agent_assist/ui/features/guidance.py" line="49"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="33"/>
        <source>&amp;Settings</source>
        <translation>ا&amp;لإعدادات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="38"/>
        <source>Acknowledging new messages</source>
        <translation>إرسال إشعارات الاستلام للرسائل الجديدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="41"/>
        <source>Bringing back follow-ups</source>
        <translation>إعادة المتابعات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="77"/>
        <source>Fetching missed messages</source>
        <translation>جلب الرسائل الفائتة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="81"/>
        <source>Open Settings to fix this account.</source>
        <translation>افتح الإعدادات لإصلاح هذا الحساب.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="45"/>
        <source>Fill in the highlighted fields first: {fields}.</source>
        <translation>يُرجى ملء الحقول المميَّزة أولًا: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="50"/>
        <source>Reply templates…</source>
        <translation>قوالب الردود…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="52"/>
        <source>Playbooks and detection rules…</source>
        <translation>أدلة التعامل وقواعد الاكتشاف…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="70"/>
        <source>Working</source>
        <translation>تنفيذ العملية</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="278"/>
        <source>d MMM</source>
        <extracomment>Each language in itself: a language menu must be readable by whoever needs it. When the system speaks another language: Modern Standard Arabic with Western digits (ar_001, as order numbers and prices are written), French of France, US English.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="281"/>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="288"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="290"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="292"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="293"/>
        <source>%n d</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="300"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="302"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="304"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n day ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ يوم</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ يوم</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n day</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>GuidanceCards</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="51"/>
        <source>waiting for us</source>
        <translation>بانتظار ردنا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="51"/>
        <source>answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="52"/>
        <source>waiting on the customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="52"/>
        <source>snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="53"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Email</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Matrix</source>
        <translation>ماتريكس</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="59"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="59"/>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="69"/>
        <source>topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="69"/>
        <source>tone</source>
        <translation>نبرة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="70"/>
        <source>signal</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="70"/>
        <source>words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="71"/>
        <source>pattern</source>
        <translation>نمط</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="71"/>
        <source>recommended by the playbook</source>
        <translation>يوصي به دليل التعامل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="72"/>
        <source>close to the customer&apos;s words</source>
        <translation>قريب من كلمات العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="72"/>
        <source>shop closed now</source>
        <translation>المتجر مغلق الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="73"/>
        <source>no order number yet</source>
        <translation>لا يوجد رقم طلب بعد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="73"/>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="75"/>
        <source>long wait</source>
        <translation>انتظار طويل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="74"/>
        <source>customer wrote again</source>
        <translation>كتب العميل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="74"/>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="75"/>
        <source>channel</source>
        <translation>قناة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="123"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="124"/>
        <source>Unknown customer</source>
        <translation>عميل غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="126"/>
        <source>Wrote to us again within 7 days: read the history first.</source>
        <translation>راسلنا مجددًا خلال 7 أيام: اقرأ السجل أولًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="131"/>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="171"/>
        <source>Language: {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="132"/>
        <source>Conversations: {n}</source>
        <translation>المحادثات: {n}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="134"/>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="137"/>
        <source>Notes: {notes}</source>
        <translation>ملاحظات: {notes}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="139"/>
        <source>Team note: {note}</source>
        <translation>ملاحظة الفريق: {note}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="154"/>
        <source>Because the customer wrote {words}</source>
        <translation>لأن العميل كتب {words}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="157"/>
        <source>{label}, because of {words}</source>
        <translation>{label}، بسبب {words}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="163"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="166"/>
        <source>Waiting for {wait}</source>
        <translation>ينتظر منذ {wait}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="168"/>
        <source>Not waiting for us</source>
        <translation>لا ينتظر ردًا منا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="170"/>
        <source>SLA: see the waiting clock in the list</source>
        <translation>مهلة الرد: راجع مدة الانتظار في القائمة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="173"/>
        <source>The shop is closed now.</source>
        <translation>المتجر مغلق الآن.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="175"/>
        <source>Order: {number}</source>
        <translation>الطلب: {number}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="176"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="177"/>
        <source>No particular topic detected</source>
        <translation>لم يُكتشف موضوع بعينه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="179"/>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="180"/>
        <source>Neutral</source>
        <translation>محايدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="191"/>
        <source>Playbook</source>
        <translation>دليل التعامل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="194"/>
        <source>No playbook for this situation.</source>
        <translation>لا يوجد دليل تعامل لهذا الوضع.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="201"/>
        <source>Why: {reasons}</source>
        <translation>السبب: {reasons}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="204"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="221"/>
        <source>Say</source>
        <translation>قل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="225"/>
        <source>Avoid</source>
        <translation>تجنّب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="242"/>
        <source>Suggested replies</source>
        <translation>ردود مقترحة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="253"/>
        <source>General-purpose template</source>
        <translation>قالب عام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="254"/>
        <source>Insert the template {name}</source>
        <translation>إدراج القالب {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="259"/>
        <source>How we answered similar messages</source>
        <translation>كيف رددنا على رسائل مشابهة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="261"/>
        <source>No similar conversation yet.</source>
        <translation>لا توجد محادثة مشابهة بعد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="267"/>
        <source>They wrote: {text}</source>
        <translation>كتب العميل: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="275"/>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="276"/>
        <source>Insert this past reply</source>
        <translation>إدراج هذا الرد السابق</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="120"/>
        <source>Open a conversation to see what to do.</source>
        <translation>افتح محادثة لترى ما يجب فعله.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="125"/>
        <source>Reading the conversation…</source>
        <translation>جارٍ قراءة المحادثة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="156"/>
        <source>Guidance is unavailable: {reason}</source>
        <translation>الإرشادات غير متاحة: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="157"/>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="60"/>
        <source>Reach at</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="61"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="62"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="63"/>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="66"/>
        <source>CUSTOMER</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="79"/>
        <source>No conversation selected</source>
        <translation>لم تُحدَّد أي محادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="84"/>
        <source>Unknown customer</source>
        <translation>عميل غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="92"/>
        <source>Not waiting</source>
        <translation>لا ينتظر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="99"/>
        <source>{n} in total</source>
        <translation>{n} إجمالًا</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../agent_assist/ui/inbox/pane.py" line="147"/>
        <source>{n} results for “{text}” — Esc to go back</source>
        <translation>نتائج البحث عن «{text}»: {n} — اضغط Esc للرجوع</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="23"/>
        <source>Email</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="24"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="25"/>
        <source>Matrix</source>
        <translation>ماتريكس</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="26"/>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="34"/>
        <source>Needs reply</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="34"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="36"/>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="37"/>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="38"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="45"/>
        <source>Queued — sending shortly</source>
        <translation>في قائمة الانتظار — سيُرسل قريبًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="47"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="49"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="52"/>
        <source>Not sent: {reason}</source>
        <translation>لم يُرسل: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="51"/>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="53"/>
        <source>Delivery uncertain — check the customer received it before sending again. {reason}</source>
        <translation>التسليم غير مؤكد — تحقّق من أن العميل استلمه قبل إرساله مرة أخرى. {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="62"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="64"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="66"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
            <numerusform>%Ln س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="67"/>
        <source>%n d</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="42"/>
        <location filename="../../agent_assist/ui/settings/language.py" line="104"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="45"/>
        <source>Choose the language of Agent Assist. Customers&apos; messages and your replies stay in their own language.</source>
        <translation>اختر لغة Agent Assist. تبقى رسائل العملاء وردودك بلغتها الأصلية.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="53"/>
        <source>Same as the system ({language})</source>
        <translation>مثل النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="89"/>
        <source>This is the language in use now.</source>
        <translation>هذه هي اللغة المستخدمة الآن.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="91"/>
        <source>The new language applies the next time you start Agent Assist.</source>
        <translation>ستُطبَّق اللغة الجديدة عند تشغيل Agent Assist في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="105"/>
        <source>The language could not be saved: {reason}</source>
        <translation>تعذّر حفظ اللغة: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="112"/>
        <source>Language…</source>
        <translation>اللغة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="114"/>
        <source>Choose the language of the interface</source>
        <translation>اختيار لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="22"/>
        <source>Template language</source>
        <translation>لغة القالب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="37"/>
        <source>Use the {language} text</source>
        <translation>استخدام النص باللغة {language}</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="85"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="86"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="87"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="52"/>
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="59"/>
        <source>PIN or password</source>
        <translation>رمز PIN أو كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="63"/>
        <source>Start working</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="80"/>
        <source>{name} · PIN</source>
        <translation>{name} · رمز PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="158"/>
        <source>Agent Assist — who is working?</source>
        <translation>Agent Assist — من يعمل الآن؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="22"/>
        <source>Search all messages  ( / )</source>
        <translation>البحث في كل الرسائل  ( / )</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="30"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="39"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="42"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="49"/>
        <source>&amp;Conversation</source>
        <translation>م&amp;حادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="41"/>
        <source>Agent Assist</source>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="117"/>
        <source>Checking unsent messages</source>
        <translation>التحقق من الرسائل غير المرسلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="125"/>
        <source>Waking snoozed</source>
        <translation>إعادة المحادثات المؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="128"/>
        <source>Sending queued replies</source>
        <translation>إرسال الردود المنتظرة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="166"/>
        <source>Refreshing the inbox</source>
        <translation>تحديث صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="190"/>
        <source>That conversation no longer exists.</source>
        <translation>لم تعد هذه المحادثة موجودة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="213"/>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="240"/>
        <source>Note added.</source>
        <translation>تمت إضافة الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="241"/>
        <source>Adding the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="245"/>
        <source>Saving the reply</source>
        <translation>حفظ الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="247"/>
        <source>Sending the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="260"/>
        <source>A reply could not be sent; its conversation is back in Needs reply.</source>
        <translation>تعذّر إرسال رد؛ وعادت محادثته إلى «بانتظار الرد».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="263"/>
        <source>A reply may not have arrived: check with the customer before sending it again.</source>
        <translation>ربما لم يصل أحد الردود: تحقّق مع العميل قبل إرساله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="266"/>
        <source>Reply sent.</source>
        <translation>أُرسل الرد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="275"/>
        <source>Changing the status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="288"/>
        <source>Nothing needs a reply. Nice work!</source>
        <translation>لا شيء بانتظار الرد. عمل رائع!</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="289"/>
        <source>No conversations here.</source>
        <translation>لا توجد محادثات هنا.</translation>
    </message>
</context>
<context>
    <name>MatrixAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="50"/>
        <source>Add a Matrix account</source>
        <translation>إضافة حساب ماتريكس</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="51"/>
        <source>Shop chat</source>
        <translation>دردشة المتجر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="56"/>
        <source>This is an access token, not a password</source>
        <translation>هذا رمز وصول وليس كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="59"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="60"/>
        <source>Homeserver</source>
        <translation>الخادم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="61"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="62"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="64"/>
        <source>WhatsApp, Signal, Messenger, Instagram and Telegram chats arrive too when your homeserver bridges them.</source>
        <translation>تصل أيضًا دردشات واتساب وسيجنال وماسنجر وإنستغرام وتيليجرام عندما يربطها خادمك الرئيسي عبر جسور.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="70"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="76"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="98"/>
        <source>homeserver</source>
        <translation>الخادم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="99"/>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="99"/>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="102"/>
        <source>Please fill in: {fields}.</source>
        <translation>يُرجى ملء: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="115"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="121"/>
        <source>Signed in to {server} as {user}.</source>
        <translation>تم تسجيل الدخول إلى {server} باسم {user}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="133"/>
        <source>Please give the account a name.</source>
        <translation>يُرجى إعطاء الحساب اسمًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="144"/>
        <source>Adding the account…</source>
        <translation>جارٍ إضافة الحساب…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="148"/>
        <source>Added {name} ({user}).</source>
        <translation>تمت إضافة {name} ({user}).</translation>
    </message>
</context>
<context>
    <name>Mentions</name>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="32"/>
        <source>{who} in “{subject}” ({when}): {text}</source>
        <translation>{who} في «{subject}» ({when}): {text}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="33"/>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="45"/>
        <source>You were mentioned</source>
        <translation>تمت الإشارة إليك</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="47"/>
        <source>%n note(s) mention you. Double-click one to open its conversation.</source>
        <translation>
            <numerusform>%Ln ملاحظة تشير إليك. انقر نقرًا مزدوجًا على إحداها لفتح محادثتها.</numerusform>
            <numerusform>ملاحظة واحدة تشير إليك. انقر عليها نقرًا مزدوجًا لفتح محادثتها.</numerusform>
            <numerusform>ملاحظتان تشيران إليك. انقر نقرًا مزدوجًا على إحداهما لفتح محادثتها.</numerusform>
            <numerusform>%Ln ملاحظات تشير إليك. انقر نقرًا مزدوجًا على إحداها لفتح محادثتها.</numerusform>
            <numerusform>%Ln ملاحظة تشير إليك. انقر نقرًا مزدوجًا على إحداها لفتح محادثتها.</numerusform>
            <numerusform>%Ln ملاحظة تشير إليك. انقر نقرًا مزدوجًا على إحداها لفتح محادثتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestionsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="49"/>
        <source>Possible duplicate customers</source>
        <translation>عملاء قد يكونون مكررين</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="51"/>
        <source>These contacts may be the same customer writing from different channels. Merging keeps the contact on the left and moves every address and conversation of the other one to it.</source>
        <translation>قد تكون جهات الاتصال هذه عميلًا واحدًا يراسلنا من قنوات مختلفة. يُبقي الدمج جهة الاتصال الأولى وينقل إليها كل عناوين الأخرى ومحادثاتها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Possibly the same as</source>
        <translation>ربما هو نفسه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="66"/>
        <source>No possible duplicates right now.</source>
        <translation>لا توجد تكرارات محتملة حاليًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="72"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="75"/>
        <source>Not the same person</source>
        <translation>ليس الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="97"/>
        <source>Finding possible duplicates</source>
        <translation>البحث عن التكرارات المحتملة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="133"/>
        <source>Merging the contacts</source>
        <translation>دمج جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="136"/>
        <source>Merged into {name}.</source>
        <translation>تم الدمج في {name}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="150"/>
        <source>Saving your choice</source>
        <translation>حفظ اختيارك</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="153"/>
        <source>They will not be suggested again.</source>
        <translation>لن يُقترحا مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MessageWidgets</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="58"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="59"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="116"/>
        <source>To: {to}</source>
        <translation>إلى: {to}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="126"/>
        <source>Attachments: {names}</source>
        <translation>المرفقات: {names}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="167"/>
        <source>Internal note · {author} · {when}</source>
        <translation>ملاحظة داخلية · {author} · {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="181"/>
        <source>Automatic acknowledgement · {when}</source>
        <translation>إشعار استلام تلقائي · {when}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="46"/>
        <source>Needs reply</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="47"/>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="48"/>
        <source>Snoozed</source>
        <translation>المؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="49"/>
        <source>Closed</source>
        <translation>المغلقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="50"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="54"/>
        <source>Mine</source>
        <translation>المُسندة إليّ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="55"/>
        <source>Unassigned</source>
        <translation>غير المُسندة</translation>
    </message>
</context>
<context>
    <name>PlaybookEditorDialog</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="51"/>
        <source>Playbooks and detection rules</source>
        <translation>أدلة التعامل وقواعد الاكتشاف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="64"/>
        <source>Definition (JSON)</source>
        <translation>التعريف (JSON)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="67"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="69"/>
        <source>Restore the shipped version</source>
        <translation>استعادة النسخة الأصلية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="71"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="118"/>
        <source>Playbooks</source>
        <translation>أدلة التعامل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="118"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="119"/>
        <source>Tones</source>
        <translation>النبرات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="119"/>
        <source>Signals</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="125"/>
        <source>{name} (off)</source>
        <translation>{name} (معطّل)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="165"/>
        <source>definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="170"/>
        <source>The key cannot change (other settings refer to it).</source>
        <translation>لا يمكن تغيير المفتاح (تشير إليه إعدادات أخرى).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="179"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="191"/>
        <source>The shipped version is back.</source>
        <translation>عادت النسخة الأصلية.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="26"/>
        <source>Unknown customer</source>
        <translation>عميل غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="29"/>
        <source>{wait}, overdue</source>
        <translation>{wait}، متأخر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="33"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%Ln آخرون</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%Ln آخرين</numerusform>
            <numerusform>… و%Ln آخرين</numerusform>
            <numerusform>… و%Ln آخرين</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="41"/>
        <source>Quit Agent Assist?</source>
        <translation>هل تريد الخروج من Agent Assist؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customer is still waiting for an answer:</source>
        <translation>
            <numerusform>%Ln عميل ما زال ينتظر ردًا:</numerusform>
            <numerusform>عميل واحد ما زال ينتظر ردًا:</numerusform>
            <numerusform>عميلان ما زالا ينتظران ردًا:</numerusform>
            <numerusform>%Ln عملاء ما زالوا ينتظرون ردًا:</numerusform>
            <numerusform>%Ln عميلًا ما زالوا ينتظرون ردًا:</numerusform>
            <numerusform>%Ln عميل ما زالوا ينتظرون ردًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customers are still waiting for an answer:</source>
        <translation>
            <numerusform>%Ln عميل ما زال ينتظر ردًا:</numerusform>
            <numerusform>عميل واحد ما زال ينتظر ردًا:</numerusform>
            <numerusform>عميلان ما زالا ينتظران ردًا:</numerusform>
            <numerusform>%Ln عملاء ما زالوا ينتظرون ردًا:</numerusform>
            <numerusform>%Ln عميلًا ما زالوا ينتظرون ردًا:</numerusform>
            <numerusform>%Ln عميل ما زالوا ينتظرون ردًا:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="45"/>
        <source>After quitting, no new messages arrive and no reminders appear until you open Agent Assist again.</source>
        <translation>بعد الخروج، لن تصل رسائل جديدة ولن تظهر تذكيرات حتى تفتح Agent Assist من جديد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="48"/>
        <source>Quit anyway</source>
        <translation>الخروج على أي حال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="49"/>
        <source>Keep running</source>
        <translation>إبقاؤه قيد التشغيل</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="63"/>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="64"/>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="65"/>
        <source>Write a reply to the selected conversation</source>
        <translation>كتابة رد على المحادثة المحددة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="67"/>
        <source>Send the reply (or add the note)</source>
        <translation>إرسال الرد (أو إضافة الملاحظة)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="69"/>
        <source>Back to the list; from search results, back to the inbox</source>
        <translation>العودة إلى القائمة؛ ومن نتائج البحث، العودة إلى صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="71"/>
        <source>Search all messages</source>
        <translation>البحث في كل الرسائل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="72"/>
        <source>Next or previous field</source>
        <translation>الحقل التالي أو السابق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="99"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="141"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="144"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="144"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="160"/>
        <source>Single-letter keys work when no text field has the focus.</source>
        <translation>تعمل مفاتيح الحرف الواحد عندما لا يكون التركيز في حقل نصي.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="213"/>
        <source>Show the keyboard shortcuts</source>
        <translation>عرض اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="215"/>
        <source>Reply to the open conversation</source>
        <translation>الرد على المحادثة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="216"/>
        <source>Write an internal note</source>
        <translation>كتابة ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="217"/>
        <source>Next pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="218"/>
        <source>Previous pane</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="221"/>
        <source>Keyboard shortcuts…</source>
        <translation>اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="223"/>
        <source>Also with ? or F1</source>
        <translation>أو بالمفتاح ? أو F1</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="227"/>
        <source>Show the view at that place in the list</source>
        <translation>عرض القائمة الموجودة في ذلك الموضع</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="51"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="54"/>
        <source>{m} min</source>
        <translation>{m} د</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="56"/>
        <source>{h} h</source>
        <translation>{h} س</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="57"/>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="71"/>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="71"/>
        <source>Next response</source>
        <translation>الرد التالي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="72"/>
        <source>business hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="72"/>
        <source>around the clock</source>
        <translation>على مدار الساعة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="74"/>
        <source>{kind} overdue since {deadline} (target {target}, {hours}).</source>
        <translation>{kind}: متأخر منذ {deadline} (الهدف {target}، {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="76"/>
        <source>{kind} due soon: by {deadline} (target {target}, {hours}).</source>
        <translation>{kind}: يستحق قريبًا، قبل {deadline} (الهدف {target}، {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="78"/>
        <source>{kind} due by {deadline} (target {target}, {hours}).</source>
        <translation>{kind}: يستحق قبل {deadline} (الهدف {target}، {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="79"/>
        <source>Waiting {waited} in {hours}.</source>
        <translation>مدة الانتظار {waited} ضمن {hours}.</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="65"/>
        <source>Response times and business hours</source>
        <translation>مُهَل الرد وساعات العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="69"/>
        <source>Business hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="70"/>
        <source>Response targets</source>
        <translation>أهداف الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="71"/>
        <source>Automatic acknowledgement</source>
        <translation>إشعار الاستلام التلقائي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="108"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="108"/>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="109"/>
        <source>Next response</source>
        <translation>الرد التالي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="115"/>
        <location filename="../../agent_assist/ui/settings/sla.py" line="116"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="117"/>
        <source>in business hours</source>
        <translation>ضمن ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="119"/>
        <source>Unticked: the clock runs around the clock.</source>
        <translation>عند إلغاء التحديد: يُحتسب الوقت على مدار الساعة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="126"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="127"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="129"/>
        <source>Warn when this share of the target is used</source>
        <translation>التنبيه عند استهلاك هذه النسبة من الهدف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="130"/>
        <source>Bring back &quot;waiting on customer&quot; after</source>
        <translation>إعادة المحادثات «بانتظار العميل» بعد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="131"/>
        <source>The first response is due when nobody has answered yet; the next response for every later customer message.</source>
        <translation>يُستحق الرد الأول ما دام أحد لم يرد بعد؛ والرد التالي عند كل رسالة لاحقة من العميل.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="146"/>
        <source>Send a short acknowledgement when a new conversation starts. Never sent to automated mail, mailing lists or no-reply addresses; it does not count as an answer.</source>
        <translation>إرسال إشعار استلام قصير عند بدء محادثة جديدة. لا يُرسل أبدًا إلى الرسائل الآلية أو القوائم البريدية أو عناوين no-reply، ولا يُحتسب ردًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="152"/>
        <source>On {channel}</source>
        <translation>على {channel}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="156"/>
        <source>Use the out-of-hours text while closed</source>
        <translation>استخدام نص خارج ساعات العمل أثناء الإغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="158"/>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="162"/>
        <source>At most once per conversation every</source>
        <translation>مرة واحدة على الأكثر لكل محادثة كل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="163"/>
        <source>At most this many per sender a day</source>
        <translation>الحد الأقصى لكل مرسل في اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="171"/>
        <source>During business hours</source>
        <translation>خلال ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="172"/>
        <source>While closed</source>
        <translation>أثناء الإغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="180"/>
        <source>{name} is replaced by the customer&apos;s first name, {shop} by the shop&apos;s name.</source>
        <translation>يُستبدل {name} بالاسم الأول للعميل، و{shop} باسم المتجر.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="34"/>
        <source>Later today</source>
        <translation>لاحقًا اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="37"/>
        <source>Tomorrow morning</source>
        <translation>صباح الغد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="41"/>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="54"/>
        <source>Snooze until…</source>
        <translation>التأجيل حتى…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="58"/>
        <source>Bring this conversation back:</source>
        <translation>إعادة هذه المحادثة:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="67"/>
        <source>Custom:</source>
        <translation>وقت آخر:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="74"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
</context>
<context>
    <name>SplitContactDialog</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="44"/>
        <source>Split {name}</source>
        <translation>فصل {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="45"/>
        <source>Tick the addresses that belong to another person. They move to a new contact, with the conversations written from them.</source>
        <translation>حدّد العناوين التي تخص شخصًا آخر. ستنتقل إلى جهة اتصال جديدة مع المحادثات المكتوبة منها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="58"/>
        <source>Name of the other person</source>
        <translation>اسم الشخص الآخر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="60"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="67"/>
        <source>Split</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="87"/>
        <source>Tick the addresses that belong to the other person.</source>
        <translation>حدّد العناوين التي تخص الشخص الآخر.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="90"/>
        <source>Leave at least one address with {name}.</source>
        <translation>اترك عنوانًا واحدًا على الأقل لـ {name}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="94"/>
        <source>Give the new contact a name.</source>
        <translation>أعطِ جهة الاتصال الجديدة اسمًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="101"/>
        <source>Splitting the contact</source>
        <translation>فصل جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="104"/>
        <source>{name} is now a separate contact.</source>
        <translation>أصبح {name} جهة اتصال مستقلة.</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="23"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="23"/>
        <source>Done: close the conversation</source>
        <translation>تم: إغلاق المحادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="24"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="24"/>
        <source>Open it again</source>
        <translation>فتحها من جديد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="25"/>
        <source>Snooze…</source>
        <translation>تأجيل…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="26"/>
        <source>Hide it until a moment you choose</source>
        <translation>إخفاؤها حتى وقت تختاره</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="27"/>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="28"/>
        <source>Nothing to do until the customer answers</source>
        <translation>لا شيء لفعله حتى يرد العميل</translation>
    </message>
</context>
<context>
    <name>Switcher</name>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="110"/>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="130"/>
        <source>Locked. Who is working?</source>
        <translation>مقفل. من يعمل الآن؟</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="181"/>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="184"/>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="187"/>
        <source>On duty (receives new conversations)</source>
        <translation>مناوب (يستقبل المحادثات الجديدة)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="190"/>
        <source>Manage agents…</source>
        <translation>إدارة الموظفين…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="192"/>
        <source>Audit log…</source>
        <translation>سجل النشاط…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="200"/>
        <source>Nobody signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="201"/>
        <source>Working as {name}: click to switch</source>
        <translation>تعمل باسم {name}: انقر للتبديل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="204"/>
        <source>Switch to</source>
        <translation>التبديل إلى</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../agent_assist/ui/bridge.py" line="166"/>
        <source>The database is busy; please try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة؛ يُرجى المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/bridge.py" line="177"/>
        <source>{what} failed: {reason}</source>
        <translation>تعذّر {what}: {reason}</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="187"/>
        <source>Switch to {name}</source>
        <translation>التبديل إلى {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="202"/>
        <source>Assigning the conversation</source>
        <translation>إسناد المحادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="211"/>
        <source>Assigning new conversations</source>
        <translation>إسناد المحادثات الجديدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="223"/>
        <source>Changing duty</source>
        <translation>تغيير المناوبة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="237"/>
        <source>Only an owner can see the audit log.</source>
        <translation>لا يستطيع الاطلاع على سجل النشاط إلا المالك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="267"/>
        <source>Working as {name}.</source>
        <translation>تعمل باسم {name}.</translation>
    </message>
</context>
<context>
    <name>TelegramAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="60"/>
        <source>Add a Telegram bot</source>
        <translation>إضافة بوت تيليجرام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="61"/>
        <source>Shop bot</source>
        <translation>بوت المتجر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="66"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="67"/>
        <source>Bot token</source>
        <translation>رمز البوت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="68"/>
        <source>Bot API server</source>
        <translation>خادم Bot API</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="69"/>
        <source>Create a bot and get its token from @BotFather in Telegram. Customers then write to your bot.</source>
        <translation>أنشئ بوتًا واحصل على رمزه من ‎@BotFather في تيليجرام، ثم يراسل العملاء بوتك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="72"/>
        <source>Telegram keeps messages the app has not fetched for 24 hours only: keep Agent Assist running (it keeps fetching from the tray when the window is closed).</source>
        <translation>لا يحتفظ تيليجرام بالرسائل التي لم يجلبها التطبيق إلا 24 ساعة: أبقِ Agent Assist قيد التشغيل (يواصل الجلب من علبة النظام عند إغلاق النافذة).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="81"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="87"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="113"/>
        <source>Remove webhook</source>
        <translation>إزالة الـ webhook</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="127"/>
        <source>Please paste the bot token from @BotFather.</source>
        <translation>يُرجى لصق رمز البوت من ‎@BotFather.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="138"/>
        <source>Asking Telegram…</source>
        <translation>جارٍ الاستعلام من تيليجرام…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="145"/>
        <source>The token works for @{bot}, but a webhook must be removed first.</source>
        <translation>الرمز صالح للبوت ‎@{bot}، لكن يجب إزالة الـ webhook أولًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="149"/>
        <source>The token works: customers write to @{bot}.</source>
        <translation>الرمز صالح: يراسل العملاء ‎@{bot}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="158"/>
        <source>Removing the webhook…</source>
        <translation>جارٍ إزالة الـ webhook…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="165"/>
        <source>The webhook is removed: the app can now fetch the bot&apos;s messages.</source>
        <translation>أُزيل الـ webhook: يستطيع التطبيق الآن جلب رسائل البوت.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="175"/>
        <source>Please give the account a name.</source>
        <translation>يُرجى إعطاء الحساب اسمًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="188"/>
        <source>Adding the account…</source>
        <translation>جارٍ إضافة الحساب…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="194"/>
        <source>Remove the webhook, then press Add again.</source>
        <translation>أزِل الـ webhook ثم اضغط «إضافة» مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="197"/>
        <source>Added {name} ({bot}).</source>
        <translation>تمت إضافة {name} ({bot}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="203"/>
        <source>This bot sends its messages to a webhook ({url}), so the app cannot fetch them. Remove the webhook to use the bot here; messages waiting for it are kept.</source>
        <translation>يرسل هذا البوت رسائله إلى webhook ‏({url})، لذا لا يستطيع التطبيق جلبها. أزِل الـ webhook لاستخدام البوت هنا؛ وتُحفظ الرسائل المنتظرة.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="101"/>
        <source>Reply templates</source>
        <translation>قوالب الردود</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="127"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="128"/>
        <source>Shortcut (type /shortcut in a reply)</source>
        <translation>الاختصار (اكتب ‎/الاختصار في الرد)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="129"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="130"/>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="130"/>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="131"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="144"/>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="146"/>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="168"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="169"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="170"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="171"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="172"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="173"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="297"/>
        <source>The shortcut /{s} is already used by “{name}”.</source>
        <translation>الاختصار ‎/{s} مستخدم بالفعل في «{name}».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="304"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="314"/>
        <source>Delete template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="315"/>
        <source>Delete the template “{name}”? This cannot be undone.</source>
        <translation>هل تريد حذف القالب «{name}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="327"/>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="336"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="344"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>تعذّرت قراءة {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="368"/>
        <source>Import templates</source>
        <translation>استيراد القوالب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="369"/>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="386"/>
        <source>Templates (*.json)</source>
        <translation>القوالب (*.json)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="377"/>
        <source>Imported: {added} added, {updated} replaced.</source>
        <translation>تم الاستيراد: أُضيف {added}، واستُبدل {updated}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="385"/>
        <source>Export templates</source>
        <translation>تصدير القوالب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="393"/>
        <source>Exported {n} templates to {file}.</source>
        <translation>صُدِّرت القوالب ({n}) إلى {file}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="411"/>
        <source>To fill in when replying: {fields}</source>
        <translation>للتعبئة عند الرد: {fields}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="110"/>
        <source>{n} earlier messages are not shown.</source>
        <translation>لا تُعرض الرسائل الأقدم ({n}).</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="76"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="79"/>
        <source>waiting now</source>
        <translation>بالانتظار الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="80"/>
        <source>oldest wait (business hours)</source>
        <translation>أطول انتظار (ساعات العمل)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="81"/>
        <source>answered today</source>
        <translation>تم الرد عليها اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="82"/>
        <source>first response, median today</source>
        <translation>الرد الأول، الوسيط اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="83"/>
        <source>answered within target today</source>
        <translation>تم الرد عليها ضمن المهلة اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="92"/>
        <source>Needs attention</source>
        <translation>تحتاج إلى انتباه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="124"/>
        <source>Everyone has an answer.</source>
        <translation>تلقّى الجميع ردًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="144"/>
        <source>Loading today&apos;s figures</source>
        <translation>تحميل أرقام اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="155"/>
        <source>{wait} on the clock</source>
        <translation>{wait} على العدّاد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="166"/>
        <source>%n conversation answered today. Time for a coffee.</source>
        <translation>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على محادثة واحدة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على محادثتين اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثات اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="166"/>
        <source>%n conversations answered today. Time for a coffee.</source>
        <translation>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على محادثة واحدة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على محادثتين اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثات اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
            <numerusform>تم الرد على %Ln محادثة اليوم. حان وقت القهوة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="170"/>
        <source>Nothing is waiting. Enjoy the calm.</source>
        <translation>لا شيء بالانتظار. استمتع بالهدوء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="177"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="179"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="185"/>
        <source>Fetch them now</source>
        <translation>جلبها الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="186"/>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="187"/>
        <source>Open outbox</source>
        <translation>فتح صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="188"/>
        <source>Check the account</source>
        <translation>التحقق من الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="189"/>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="190"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="91"/>
        <source>Agent Assist</source>
        <extracomment>More than this many at once become one summary notification instead of a flood.</extracomment>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="101"/>
        <source>Open Agent Assist</source>
        <translation>فتح Agent Assist</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="102"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="158"/>
        <source>Checking for waiting customers</source>
        <translation>البحث عن العملاء المنتظرين</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="178"/>
        <source>Agent Assist — everyone has an answer</source>
        <translation>Agent Assist — تلقّى الجميع ردًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customer waiting</source>
        <translation>
            <numerusform>Agent Assist — %Ln عميل ينتظر</numerusform>
            <numerusform>Agent Assist — عميل واحد ينتظر</numerusform>
            <numerusform>Agent Assist — عميلان ينتظران</numerusform>
            <numerusform>Agent Assist — %Ln عملاء ينتظرون</numerusform>
            <numerusform>Agent Assist — %Ln عميلًا ينتظرون</numerusform>
            <numerusform>Agent Assist — %Ln عميل ينتظرون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customers waiting</source>
        <translation>
            <numerusform>Agent Assist — %Ln عميل ينتظر</numerusform>
            <numerusform>Agent Assist — عميل واحد ينتظر</numerusform>
            <numerusform>Agent Assist — عميلان ينتظران</numerusform>
            <numerusform>Agent Assist — %Ln عملاء ينتظرون</numerusform>
            <numerusform>Agent Assist — %Ln عميلًا ينتظرون</numerusform>
            <numerusform>Agent Assist — %Ln عميل ينتظرون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="182"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="205"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="184"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="206"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
            <numerusform>تستحق قريبًا: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="191"/>
        <source>%n new customer messages</source>
        <translation>
            <numerusform>%Ln رسالة جديدة من العملاء</numerusform>
            <numerusform>رسالة جديدة واحدة من عميل</numerusform>
            <numerusform>رسالتان جديدتان من العملاء</numerusform>
            <numerusform>%Ln رسائل جديدة من العملاء</numerusform>
            <numerusform>%Ln رسالة جديدة من العملاء</numerusform>
            <numerusform>%Ln رسالة جديدة من العملاء</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="195"/>
        <source>New message from {name}</source>
        <translation>رسالة جديدة من {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversation needs attention</source>
        <translation>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
            <numerusform>محادثة واحدة تحتاج إلى انتباهك</numerusform>
            <numerusform>محادثتان تحتاجان إلى انتباهك</numerusform>
            <numerusform>%Ln محادثات تحتاج إلى انتباهك</numerusform>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversations need attention</source>
        <translation>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
            <numerusform>محادثة واحدة تحتاج إلى انتباهك</numerusform>
            <numerusform>محادثتان تحتاجان إلى انتباهك</numerusform>
            <numerusform>%Ln محادثات تحتاج إلى انتباهك</numerusform>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
            <numerusform>%Ln محادثة تحتاج إلى انتباهك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="209"/>
        <source>A customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="211"/>
        <source>Overdue: {name} is still waiting</source>
        <translation>متأخر: ما زال {name} ينتظر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="213"/>
        <source>Due soon: {name} is waiting</source>
        <translation>يستحق قريبًا: {name} ينتظر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="266"/>
        <source>Agent Assist is still running</source>
        <translation>ما زال Agent Assist قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="267"/>
        <source>New messages keep arriving here. Use Quit in this menu to stop.</source>
        <translation>تستمر الرسائل الجديدة في الوصول هنا. استخدم «خروج» في هذه القائمة للإيقاف.</translation>
    </message>
</context>
</TS>
