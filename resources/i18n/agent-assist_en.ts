<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/audit_view.py" line="195"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversation</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversations</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n message</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachment</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachments</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="149"/>
        <source>The %n conversation(s) in the current list{title}</source>
        <translation>
            <numerusform>The %n conversation in the current list{title}</numerusform>
            <numerusform>The %n conversations in the current list{title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="153"/>
        <source>Everything: %n conversation(s)</source>
        <translation>
            <numerusform>Everything: %n conversation</numerusform>
            <numerusform>Everything: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="288"/>
        <source>Exported %n email(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n email to {path}.</numerusform>
            <numerusform>Exported %n emails to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="291"/>
        <source>Exported %n message(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n message to {path}.</numerusform>
            <numerusform>Exported %n messages to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="290"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="292"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="293"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="302"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="304"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n day ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="64"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="66"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="67"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mentions</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="47"/>
        <source>%n note(s) mention you. Double-click one to open its conversation.</source>
        <translation>
            <numerusform>%n note mentions you. Double-click it to open its conversation.</numerusform>
            <numerusform>%n notes mention you. Double-click one to open its conversation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="199"/>
        <source>%n message(s) could not be read. Each is kept here with its exact bytes; nothing is deleted.</source>
        <translation>
            <numerusform>%n message could not be read. Each is kept here with its exact bytes; nothing is deleted.</numerusform>
            <numerusform>%n messages could not be read. Each is kept here with its exact bytes; nothing is deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="33"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customer is still waiting for an answer:</source>
        <translation>
            <numerusform>%n customer is still waiting for an answer:</numerusform>
            <numerusform>%n customers are still waiting for an answer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customers are still waiting for an answer:</source>
        <translation>
            <numerusform>%n customer is still waiting for an answer:</numerusform>
            <numerusform>%n customers are still waiting for an answer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
        <source>%n conversation answered today. Time for a coffee.</source>
        <translation>
            <numerusform>%n conversation answered today. Time for a coffee.</numerusform>
            <numerusform>%n conversations answered today. Time for a coffee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
        <source>%n conversations answered today. Time for a coffee.</source>
        <translation>
            <numerusform>%n conversation answered today. Time for a coffee.</numerusform>
            <numerusform>%n conversations answered today. Time for a coffee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="156"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="158"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWarnings</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="31"/>
        <source>%n possible missed message(s) in {account} ({folders}): they are on the server but not in the inbox.</source>
        <translation>
            <numerusform>%n possible missed message in {account} ({folders}): it is on the server but not in the inbox.</numerusform>
            <numerusform>%n possible missed messages in {account} ({folders}): they are on the server but not in the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="42"/>
        <source>%n message(s) could not be sent.</source>
        <translation>
            <numerusform>%n message could not be sent.</numerusform>
            <numerusform>%n messages could not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="44"/>
        <source>%n message(s) may not have arrived: check before resending.</source>
        <translation>
            <numerusform>%n message may not have arrived: check before resending.</numerusform>
            <numerusform>%n messages may not have arrived: check before resending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="46"/>
        <source>%n new message(s) could not be read: each is kept with its exact bytes, to read, save or try again.</source>
        <translation>
            <numerusform>%n new message could not be read: it is kept with its exact bytes, to read, save or try again.</numerusform>
            <numerusform>%n new messages could not be read: each is kept with its exact bytes, to read, save or try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customer waiting</source>
        <translation>
            <numerusform>Agent Assist — %n customer waiting</numerusform>
            <numerusform>Agent Assist — %n customers waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customers waiting</source>
        <translation>
            <numerusform>Agent Assist — %n customer waiting</numerusform>
            <numerusform>Agent Assist — %n customers waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="182"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="205"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="184"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="206"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="191"/>
        <source>%n new customer messages</source>
        <translation>
            <numerusform>%n new customer message</numerusform>
            <numerusform>%n new customer messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversation needs attention</source>
        <translation>
            <numerusform>%n conversation needs attention</numerusform>
            <numerusform>%n conversations need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversations need attention</source>
        <translation>
            <numerusform>%n conversation needs attention</numerusform>
            <numerusform>%n conversations need attention</numerusform>
        </translation>
    </message>
</context>
</TS>
