; Inno Setup 6 script of the per-machine installer of the Opava event planner.
; Build dist\planner\ first (uv run --group build python tools\build_app.py), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\planner.iss
; The installer lands in dist\installer\planovac-akci-<version>-setup.exe. See docs\install-windows.md.

#define AppExe "planner.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\planner"
; The version comes from the version resource PyInstaller wrote into planner.exe (packaging/planner.spec).
#define AppVersion GetVersionNumbersString(DistDir + "\" + AppExe)

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{6F2B7E0C-4D1A-4E9B-9C55-0B7A3D5E2F18}
AppName=Plánovač akcí Opava
AppVersion={#AppVersion}
AppVerName=Plánovač akcí Opava {#AppVersion}
AppPublisher=Statutární město Opava
VersionInfoVersion={#AppVersion}
; Per machine: Program Files, Start menu for all users, needs administrator rights (IT's deployment).
PrivilegesRequired=admin
DefaultDirName={autopf}\Opava\Planovac akci
DefaultGroupName=Plánovač akcí Opava
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourcePath}\..\..\dist\installer
OutputBaseFilename=planovac-akci-{#AppVersion}-setup
SetupIconFile={#SourcePath}\..\..\planner\resources\icons\planner.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: planner.exe (no console), planner-cli.exe (console, for IT) and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; A commented example of the office configuration, next to where IT puts the real one.
Source: "{#SourcePath}\planner.ini.example"; DestDir: "{commonappdata}\Opava\planner"; Flags: ignoreversion

[Dirs]
; The office configuration folder (%PROGRAMDATA%\Opava\planner); users may read it, only IT writes it.
Name: "{commonappdata}\Opava\planner"

[Icons]
Name: "{autoprograms}\Plánovač akcí Opava"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\Plánovač akcí Opava"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Plánovač akcí Opava}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Users' own data (%LOCALAPPDATA%\Opava\planner) and the office configuration are kept on purpose.
Type: filesandordirs; Name: "{app}\_internal"
