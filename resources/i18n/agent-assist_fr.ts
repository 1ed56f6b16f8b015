<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="45"/>
        <source>installed build</source>
        <translation>version installée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="47"/>
        <source>from source</source>
        <translation>depuis les sources</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="48"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="50"/>
        <source>{name} License</source>
        <translation>Licence {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="52"/>
        <source>Version</source>
        <translation>Version</translation>
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
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="58"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="68"/>
        <source>About {app}</source>
        <translation>À propos d&apos;{app}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="78"/>
        <source>One inbox for your shop&apos;s email and chats, so no customer waits unanswered.</source>
        <translation>Une seule boîte de réception pour les e-mails et les messages de votre boutique&#xa0;: aucun client ne reste sans réponse.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="98"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="103"/>
        <source>Open profile folder</source>
        <translation>Ouvrir le dossier du profil</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="138"/>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos d&apos;{app}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/about.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="54"/>
        <source>Email</source>
        <extracomment>(button label, opens that channel&apos;s &quot;add&quot; dialog with this dialog as parent)</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="54"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="55"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="60"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="84"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="90"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="91"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="91"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="100"/>
        <source>Add email account…</source>
        <translation>Ajouter un compte e-mail…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="101"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="102"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="103"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="150"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="151"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="151"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="153"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="183"/>
        <source>No account yet: add your shop&apos;s mailbox to bring its mail into the inbox.</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez la boîte mail de votre boutique pour faire arriver son courrier dans la boîte de réception.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="186"/>
        <source>{error} Fix it with Edit…, then press Test connection.</source>
        <translation>{error} Corrigez-le avec Modifier…, puis cliquez sur Tester la connexion.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="189"/>
        <source>{name} was last synced {when}.</source>
        <translation>Dernière synchronisation de {name}&#xa0;: {when}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="192"/>
        <source>{name} has not been synced yet.</source>
        <translation>{name} n&apos;a pas encore été synchronisé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="220"/>
        <source>Connecting {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="226"/>
        <source>{name} connected and logged in. Sent folder: {sent}. The server offers: {caps}.</source>
        <translation>{name} est connecté et authentifié. Dossier des envois&#xa0;: {sent}. Le serveur propose&#xa0;: {caps}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="228"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="238"/>
        <source>Remove the account {name}? Its conversations and messages stay in the inbox; nothing is deleted on the server.</source>
        <translation>Retirer le compte {name}&#x202f;? Ses conversations et messages restent dans la boîte de réception&#x202f;; rien n&apos;est supprimé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="240"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="249"/>
        <source>Removing {name}…</source>
        <translation>Retrait de {name}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/accounts.py" line="254"/>
        <source>Removed {name}; its conversations stay in the inbox.</source>
        <translation>{name} est retiré&#x202f;; ses conversations restent dans la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>Agents</name>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="45"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="51"/>
        <source>On duty</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="56"/>
        <source>Only an owner can add, change or deactivate agents; you can change your own PIN and signatures.</source>
        <translation>Seul un propriétaire peut ajouter, modifier ou désactiver des agents&#x202f;; vous pouvez changer votre propre code PIN et vos signatures.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="77"/>
        <source>Selected agent</source>
        <translation>Agent sélectionné</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="81"/>
        <source>New PIN or password (empty: none)</source>
        <translation>Nouveau code PIN ou mot de passe (vide&#xa0;: aucun)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="82"/>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="85"/>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="86"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="103"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="109"/>
        <source>Save signature</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="111"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="112"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="119"/>
        <source>Add an agent</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="123"/>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="166"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="124"/>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="166"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="127"/>
        <source>PIN or password (optional)</source>
        <translation>Code PIN ou mot de passe (facultatif)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="128"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="137"/>
        <source>Team settings</source>
        <translation>Réglages de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="141"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="142"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="144"/>
        <source>Give new conversations to the agents on duty in turn</source>
        <translation>Attribuer les nouvelles conversations à tour de rôle aux agents en service</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="146"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="148"/>
        <source>Lock after being idle for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="164"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="164"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="204"/>
        <source>Make agent</source>
        <translation>Passer agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="204"/>
        <source>Make owner</source>
        <translation>Passer propriétaire</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="205"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="205"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="236"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="242"/>
        <source>Agent added.</source>
        <translation>Agent ajouté.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="252"/>
        <source>PIN changed.</source>
        <translation>Code PIN modifié.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="252"/>
        <source>PIN removed.</source>
        <translation>Code PIN supprimé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="261"/>
        <source>Renamed.</source>
        <translation>Renommé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="270"/>
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="277"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/agents_dialog.py" line="286"/>
        <source>Signature saved.</source>
        <translation>Signature enregistrée.</translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="24"/>
        <source>A&amp;ssign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="28"/>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="33"/>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="88"/>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="47"/>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="90"/>
        <source>Assigned to me</source>
        <translation>Attribuée à moi</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/assign_menu.py" line="92"/>
        <source>Assigned to {name}</source>
        <translation>Attribuée à {name}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="129"/>
        <source>The file {name} is missing from the profile folder; it can be recovered from the original message.</source>
        <extracomment>Files that run code when &quot;opened&quot; on Windows, macOS or Linux desktops. One sentence for the status bar (saved, refused, or why it failed).</extracomment>
        <translation>Le fichier {name} manque dans le dossier du profil&#x202f;; on peut le récupérer depuis le message d&apos;origine.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="137"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="148"/>
        <source>Could not save {name}: {reason}.</source>
        <translation>Impossible d&apos;enregistrer {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="152"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="162"/>
        <source>{name} is a program or script: Agent Assist never opens those, because they could harm this computer. Save it only if you trust the sender and know why they sent it.</source>
        <translation>{name} est un programme ou un script&#xa0;: Agent Assist n&apos;en ouvre jamais, car ils pourraient endommager cet ordinateur. Ne l&apos;enregistrez que si vous faites confiance à l&apos;expéditeur et savez pourquoi il l&apos;a envoyé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="165"/>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="168"/>
        <source>Open {name} with its usual application? Only open attachments from senders you trust.</source>
        <translation>Ouvrir {name} avec son application habituelle&#x202f;? N&apos;ouvrez que les pièces jointes d&apos;expéditeurs de confiance.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="170"/>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="178"/>
        <source>Could not open {name}: {reason}.</source>
        <translation>Impossible d&apos;ouvrir {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="182"/>
        <source>No application on this computer opens {name}; save it instead.</source>
        <translation>Aucune application de cet ordinateur n&apos;ouvre {name}&#x202f;; enregistrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="211"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="212"/>
        <source>Click to save; the arrow offers Open.</source>
        <translation>Cliquez pour enregistrer&#x202f;; la flèche propose Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="215"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/attachments.py" line="217"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="49"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="52"/>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="54"/>
        <source>Added an internal note</source>
        <translation>A ajouté une note interne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="56"/>
        <source>Set status to {status}</source>
        <translation>A mis l&apos;état à «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="58"/>
        <source>Assigned to {name}</source>
        <translation>Attribuée à {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="59"/>
        <source> (round-robin)</source>
        <translation> (à tour de rôle)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="61"/>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="63"/>
        <source>Added an agent</source>
        <translation>A ajouté un agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="63"/>
        <source>Deactivated an agent</source>
        <translation>A désactivé un agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="64"/>
        <source>Reactivated an agent</source>
        <translation>A réactivé un agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="64"/>
        <source>Changed a role</source>
        <translation>A changé un rôle</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="65"/>
        <source>Changed a PIN or password</source>
        <translation>A changé un code PIN ou un mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="66"/>
        <source>Changed a signature</source>
        <translation>A changé une signature</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="66"/>
        <source>Renamed an agent</source>
        <translation>A renommé un agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="67"/>
        <source>Changed duty</source>
        <translation>A changé la permanence</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="68"/>
        <source>Signed in</source>
        <translation>S&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="68"/>
        <source>Switched in</source>
        <translation>A pris la main</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="69"/>
        <source>Unlocked</source>
        <translation>A déverrouillé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="69"/>
        <source>Locked the window</source>
        <translation>A verrouillé la fenêtre</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="70"/>
        <source>Signed out</source>
        <translation>S&apos;est déconnecté</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="70"/>
        <source>Wrong PIN or password</source>
        <translation>Code PIN ou mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="71"/>
        <source>Changed round-robin</source>
        <translation>A changé la distribution à tour de rôle</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="72"/>
        <source>Changed the idle lock</source>
        <translation>A changé le verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="166"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="103"/>
        <source>Conversation / item</source>
        <translation>Conversation / élément</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="104"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="121"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="147"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="164"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="168"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="170"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/audit_view.py" line="195"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/audit_view.py" line="205"/>
        <source>Audit log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="48"/>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="77"/>
        <source>Back up automatically every day</source>
        <translation>Sauvegarder automatiquement chaque jour</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="88"/>
        <source>Safest on another disk or a USB drive; a network folder works too. Empty: the default folder shown.</source>
        <translation>Le plus sûr est un autre disque ou une clé USB&#x202f;; un dossier réseau convient aussi. Vide&#xa0;: le dossier par défaut affiché.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="92"/>
        <source>Once Agent Assist has run for</source>
        <translation>Quand Agent Assist est ouvert depuis</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="98"/>
        <source>Every day at</source>
        <translation>Chaque jour à</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="119"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="122"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="124"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="125"/>
        <source>Daily backups to keep</source>
        <translation>Sauvegardes quotidiennes à conserver</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="126"/>
        <source>Weekly backups to keep</source>
        <translation>Sauvegardes hebdomadaires à conserver</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="131"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="181"/>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="183"/>
        <source>Last backup: {when}, {conversations}, {size} — integrity checked.</source>
        <translation>Dernière sauvegarde&#xa0;: {when}, {conversations}, {size} — intégrité vérifiée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="189"/>
        <source>Last backup failed ({when}): {reason}</source>
        <translation>Échec de la dernière sauvegarde ({when})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="203"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="221"/>
        <source>The folder {path} cannot be created: choose another one.</source>
        <translation>Impossible de créer le dossier {path}&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/settings_dialog.py" line="224"/>
        <source>The folder {path} is not writable: choose another one.</source>
        <translation>Impossible d&apos;écrire dans le dossier {path}&#xa0;: choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="37"/>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="37"/>
        <source>Backups (*.zip)</source>
        <translation>Sauvegardes (*.zip)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/controller.py" line="154"/>
        <source>A backup is already running.</source>
        <translation>Une sauvegarde est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversation</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="21"/>
        <source>%n conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n message</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="25"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachment</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/backups/texts.py" line="29"/>
        <source>%n attachments</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="35"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="36"/>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="41"/>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="42"/>
        <source>Checking the copy&apos;s integrity…</source>
        <translation>Vérification de l&apos;intégrité de la copie…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="43"/>
        <source>Writing the backup file…</source>
        <translation>Écriture du fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="44"/>
        <source>Reading the backup file back…</source>
        <translation>Relecture du fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="45"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="46"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="47"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="51"/>
        <source>Backup saved: {conversations}, {messages}, integrity checked.</source>
        <translation>Sauvegarde enregistrée&#xa0;: {conversations}, {messages}, intégrité vérifiée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="59"/>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="62"/>
        <source>{path} is a folder: choose a file name such as backup.zip.</source>
        <translation>{path} est un dossier&#xa0;: choisissez un nom de fichier, par exemple backup.zip.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="63"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="64"/>
        <source>The folder {path} is not writable: choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier {path}&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="65"/>
        <source>There is not enough free space in {path} for the backup.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre dans {path} pour la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="66"/>
        <source>The backup could not be written in {path}.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="67"/>
        <source>The database failed its integrity check: the backup was not saved. Restore an earlier backup or contact support.</source>
        <translation>La base de données n&apos;a pas passé la vérification d&apos;intégrité&#xa0;: la sauvegarde n&apos;a pas été enregistrée. Restaurez une sauvegarde antérieure ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="69"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="70"/>
        <source>This backup is damaged or incomplete and cannot be restored: choose another one.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète et ne peut pas être restaurée&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="72"/>
        <source>{path} is not an Agent Assist backup.</source>
        <translation>{path} n&apos;est pas une sauvegarde Agent Assist.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="73"/>
        <source>This backup was made by a newer version of Agent Assist: install that version to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente d&apos;Agent Assist&#xa0;: installez cette version pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="75"/>
        <source>Another Agent Assist window or command is using this profile: close it, then restore again.</source>
        <translation>Une autre fenêtre ou commande Agent Assist utilise ce profil&#xa0;: fermez-la, puis relancez la restauration.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="85"/>
        <source>Only an owner can back up the shop&apos;s data or change the backups.</source>
        <translation>Seul un propriétaire peut sauvegarder les données de la boutique ou modifier les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="86"/>
        <source>Only an owner can restore a backup.</source>
        <translation>Seul un propriétaire peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/texts.py" line="87"/>
        <source>Only an owner can delete a customer&apos;s data.</source>
        <translation>Seul un propriétaire peut supprimer les données d&apos;un client.</translation>
    </message>
</context>
<context>
    <name>BusinessHoursEditor</name>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="50"/>
        <source>On {day}, &apos;{chunk}&apos; needs a start and an end, like 09:00–12:30.</source>
        <translation>Le {day}, «&#xa0;{chunk}&#xa0;» doit avoir un début et une fin, par exemple 09:00–12:30.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="74"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="79"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="80"/>
        <source>Opening periods, e.g. 09:00–12:30, 14:00–18:00. Leave empty when closed.</source>
        <translation>Plages d&apos;ouverture, par ex. 09:00–12:30, 14:00–18:00. Laisser vide les jours de fermeture.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="88"/>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="89"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="90"/>
        <source>Add French public holidays</source>
        <translation>Ajouter les jours fériés français</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/hours_editor.py" line="101"/>
        <source>Holidays (closed all day)</source>
        <translation>Jours fériés (fermé toute la journée)</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="22"/>
        <source>Client window: another Agent Assist window (process {pid}) syncs and sends replies.</source>
        <translation>Fenêtre cliente&#xa0;: une autre fenêtre d&apos;Agent Assist (processus {pid}) synchronise et envoie les réponses.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="26"/>
        <source>Replies written here are queued and sent by the window that holds the sync engine; close that one and the next window to start takes over.</source>
        <translation>Les réponses écrites ici sont mises en file d&apos;attente et envoyées par la fenêtre qui détient la synchronisation&#x202f;; si vous la fermez, la prochaine fenêtre ouverte prend le relais.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/client.py" line="30"/>
        <source>{title} — client window</source>
        <translation>{title} — fenêtre cliente</translation>
    </message>
</context>
<context>
    <name>Collision</name>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="108"/>
        <source>You are also writing here in another window.</source>
        <translation>Vous écrivez aussi ici dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="110"/>
        <source>{name} is replying…</source>
        <translation>{name} est en train de répondre…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="111"/>
        <source>{names} are replying…</source>
        <translation>{names} sont en train de répondre…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="164"/>
        <source>Customer ({name}) at {when}</source>
        <translation>Client ({name}) à {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="167"/>
        <source>Note by {name} at {when}</source>
        <translation>Note de {name} à {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="167"/>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="169"/>
        <source>Reply by {name} at {when}</source>
        <translation>Réponse de {name} à {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="169"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="181"/>
        <source>New activity in this conversation</source>
        <translation>Nouvelle activité dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="182"/>
        <source>Since you started writing:</source>
        <translation>Depuis que vous avez commencé à écrire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="183"/>
        <source>Someone else has already replied since you started writing:</source>
        <translation>Quelqu&apos;un d&apos;autre a déjà répondu depuis que vous avez commencé à écrire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="192"/>
        <source>Add the note anyway</source>
        <translation>Ajouter la note quand même</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="192"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/collision_banner.py" line="194"/>
        <source>Go back to my draft</source>
        <translation>Revenir à mon brouillon</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="53"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="54"/>
        <source>Visible to your team only; never sent</source>
        <translation>Visible uniquement par votre équipe&#x202f;; jamais envoyée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="57"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="132"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="132"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="135"/>
        <source>Select a conversation to reply.</source>
        <translation>Sélectionnez une conversation pour répondre.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="138"/>
        <source>Write a note for your team…</source>
        <translation>Écrivez une note pour votre équipe…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="139"/>
        <source>Only your team sees notes.</source>
        <translation>Seule votre équipe voit les notes.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="141"/>
        <source>Write a reply…  (Ctrl+Enter to send)</source>
        <translation>Écrivez une réponse…  (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="142"/>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/composer/composer.py" line="143"/>
        <source>Reply to {who} by {channel}</source>
        <translation>Répondre à {who} par {channel}</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="17"/>
        <source>same email address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="18"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="19"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="25"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="26"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="27"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="28"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="29"/>
        <source>Demo chat</source>
        <translation>Chat de démo</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="31"/>
        <source>{kind}: {value}</source>
        <translation>{kind}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/labels.py" line="40"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="66"/>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="71"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="72"/>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="76"/>
        <source>Snoozed until {when}</source>
        <translation>Reportée jusqu&apos;à {when}</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../../agent_assist/ui/data/controller.py" line="87"/>
        <source>search results</source>
        <extracomment>While an import runs the inbox refreshes at most this often, so new mail shows up.</extracomment>
        <translation>résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/controller.py" line="132"/>
        <source>Opening the quarantine</source>
        <translation>Ouverture de la quarantaine</translation>
    </message>
</context>
<context>
    <name>EmailAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="76"/>
        <source>Edit email account</source>
        <extracomment>Usual ports per encryption mode, offered when the user switches mode.</extracomment>
        <translation>Modifier le compte e-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="76"/>
        <source>Add an email account</source>
        <translation>Ajouter un compte e-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="77"/>
        <source>Shop mail</source>
        <translation>Courrier de la boutique</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="79"/>
        <source>usually the email address</source>
        <translation>en général l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="80"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="86"/>
        <source>Also watch the Sent folder, so replies sent from a phone or webmail count as answers</source>
        <translation>Surveiller aussi le dossier des envois, pour que les réponses envoyées depuis un téléphone ou un webmail comptent comme des réponses</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="93"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="99"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="99"/>
        <source>Add</source>
        <translation>Ajouter</translation>
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
        <translation>Aucun (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="137"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="138"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="139"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="140"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="144"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="145"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="149"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="152"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="154"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="157"/>
        <source>Folders to watch</source>
        <translation>Dossiers à surveiller</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="159"/>
        <source>Separate folder names with commas. Nothing is ever marked read, moved or deleted on the server.</source>
        <translation>Séparez les noms de dossiers par des virgules. Rien n&apos;est jamais marqué comme lu, déplacé ni supprimé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="173"/>
        <source>To change this, remove the account and add it again.</source>
        <translation>Pour modifier ceci, retirez le compte puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="193"/>
        <source>Please give the account a name.</source>
        <translation>Veuillez donner un nom au compte.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="194"/>
        <source>Please enter the email address customers write to.</source>
        <translation>Veuillez saisir l&apos;adresse e-mail à laquelle les clients écrivent.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="196"/>
        <source>Please enter the incoming (IMAP) server, for example imap.example.com.</source>
        <translation>Veuillez saisir le serveur entrant (IMAP), par exemple imap.example.com.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="198"/>
        <source>Please enter the outgoing (SMTP) server, for example smtp.example.com.</source>
        <translation>Veuillez saisir le serveur sortant (SMTP), par exemple smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="229"/>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="252"/>
        <source>Please enter the password.</source>
        <translation>Veuillez saisir le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="236"/>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="240"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="241"/>
        <source>Connected and logged in. Folders: {folders}. Sent folder: {sent}. The server offers: {caps}.</source>
        <translation>Connecté et authentifié. Dossiers&#xa0;: {folders}. Dossier des envois&#xa0;: {sent}. Le serveur propose&#xa0;: {caps}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="266"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/email_form.py" line="271"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="46"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="79"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="92"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="95"/>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="98"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="114"/>
        <source>What to export</source>
        <translation>Éléments à exporter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="124"/>
        <source>Format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="127"/>
        <source>JSON: everything, complete; Agent Assist can import it again</source>
        <translation>JSON&#xa0;: tout, au complet&#x202f;; Agent Assist peut le réimporter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="128"/>
        <source>CSV: one row per message, for spreadsheets</source>
        <translation>CSV&#xa0;: une ligne par message, pour les tableurs</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="129"/>
        <source>mbox: the emails exactly as received, for mail programs</source>
        <translation>mbox&#xa0;: les e-mails tels qu&apos;ils ont été reçus, pour les logiciels de messagerie</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="146"/>
        <source>The open conversation</source>
        <translation>La conversation ouverte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="149"/>
        <source>The %n conversation(s) in the current list{title}</source>
        <translation>
            <numerusform>%Ln conversation de la liste actuelle{title}</numerusform>
            <numerusform>%Ln conversations de la liste actuelle{title}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="153"/>
        <source>Everything: %n conversation(s)</source>
        <translation>
            <numerusform>Tout&#xa0;: %Ln conversation</numerusform>
            <numerusform>Tout&#xa0;: %Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="198"/>
        <source>JSON (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="198"/>
        <source>CSV (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="199"/>
        <source>mbox (*.mbox)</source>
        <translation>Fichier mbox (*.mbox)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="228"/>
        <source>Exporting to {path}…</source>
        <translation>Exportation vers {path}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="268"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="270"/>
        <source>The export</source>
        <translation>L&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="288"/>
        <source>Exported %n email(s) to {path}.</source>
        <translation>
            <numerusform>%Ln e-mail exporté dans {path}.</numerusform>
            <numerusform>%Ln e-mails exportés dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/export_dialog.py" line="291"/>
        <source>Exported %n message(s) to {path}.</source>
        <translation>
            <numerusform>%Ln message exporté dans {path}.</numerusform>
            <numerusform>%Ln messages exportés dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="31"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="53"/>
        <source>Add Telegram bot…</source>
        <translation>Ajouter un bot Telegram…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="54"/>
        <source>Add Matrix account…</source>
        <translation>Ajouter un compte Matrix…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="57"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="61"/>
        <source>Possible duplicate contacts…</source>
        <translation>Contacts peut-être en double…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="62"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="32"/>
        <location filename="../../agent_assist/ui/features/reports.py" line="40"/>
        <location filename="../../agent_assist/ui/features/search.py" line="21"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/channels.py" line="72"/>
        <source>Syncing {account}…</source>
        <translation>Synchronisation de {account}…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="33"/>
        <source>Response times and business hours…</source>
        <translation>Délais de réponse et heures d&apos;ouverture…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/__init__.py" line="92"/>
        <location filename="../../agent_assist/ui/features/backups.py" line="45"/>
        <location filename="../../agent_assist/ui/features/channels.py" line="57"/>
        <location filename="../../agent_assist/ui/features/guidance.py" line="49"/>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="35"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="45"/>
        <source>Acknowledging new messages</source>
        <translation>Accusé de réception des nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="48"/>
        <source>Bringing back follow-ups</source>
        <translation>Retour des relances</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="97"/>
        <source>Fetching missed messages</source>
        <translation>Récupération des messages manqués</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/never_unanswered.py" line="80"/>
        <source>Open Settings to fix this account.</source>
        <translation>Ouvrez les paramètres pour corriger ce compte.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="45"/>
        <source>Fill in the highlighted fields first: {fields}.</source>
        <translation>Remplissez d&apos;abord les champs en surbrillance&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="50"/>
        <source>Reply templates…</source>
        <translation>Modèles de réponse…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="52"/>
        <source>Playbooks and detection rules…</source>
        <translation>Fiches réflexes et règles de détection…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/guidance.py" line="70"/>
        <source>Working</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/__init__.py" line="56"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="42"/>
        <source>Back up now…</source>
        <extracomment>The first schedule check waits for the first paint and the start-up work to settle.</extracomment>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="43"/>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="46"/>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="47"/>
        <source>Forget this customer…</source>
        <translation>Oublier ce client…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="50"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="102"/>
        <source>Saving the backup settings</source>
        <translation>Enregistrement des paramètres de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="118"/>
        <source>A backup is running: restore once it has finished.</source>
        <translation>Une sauvegarde est en cours&#xa0;: lancez la restauration une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="129"/>
        <source>The automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="145"/>
        <source>Counting the customer&apos;s data</source>
        <translation>Décompte des données du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="161"/>
        <source>Deleting the customer&apos;s data</source>
        <translation>Suppression des données du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/backups.py" line="167"/>
        <source>Customer deleted: {conversations}, {messages}. Recorded in the audit log.</source>
        <translation>Client supprimé&#xa0;: {conversations}, {messages}. Inscrit au journal d&apos;activité.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="20"/>
        <source>Import mail…</source>
        <translation>Importer des e-mails…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="21"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="22"/>
        <source>Quarantined messages…</source>
        <translation>Messages en quarantaine…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/data.py" line="37"/>
        <source>Only an owner can export the shop&apos;s data.</source>
        <translation>Seul un propriétaire peut exporter les données de la boutique.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/reports.py" line="38"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/search.py" line="22"/>
        <source>Search filters…</source>
        <translation>Filtres de recherche…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/features/search.py" line="24"/>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
</context>
<context>
    <name>FilterPopover</name>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="47"/>
        <source>Search filters</source>
        <translation>Filtres de recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="49"/>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="51"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="53"/>
        <location filename="../../agent_assist/ui/search/filters.py" line="54"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="54"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="59"/>
        <source>Name, address or handle</source>
        <translation>Nom, adresse ou identifiant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="60"/>
        <source>With an attachment</source>
        <translation>Avec une pièce jointe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="61"/>
        <source>Internal notes only</source>
        <translation>Notes internes seulement</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="62"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="63"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="79"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="80"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="81"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="82"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="83"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="84"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="88"/>
        <source>Dates</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="92"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/filters.py" line="93"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>ForgetContactDialog</name>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="31"/>
        <source>Forget this customer</source>
        <translation>Oublier ce client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="33"/>
        <source>this customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="34"/>
        <source>Delete {name} and everything about them?</source>
        <translation>Supprimer {name} et tout ce qui le concerne&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="39"/>
        <source>their contact details: {handles}</source>
        <translation>ses coordonnées&#xa0;: {handles}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="43"/>
        <source>The deletion is recorded in the audit log: who did it, when, and these numbers, not the customer&apos;s data.</source>
        <translation>La suppression est inscrite au journal d&apos;activité&#xa0;: qui l&apos;a faite, quand, et ces chiffres, mais pas les données du client.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="46"/>
        <source>Copies on your mail server or chat service are not touched. This cannot be undone, except by restoring a backup made before.</source>
        <translation>Les copies sur votre serveur de messagerie ou votre service de discussion ne sont pas touchées. Cette action est irréversible, sauf en restaurant une sauvegarde faite auparavant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="48"/>
        <source>Yes, delete this customer&apos;s data for good</source>
        <translation>Oui, supprimer définitivement les données de ce client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/privacy/forget_dialog.py" line="51"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="288"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="290"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="292"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="293"/>
        <source>%n d</source>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="300"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="302"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="304"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="305"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="312"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="314"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n day</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/i18n.py" line="315"/>
        <source>%n days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/i18n.py" line="325"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
</context>
<context>
    <name>GuidanceCards</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="51"/>
        <source>waiting for us</source>
        <translation>attend notre réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="51"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="52"/>
        <source>waiting on the customer</source>
        <translation>en attente du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="52"/>
        <source>snoozed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="53"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="58"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="59"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="59"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="69"/>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="69"/>
        <source>tone</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="70"/>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="70"/>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="71"/>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="71"/>
        <source>recommended by the playbook</source>
        <translation>recommandé par la fiche réflexe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="72"/>
        <source>close to the customer&apos;s words</source>
        <translation>proche des mots du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="72"/>
        <source>shop closed now</source>
        <translation>boutique fermée en ce moment</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="73"/>
        <source>no order number yet</source>
        <translation>pas encore de numéro de commande</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="73"/>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="75"/>
        <source>long wait</source>
        <translation>longue attente</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="74"/>
        <source>customer wrote again</source>
        <translation>le client a réécrit</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="74"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="75"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="123"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="124"/>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="126"/>
        <source>Wrote to us again within 7 days: read the history first.</source>
        <translation>Nous a réécrit en moins de 7 jours&#xa0;: lisez d&apos;abord l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="131"/>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="171"/>
        <source>Language: {language}</source>
        <translation>Langue&#xa0;: {language}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="132"/>
        <source>Conversations: {n}</source>
        <translation>Conversations&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="134"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="137"/>
        <source>Notes: {notes}</source>
        <translation>Notes&#xa0;: {notes}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="139"/>
        <source>Team note: {note}</source>
        <translation>Note de l&apos;équipe&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="154"/>
        <source>Because the customer wrote {words}</source>
        <translation>Parce que le client a écrit {words}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="157"/>
        <source>{label}, because of {words}</source>
        <translation>{label}, en raison de {words}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="163"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="166"/>
        <source>Waiting for {wait}</source>
        <translation>En attente depuis {wait}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="168"/>
        <source>Not waiting for us</source>
        <translation>N&apos;attend pas de réponse de notre part</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="170"/>
        <source>SLA: see the waiting clock in the list</source>
        <translation>Délai&#xa0;: voir le temps d&apos;attente dans la liste</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="173"/>
        <source>The shop is closed now.</source>
        <translation>La boutique est fermée en ce moment.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="175"/>
        <source>Order: {number}</source>
        <translation>Commande&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="176"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="177"/>
        <source>No particular topic detected</source>
        <translation>Aucun sujet particulier détecté</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="179"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="180"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="191"/>
        <source>Playbook</source>
        <translation>Fiche réflexe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="194"/>
        <source>No playbook for this situation.</source>
        <translation>Aucune fiche réflexe pour cette situation.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="201"/>
        <source>Why: {reasons}</source>
        <translation>Pourquoi&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="204"/>
        <source>Checklist</source>
        <translation>Points à vérifier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="221"/>
        <source>Say</source>
        <translation>À dire</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="225"/>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="242"/>
        <source>Suggested replies</source>
        <translation>Réponses suggérées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="253"/>
        <source>General-purpose template</source>
        <translation>Modèle polyvalent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="254"/>
        <source>Insert the template {name}</source>
        <translation>Insérer le modèle {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="259"/>
        <source>How we answered similar messages</source>
        <translation>Comment nous avons répondu à des messages semblables</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="261"/>
        <source>No similar conversation yet.</source>
        <translation>Pas encore de conversation semblable.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="267"/>
        <source>They wrote: {text}</source>
        <translation>Le client a écrit&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="275"/>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/cards.py" line="276"/>
        <source>Insert this past reply</source>
        <translation>Insérer cette ancienne réponse</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="120"/>
        <source>Open a conversation to see what to do.</source>
        <translation>Ouvrez une conversation pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="125"/>
        <source>Reading the conversation…</source>
        <translation>Lecture de la conversation…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="156"/>
        <source>Guidance is unavailable: {reason}</source>
        <translation>Les conseils ne sont pas disponibles&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/guidance_panel.py" line="157"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="60"/>
        <source>Reach at</source>
        <translation>Joignable à</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="61"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="62"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="63"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="66"/>
        <source>CUSTOMER</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="79"/>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="84"/>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="92"/>
        <source>Not waiting</source>
        <translation>N&apos;attend pas</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/panel.py" line="99"/>
        <source>{n} in total</source>
        <translation>{n} au total</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="52"/>
        <source>Choose mail files</source>
        <translation>Choisir des fichiers de courrier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="53"/>
        <source>Mail (*.eml *.msg *.mbox *.mbx *.json);;All files (*)</source>
        <translation>Courrier (*.eml *.msg *.mbox *.mbx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="58"/>
        <source>Choose a mail folder</source>
        <translation>Choisir un dossier de courrier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="71"/>
        <source>Import mail</source>
        <translation>Importer du courrier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="89"/>
        <source>Add mbox files, Maildir folders, folders of .eml files or an Agent Assist JSON export. Messages already in the inbox are skipped, so importing the same files again is safe.</source>
        <translation>Ajoutez des fichiers mbox, des dossiers Maildir, des dossiers de fichiers .eml ou un export JSON d&apos;Agent Assist. Les messages déjà présents dans la boîte de réception sont ignorés&#xa0;: vous pouvez donc réimporter les mêmes fichiers sans risque.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="97"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="99"/>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="101"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="111"/>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="167"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="127"/>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="231"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="136"/>
        <source>Imported:</source>
        <translation>Importés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="137"/>
        <source>Already there:</source>
        <translation>Déjà présents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="138"/>
        <source>Quarantined (could not be read, kept):</source>
        <translation>En quarantaine (illisibles, conservés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="139"/>
        <source>You can keep working meanwhile; closing this window does not stop the import.</source>
        <translation>Vous pouvez continuer à travailler pendant ce temps&#x202f;; fermer cette fenêtre n&apos;arrête pas l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="142"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="163"/>
        <source>View quarantined messages…</source>
        <translation>Voir les messages en quarantaine…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="165"/>
        <source>Import more…</source>
        <translation>Importer d&apos;autres fichiers…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="242"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="253"/>
        <source>{done} of {total} read</source>
        <translation>{done} lus sur {total}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="268"/>
        <source>The import</source>
        <translation>L&apos;importation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="305"/>
        <source>imported: {imported} · already there: {duplicates} · quarantined: {quarantined}.</source>
        <translation>importés&#xa0;: {imported} · déjà présents&#xa0;: {duplicates} · en quarantaine&#xa0;: {quarantined}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="310"/>
        <source>Before that: {numbers} What was imported stays.</source>
        <translation>Auparavant&#xa0;: {numbers} Ce qui a été importé est conservé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="313"/>
        <source>Import stopped: {numbers}</source>
        <translation>Importation arrêtée&#xa0;: {numbers}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="314"/>
        <source>What was imported stays. Import the same files again to continue: nothing is imported twice.</source>
        <translation>Ce qui a été importé est conservé. Importez à nouveau les mêmes fichiers pour continuer&#xa0;: rien n&apos;est importé deux fois.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="317"/>
        <source>Import finished: {numbers}</source>
        <translation>Importation terminée&#xa0;: {numbers}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="319"/>
        <source>Quarantined messages could not be read; they are kept with their exact bytes.</source>
        <translation>Les messages en quarantaine n&apos;ont pas pu être lus&#x202f;; ils sont conservés octet pour octet.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/import_dialog.py" line="322"/>
        <source>Some files could not be read and were skipped:</source>
        <translation>Certains fichiers n&apos;ont pas pu être lus et ont été ignorés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../agent_assist/ui/inbox/pane.py" line="147"/>
        <source>{n} results for “{text}” — Esc to go back</source>
        <translation>{n} résultats pour «&#xa0;{text}&#xa0;» — Échap pour revenir</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="23"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="24"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="25"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="26"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="34"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="34"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="36"/>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="37"/>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="38"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="45"/>
        <source>Queued — sending shortly</source>
        <translation>En file d&apos;attente — envoi imminent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="47"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="49"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="52"/>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="51"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="53"/>
        <source>Delivery uncertain — check the customer received it before sending again. {reason}</source>
        <translation>Remise incertaine — vérifiez que le client l&apos;a reçu avant de renvoyer. {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/labels.py" line="62"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="64"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="66"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/labels.py" line="67"/>
        <source>%n d</source>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="42"/>
        <location filename="../../agent_assist/ui/settings/language.py" line="104"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="45"/>
        <source>Choose the language of Agent Assist. Customers&apos; messages and your replies stay in their own language.</source>
        <translation>Choisissez la langue d&apos;Agent Assist. Les messages des clients et vos réponses restent dans leur propre langue.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="53"/>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="89"/>
        <source>This is the language in use now.</source>
        <translation>C&apos;est la langue utilisée actuellement.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="91"/>
        <source>The new language applies the next time you start Agent Assist.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;Agent Assist.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="105"/>
        <source>The language could not be saved: {reason}</source>
        <translation>La langue n&apos;a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="112"/>
        <source>Language…</source>
        <translation>Langue…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/language.py" line="114"/>
        <source>Choose the language of the interface</source>
        <translation>Choisir la langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="22"/>
        <source>Template language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="31"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/language_switch.py" line="37"/>
        <source>Use the {language} text</source>
        <translation>Utiliser le texte en {language}</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="85"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="86"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="87"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="52"/>
        <source>Who is working?</source>
        <translation>Qui travaille&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="59"/>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="63"/>
        <source>Start working</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="80"/>
        <source>{name} · PIN</source>
        <translation>{name} · code PIN</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/login.py" line="158"/>
        <source>Agent Assist — who is working?</source>
        <translation>Agent Assist — qui travaille&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="23"/>
        <source>Search all messages  ( / )</source>
        <translation>Rechercher dans tous les messages  ( / )</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="30"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="39"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="42"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/chrome.py" line="49"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
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
        <translation>Vérification des messages non envoyés</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="134"/>
        <source>Waking snoozed</source>
        <translation>Retour des conversations reportées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="137"/>
        <source>Sending queued replies</source>
        <translation>Envoi des réponses en attente</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="183"/>
        <source>Refreshing the inbox</source>
        <translation>Actualisation de la boîte de réception</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="207"/>
        <source>That conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="245"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="246"/>
        <source>Adding the note</source>
        <translation>Ajout de la note</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="250"/>
        <source>Saving the reply</source>
        <translation>Enregistrement de la réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="252"/>
        <source>Sending the reply</source>
        <translation>Envoi de la réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="265"/>
        <source>A reply could not be sent; its conversation is back in Needs reply.</source>
        <translation>Une réponse n&apos;a pas pu être envoyée&#x202f;; sa conversation est revenue dans «&#xa0;À répondre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="268"/>
        <source>A reply may not have arrived: check with the customer before sending it again.</source>
        <translation>Une réponse n&apos;est peut-être pas arrivée&#xa0;: vérifiez auprès du client avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="271"/>
        <source>Reply sent.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="280"/>
        <source>Changing the status</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="294"/>
        <source>Nothing needs a reply. Nice work!</source>
        <translation>Rien n&apos;attend de réponse. Beau travail&#x202f;!</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/main_window.py" line="295"/>
        <source>No conversations here.</source>
        <translation>Aucune conversation ici.</translation>
    </message>
</context>
<context>
    <name>MatrixAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="50"/>
        <source>Add a Matrix account</source>
        <translation>Ajouter un compte Matrix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="51"/>
        <source>Shop chat</source>
        <translation>Messagerie de la boutique</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="56"/>
        <source>This is an access token, not a password</source>
        <translation>Ceci est un jeton d&apos;accès, pas un mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="59"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="60"/>
        <source>Homeserver</source>
        <translation>Serveur d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="61"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="62"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="64"/>
        <source>WhatsApp, Signal, Messenger, Instagram and Telegram chats arrive too when your homeserver bridges them.</source>
        <translation>Les discussions WhatsApp, Signal, Messenger, Instagram et Telegram arrivent aussi quand votre serveur d&apos;accueil les relaie par une passerelle.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="70"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="76"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="98"/>
        <source>homeserver</source>
        <translation>serveur d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="99"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="99"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="102"/>
        <source>Please fill in: {fields}.</source>
        <translation>Veuillez remplir&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="115"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="121"/>
        <source>Signed in to {server} as {user}.</source>
        <translation>Connecté à {server} en tant que {user}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="133"/>
        <source>Please give the account a name.</source>
        <translation>Veuillez donner un nom au compte.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="144"/>
        <source>Adding the account…</source>
        <translation>Ajout du compte…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/matrix.py" line="148"/>
        <source>Added {name} ({user}).</source>
        <translation>{name} ajouté ({user}).</translation>
    </message>
</context>
<context>
    <name>Mentions</name>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="32"/>
        <source>{who} in “{subject}” ({when}): {text}</source>
        <translation>{who} dans «&#xa0;{subject}&#xa0;» ({when})&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="33"/>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="45"/>
        <source>You were mentioned</source>
        <translation>Vous avez été mentionné</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/team/mentions_dialog.py" line="47"/>
        <source>%n note(s) mention you. Double-click one to open its conversation.</source>
        <translation>
            <numerusform>%Ln note vous mentionne. Double-cliquez dessus pour ouvrir sa conversation.</numerusform>
            <numerusform>%Ln notes vous mentionnent. Double-cliquez sur l&apos;une d&apos;elles pour ouvrir sa conversation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSuggestionsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="49"/>
        <source>Possible duplicate customers</source>
        <translation>Clients peut-être en double</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="51"/>
        <source>These contacts may be the same customer writing from different channels. Merging keeps the contact on the left and moves every address and conversation of the other one to it.</source>
        <translation>Ces contacts sont peut-être un même client qui écrit depuis plusieurs canaux. La fusion garde le contact de gauche et lui rattache toutes les adresses et conversations de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Possibly the same as</source>
        <translation>Peut-être le même que</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="58"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="66"/>
        <source>No possible duplicates right now.</source>
        <translation>Aucun doublon possible pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="72"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="75"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="97"/>
        <source>Finding possible duplicates</source>
        <translation>Recherche de doublons possibles</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="133"/>
        <source>Merging the contacts</source>
        <translation>Fusion des contacts</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="136"/>
        <source>Merged into {name}.</source>
        <translation>Fusionné dans {name}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="150"/>
        <source>Saving your choice</source>
        <translation>Enregistrement de votre choix</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/merge_dialog.py" line="153"/>
        <source>They will not be suggested again.</source>
        <translation>Ils ne seront plus proposés.</translation>
    </message>
</context>
<context>
    <name>MessageWidgets</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="82"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="83"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="144"/>
        <source>To: {to}</source>
        <translation>À&#xa0;: {to}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="156"/>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="197"/>
        <source>Internal note · {author} · {when}</source>
        <translation>Note interne · {author} · {when}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/messages.py" line="211"/>
        <source>Automatic acknowledgement · {when}</source>
        <translation>Accusé de réception automatique · {when}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="52"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="53"/>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="54"/>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="55"/>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="56"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="60"/>
        <source>Mine</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="61"/>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/navigation/model.py" line="80"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
</context>
<context>
    <name>PlaybookEditorDialog</name>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="51"/>
        <source>Playbooks and detection rules</source>
        <translation>Fiches réflexes et règles de détection</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="64"/>
        <source>Definition (JSON)</source>
        <translation>Définition (JSON)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="67"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="69"/>
        <source>Restore the shipped version</source>
        <translation>Rétablir la version d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="71"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="118"/>
        <source>Playbooks</source>
        <translation>Fiches réflexes</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="118"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="119"/>
        <source>Tones</source>
        <translation>Tons</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="119"/>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="125"/>
        <source>{name} (off)</source>
        <translation>{name} (désactivé)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="165"/>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="170"/>
        <source>The key cannot change (other settings refer to it).</source>
        <translation>La clé ne peut pas changer (d&apos;autres réglages y font référence).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="179"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/guidance/playbook_editor.py" line="191"/>
        <source>The shipped version is back.</source>
        <translation>La version d&apos;origine est rétablie.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="62"/>
        <source>Save the raw message</source>
        <translation>Enregistrer le message brut</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="63"/>
        <source>Email (*.eml);;All files (*)</source>
        <translation>E-mail (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="109"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="110"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="122"/>
        <source>Quarantined messages</source>
        <translation>Messages en quarantaine</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="141"/>
        <source>Save raw…</source>
        <translation>Enregistrer le message brut…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="143"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="144"/>
        <source>Read the message again with this version of the app; if it works, it joins the inbox.</source>
        <translation>Relire le message avec cette version de l&apos;application&#x202f;; si cela fonctionne, il rejoint la boîte de réception.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="199"/>
        <source>%n message(s) could not be read. Each is kept here with its exact bytes; nothing is deleted.</source>
        <translation>
            <numerusform>%Ln message n&apos;a pas pu être lu. Il est conservé ici octet pour octet&#x202f;; rien n&apos;est supprimé.</numerusform>
            <numerusform>%Ln messages n&apos;ont pas pu être lus. Chacun est conservé ici octet pour octet&#x202f;; rien n&apos;est supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="203"/>
        <source>No quarantined messages: everything could be read.</source>
        <translation>Aucun message en quarantaine&#xa0;: tout a pu être lu.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="236"/>
        <source>Showing the first {shown} of {size}.</source>
        <translation>Affichage des premiers {shown} sur {size}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="257"/>
        <source>Saved {size} to {path}.</source>
        <translation>{size} enregistrés dans {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="269"/>
        <source>Reading the message again</source>
        <translation>Relecture du message</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="273"/>
        <source>The message was read and added to the inbox; it left the quarantine.</source>
        <translation>Le message a été lu et ajouté à la boîte de réception&#x202f;; il a quitté la quarantaine.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/data/quarantine_dialog.py" line="277"/>
        <source>Still unreadable: {error}</source>
        <translation>Toujours illisible&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="26"/>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="29"/>
        <source>{wait}, overdue</source>
        <translation>{wait}, en retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="33"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="41"/>
        <source>Quit Agent Assist?</source>
        <translation>Quitter Agent Assist&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customer is still waiting for an answer:</source>
        <translation>
            <numerusform>%Ln client attend encore une réponse&#xa0;:</numerusform>
            <numerusform>%Ln clients attendent encore une réponse&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="43"/>
        <source>%n customers are still waiting for an answer:</source>
        <translation>
            <numerusform>%Ln client attend encore une réponse&#xa0;:</numerusform>
            <numerusform>%Ln clients attendent encore une réponse&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="45"/>
        <source>After quitting, no new messages arrive and no reminders appear until you open Agent Assist again.</source>
        <translation>Une fois l&apos;application quittée, aucun nouveau message n&apos;arrive et aucun rappel ne s&apos;affiche jusqu&apos;à la prochaine ouverture d&apos;Agent Assist.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="48"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/quit_guard.py" line="49"/>
        <source>Keep running</source>
        <translation>Laisser tourner</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="39"/>
        <location filename="../../agent_assist/ui/reports/chart_base.py" line="216"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="41"/>
        <source>Save {chart} as PNG</source>
        <translation>Enregistrer «&#xa0;{chart}&#xa0;» en PNG</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="42"/>
        <location filename="../../agent_assist/ui/reports/chart_base.py" line="217"/>
        <source>Save data as CSV…</source>
        <translation>Enregistrer les données en CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/card.py" line="44"/>
        <source>Save the data of {chart} as CSV</source>
        <translation>Enregistrer les données de «&#xa0;{chart}&#xa0;» en CSV</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="82"/>
        <source>Period</source>
        <extracomment>compute(choice, keep_going): the report, or ReportCancelled once keep_going() is False.</extracomment>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="83"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="84"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="85"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="86"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="87"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="89"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="91"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="92"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="165"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="169"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="111"/>
        <source>customer messages</source>
        <translation>messages clients</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="170"/>
        <source>first response, median</source>
        <translation>première réponse, médiane</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="171"/>
        <source>responses within target</source>
        <translation>réponses dans les délais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="172"/>
        <source>waiting now</source>
        <translation>en attente maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="182"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="238"/>
        <source>Computing the report</source>
        <translation>Calcul du rapport</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="248"/>
        <source>Computing the report…</source>
        <translation>Calcul du rapport…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="264"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="264"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="265"/>
        <source>{period} · {granularity} · times in {zone}</source>
        <translation>{period} · {granularity} · heures du fuseau {zone}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="296"/>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="297"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="303"/>
        <source>Could not save {file}; check the folder and try again.</source>
        <translation>Impossible d&apos;enregistrer {file}&#x202f;; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="306"/>
        <location filename="../../agent_assist/ui/reports/page.py" line="322"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="312"/>
        <source>Save the chart&apos;s data as CSV</source>
        <translation>Enregistrer les données du graphique en CSV</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/page.py" line="313"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="49"/>
        <source>{value} %</source>
        <translation>{value}&#xa0;%</translation>
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
        <translation>moins d&apos;1 min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="101"/>
        <source>{channel}: {count}</source>
        <translation>{channel}&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="104"/>
        <source>Total: {count}</source>
        <translation>Total&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="106"/>
        <source>Automated mail, not counted: {count}</source>
        <translation>Messages automatiques, non comptés&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="112"/>
        <source>No customer messages in this period.</source>
        <translation>Aucun message client sur cette période.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="119"/>
        <source>hours (business hours)</source>
        <translation>heures (en heures d&apos;ouverture)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="120"/>
        <source>minutes (business hours)</source>
        <translation>minutes (en heures d&apos;ouverture)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="122"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="123"/>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="131"/>
        <source>Median: {time}</source>
        <translation>Médiane&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="132"/>
        <source>90th percentile: {time}</source>
        <translation>90e centile&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="134"/>
        <source>First responses: {count}</source>
        <translation>Premières réponses&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="138"/>
        <source>No first response</source>
        <translation>Aucune première réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="143"/>
        <source>No first responses in this period.</source>
        <translation>Aucune première réponse sur cette période.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="153"/>
        <source>No responses</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="155"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="217"/>
        <source>Within target: {percent} ({met} of {total})</source>
        <translation>Dans les délais&#xa0;: {percent} ({met} sur {total})</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="159"/>
        <source>goal {percent}</source>
        <translation>objectif {percent}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="163"/>
        <source>Answered within target</source>
        <translation>Répondu dans les délais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="164"/>
        <source>% of responses</source>
        <translation>% des réponses</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="165"/>
        <source>No responses in this period.</source>
        <translation>Aucune réponse sur cette période.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="176"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="178"/>
        <source>Waiting now: {count}</source>
        <translation>En attente maintenant&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="180"/>
        <source>Waiting at the end of the week: {count}</source>
        <translation>En attente en fin de semaine&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="183"/>
        <source>Waiting at the end of the day: {count}</source>
        <translation>En attente en fin de journée&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="189"/>
        <location filename="../../agent_assist/ui/reports/series.py" line="242"/>
        <source>Customers waiting for a reply</source>
        <translation>Clients en attente d&apos;une réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="191"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="192"/>
        <source>Nobody was left waiting in this period.</source>
        <translation>Personne n&apos;est resté en attente sur cette période.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="198"/>
        <source>Sent outside the app</source>
        <translation>Envoyé hors de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="199"/>
        <source>Agent #{number}</source>
        <translation>Agent n°&#xa0;{number}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="208"/>
        <source>median first response {time} · {percent} within target</source>
        <translation>première réponse médiane {time} · {percent} dans les délais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="212"/>
        <source>Replies sent: {count}</source>
        <translation>Réponses envoyées&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="213"/>
        <source>Conversations answered: {count}</source>
        <translation>Conversations répondues&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="215"/>
        <source>Median first response: {time}</source>
        <translation>Première réponse médiane&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="223"/>
        <source>Replies sent</source>
        <translation>Réponses envoyées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="224"/>
        <source>Conversations answered</source>
        <translation>Conversations répondues</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="226"/>
        <source>No replies in this period.</source>
        <translation>Aucune réponse envoyée sur cette période.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="239"/>
        <source>Customer messages by channel</source>
        <translation>Messages clients par canal</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="240"/>
        <source>First response time</source>
        <translation>Délai de première réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="241"/>
        <source>Responses within target</source>
        <translation>Réponses dans les délais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="243"/>
        <source>By agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="252"/>
        <source>Per week, Monday first.</source>
        <translation>Par semaine, du lundi au dimanche.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="252"/>
        <source>Per day.</source>
        <translation>Par jour.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="254"/>
        <source>Automated mail (bounces, auto-replies) is left out: {count}.</source>
        <translation>Les messages automatiques (retours d&apos;erreur, réponses automatiques) sont exclus&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="258"/>
        <source>Counted once per conversation, in business hours; automatic acknowledgements do not count as a response.</source>
        <translation>Compté une fois par conversation, en heures d&apos;ouverture&#x202f;; les accusés de réception automatiques ne comptent pas comme une réponse.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="261"/>
        <source>First and follow-up responses against the targets of their channel.</source>
        <translation>Premières réponses et réponses suivantes, comparées aux objectifs de leur canal.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="263"/>
        <source>At the end of each week, and now.</source>
        <translation>À la fin de chaque semaine, et maintenant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="264"/>
        <source>At the end of each day, and now.</source>
        <translation>À la fin de chaque journée, et maintenant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/reports/series.py" line="265"/>
        <source>Replies sent and conversations answered in the period.</source>
        <translation>Réponses envoyées et conversations répondues sur la période.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="53"/>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="58"/>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="74"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="53"/>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Sauvegardes (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="61"/>
        <source>Restore and close</source>
        <translation>Restaurer et fermer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="134"/>
        <source>Restore the backup of {when}?</source>
        <translation>Restaurer la sauvegarde du {when}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="136"/>
        <source>It holds {conversations} and {messages}. Everything in this profile is replaced by it; what arrived since stays on your mail server and is fetched again. A safety backup of the current data is saved first in {folder}. Agent Assist then closes: start it again to continue.</source>
        <translation>Elle contient {conversations} et {messages}. Tout le contenu de ce profil est remplacé par elle&#x202f;; ce qui est arrivé depuis reste sur votre serveur de messagerie et sera récupéré à nouveau. Une sauvegarde de sécurité des données actuelles est d&apos;abord enregistrée dans {folder}. Agent Assist se ferme ensuite&#xa0;: relancez-le pour continuer.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="168"/>
        <source>The backup is restored: {conversations} and {messages}. Your data from before is saved in {path}. Agent Assist now closes: start it again to continue.</source>
        <translation>La sauvegarde est restaurée&#xa0;: {conversations} et {messages}. Vos données précédentes sont enregistrées dans {path}. Agent Assist va se fermer&#xa0;: relancez-le pour continuer.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="179"/>
        <source>Your data from before is saved in {path}.</source>
        <translation>Vos données précédentes sont enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="180"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/backups/restore_flow.py" line="181"/>
        <source>Agent Assist now closes: start it again to continue.</source>
        <translation>Agent Assist va se fermer&#xa0;: relancez-le pour continuer.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="39"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="77"/>
        <location filename="../../agent_assist/ui/search/saved.py" line="86"/>
        <source>Counting saved searches</source>
        <translation>Comptage des recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="114"/>
        <source>Type a search first, then save it.</source>
        <translation>Saisissez d&apos;abord une recherche, puis enregistrez-la.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="116"/>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="117"/>
        <source>Name in the navigation:</source>
        <translation>Nom dans la navigation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="121"/>
        <source>Saving the search</source>
        <translation>Enregistrement de la recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="122"/>
        <source>Search saved.</source>
        <translation>Recherche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="127"/>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="127"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="132"/>
        <source>Renaming the search</source>
        <translation>Renommage de la recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="138"/>
        <source>Delete the saved search “{name}”? The conversations it finds stay.</source>
        <translation>Supprimer la recherche enregistrée «&#xa0;{name}&#xa0;»&#x202f;? Les conversations qu&apos;elle trouve sont conservées.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="142"/>
        <source>Deleting the search</source>
        <translation>Suppression de la recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="146"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="147"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/saved.py" line="148"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="34"/>
        <source>Words, &quot;exact phrases&quot;, prefix*, -excluded, and filters such as channel:email status:open after:7d has:attachment tag:vip contact:Léa</source>
        <translation>Mots, &quot;expressions exactes&quot;, préfixe*, -exclus, et filtres comme channel:email status:open after:7d has:attachment tag:vip contact:Léa</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="37"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="38"/>
        <source>Channel, status, agent, dates, attachments, tag (Ctrl+Shift+F)</source>
        <translation>Canal, statut, agent, dates, pièces jointes, étiquette (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="40"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/bar.py" line="41"/>
        <source>Save this search in the navigation</source>
        <translation>Enregistrer cette recherche dans la navigation</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../agent_assist/ui/search/controller.py" line="61"/>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/controller.py" line="95"/>
        <source>Listing agents and tags</source>
        <translation>Chargement des agents et des étiquettes</translation>
    </message>
</context>
<context>
    <name>SearchErrors</name>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="18"/>
        <source>There is no “{name}:” filter; use channel:, status:, agent:, assignee:, contact:, after:, before:, has:attachment, tag: or in:notes (or put the words in quotes).</source>
        <translation>Il n&apos;existe pas de filtre «&#xa0;{name}:&#xa0;»&#x202f;; utilisez channel:, status:, agent:, assignee:, contact:, after:, before:, has:attachment, tag: ou in:notes (ou mettez les mots entre guillemets).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="22"/>
        <source>“{name}:” needs a value, for example {example}.</source>
        <translation>«&#xa0;{name}:&#xa0;» a besoin d&apos;une valeur, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="23"/>
        <source>“{value}” is not a value of {name}:; use {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une valeur possible de {name}:&#x202f;; utilisez {choices}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="24"/>
        <source>“{value}” is not a date for {name}:; use a date like 2026-01-31, today, yesterday or 7d.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date valable pour {name}:&#x202f;; utilisez une date comme 2026-01-31, today, yesterday ou 7d.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="26"/>
        <source>“from:” takes a date; to find what {value} wrote, use contact:{value}.</source>
        <translation>«&#xa0;from:&#xa0;» attend une date&#x202f;; pour trouver ce qu&apos;a écrit {value}, utilisez contact:{value}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="28"/>
        <source>A date filter cannot be negated: use before: instead of -after:, and after: instead of -before:.</source>
        <translation>Un filtre de date ne peut pas être inversé&#xa0;: utilisez before: au lieu de -after:, et after: au lieu de -before:.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="30"/>
        <source>No message can be on or after {after} and before {before}.</source>
        <translation>Aucun message ne peut dater à la fois du {after} ou plus tard, et d&apos;avant le {before}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="31"/>
        <source>There is no agent called “{value}”.</source>
        <translation>Il n&apos;y a aucun agent nommé «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="32"/>
        <source>There is nothing to save: type a search first.</source>
        <translation>Il n&apos;y a rien à enregistrer&#xa0;: saisissez d&apos;abord une recherche.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="33"/>
        <source>Give the saved search a name.</source>
        <translation>Donnez un nom à la recherche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="34"/>
        <source>Keep the name under {limit} characters.</source>
        <translation>Le nom doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="35"/>
        <source>A saved search called “{name}” already exists.</source>
        <translation>Une recherche enregistrée nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/errors.py" line="36"/>
        <source>That saved search no longer exists.</source>
        <translation>Cette recherche enregistrée n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="37"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="37"/>
        <source>Note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/search/view.py" line="95"/>
        <source>Nothing matches. Words match whole: add * to find words that start with it (refund* finds refunded), or remove a filter.</source>
        <translation>Aucun résultat. Les mots sont cherchés entiers&#xa0;: ajoutez * pour trouver les mots qui commencent ainsi (rembours* trouve remboursement), ou retirez un filtre.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="61"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="63"/>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="64"/>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="65"/>
        <source>Write a reply to the selected conversation</source>
        <translation>Répondre à la conversation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="67"/>
        <source>Send the reply (or add the note)</source>
        <translation>Envoyer la réponse (ou ajouter la note)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="69"/>
        <source>Back to the list; from search results, back to the inbox</source>
        <translation>Retour à la liste&#x202f;; depuis les résultats de recherche, retour à la boîte de réception</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="71"/>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="72"/>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="99"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="141"/>
        <location filename="../../agent_assist/ui/shortcuts.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="144"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="144"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="160"/>
        <source>Single-letter keys work when no text field has the focus.</source>
        <translation>Les touches à une lettre fonctionnent quand aucun champ de texte n&apos;a le focus.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="211"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="213"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="215"/>
        <source>Reply to the open conversation</source>
        <translation>Répondre à la conversation ouverte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="216"/>
        <source>Write an internal note</source>
        <translation>Écrire une note interne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="217"/>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="218"/>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="221"/>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="223"/>
        <source>Also with ? or F1</source>
        <translation>Aussi avec les touches ? ou F1</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/shortcuts.py" line="227"/>
        <source>Show the view at that place in the list</source>
        <translation>Afficher la vue à cette position de la liste</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="51"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="54"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="56"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="57"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="71"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="71"/>
        <source>Next response</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="72"/>
        <source>business hours</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="72"/>
        <source>around the clock</source>
        <translation>24 h/24</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="74"/>
        <source>{kind} overdue since {deadline} (target {target}, {hours}).</source>
        <translation>{kind} en retard depuis {deadline} (objectif {target}, {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="76"/>
        <source>{kind} due soon: by {deadline} (target {target}, {hours}).</source>
        <translation>{kind} bientôt due&#xa0;: avant {deadline} (objectif {target}, {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="78"/>
        <source>{kind} due by {deadline} (target {target}, {hours}).</source>
        <translation>{kind} due avant {deadline} (objectif {target}, {hours}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/sla_badge.py" line="79"/>
        <source>Waiting {waited} in {hours}.</source>
        <translation>Attente de {waited} en {hours}.</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="65"/>
        <source>Response times and business hours</source>
        <translation>Délais de réponse et heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="69"/>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="70"/>
        <source>Response targets</source>
        <translation>Objectifs de réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="71"/>
        <source>Automatic acknowledgement</source>
        <translation>Accusé de réception automatique</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="108"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="108"/>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="109"/>
        <source>Next response</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="115"/>
        <location filename="../../agent_assist/ui/settings/sla.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="117"/>
        <source>in business hours</source>
        <translation>en heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="119"/>
        <source>Unticked: the clock runs around the clock.</source>
        <translation>Décoché&#xa0;: le délai court 24 h/24.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="126"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="127"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="129"/>
        <source>Warn when this share of the target is used</source>
        <translation>Avertir quand cette part de l&apos;objectif est écoulée</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="130"/>
        <source>Bring back &quot;waiting on customer&quot; after</source>
        <translation>Faire revenir «&#xa0;en attente du client&#xa0;» après</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="131"/>
        <source>The first response is due when nobody has answered yet; the next response for every later customer message.</source>
        <translation>La première réponse est due tant que personne n&apos;a répondu&#x202f;; la réponse suivante, pour chaque nouveau message du client.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="146"/>
        <source>Send a short acknowledgement when a new conversation starts. Never sent to automated mail, mailing lists or no-reply addresses; it does not count as an answer.</source>
        <translation>Envoyer un bref accusé de réception au début d&apos;une nouvelle conversation. Jamais envoyé aux messages automatiques, listes de diffusion ni adresses no-reply&#x202f;; il ne compte pas comme une réponse.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="152"/>
        <source>On {channel}</source>
        <translation>Sur {channel}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="156"/>
        <source>Use the out-of-hours text while closed</source>
        <translation>Utiliser le texte hors horaires pendant la fermeture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="158"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="162"/>
        <source>At most once per conversation every</source>
        <translation>Au plus une fois par conversation toutes les</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="163"/>
        <source>At most this many per sender a day</source>
        <translation>Au plus ce nombre par expéditeur et par jour</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="171"/>
        <source>During business hours</source>
        <translation>Pendant les heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="172"/>
        <source>While closed</source>
        <translation>Pendant la fermeture</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/sla.py" line="180"/>
        <source>{name} is replaced by the customer&apos;s first name, {shop} by the shop&apos;s name.</source>
        <translation>{name} est remplacé par le prénom du client, {shop} par le nom de la boutique.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="34"/>
        <source>Later today</source>
        <translation>Plus tard aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="37"/>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="41"/>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="54"/>
        <source>Snooze until…</source>
        <translation>Reporter jusqu&apos;à…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="58"/>
        <source>Bring this conversation back:</source>
        <translation>Faire revenir cette conversation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="67"/>
        <source>Custom:</source>
        <translation>Autre moment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/snooze_dialog.py" line="74"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>SplitContactDialog</name>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="44"/>
        <source>Split {name}</source>
        <translation>Séparer {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="45"/>
        <source>Tick the addresses that belong to another person. They move to a new contact, with the conversations written from them.</source>
        <translation>Cochez les adresses qui appartiennent à une autre personne. Elles passent dans un nouveau contact, avec les conversations écrites depuis ces adresses.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="58"/>
        <source>Name of the other person</source>
        <translation>Nom de l&apos;autre personne</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="60"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="67"/>
        <source>Split</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="87"/>
        <source>Tick the addresses that belong to the other person.</source>
        <translation>Cochez les adresses qui appartiennent à l&apos;autre personne.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="90"/>
        <source>Leave at least one address with {name}.</source>
        <translation>Laissez au moins une adresse à {name}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="94"/>
        <source>Give the new contact a name.</source>
        <translation>Donnez un nom au nouveau contact.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="101"/>
        <source>Splitting the contact</source>
        <translation>Séparation du contact</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/contacts/split_dialog.py" line="104"/>
        <source>{name} is now a separate contact.</source>
        <translation>{name} est maintenant un contact distinct.</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="23"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="23"/>
        <source>Done: close the conversation</source>
        <translation>Terminé&#xa0;: clôturer la conversation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="24"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="24"/>
        <source>Open it again</source>
        <translation>La rouvrir</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="25"/>
        <source>Snooze…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="26"/>
        <source>Hide it until a moment you choose</source>
        <translation>La masquer jusqu&apos;au moment choisi</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="27"/>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/conversation/status_actions.py" line="28"/>
        <source>Nothing to do until the customer answers</source>
        <translation>Rien à faire tant que le client n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>Switcher</name>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="110"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="130"/>
        <source>Locked. Who is working?</source>
        <translation>Verrouillé. Qui travaille&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="181"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="184"/>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="187"/>
        <source>On duty (receives new conversations)</source>
        <translation>En service (reçoit les nouvelles conversations)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="190"/>
        <source>Manage agents…</source>
        <translation>Gérer les agents…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="192"/>
        <source>Audit log…</source>
        <translation>Journal d&apos;activité…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="200"/>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="201"/>
        <source>Working as {name}: click to switch</source>
        <translation>Connecté en tant que {name}&#xa0;: cliquez pour changer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/switcher.py" line="204"/>
        <source>Switch to</source>
        <translation>Passer à</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../agent_assist/ui/bridge.py" line="166"/>
        <source>The database is busy; please try again in a moment.</source>
        <translation>La base de données est occupée&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/bridge.py" line="177"/>
        <source>{what} failed: {reason}</source>
        <translation>{what}&#xa0;: échec — {reason}</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="187"/>
        <source>Switch to {name}</source>
        <translation>Passer à {name}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="202"/>
        <source>Assigning the conversation</source>
        <translation>Attribution de la conversation</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="211"/>
        <source>Assigning new conversations</source>
        <translation>Attribution des nouvelles conversations</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="223"/>
        <source>Changing duty</source>
        <translation>Changement de permanence</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="237"/>
        <source>Only an owner can see the audit log.</source>
        <translation>Seul un propriétaire peut consulter le journal d&apos;activité.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/team/controller.py" line="267"/>
        <source>Working as {name}.</source>
        <translation>Connecté en tant que {name}.</translation>
    </message>
</context>
<context>
    <name>TelegramAccountDialog</name>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="60"/>
        <source>Add a Telegram bot</source>
        <translation>Ajouter un bot Telegram</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="61"/>
        <source>Shop bot</source>
        <translation>Bot de la boutique</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="66"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="67"/>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="68"/>
        <source>Bot API server</source>
        <translation>Serveur de l&apos;API Bot</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="69"/>
        <source>Create a bot and get its token from @BotFather in Telegram. Customers then write to your bot.</source>
        <translation>Créez un bot et obtenez son jeton auprès de @BotFather dans Telegram. Les clients écrivent ensuite à votre bot.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="72"/>
        <source>Telegram keeps messages the app has not fetched for 24 hours only: keep Agent Assist running (it keeps fetching from the tray when the window is closed).</source>
        <translation>Telegram ne conserve que 24 heures les messages que l&apos;application n&apos;a pas récupérés&#xa0;: laissez Agent Assist tourner (il continue de les récupérer depuis la zone de notification quand la fenêtre est fermée).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="81"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="87"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="113"/>
        <source>Remove webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="127"/>
        <source>Please paste the bot token from @BotFather.</source>
        <translation>Veuillez coller le jeton du bot fourni par @BotFather.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="138"/>
        <source>Asking Telegram…</source>
        <translation>Interrogation de Telegram…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="145"/>
        <source>The token works for @{bot}, but a webhook must be removed first.</source>
        <translation>Le jeton fonctionne pour @{bot}, mais il faut d&apos;abord supprimer un webhook.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="149"/>
        <source>The token works: customers write to @{bot}.</source>
        <translation>Le jeton fonctionne&#xa0;: les clients écrivent à @{bot}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="158"/>
        <source>Removing the webhook…</source>
        <translation>Suppression du webhook…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="165"/>
        <source>The webhook is removed: the app can now fetch the bot&apos;s messages.</source>
        <translation>Le webhook est supprimé&#xa0;: l&apos;application peut maintenant récupérer les messages du bot.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="175"/>
        <source>Please give the account a name.</source>
        <translation>Veuillez donner un nom au compte.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="188"/>
        <source>Adding the account…</source>
        <translation>Ajout du compte…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="194"/>
        <source>Remove the webhook, then press Add again.</source>
        <translation>Supprimez le webhook, puis cliquez à nouveau sur Ajouter.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="197"/>
        <source>Added {name} ({bot}).</source>
        <translation>{name} ajouté ({bot}).</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/settings/telegram.py" line="203"/>
        <source>This bot sends its messages to a webhook ({url}), so the app cannot fetch them. Remove the webhook to use the bot here; messages waiting for it are kept.</source>
        <translation>Ce bot envoie ses messages à un webhook ({url})&#xa0;: l&apos;application ne peut donc pas les récupérer. Supprimez le webhook pour utiliser le bot ici&#x202f;; les messages en attente sont conservés.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="101"/>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="127"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="128"/>
        <source>Shortcut (type /shortcut in a reply)</source>
        <translation>Raccourci (tapez /raccourci dans une réponse)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="129"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="130"/>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="130"/>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="131"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="144"/>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="146"/>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="168"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="169"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="170"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="171"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="172"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="173"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="297"/>
        <source>The shortcut /{s} is already used by “{name}”.</source>
        <translation>Le raccourci /{s} est déjà utilisé par «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="304"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="314"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="315"/>
        <source>Delete the template “{name}”? This cannot be undone.</source>
        <translation>Supprimer le modèle «&#xa0;{name}&#xa0;»&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="327"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="336"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="344"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="368"/>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="369"/>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="386"/>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="377"/>
        <source>Imported: {added} added, {updated} replaced.</source>
        <translation>Import terminé&#xa0;: {added} ajoutés, {updated} remplacés.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="385"/>
        <source>Export templates</source>
        <translation>Exporter les modèles</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="393"/>
        <source>Exported {n} templates to {file}.</source>
        <translation>{n} modèles exportés dans {file}.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/templates/editor_dialog.py" line="411"/>
        <source>To fill in when replying: {fields}</source>
        <translation>À remplir en répondant&#xa0;: {fields}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../agent_assist/ui/conversation/view.py" line="128"/>
        <source>{n} earlier messages are not shown.</source>
        <extracomment>Builds a message&apos;s attachment controls (set by the channels feature).</extracomment>
        <translation>{n} messages plus anciens ne sont pas affichés.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="53"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="56"/>
        <source>waiting now</source>
        <translation>en attente maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="57"/>
        <source>oldest wait (business hours)</source>
        <translation>plus longue attente (heures d&apos;ouverture)</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="58"/>
        <source>answered today</source>
        <translation>répondues aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="59"/>
        <source>first response, median today</source>
        <translation>première réponse, médiane du jour</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="60"/>
        <source>answered within target today</source>
        <translation>répondues dans les délais aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="71"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="103"/>
        <source>Everyone has an answer.</source>
        <translation>Tout le monde a une réponse.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="123"/>
        <source>Loading today&apos;s figures</source>
        <translation>Chargement des chiffres du jour</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="134"/>
        <source>{wait} on the clock</source>
        <translation>{wait} au compteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
        <source>%n conversation answered today. Time for a coffee.</source>
        <translation>
            <numerusform>%Ln conversation répondue aujourd&apos;hui. C&apos;est l&apos;heure d&apos;un café.</numerusform>
            <numerusform>%Ln conversations répondues aujourd&apos;hui. C&apos;est l&apos;heure d&apos;un café.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="145"/>
        <source>%n conversations answered today. Time for a coffee.</source>
        <translation>
            <numerusform>%Ln conversation répondue aujourd&apos;hui. C&apos;est l&apos;heure d&apos;un café.</numerusform>
            <numerusform>%Ln conversations répondues aujourd&apos;hui. C&apos;est l&apos;heure d&apos;un café.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="149"/>
        <source>Nothing is waiting. Enjoy the calm.</source>
        <translation>Rien n&apos;attend. Profitez du calme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="156"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/view.py" line="158"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%Ln bientôt dû</numerusform>
            <numerusform>%Ln bientôt dus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="164"/>
        <source>Fetch them now</source>
        <translation>Les récupérer maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="165"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="166"/>
        <source>Open outbox</source>
        <translation>Ouvrir la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="167"/>
        <source>Check the account</source>
        <translation>Vérifier le compte</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="168"/>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="169"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/view.py" line="170"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>TodayWarnings</name>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="31"/>
        <source>%n possible missed message(s) in {account} ({folders}): they are on the server but not in the inbox.</source>
        <translation>
            <numerusform>%Ln message peut-être manqué dans {account} ({folders})&#xa0;: il est sur le serveur mais pas dans la boîte de réception.</numerusform>
            <numerusform>%Ln messages peut-être manqués dans {account} ({folders})&#xa0;: ils sont sur le serveur mais pas dans la boîte de réception.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="35"/>
        <source>{account} cannot sync: {error}</source>
        <translation>{account} ne peut pas se synchroniser&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="38"/>
        <source>{account} has never synced.</source>
        <translation>{account} ne s&apos;est jamais synchronisé.</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="39"/>
        <source>{account} has not synced for {wait}.</source>
        <translation>{account} ne s&apos;est pas synchronisé depuis {wait}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="42"/>
        <source>%n message(s) could not be sent.</source>
        <translation>
            <numerusform>%Ln message n&apos;a pas pu être envoyé.</numerusform>
            <numerusform>%Ln messages n&apos;ont pas pu être envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="44"/>
        <source>%n message(s) may not have arrived: check before resending.</source>
        <translation>
            <numerusform>%Ln message n&apos;est peut-être pas arrivé&#xa0;: vérifiez avant de le renvoyer.</numerusform>
            <numerusform>%Ln messages ne sont peut-être pas arrivés&#xa0;: vérifiez avant de les renvoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/today/warning_text.py" line="46"/>
        <source>%n new message(s) could not be read: each is kept with its exact bytes, to read, save or try again.</source>
        <translation>
            <numerusform>%Ln nouveau message n&apos;a pas pu être lu&#xa0;: il est conservé avec ses octets exacts, pour le lire, l&apos;enregistrer ou réessayer.</numerusform>
            <numerusform>%Ln nouveaux messages n&apos;ont pas pu être lus&#xa0;: chacun est conservé avec ses octets exacts, pour le lire, l&apos;enregistrer ou réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="49"/>
        <source>Settings need a look: {problem}</source>
        <translation>Les paramètres sont à vérifier&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/today/warning_text.py" line="51"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {reason}</translation>
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
        <translation>Ouvrir Agent Assist</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="102"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="158"/>
        <source>Checking for waiting customers</source>
        <translation>Recherche des clients en attente</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="178"/>
        <source>Agent Assist — everyone has an answer</source>
        <translation>Agent Assist — tout le monde a une réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customer waiting</source>
        <translation>
            <numerusform>Agent Assist — %Ln client en attente</numerusform>
            <numerusform>Agent Assist — %Ln clients en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="179"/>
        <source>Agent Assist — %n customers waiting</source>
        <translation>
            <numerusform>Agent Assist — %Ln client en attente</numerusform>
            <numerusform>Agent Assist — %Ln clients en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="182"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="205"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="184"/>
        <location filename="../../agent_assist/ui/tray/controller.py" line="206"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%Ln bientôt dû</numerusform>
            <numerusform>%Ln bientôt dus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="191"/>
        <source>%n new customer messages</source>
        <translation>
            <numerusform>%Ln nouveau message client</numerusform>
            <numerusform>%Ln nouveaux messages clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="195"/>
        <source>New message from {name}</source>
        <translation>Nouveau message de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversation needs attention</source>
        <translation>
            <numerusform>%Ln conversation demande votre attention</numerusform>
            <numerusform>%Ln conversations demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_assist/ui/tray/controller.py" line="203"/>
        <source>%n conversations need attention</source>
        <translation>
            <numerusform>%Ln conversation demande votre attention</numerusform>
            <numerusform>%Ln conversations demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="209"/>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="211"/>
        <source>Overdue: {name} is still waiting</source>
        <translation>En retard&#xa0;: {name} attend toujours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="213"/>
        <source>Due soon: {name} is waiting</source>
        <translation>Bientôt dû&#xa0;: {name} attend</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="266"/>
        <source>Agent Assist is still running</source>
        <translation>Agent Assist tourne toujours</translation>
    </message>
    <message>
        <location filename="../../agent_assist/ui/tray/controller.py" line="267"/>
        <source>New messages keep arriving here. Use Quit in this menu to stop.</source>
        <translation>Les nouveaux messages continuent d&apos;arriver ici. Utilisez Quitter dans ce menu pour arrêter.</translation>
    </message>
</context>
</TS>
