; Inno Setup script of Absensi for Windows: installs the PyInstaller one-folder build
; (dist\absensi, made from packaging\absensi.spec) into Program Files, with a Start menu
; entry, an optional desktop icon and an uninstaller.
;
;   iscc /DAppVersion=0.1.0 /DBuildDir=..\..\dist\absensi packaging\windows\absensi.iss
;
; gives dist\absensi-<version>-setup.exe (.github/workflows/windows.yml runs it).
; The user's data (%APPDATA%\Absensi: the database, keys, backups, logs) is not part of the
; installation: the uninstaller removes only the files it installed and never touches it.

#ifndef AppVersion
#define AppVersion "0.1.0"
#endif
#ifndef BuildDir
#define BuildDir "..\..\dist\absensi"
#endif
#ifndef OutputDir
#define OutputDir "..\..\dist"
#endif

[Setup]
; a fixed AppId: every later version upgrades this installation in place
AppId={{6F1B2C7A-4E1D-4B8A-9E57-0A1B2C3D4E5F}
AppName=Absensi
AppVersion={#AppVersion}
AppVerName=Absensi {#AppVersion}
AppPublisher=Tim Absensi
AppComments=Catatan kehadiran dan kegiatan harian ASN (PNS dan PPPK)
DefaultDirName={autopf}\Absensi
DefaultGroupName=Absensi
DisableProgramGroupPage=yes
; per machine by default; a user without admin rights may choose "only for me"
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=absensi-{#AppVersion}-setup
SetupIconFile=absensi.ico
UninstallDisplayIcon={app}\absensi-gui.exe
UninstallDisplayName=Absensi {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup ships no Indonesian wizard text (Indonesian.isl is among its unofficial
; translations, not installed with it): the wizard is in English, the app in Indonesian.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Absensi"; Filename: "{app}\absensi-gui.exe"; WorkingDir: "{userdocs}"; Comment: "Catatan kehadiran dan kegiatan harian ASN"
Name: "{group}\{cm:UninstallProgram,Absensi}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Absensi"; Filename: "{app}\absensi-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\absensi-gui.exe"; Description: "{cm:LaunchProgram,Absensi}"; Flags: nowait postinstall skipifsilent
