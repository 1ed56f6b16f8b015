; Inno Setup 6 script: dist\agent-assist\ (the PyInstaller bundle) -> agent-assist-<version>-windows-x64-setup.exe
;
;   iscc /DAppVersion=0.1.0 packaging\windows\agent-assist.iss
;
; build.ps1 passes the version read from agent_assist\__init__.py (the one place it lives).
; The user chooses "for me" (no admin, %LOCALAPPDATA%\Programs) or "for everyone" (admin,
; Program Files) in the first dialog. The inbox data (%LOCALAPPDATA%\AgentAssist) is never
; touched by the uninstaller: customer messages must not disappear with the program.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z agent-assist.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\agent-assist"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Agent Assist"
; The windowed executable: no console window behind the app (agent-assist.exe is the CLI one).
#define AppExe "agent-assist-gui.exe"

[Setup]
; Never change AppId: it is how upgrades and the uninstaller find an existing install.
AppId={{EB233996-EF75-42A1-9258-FB39D5499B92}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Agent Assist developers
AppCopyright=MIT License
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog lets an administrator install for every user instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=agent-assist-{#AppVersion}-windows-x64-setup
SetupIconFile=agent-assist.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask a running Agent Assist to close before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have left next to its files (e.g. Python caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
