/*
 * The INF rule catalogue (`driso explain <id>`, SARIF descriptors). Facts:
 * ../shared/reference/inf-rules.md; wording is ours, codes are InfVerif /w.
 */
#include "core/rule_info.h"

#define DOC_PORTING "https://learn.microsoft.com/en-us/windows-hardware/drivers/develop/porting-inf-to-windows-driver"
#define DOC_RFDS "https://learn.microsoft.com/en-us/windows-hardware/drivers/develop/run-from-driver-store"
#define DOC_DIRIDS "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/using-dirids"
#define DOC_ERRORS "https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/inf-validation-errors-and-warnings"
#define DOC_ISOLATION "https://learn.microsoft.com/en-us/windows-hardware/drivers/develop/driver-isolation"

static const struct rule_info inf_rules[] = {
	{ "inf-destination-dirid", "inf", SEV_ERROR, 1322,
	  "Files are copied somewhere other than the driver store (DIRID 13)",
	  "Every file of a Windows Driver package runs from the driver store. A [DestinationDirs] entry "
	  "(or DefaultDestDir) used by a reached CopyFiles list names another DIRID, e.g. 12 "
	  "(System32\\drivers) or 11 (System32). The fix sets it to 13 with the SourceDisksFiles subdir, "
	  "and rewrites every %12%\\file reference to the same files in the same fix. User folders "
	  "(Program Files, profile, absolute paths) have no driver-store equivalent: the finding proposes "
	  "AddSoftware/HSA or \\DriverData instead of an edit.",
	  "[DestinationDirs]\n  before: X_CopyFiles = 12\n  after:  X_CopyFiles = 13\n"
	  "[X_Service_Inst]\n  before: ServiceBinary = %12%\\x.sys\n  after:  ServiceBinary = %13%\\x.sys",
	  "Windows 10 1709 (16299)", DOC_PORTING },
	{ "inf-file-reference", "inf", SEV_ERROR, 2084,
	  "A package file is referenced at its old global location",
	  "ServiceBinary, AddReg data (EventMessageFile, ImagePath-like values), UMDF ServiceBinary and "
	  "event-provider files must name the copy in the driver store, %13%\\file. References through "
	  "%10%, %11%, %12%, %%SystemRoot%%\\System32\\drivers etc. to a file this INF copies are "
	  "rewritten; when the DestinationDirs line is fixed in the same run the reference edits travel "
	  "with that fix.",
	  "before: ServiceBinary = %12%\\x.sys\nafter:  ServiceBinary = %13%\\x.sys\n"
	  "before: HKR,,EventMessageFile,0x00020000,\"%%SystemRoot%%\\System32\\IoLogMsg.dll;%%SystemRoot%%\\System32\\drivers\\x.sys\"\n"
	  "after:  HKR,,EventMessageFile,0x00020000,\"%%SystemRoot%%\\System32\\IoLogMsg.dll;%13%\\x.sys\"",
	  "Windows 10 1709 (16299)", DOC_PORTING },
	{ "inf-copyfiles-rename", "inf", SEV_ERROR, 1100,
	  "A driver-store file is renamed by CopyFiles",
	  "A file copied to DIRID 13 must keep its package name: the driver store is the package. "
	  "'dest,src' CopyFiles entries cannot be rewritten safely in the INF alone: rename the file in "
	  "the package (SourceDisksFiles, build output) and drop the second field.",
	  "before: x.sys,x_win7.sys\nafter:  x.sys   (and ship the file as x.sys)",
	  "Windows 10 1709 (16299)", DOC_RFDS },
	{ "inf-copyfiles-subdir", "inf", SEV_ERROR, 1100,
	  "DestinationDirs subdirectory differs from the file's package subdirectory",
	  "With DIRID 13 the destination subdirectory must equal the SourceDisksFiles subdirectory, since "
	  "the file runs from where the package put it. The fix aligns the DestinationDirs subdir.",
	  "before: X_CopyFiles = 13,UMDF   (SourceDisksFiles: x.dll = 1)\nafter:  X_CopyFiles = 13",
	  "Windows 10 1709 (16299)", DOC_DIRIDS },
	{ "inf-copyfiles-duplicate", "inf", SEV_ERROR, 1100,
	  "Two different package files would share one driver-store name",
	  "All DIRID 13 files of a package live in one directory tree; the same name from two different "
	  "source subdirectories collides. Give each variant its own name.",
	  NULL, "Windows 10 1709 (16299)", DOC_RFDS },
	{ "inf-file-security", "inf", SEV_ERROR, 1101,
	  "A .Security section applies to files that run from the driver store",
	  "Driver-store files get system ACLs and PnpLockdown protection; a file-list .Security "
	  "descriptor is not allowed for DIRID 13. The fix removes the section.",
	  "before: [X_CopyFiles.Security]\n        \"D:P(A;;GA;;;SY)\"\nafter:  (section removed)",
	  NULL, DOC_ERRORS },
	{ "inf-copyfiles-flag", "inf", SEV_ERROR, 1103,
	  "COPYFLG_IN_USE_RENAME (0x4000) cannot be used with DIRID 13",
	  "In-use rename replaces a busy file in place; driver-store files are never replaced in place, "
	  "so InfVerif rejects the flag. The fix strips it (other flag bits are kept).",
	  "before: x.dll,,,0x00004000\nafter:  x.dll",
	  NULL, DOC_ERRORS },
	{ "inf-inbox-binary", "inf", SEV_ERROR, 2650,
	  "The INF installs or references a Windows inbox driver binary itself",
	  "WUDFRd.sys, WinUsb.sys, mshidkmdf.sys, mshidumdf.sys, hidclass.sys and similar belong to "
	  "Windows. Never point them at %13%: Include the inbox INF and Needs its sections in DDInstall, "
	  ".HW and .Services instead of a private AddService/CopyFiles.",
	  "before: AddService=WUDFRd,0x000001fa,WUDFRD_ServiceInstall\n"
	  "after:  [X.NT]        Include=WUDFRD.inf  Needs=WUDFRD.NT\n"
	  "        [X.NT.HW]     Include=WUDFRD.inf  Needs=WUDFRD.NT.HW\n"
	  "        [X.NT.Services] Include=WUDFRD.inf Needs=WUDFRD.NT.Services",
	  "Windows 11 (22000) for WUDFRD.inf; older inbox INFs earlier", DOC_ERRORS },
	{ "inf-registry-root", "inf", SEV_ERROR, 1321,
	  "AddReg/DelReg writes a global registry root (HKLM, HKCU, HKU)",
	  "Isolated INFs write only HKR (device, driver, service Parameters or interface state). A "
	  "global key has no owner the package can be removed with. Where a directive or an HKR location "
	  "replaces the key the finding names it; otherwise the line must go and the data must move to "
	  "state the driver owns.",
	  "before: HKLM,Software\\Contoso,Setting,0x00010001,1\n"
	  "after:  HKR,,Setting,0x00010001,1   (in DDInstall, read via IoOpenDeviceRegistryKey/CM_Open_DevNode_Key)",
	  NULL, DOC_PORTING },
	{ "inf-registry-own-service", "inf", SEV_ERROR, 1321,
	  "The INF writes its own service's key through HKLM",
	  "HKLM,\"System\\CurrentControlSet\\Services\\<own service>\\Parameters\",... belongs in an "
	  "AddReg referenced from every service-install section of that service, as HKR,Parameters. The "
	  "fix moves the lines byte-for-byte (value name, flags, data), creates or reuses that AddReg "
	  "section and removes sections the move empties. The driver must then open the key with "
	  "IoOpenDriverRegistryKey(DriverRegKeyParameters) / WdfDriverOpenParametersRegistryKey.",
	  "before: [X_AddReg]       HKLM,\"System\\CurrentControlSet\\Services\\x\\Parameters\",\"Rate\",0x00010001,1000\n"
	  "after:  [X_Service_Inst] AddReg = X_Service_Inst.AddReg\n"
	  "        [X_Service_Inst.AddReg] HKR,\"Parameters\",\"Rate\",0x00010001,1000",
	  "any (IoOpenDriverRegistryKey: Windows 10 1803, 17134)", DOC_PORTING },
	{ "inf-registry-foreign-service", "inf", SEV_ERROR, 1321,
	  "The INF modifies a service it does not install",
	  "Changing another service's key is never isolated: the package cannot own that state. There is "
	  "no rewrite; remove the line and change the design (the other driver exposes a setting through "
	  "its own interface).",
	  NULL, NULL, DOC_PORTING },
	{ "inf-registry-directive", "inf", SEV_ERROR, 1321,
	  "A global registry write that a dedicated INF directive replaces",
	  "ETW providers/channels (AddEventProvider, 1809), autologgers (AddAutoLogger, Windows 11), "
	  "event-log sources (AddService event-log section), class filters (AddFilter, 1903), COM servers "
	  "(AddComServer, 24H2), Run/RunOnce (AddSoftware or a trigger-start service), media categories "
	  "(HKR,MediaCategories). The finding carries the directive to write instead.",
	  "before: HKLM,\"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WINEVT\\Publishers\\{guid}\",...\n"
	  "after:  [X.Events] AddEventProvider={guid},X_EventProvider_Inst",
	  "depends on the directive (see finding)", DOC_PORTING },
	{ "inf-registry-hkcr", "inf", SEV_ERROR, 2660,
	  "AddReg writes HKCR",
	  "HKCR is machine-global COM/shell state. Audio APO registration moves to HKR with the same subkey "
	  "in a DDInstall AddReg (fixed automatically when the line is reached from DDInstall); COM "
	  "servers move to [X.COM] AddComServer (Windows 11 24H2).",
	  "before: HKCR,AudioEngine\\AudioProcessingObjects\\%CLSID%,\"FriendlyName\",,%Name%\n"
	  "after:  HKR,AudioEngine\\AudioProcessingObjects\\%CLSID%,\"FriendlyName\",,%Name%",
	  NULL, DOC_PORTING },
	{ "inf-service-root-value", "inf", SEV_ERROR, 1323,
	  "A service-install AddReg writes outside the service's Parameters key",
	  "In a section referenced from a service-install section HKR is the service key; only "
	  "Parameters[\\...] may be written. The fix prefixes the subkey with Parameters; the driver then "
	  "reads it with IoOpenDriverRegistryKey(DriverRegKeyParameters). Minifilter Instances and "
	  "SupportedFeatures are read by Filter Manager, which looks under Parameters only from "
	  "Windows 11 24H2: they get a proposal (gate the isolated copy at 10.0...25952), not a fix.",
	  "before: HKR,,DebugFlags,0x00010001,0\nafter:  HKR,Parameters,DebugFlags,0x00010001,0",
	  "any (IoOpenDriverRegistryKey: Windows 10 1803, 17134)", DOC_PORTING },
	{ "inf-service-intrinsic-value", "inf", SEV_ERROR, 1323,
	  "SCM-owned service state is written by AddReg instead of a service-install directive",
	  "Start, Type, ErrorControl, ImagePath, Group, DependOnService, ObjectName, DelayedAutostart, "
	  "ServiceSidType, FailureActions, BootFlags... are set by directives of the service-install "
	  "section (StartType=, ServiceType=, ServiceBinary=, LoadOrderGroup=, Dependencies=, ...).",
	  "before: HKR,,Start,0x00010001,3\nafter:  StartType = 3   (in the service-install section)",
	  NULL, "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-addservice-directive" },
	{ "inf-addreg-filters", "inf", SEV_ERROR, 1329,
	  "Upper/lower filters are installed through AddReg",
	  "UpperFilters/LowerFilters written as registry values bypass the filter model; Windows 10 1903 "
	  "added [DDInstall.Filters] AddFilter with FilterPosition. Inbox filters (mshidkmdf, WUDFRd) "
	  "come with their inbox INF through Include/Needs.",
	  "before: [X.HW] HKR,,\"UpperFilters\",0x00010000,\"xfilter\"\n"
	  "after:  [X.Filters] AddFilter = xfilter,,X_Filter_Inst\n        [X_Filter_Inst] FilterPosition = Upper",
	  "Windows 10 1903 (18362)", "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-addfilter-directive" },
	{ "inf-addreg-append", "inf", SEV_WARNING, 1305,
	  "AddReg appends to a REG_MULTI_SZ (FLG_ADDREG_APPEND)",
	  "Appending edits a value the package does not own outright and cannot be undone on removal. "
	  "Write the complete value, or use AddFilter for filter lists.",
	  NULL, NULL, DOC_ERRORS },
	{ "inf-legacy-directive", "inf", SEV_ERROR, 1300,
	  "Legacy, non-additive or global directive in install content",
	  "DelFiles, RenFiles, DelReg, DelService, BitReg, UpdateInis, UpdateIniFields, Ini2Reg, "
	  "ProfileItems, RegisterDlls, UnregisterDlls, LogConfig and DelProperty are not allowed in a "
	  "universal/Windows Driver INF: an INF only adds state the driver store can remove with the "
	  "package. Remove the directive (DefaultUninstall: mark it LegacyUninstall=1 or drop it).",
	  "before: [DefaultUninstall] DelFiles = X_Files\nafter:  (removed; pnputil /delete-driver uninstalls)",
	  NULL, DOC_ERRORS },
	{ "inf-coinstaller", "inf", SEV_ERROR, 1303,
	  "Co-installer or class installer",
	  "Co-installers and class installers run arbitrary code during device installation; packages "
	  "with them are no longer signed. WDF co-installers are simply removed (the framework is inbox); "
	  "UI goes to a Hardware Support App (AddSoftware), WinUSB to Include/Needs winusb.inf.",
	  "before: [X.NT.CoInstallers] AddReg=X_CoInstaller_AddReg  (HKR,,CoInstallers32,0x00010000,\"WdfCoInstaller01011.dll,WdfCoInstaller\")\n"
	  "after:  (section, its AddReg/CopyFiles and the co-installer files removed)",
	  NULL, "https://learn.microsoft.com/en-us/windows-hardware/drivers/develop/removing-coinstallers" },
	{ "inf-umdf1", "inf", SEV_ERROR, 1402,
	  "The package installs a UMDF 1.x driver",
	  "UMDF 1 (COM-based) drivers cannot be Windows Drivers: InfVerif /w rejects UmdfLibraryVersion 1.x. "
	  "The driver has to be ported to UMDF 2 (the WDF object model shared with KMDF); the INF then drops "
	  "the WUDF co-installer and uses WUDFRD.inf (Windows 11) or the reflector AddService.",
	  "before: UmdfLibraryVersion = 1.11.0\nafter:  UmdfLibraryVersion = $UMDFVERSION$ (2.x, after porting the driver)",
	  "UMDF 2.15 (Windows 10 1507)", "https://learn.microsoft.com/en-us/windows-hardware/drivers/wdf/porting-a-driver-from-umdf-1-to-umdf-2" },
	{ "inf-target-os", "inf", SEV_ERROR, 1199,
	  "Install content that needs Windows 10 1709 (UMDF: 1803) is reachable on older Windows",
	  "DIRID 13 (run from driver store) is supported from build 16299, UMDF run-from-store from 17134. "
	  "A Models section (or DefaultInstall) that copies files must carry a TargetOSVersion decoration "
	  "of at least that build. The fix raises the decoration (NTamd64.10.0...16299, NT$ARCH$ in INX) "
	  "and renames the section; --keep-downlevel keeps the old decoration next to it.",
	  "before: [Manufacturer] %Mfg%=Contoso,NTamd64   [Contoso.NTamd64]\n"
	  "after:  [Manufacturer] %Mfg%=Contoso,NTamd64.10.0...16299   [Contoso.NTamd64.10.0...16299]",
	  "Windows 10 1709 (16299); UMDF 1803 (17134)", "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/combining-platform-extensions-with-operating-system-versions" },
	{ "inf-pnplockdown", "inf", SEV_ERROR, 1324,
	  "[Version] lacks PnpLockdown=1",
	  "PnpLockdown=1 protects the installed driver files from modification outside of driver "
	  "installation; InfVerif /w requires it. The fix adds the line to [Version].",
	  "before: [Version] Signature=\"$WINDOWS NT$\"\nafter:  [Version] Signature=\"$WINDOWS NT$\"  PnpLockdown=1",
	  NULL, "https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-version-section" },
};

const struct rule_table inf_rule_table = { inf_rules, sizeof(inf_rules) / sizeof(inf_rules[0]) };
