; Inno Setup 6 script: the PERUT installer for the kecamatan's laptops and office PC.
;
;   bash scripts/build.sh (or its two PyInstaller commands on Windows), then
;   iscc installer\perut.iss                 -> dist\perut-setup-<version>.exe
;   iscc /DAppVersion=0.2.0 installer\perut.iss   (a release that forgot to edit this file)
;
; Installs for the current user without administrator rights by default (the wizard offers
; "for all users" to an administrator); Start-menu and desktop shortcuts named PERUT; .perut
; bundles and .perut-enroll enrolment files open in perut-gui. Uninstalling removes the
; program only: the data folder (%LOCALAPPDATA%\perut-desktop) stays, and the uninstaller
; says where it is. tests/test_installer.py checks that every file named here exists in the
; folder perut.spec builds.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PERUT"
#define BuildDir "..\dist\perut-" + AppVersion
#define GuiExe "perut-gui.exe"
#define CliExe "perut.exe"
; paths.APP_NAME under the user's local application data (platformdirs on Windows).
#define DataDir "{localappdata}\perut-desktop"

[Setup]
AppId={{67151475-4566-425D-AC80-C0DCFF818AA3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kantor Kecamatan Awayan
VersionInfoVersion={#AppVersion}
VersionInfoDescription=PERUT Desktop - Pendampingan Rutin administrasi desa
DefaultDirName={autopf}\PERUT
DefaultGroupName=PERUT
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6's floor: 64-bit Windows 10 or 11.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=perut-setup-{#AppVersion}
SetupIconFile=..\resources\icons\perut.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; An upgrade closes a running PERUT first (its database must not be open while files change).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopShortcut=Buat pintasan PERUT di desktop
english.Shortcuts=Pintasan:
english.BundleType=Bundel PERUT
english.EnrolmentType=Berkas pendaftaran laptop PERUT
english.RunPerut=Jalankan PERUT
english.DataKept=PERUT sudah dihapus dari komputer ini. Data PERUT (basis data, kunci perangkat, lampiran dan cadangan) TIDAK dihapus dan tetap ada di folder:%n%n%1%n%nPasang PERUT lagi untuk memakainya, atau hapus folder itu sendiri bila datanya memang tidak diperlukan lagi (buat cadangan dahulu).

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:Shortcuts}"

[InstallDelete]
; The previous version's libraries: an upgrade installs a clean program folder (the data
; folder is elsewhere and is never touched).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\PERUT"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Pendampingan Rutin administrasi desa"
Name: "{autodesktop}\PERUT"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{group}\{cm:UninstallProgram,PERUT}"; Filename: "{uninstallexe}"

[Registry]
; HKA: the current user's classes for a per-user install, the machine's for all users.
Root: HKA; Subkey: "Software\Classes\.perut"; ValueType: string; ValueName: ""; ValueData: "PERUT.Bundel"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.perut\OpenWithProgids"; ValueType: string; ValueName: "PERUT.Bundel"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PERUT.Bundel"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PERUT.Bundel\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\PERUT.Bundel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.perut-enroll"; ValueType: string; ValueName: ""; ValueData: "PERUT.Pendaftaran"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.perut-enroll\OpenWithProgids"; ValueType: string; ValueName: "PERUT.Pendaftaran"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PERUT.Pendaftaran"; ValueType: string; ValueName: ""; ValueData: "{cm:EnrolmentType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PERUT.Pendaftaran\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\PERUT.Pendaftaran\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:RunPerut}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder itself holds; the data folder is left alone on purpose.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]), mbInformation, MB_OK);
end;
