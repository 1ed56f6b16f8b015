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
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="48"/>
        <source>Folder for the backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="77"/>
        <source>Back up automatically every day</source>
        <translation>إنشاء نسخة احتياطية تلقائيًا كل يوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="88"/>
        <source>Safest on another disk or a USB drive; a network folder works too. Empty: the default folder shown.</source>
        <translation>الأكثر أمانًا حفظها على قرص آخر أو ذاكرة USB؛ ويصلح أيضًا مجلد على الشبكة. إذا تُرك الحقل فارغًا: يُستخدم المجلد الافتراضي المعروض.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="92"/>
        <source>Once Agent Assist has run for</source>
        <translation>بعد أن يعمل Agent Assist لمدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="97"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="98"/>
        <source>Every day at</source>
        <translation>كل يوم عند الساعة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="119"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="122"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="124"/>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="125"/>
        <source>Daily backups to keep</source>
        <translation>النسخ الاحتياطية اليومية التي يُحتفظ بها</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="126"/>
        <source>Weekly backups to keep</source>
        <translation>النسخ الاحتياطية الأسبوعية التي يُحتفظ بها</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="131"/>
        <source>Back up now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="181"/>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="183"/>
        <source>Last backup: {when}, {conversations}, {size} — integrity checked.</source>
        <translation>آخر نسخة احتياطية: {when}، {conversations}، {size} — تم التحقق من سلامتها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="189"/>
        <source>Last backup failed ({when}): {reason}</source>
        <translation>فشلت آخر نسخة احتياطية ({when}): {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="203"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="221"/>
        <source>The folder {path} cannot be created: choose another one.</source>
        <translation>تعذّر إنشاء المجلد {path}: اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="224"/>
        <source>The folder {path} is not writable: choose another one.</source>
        <translation>لا يمكن الكتابة في المجلد {path}: اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="37"/>
        <source>Back up to</source>
        <translation>حفظ النسخة الاحتياطية في</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="37"/>
        <source>Backups (*.zip)</source>
        <translation>النسخ الاحتياطية (*.zip)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="154"/>
        <source>A backup is already running.</source>
        <translation>هناك نسخ احتياطي قيد التنفيذ بالفعل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversation</source>
        <translation>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%Ln محادثات</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversations</source>
        <translation>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%Ln محادثات</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n message</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachment</source>
        <translation>
            <numerusform>%Ln مرفق</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachments</source>
        <translation>
            <numerusform>%Ln مرفق</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="35"/>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="36"/>
        <source>{size} kB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="41"/>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="42"/>
        <source>Checking the copy&apos;s integrity…</source>
        <translation>جارٍ التحقق من سلامة النسخة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="43"/>
        <source>Writing the backup file…</source>
        <translation>جارٍ كتابة ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="44"/>
        <source>Reading the backup file back…</source>
        <translation>جارٍ إعادة قراءة ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="45"/>
        <source>Checking the backup…</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="46"/>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="47"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="51"/>
        <source>Backup saved: {conversations}, {messages}, integrity checked.</source>
        <translation>تم حفظ النسخة الاحتياطية: {conversations}، {messages}، وتم التحقق من سلامتها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="59"/>
        <source>The backup failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="62"/>
        <source>{path} is a folder: choose a file name such as backup.zip.</source>
        <translation>{path} مجلد: اختر اسم ملف مثل backup.zip.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="63"/>
        <source>The folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="64"/>
        <source>The folder {path} is not writable: choose another folder.</source>
        <translation>لا يمكن الكتابة في المجلد {path}: اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="65"/>
        <source>There is not enough free space in {path} for the backup.</source>
        <translation>لا توجد مساحة فارغة كافية في {path} للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="66"/>
        <source>The backup could not be written in {path}.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="67"/>
        <source>The database failed its integrity check: the backup was not saved. Restore an earlier backup or contact support.</source>
        <translation>لم تجتز قاعدة البيانات فحص السلامة: لم تُحفظ النسخة الاحتياطية. استعد نسخة احتياطية أقدم أو تواصل مع الدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="69"/>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="70"/>
        <source>This backup is damaged or incomplete and cannot be restored: choose another one.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو غير مكتملة ولا يمكن استعادتها: اختر نسخة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="72"/>
        <source>{path} is not an Agent Assist backup.</source>
        <translation>{path} ليس نسخة احتياطية من Agent Assist.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="73"/>
        <source>This backup was made by a newer version of Agent Assist: install that version to restore it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Agent Assist: ثبّت ذلك الإصدار لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="75"/>
        <source>Another Agent Assist window or command is using this profile: close it, then restore again.</source>
        <translation>هناك نافذة أو أمر آخر من Agent Assist يستخدم هذا الملف الشخصي: أغلقه، ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="85"/>
        <source>Only an owner can back up the shop&apos;s data or change the backups.</source>
        <translation>لا يستطيع نسخ بيانات المتجر احتياطيًا أو تغيير إعدادات النسخ الاحتياطي إلا المالك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="86"/>
        <source>Only an owner can restore a backup.</source>
        <translation>لا يستطيع استعادة نسخة احتياطية إلا المالك.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="87"/>
        <source>Only an owner can delete a customer&apos;s data.</source>
        <translation>لا يستطيع حذف بيانات أحد العملاء إلا المالك.</translation>
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
        <location filename="../../agent_assist/ui/conversation/view.py" line="66"/>
        <source>No conversation selected</source>
        <translation>لم تُحدَّد أي محادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="71"/>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="72"/>
        <source>Unknown customer</source>
        <translation>عميل غير معروف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="76"/>
        <source>Snoozed until {when}</source>
        <translation>مؤجلة حتى {when}</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../../agent_assist/ui/data/controller.py" line="87"/>
        <source>search results</source>
        <extracomment>While an import runs the inbox refreshes at most this often, so new mail shows up.</extracomment>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/controller.py" line="132"/>
        <source>Opening the quarantine</source>
        <translation>فتح الحجر</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="46"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="79"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="92"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="95"/>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="98"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="114"/>
        <source>What to export</source>
        <translation>المحتوى المراد تصديره</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="127"/>
        <source>JSON: everything, complete; Agent Assist can import it again</source>
        <translation>JSON: كل شيء كاملًا، ويمكن لـ Agent Assist استيراده من جديد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="128"/>
        <source>CSV: one row per message, for spreadsheets</source>
        <translation>CSV: صف واحد لكل رسالة، لجداول البيانات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="129"/>
        <source>mbox: the emails exactly as received, for mail programs</source>
        <translation>mbox: رسائل البريد الإلكتروني كما وصلت تمامًا، لبرامج البريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="146"/>
        <source>The open conversation</source>
        <translation>المحادثة المفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="149"/>
        <source>The %n conversation(s) in the current list{title}</source>
        <translation>
            <numerusform>%Ln محادثة في القائمة الحالية{title}</numerusform>
            <numerusform>محادثة واحدة في القائمة الحالية{title}</numerusform>
            <numerusform>محادثتان في القائمة الحالية{title}</numerusform>
            <numerusform>%Ln محادثات في القائمة الحالية{title}</numerusform>
            <numerusform>%Ln محادثة في القائمة الحالية{title}</numerusform>
            <numerusform>%Ln محادثة في القائمة الحالية{title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="153"/>
        <source>Everything: %n conversation(s)</source>
        <translation>
            <numerusform>الكل: %Ln محادثة</numerusform>
            <numerusform>الكل: محادثة واحدة</numerusform>
            <numerusform>الكل: محادثتان</numerusform>
            <numerusform>الكل: %Ln محادثات</numerusform>
            <numerusform>الكل: %Ln محادثة</numerusform>
            <numerusform>الكل: %Ln محادثة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="198"/>
        <source>JSON (*.json)</source>
        <translation>ملف JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="198"/>
        <source>CSV (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="199"/>
        <source>mbox (*.mbox)</source>
        <translation>ملف mbox (*.mbox)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="228"/>
        <source>Exporting to {path}…</source>
        <translation>جارٍ التصدير إلى {path}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="268"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="270"/>
        <source>The export</source>
        <translation>التصدير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="288"/>
        <source>Exported %n email(s) to {path}.</source>
        <translation>
            <numerusform>تم تصدير %Ln رسالة بريد إلكتروني إلى {path}.</numerusform>
            <numerusform>تم تصدير رسالة بريد إلكتروني واحدة إلى {path}.</numerusform>
            <numerusform>تم تصدير رسالتَي بريد إلكتروني إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسائل بريد إلكتروني إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسالة بريد إلكتروني إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسالة بريد إلكتروني إلى {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="291"/>
        <source>Exported %n message(s) to {path}.</source>
        <translation>
            <numerusform>تم تصدير %Ln رسالة إلى {path}.</numerusform>
            <numerusform>تم تصدير رسالة واحدة إلى {path}.</numerusform>
            <numerusform>تم تصدير رسالتين إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسائل إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسالة إلى {path}.</numerusform>
            <numerusform>تم تصدير %Ln رسالة إلى {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="31"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="53"/>
        <source>Add Telegram bot…</source>
        <translation>إضافة بوت تيليغرام…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="54"/>
        <source>Add Matrix account…</source>
        <translation>إضافة حساب ماتريكس…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="57"/>
        <source>Accounts…</source>
        <translation>الحسابات…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="61"/>
        <source>Possible duplicate contacts…</source>
        <translation>جهات اتصال قد تكون مكرّرة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="62"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="32"/>
        <location filename="../../agent_assist/ui/features/reports.py" line="40"/>
        <location filename="../../agent_assist/ui/features/search.py" line="21"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="72"/>
        <source>Syncing {account}…</source>
        <translation>جارٍ مزامنة {account}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="33"/>
        <source>Response times and business hours…</source>
        <translation>مُهَل الرد وساعات العمل…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/__init__.py" line="92"/>
        <location filename="../../agent_assist/ui/features/backups.py" line="45"/>
        <location filename="../../agent_assist/ui/features/channels.py" line="57"/>
        <location filename="../../agent_assist/ui/features/guidance.py" line="49"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="35"/>
        <source>&amp;Settings</source>
        <translation>ا&amp;لإعدادات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="45"/>
        <source>Acknowledging new messages</source>
        <translation>إرسال إشعارات الاستلام للرسائل الجديدة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="48"/>
        <source>Bringing back follow-ups</source>
        <translation>إعادة المتابعات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="97"/>
        <source>Fetching missed messages</source>
        <translation>جلب الرسائل الفائتة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="80"/>
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
    <message>
        <location filename="../../agent_assist/ui/features/__init__.py" line="56"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="42"/>
        <source>Back up now…</source>
        <extracomment>The first schedule check waits for the first paint and the start-up work to settle.</extracomment>
        <translation>إنشاء نسخة احتياطية الآن…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="43"/>
        <source>Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="46"/>
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="47"/>
        <source>Forget this customer…</source>
        <translation>نسيان هذا العميل…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="50"/>
        <source>&amp;Conversation</source>
        <translation>م&amp;حادثة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="102"/>
        <source>Saving the backup settings</source>
        <translation>حفظ إعدادات النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="118"/>
        <source>A backup is running: restore once it has finished.</source>
        <translation>هناك نسخ احتياطي قيد التنفيذ: ابدأ الاستعادة بعد انتهائه.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="129"/>
        <source>The automatic backup failed</source>
        <translation>فشل النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="145"/>
        <source>Counting the customer&apos;s data</source>
        <translation>إحصاء بيانات العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="161"/>
        <source>Deleting the customer&apos;s data</source>
        <translation>حذف بيانات العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="167"/>
        <source>Customer deleted: {conversations}, {messages}. Recorded in the audit log.</source>
        <translation>تم حذف العميل: {conversations}، {messages}. سُجّلت العملية في سجل النشاط.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="20"/>
        <source>Import mail…</source>
        <translation>استيراد البريد…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="21"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="22"/>
        <source>Quarantined messages…</source>
        <translation>الرسائل في الحجر…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="37"/>
        <source>Only an owner can export the shop&apos;s data.</source>
        <translation>لا يمكن إلا للمالك تصدير بيانات المتجر.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/reports.py" line="38"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/search.py" line="22"/>
        <source>Search filters…</source>
        <translation>عوامل تصفية البحث…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/search.py" line="24"/>
        <source>Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
</context>
<context>
    <name>FilterPopover</name>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="47"/>
        <source>Search filters</source>
        <translation>عوامل تصفية البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="49"/>
        <source>Any channel</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="51"/>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="53"/>
        <location filename="../../agent_assist/ui/search/filters.py" line="54"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="54"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="59"/>
        <source>Name, address or handle</source>
        <translation>الاسم أو العنوان أو المعرّف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="60"/>
        <source>With an attachment</source>
        <translation>مع مرفق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="61"/>
        <source>Internal notes only</source>
        <translation>الملاحظات الداخلية فقط</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="62"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="63"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="79"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="80"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="81"/>
        <source>Written by</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="82"/>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="83"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="84"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="88"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="92"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="93"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>ForgetContactDialog</name>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="31"/>
        <source>Forget this customer</source>
        <translation>نسيان هذا العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="33"/>
        <source>this customer</source>
        <translation>هذا العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="34"/>
        <source>Delete {name} and everything about them?</source>
        <translation>هل تريد حذف {name} وكل ما يتعلق به؟</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="39"/>
        <source>their contact details: {handles}</source>
        <translation>بيانات الاتصال الخاصة به: {handles}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="43"/>
        <source>The deletion is recorded in the audit log: who did it, when, and these numbers, not the customer&apos;s data.</source>
        <translation>يُسجَّل الحذف في سجل النشاط: من قام به، ومتى، وهذه الأعداد، دون بيانات العميل.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="46"/>
        <source>Copies on your mail server or chat service are not touched. This cannot be undone, except by restoring a backup made before.</source>
        <translation>لا تتأثر النسخ الموجودة على خادم البريد أو خدمة الدردشة لديك. لا يمكن التراجع عن ذلك إلا باستعادة نسخة احتياطية أُنشئت قبله.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="48"/>
        <source>Yes, delete this customer&apos;s data for good</source>
        <translation>نعم، احذف بيانات هذا العميل نهائيًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="51"/>
        <source>Delete</source>
        <translation>حذف</translation>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="52"/>
        <source>Choose mail files</source>
        <translation>اختيار ملفات البريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="53"/>
        <source>Mail (*.eml *.msg *.mbox *.mbx *.json);;All files (*)</source>
        <translation>البريد (*.eml *.msg *.mbox *.mbx *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="58"/>
        <source>Choose a mail folder</source>
        <translation>اختيار مجلد بريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="71"/>
        <source>Import mail</source>
        <translation>استيراد البريد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="89"/>
        <source>Add mbox files, Maildir folders, folders of .eml files or an Agent Assist JSON export. Messages already in the inbox are skipped, so importing the same files again is safe.</source>
        <translation>أضف ملفات mbox أو مجلدات Maildir أو مجلدات ملفات ‎.eml أو ملف JSON مُصدَّرًا من Agent Assist. تُتخطّى الرسائل الموجودة مسبقًا في صندوق الوارد، لذا يمكنك استيراد الملفات نفسها مرة أخرى بأمان.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="97"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="99"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="101"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="111"/>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="167"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="127"/>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="231"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="136"/>
        <source>Imported:</source>
        <translation>المستورَدة:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="137"/>
        <source>Already there:</source>
        <translation>الموجودة مسبقًا:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="138"/>
        <source>Quarantined (could not be read, kept):</source>
        <translation>في الحجر (تعذّرت قراءتها، وهي محفوظة):</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="139"/>
        <source>You can keep working meanwhile; closing this window does not stop the import.</source>
        <translation>يمكنك مواصلة العمل في أثناء ذلك؛ فإغلاق هذه النافذة لا يوقف الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="142"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="163"/>
        <source>View quarantined messages…</source>
        <translation>عرض الرسائل في الحجر…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="165"/>
        <source>Import more…</source>
        <translation>استيراد المزيد…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="242"/>
        <source>Stopping after the current batch…</source>
        <translation>سيتوقف الاستيراد بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="253"/>
        <source>{done} of {total} read</source>
        <translation>قُرئ {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="268"/>
        <source>The import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="305"/>
        <source>imported: {imported} · already there: {duplicates} · quarantined: {quarantined}.</source>
        <translation>المستورَدة: {imported} · الموجودة مسبقًا: {duplicates} · في الحجر: {quarantined}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="310"/>
        <source>Before that: {numbers} What was imported stays.</source>
        <translation>قبل ذلك: {numbers} ما استُورد يبقى محفوظًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="313"/>
        <source>Import stopped: {numbers}</source>
        <translation>توقف الاستيراد: {numbers}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="314"/>
        <source>What was imported stays. Import the same files again to continue: nothing is imported twice.</source>
        <translation>ما استُورد يبقى محفوظًا. استورد الملفات نفسها مرة أخرى للمتابعة: لن يُستورد أي شيء مرتين.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="317"/>
        <source>Import finished: {numbers}</source>
        <translation>اكتمل الاستيراد: {numbers}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="319"/>
        <source>Quarantined messages could not be read; they are kept with their exact bytes.</source>
        <translation>تعذّرت قراءة الرسائل الموضوعة في الحجر؛ وهي محفوظة كما هي بايتًا ببايت.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="322"/>
        <source>Some files could not be read and were skipped:</source>
        <translation>تعذّرت قراءة بعض الملفات فتم تخطيها:</translation>
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
        <location filename="../../agent_assist/ui/chrome.py" line="23"/>
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
        <location filename="../../agent_assist/ui/main_window.py" line="126"/>
        <source>Checking unsent messages</source>
        <extracomment>What the Today page&apos;s warning buttons do, by action kind (see services.health): each feature registers the kinds it answers; the argument is the account name.</extracomment>
        <translation>التحقق من الرسائل غير المرسلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="134"/>
        <source>Waking snoozed</source>
        <translation>إعادة المحادثات المؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="137"/>
        <source>Sending queued replies</source>
        <translation>إرسال الردود المنتظرة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="183"/>
        <source>Refreshing the inbox</source>
        <translation>تحديث صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="207"/>
        <source>That conversation no longer exists.</source>
        <translation>لم تعد هذه المحادثة موجودة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="245"/>
        <source>Note added.</source>
        <translation>تمت إضافة الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="246"/>
        <source>Adding the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="250"/>
        <source>Saving the reply</source>
        <translation>حفظ الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="252"/>
        <source>Sending the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="265"/>
        <source>A reply could not be sent; its conversation is back in Needs reply.</source>
        <translation>تعذّر إرسال رد؛ وعادت محادثته إلى «بانتظار الرد».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="268"/>
        <source>A reply may not have arrived: check with the customer before sending it again.</source>
        <translation>ربما لم يصل أحد الردود: تحقّق مع العميل قبل إرساله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="271"/>
        <source>Reply sent.</source>
        <translation>أُرسل الرد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="280"/>
        <source>Changing the status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="294"/>
        <source>Nothing needs a reply. Nice work!</source>
        <translation>لا شيء بانتظار الرد. عمل رائع!</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="295"/>
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
        <location filename="../../agent_assist/ui/conversation/messages.py" line="82"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="83"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="144"/>
        <source>To: {to}</source>
        <translation>إلى: {to}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="156"/>
        <source>Attachments: {names}</source>
        <translation>المرفقات: {names}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="197"/>
        <source>Internal note · {author} · {when}</source>
        <translation>ملاحظة داخلية · {author} · {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="211"/>
        <source>Automatic acknowledgement · {when}</source>
        <translation>إشعار استلام تلقائي · {when}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="52"/>
        <source>Needs reply</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="53"/>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="54"/>
        <source>Snoozed</source>
        <translation>المؤجلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="55"/>
        <source>Closed</source>
        <translation>المغلقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="56"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="60"/>
        <source>Mine</source>
        <translation>المُسندة إليّ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="61"/>
        <source>Unassigned</source>
        <translation>غير المُسندة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="80"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
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
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="62"/>
        <source>Save the raw message</source>
        <translation>حفظ الرسالة الخام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="63"/>
        <source>Email (*.eml);;All files (*)</source>
        <translation>رسالة بريد إلكتروني (*.eml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="110"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="122"/>
        <source>Quarantined messages</source>
        <translation>الرسائل في الحجر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="141"/>
        <source>Save raw…</source>
        <translation>حفظ الرسالة الخام…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="143"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="144"/>
        <source>Read the message again with this version of the app; if it works, it joins the inbox.</source>
        <translation>إعادة قراءة الرسالة بهذا الإصدار من التطبيق؛ وإذا نجحت القراءة، تنتقل إلى صندوق الوارد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="147"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="199"/>
        <source>%n message(s) could not be read. Each is kept here with its exact bytes; nothing is deleted.</source>
        <translation>
            <numerusform>تعذّرت قراءة %Ln رسالة. تُحفظ كل رسالة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
            <numerusform>تعذّرت قراءة رسالة واحدة. وهي محفوظة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
            <numerusform>تعذّرت قراءة رسالتين. كلٌّ منهما محفوظة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسائل. كلٌّ منها محفوظة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسالة. كلٌّ منها محفوظة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسالة. كلٌّ منها محفوظة هنا كما هي بايتًا ببايت، ولا يُحذف أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="203"/>
        <source>No quarantined messages: everything could be read.</source>
        <translation>لا توجد رسائل في الحجر: قُرئ كل شيء بنجاح.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="236"/>
        <source>Showing the first {shown} of {size}.</source>
        <translation>يُعرض أول {shown} من أصل {size}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="257"/>
        <source>Saved {size} to {path}.</source>
        <translation>حُفظ {size} في {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="269"/>
        <source>Reading the message again</source>
        <translation>إعادة قراءة الرسالة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="273"/>
        <source>The message was read and added to the inbox; it left the quarantine.</source>
        <translation>قُرئت الرسالة وأُضيفت إلى صندوق الوارد، وخرجت من الحجر.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="277"/>
        <source>Still unreadable: {error}</source>
        <translation>ما زالت غير مقروءة: {error}</translation>
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
    <name>Reports</name>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="39"/>
        <location filename="../../agent_assist/ui/reports/chart_base.py" line="216"/>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="41"/>
        <source>Save {chart} as PNG</source>
        <translation>حفظ «{chart}» بصيغة PNG</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="42"/>
        <location filename="../../agent_assist/ui/reports/chart_base.py" line="217"/>
        <source>Save data as CSV…</source>
        <translation>حفظ البيانات بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="44"/>
        <source>Save the data of {chart} as CSV</source>
        <translation>حفظ بيانات «{chart}» بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="82"/>
        <source>Period</source>
        <extracomment>compute(choice, keep_going): the report, or ReportCancelled once keep_going() is False.</extracomment>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="83"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="84"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="85"/>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="86"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="87"/>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="89"/>
        <source>Custom…</source>
        <translation>فترة مخصصة…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="91"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="92"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="165"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="169"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="111"/>
        <source>customer messages</source>
        <translation>رسائل العملاء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="170"/>
        <source>first response, median</source>
        <translation>الرد الأول، الوسيط</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="171"/>
        <source>responses within target</source>
        <translation>ردود ضمن المهلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="172"/>
        <source>waiting now</source>
        <translation>بالانتظار الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="182"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="238"/>
        <source>Computing the report</source>
        <translation>حساب التقرير</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="248"/>
        <source>Computing the report…</source>
        <translation>جارٍ حساب التقرير…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="264"/>
        <source>per week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="264"/>
        <source>per day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="265"/>
        <source>{period} · {granularity} · times in {zone}</source>
        <translation>{period} · {granularity} · الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="296"/>
        <source>Save the chart as PNG</source>
        <translation>حفظ الرسم البياني بصيغة PNG</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="297"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="303"/>
        <source>Could not save {file}; check the folder and try again.</source>
        <translation>تعذّر حفظ {file}؛ تحقّق من المجلد وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="306"/>
        <location filename="../../agent_assist/ui/reports/page.py" line="322"/>
        <source>Saved {file}.</source>
        <translation>تم حفظ {file}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="312"/>
        <source>Save the chart&apos;s data as CSV</source>
        <translation>حفظ بيانات الرسم البياني بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="313"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="49"/>
        <source>{value} %</source>
        <translation>{value}٪</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="54"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="65"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="73"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="83"/>
        <source>under 1 min</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="101"/>
        <source>{channel}: {count}</source>
        <translation>{channel}: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="104"/>
        <source>Total: {count}</source>
        <translation>الإجمالي: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="106"/>
        <source>Automated mail, not counted: {count}</source>
        <translation>رسائل آلية غير محتسبة: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="112"/>
        <source>No customer messages in this period.</source>
        <translation>لا توجد رسائل من العملاء في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="119"/>
        <source>hours (business hours)</source>
        <translation>الساعات (ضمن ساعات العمل)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="120"/>
        <source>minutes (business hours)</source>
        <translation>الدقائق (ضمن ساعات العمل)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="122"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="123"/>
        <source>90th percentile</source>
        <translation>المئين التسعون</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="131"/>
        <source>Median: {time}</source>
        <translation>الوسيط: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="132"/>
        <source>90th percentile: {time}</source>
        <translation>المئين التسعون: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="134"/>
        <source>First responses: {count}</source>
        <translation>الردود الأولى: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="138"/>
        <source>No first response</source>
        <translation>لا يوجد رد أول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="143"/>
        <source>No first responses in this period.</source>
        <translation>لا توجد ردود أولى في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="153"/>
        <source>No responses</source>
        <translation>لا توجد ردود</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="155"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="217"/>
        <source>Within target: {percent} ({met} of {total})</source>
        <translation>ضمن المهلة: {percent} ({met} من {total})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="159"/>
        <source>goal {percent}</source>
        <translation>الهدف {percent}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="163"/>
        <source>Answered within target</source>
        <translation>تم الرد ضمن المهلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="164"/>
        <source>% of responses</source>
        <translation>٪ من الردود</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="165"/>
        <source>No responses in this period.</source>
        <translation>لا توجد ردود في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="176"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="178"/>
        <source>Waiting now: {count}</source>
        <translation>بالانتظار الآن: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="180"/>
        <source>Waiting at the end of the week: {count}</source>
        <translation>بالانتظار في نهاية الأسبوع: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="183"/>
        <source>Waiting at the end of the day: {count}</source>
        <translation>بالانتظار في نهاية اليوم: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="189"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="242"/>
        <source>Customers waiting for a reply</source>
        <translation>عملاء بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="191"/>
        <source>customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="192"/>
        <source>Nobody was left waiting in this period.</source>
        <translation>لم يبقَ أحد بالانتظار في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="198"/>
        <source>Sent outside the app</source>
        <translation>أُرسل من خارج التطبيق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="199"/>
        <source>Agent #{number}</source>
        <translation>الموظف رقم {number}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="208"/>
        <source>median first response {time} · {percent} within target</source>
        <translation>وسيط الرد الأول {time} · {percent} ضمن المهلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="212"/>
        <source>Replies sent: {count}</source>
        <translation>الردود المرسلة: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="213"/>
        <source>Conversations answered: {count}</source>
        <translation>المحادثات التي تم الرد عليها: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="215"/>
        <source>Median first response: {time}</source>
        <translation>وسيط الرد الأول: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="223"/>
        <source>Replies sent</source>
        <translation>الردود المرسلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="224"/>
        <source>Conversations answered</source>
        <translation>المحادثات التي تم الرد عليها</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="226"/>
        <source>No replies in this period.</source>
        <translation>لم تُرسل أي ردود في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="239"/>
        <source>Customer messages by channel</source>
        <translation>رسائل العملاء حسب القناة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="240"/>
        <source>First response time</source>
        <translation>مدة الرد الأول</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="241"/>
        <source>Responses within target</source>
        <translation>الردود ضمن المهلة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="243"/>
        <source>By agent</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="252"/>
        <source>Per week, Monday first.</source>
        <translation>أسبوعيًا، من الاثنين إلى الأحد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="252"/>
        <source>Per day.</source>
        <translation>يوميًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="254"/>
        <source>Automated mail (bounces, auto-replies) is left out: {count}.</source>
        <translation>الرسائل الآلية (رسائل الارتداد والردود التلقائية) مستبعدة: {count}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="258"/>
        <source>Counted once per conversation, in business hours; automatic acknowledgements do not count as a response.</source>
        <translation>يُحتسب مرة واحدة لكل محادثة، ضمن ساعات العمل؛ ولا تُحتسب إشعارات الاستلام التلقائية ردًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="261"/>
        <source>First and follow-up responses against the targets of their channel.</source>
        <translation>الردود الأولى والتالية مقارنةً بأهداف قناتها.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="263"/>
        <source>At the end of each week, and now.</source>
        <translation>في نهاية كل أسبوع، والآن.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="264"/>
        <source>At the end of each day, and now.</source>
        <translation>في نهاية كل يوم، والآن.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="265"/>
        <source>Replies sent and conversations answered in the period.</source>
        <translation>الردود المرسلة والمحادثات التي تم الرد عليها خلال الفترة.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="53"/>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="58"/>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="74"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="53"/>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="61"/>
        <source>Restore and close</source>
        <translation>استعادة وإغلاق</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="134"/>
        <source>Restore the backup of {when}?</source>
        <translation>هل تريد استعادة النسخة الاحتياطية المؤرخة {when}؟</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="136"/>
        <source>It holds {conversations} and {messages}. Everything in this profile is replaced by it; what arrived since stays on your mail server and is fetched again. A safety backup of the current data is saved first in {folder}. Agent Assist then closes: start it again to continue.</source>
        <translation>تحتوي على {conversations} و{messages}. سيُستبدل بها كل ما في هذا الملف الشخصي؛ أما ما وصل بعدها فيبقى على خادم البريد لديك ويُجلب من جديد. تُحفظ أولًا نسخة احتياطية وقائية من البيانات الحالية في {folder}. ثم يُغلق Agent Assist: شغّله من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="168"/>
        <source>The backup is restored: {conversations} and {messages}. Your data from before is saved in {path}. Agent Assist now closes: start it again to continue.</source>
        <translation>تمت استعادة النسخة الاحتياطية: {conversations} و{messages}. بياناتك السابقة محفوظة في {path}. سيُغلق Agent Assist الآن: شغّله من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="179"/>
        <source>Your data from before is saved in {path}.</source>
        <translation>بياناتك السابقة محفوظة في {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="180"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="181"/>
        <source>Agent Assist now closes: start it again to continue.</source>
        <translation>سيُغلق Agent Assist الآن: شغّله من جديد للمتابعة.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="39"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="77"/>
        <location filename="../../agent_assist/ui/search/saved.py" line="86"/>
        <source>Counting saved searches</source>
        <translation>عدّ نتائج عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="114"/>
        <source>Type a search first, then save it.</source>
        <translation>اكتب بحثًا أولًا، ثم احفظه.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="116"/>
        <source>Save this search</source>
        <translation>حفظ هذا البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="117"/>
        <source>Name in the navigation:</source>
        <translation>الاسم في شريط التنقل:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="121"/>
        <source>Saving the search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="122"/>
        <source>Search saved.</source>
        <translation>تم حفظ البحث.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="127"/>
        <source>Rename saved search</source>
        <translation>إعادة تسمية البحث المحفوظ</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="127"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="132"/>
        <source>Renaming the search</source>
        <translation>إعادة تسمية البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="138"/>
        <source>Delete the saved search “{name}”? The conversations it finds stay.</source>
        <translation>هل تريد حذف البحث المحفوظ «{name}»؟ تبقى المحادثات التي يعثر عليها كما هي.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="142"/>
        <source>Deleting the search</source>
        <translation>حذف البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="146"/>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="147"/>
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="148"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="34"/>
        <source>Words, &quot;exact phrases&quot;, prefix*, -excluded, and filters such as channel:email status:open after:7d has:attachment tag:vip contact:Léa</source>
        <translation>كلمات، و&quot;عبارات مطابقة&quot;، وبادئة*، و-مستبعد، وعوامل تصفية مثل channel:email status:open after:7d has:attachment tag:vip contact:Léa</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="37"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="38"/>
        <source>Channel, status, agent, dates, attachments, tag (Ctrl+Shift+F)</source>
        <translation>القناة، الحالة، الموظف، التواريخ، المرفقات، الوسم (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="40"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="41"/>
        <source>Save this search in the navigation</source>
        <translation>حفظ هذا البحث في شريط التنقل</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../agent_assist/ui/search/controller.py" line="61"/>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/controller.py" line="95"/>
        <source>Listing agents and tags</source>
        <translation>تحميل قائمة الموظفين والوسوم</translation>
    </message>
</context>
<context>
    <name>SearchErrors</name>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="18"/>
        <source>There is no “{name}:” filter; use channel:, status:, agent:, assignee:, contact:, after:, before:, has:attachment, tag: or in:notes (or put the words in quotes).</source>
        <translation>لا يوجد عامل تصفية «{name}:‎»؛ استخدم channel:‎ أو status:‎ أو agent:‎ أو assignee:‎ أو contact:‎ أو after:‎ أو before:‎ أو has:attachment أو tag:‎ أو in:notes (أو ضع الكلمات بين علامتَي تنصيص).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="22"/>
        <source>“{name}:” needs a value, for example {example}.</source>
        <translation>يحتاج «{name}:‎» إلى قيمة، مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="23"/>
        <source>“{value}” is not a value of {name}:; use {choices}.</source>
        <translation>«{value}» ليست قيمة صالحة لـ {name}:‎؛ استخدم {choices}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="24"/>
        <source>“{value}” is not a date for {name}:; use a date like 2026-01-31, today, yesterday or 7d.</source>
        <translation>«{value}» ليس تاريخًا صالحًا لـ {name}:‎؛ استخدم تاريخًا مثل 2026-01-31 أو today أو yesterday أو 7d.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="26"/>
        <source>“from:” takes a date; to find what {value} wrote, use contact:{value}.</source>
        <translation>يأخذ «from:‎» تاريخًا؛ للعثور على ما كتبه {value}، استخدم contact:{value}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="28"/>
        <source>A date filter cannot be negated: use before: instead of -after:, and after: instead of -before:.</source>
        <translation>لا يمكن نفي عامل تصفية التاريخ: استخدم before:‎ بدلًا من ‎-after:‎، واستخدم after:‎ بدلًا من ‎-before:‎.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="30"/>
        <source>No message can be on or after {after} and before {before}.</source>
        <translation>لا يمكن أن تكون أي رسالة بتاريخ {after} أو بعده وقبل {before} في آنٍ واحد.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="31"/>
        <source>There is no agent called “{value}”.</source>
        <translation>لا يوجد موظف باسم «{value}».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="32"/>
        <source>There is nothing to save: type a search first.</source>
        <translation>لا يوجد ما يُحفظ: اكتب بحثًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="33"/>
        <source>Give the saved search a name.</source>
        <translation>أعطِ البحث المحفوظ اسمًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="34"/>
        <source>Keep the name under {limit} characters.</source>
        <translation>اجعل الاسم أقل من {limit} حرفًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="35"/>
        <source>A saved search called “{name}” already exists.</source>
        <translation>يوجد بالفعل بحث محفوظ باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="36"/>
        <source>That saved search no longer exists.</source>
        <translation>لم يعد هذا البحث المحفوظ موجودًا.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="37"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="37"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="95"/>
        <source>Nothing matches. Words match whole: add * to find words that start with it (refund* finds refunded), or remove a filter.</source>
        <translation>لا توجد نتائج. يُبحث عن الكلمات كاملةً: أضف * للعثور على الكلمات التي تبدأ بها (استرد* تجد استرداد)، أو أزل عامل تصفية.</translation>
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
        <location filename="../../agent_assist/ui/conversation/view.py" line="128"/>
        <source>{n} earlier messages are not shown.</source>
        <extracomment>Builds a message&apos;s attachment controls (set by the channels feature).</extracomment>
        <translation>لا تُعرض الرسائل الأقدم ({n}).</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="53"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="56"/>
        <source>waiting now</source>
        <translation>بالانتظار الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="57"/>
        <source>oldest wait (business hours)</source>
        <translation>أطول انتظار (ساعات العمل)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="58"/>
        <source>answered today</source>
        <translation>تم الرد عليها اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="59"/>
        <source>first response, median today</source>
        <translation>الرد الأول، الوسيط اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="60"/>
        <source>answered within target today</source>
        <translation>تم الرد عليها ضمن المهلة اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="71"/>
        <source>Needs attention</source>
        <translation>تحتاج إلى انتباه</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="103"/>
        <source>Everyone has an answer.</source>
        <translation>تلقّى الجميع ردًا.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="123"/>
        <source>Loading today&apos;s figures</source>
        <translation>تحميل أرقام اليوم</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="134"/>
        <source>{wait} on the clock</source>
        <translation>{wait} على العدّاد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
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
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
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
        <location filename="../../agent_assist/ui/today/view.py" line="149"/>
        <source>Nothing is waiting. Enjoy the calm.</source>
        <translation>لا شيء بالانتظار. استمتع بالهدوء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="156"/>
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
        <location filename="../../agent_assist/ui/today/view.py" line="158"/>
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
        <location filename="../../agent_assist/ui/today/view.py" line="164"/>
        <source>Fetch them now</source>
        <translation>جلبها الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="165"/>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="166"/>
        <source>Open outbox</source>
        <translation>فتح صندوق الصادر</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="167"/>
        <source>Check the account</source>
        <translation>التحقق من الحساب</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="168"/>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="169"/>
        <source>Show them</source>
        <translation>اعرضها</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="170"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>TodayWarnings</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="31"/>
        <source>%n possible missed message(s) in {account} ({folders}): they are on the server but not in the inbox.</source>
        <translation>
            <numerusform>%Ln رسالة قد تكون فائتة في {account} ({folders}): إنها على الخادم وليست في صندوق الوارد.</numerusform>
            <numerusform>رسالة واحدة قد تكون فائتة في {account} ({folders}): إنها على الخادم وليست في صندوق الوارد.</numerusform>
            <numerusform>رسالتان قد تكونان فائتتين في {account} ({folders}): إنهما على الخادم وليستا في صندوق الوارد.</numerusform>
            <numerusform>%Ln رسائل قد تكون فائتة في {account} ({folders}): إنها على الخادم وليست في صندوق الوارد.</numerusform>
            <numerusform>%Ln رسالة قد تكون فائتة في {account} ({folders}): إنها على الخادم وليست في صندوق الوارد.</numerusform>
            <numerusform>%Ln رسالة قد تكون فائتة في {account} ({folders}): إنها على الخادم وليست في صندوق الوارد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="35"/>
        <source>{account} cannot sync: {error}</source>
        <translation>تتعذّر مزامنة {account}: {error}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="38"/>
        <source>{account} has never synced.</source>
        <translation>لم تتم مزامنة {account} قط.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="39"/>
        <source>{account} has not synced for {wait}.</source>
        <translation>لم تتم مزامنة {account} منذ {wait}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="42"/>
        <source>%n message(s) could not be sent.</source>
        <translation>
            <numerusform>تعذّر إرسال %Ln رسالة.</numerusform>
            <numerusform>تعذّر إرسال رسالة واحدة.</numerusform>
            <numerusform>تعذّر إرسال رسالتين.</numerusform>
            <numerusform>تعذّر إرسال %Ln رسائل.</numerusform>
            <numerusform>تعذّر إرسال %Ln رسالة.</numerusform>
            <numerusform>تعذّر إرسال %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="44"/>
        <source>%n message(s) may not have arrived: check before resending.</source>
        <translation>
            <numerusform>ربما لم تصل %Ln رسالة: تحقّق قبل إعادة الإرسال.</numerusform>
            <numerusform>ربما لم تصل رسالة واحدة: تحقّق قبل إعادة الإرسال.</numerusform>
            <numerusform>ربما لم تصل رسالتان: تحقّق قبل إعادة الإرسال.</numerusform>
            <numerusform>ربما لم تصل %Ln رسائل: تحقّق قبل إعادة الإرسال.</numerusform>
            <numerusform>ربما لم تصل %Ln رسالة: تحقّق قبل إعادة الإرسال.</numerusform>
            <numerusform>ربما لم تصل %Ln رسالة: تحقّق قبل إعادة الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="46"/>
        <source>%n new message(s) could not be read: each is kept with its exact bytes, to read, save or try again.</source>
        <translation>
            <numerusform>تعذّرت قراءة %Ln رسالة جديدة: كلٌّ منها محفوظ ببايتاته كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
            <numerusform>تعذّرت قراءة رسالة جديدة واحدة: إنها محفوظة ببايتاتها كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
            <numerusform>تعذّرت قراءة رسالتين جديدتين: كلٌّ منهما محفوظة ببايتاتها كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسائل جديدة: كلٌّ منها محفوظ ببايتاته كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسالة جديدة: كلٌّ منها محفوظ ببايتاته كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
            <numerusform>تعذّرت قراءة %Ln رسالة جديدة: كلٌّ منها محفوظ ببايتاته كما وصلت، لقراءتها أو حفظها أو إعادة المحاولة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="49"/>
        <source>Settings need a look: {problem}</source>
        <translation>تحتاج الإعدادات إلى مراجعة: {problem}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="51"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {reason}</translation>
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
