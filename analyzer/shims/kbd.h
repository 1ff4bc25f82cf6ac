/*
 * driso shim: kbd.h, the keyboard layout table header (SDK header
 * mingw-w64 lacks) that every keyboard layout DLL (kbd*.c) includes:
 * the layout tables (KBDTABLES, VK_TO_WCHARS1..10 and their table,
 * MODIFIERS, VSC_VK, VK_VSC, LIGATURE1..5, DEADKEY, VSC_LPWSTR, the NLS
 * tables KBDNLSTABLES / VK_F / VK_FPARAM, KBDTABLE_MULTI, KBD_TYPE_INFO),
 * the KBDEXT / KBDMULTIVK / ... and shift-state flags, the DEADTRANS
 * macros, and the scan-code-to-virtual-key macros (T00..T7F, X..., Y1D,
 * _EQ/_NE) for every KBD_TYPE, kept under their KBD_TYPE conditions.
 *
 * Provenance: names, member order, values and the per-KBD_TYPE macro
 * tables from Microsoft's Win32 API metadata (microsoft/win32metadata,
 * MIT licence: its copy of the SDK's kbd.h), transcribed into this
 * layout by a one-off script (comments and SAL dropped).
 */
#ifndef DRISO_SHIM_KBD_H
#define DRISO_SHIM_KBD_H
#include "driso_shims.h"
#include <windows.h>

#if defined(BUILD_WOW6432)
#define KBD_LONG_POINTER __ptr64
#else
#define KBD_LONG_POINTER
#endif

#define KBDEXT (USHORT)0x0100
#define KBDMULTIVK (USHORT)0x0200
#define KBDSPECIAL (USHORT)0x0400
#define KBDNUMPAD (USHORT)0x0800
#define KBDUNICODE (USHORT)0x1000
#define KBDINJECTEDVK (USHORT)0x2000
#define KBDMAPPEDVK (USHORT)0x4000
#define KBDBREAK (USHORT)0x8000
#define EXTENDED_BIT 0x01000000
#define DONTCARE_BIT 0x02000000
#define FAKE_KEYSTROKE 0x02000000
#define ALTNUMPAD_BIT 0x04000000
#define KBDBASE 0
#define KBDSHIFT 1
#define KBDCTRL 2
#define KBDALT 4
#define KBDKANA 8
#define KBDROYA 0x10
#define KBDLOYA 0x20
#define KBDGRPSELTAP 0x80
#define GRAVE 0x0300
#define ACUTE 0x0301
#define CIRCUMFLEX 0x0302
#define TILDE 0x0303
#define MACRON 0x0304
#define OVERSCORE 0x0305
#define BREVE 0x0306
#define DOT_ABOVE 0x0307
#define UMLAUT 0x0308
#define DIARESIS UMLAUT
#define HOOK_ABOVE 0x0309
#define RING 0x030A
#define DOUBLE_ACUTE 0x030B
#define HACEK 0x030C
#define CEDILLA 0x0327
#define OGONEK 0x0328
#define TONOS 0x0384
#define DIARESIS_TONOS 0x0385
#define wszGRAVE L"\x0300"
#define wszACUTE L"\x0301"
#define wszCIRCUMFLEX L"\x0302"
#define wszTILDE L"\x0303"
#define wszMACRON L"\x0304"
#define wszOVERSCORE L"\x0305"
#define wszBREVE L"\x0306"
#define wszDOT_ABOVE L"\x0307"
#define wszUMLAUT L"\x0308"
#define wszHOOK_ABOVE L"\x0309"
#define wszRING L"\x030A"
#define wszDOUBLE_ACUTE L"\x030B"
#define wszHACEK L"\x030C"
#define wszCEDILLA L"\x0327"
#define wszOGONEK L"\x0328"
#define wszTONOS L"\x0384"
#define wszDIARESIS_TONOS L"\x0385"
#define IDS_FROM_SCANCODE(prefix, base) (0xc000 + ((0x ## prefix) >= 0xE0 ? 0x100 : 0) + (0x ## base))
typedef struct {
	BYTE Vk;
	BYTE ModBits;
} VK_TO_BIT, *KBD_LONG_POINTER PVK_TO_BIT;
typedef struct {
	PVK_TO_BIT pVkToBit;
	WORD wMaxModBits;
	BYTE ModNumber[];
} MODIFIERS, *KBD_LONG_POINTER PMODIFIERS;
#define SHFT_INVALID 0x0F
typedef struct _VSC_VK {
	BYTE Vsc;
	USHORT Vk;
} VSC_VK, *KBD_LONG_POINTER PVSC_VK;
typedef struct _VK_VSC {
	BYTE Vk;
	BYTE Vsc;
} VK_VSC, *KBD_LONG_POINTER PVK_VSC;
#define WCH_NONE 0xF000
#define WCH_DEAD 0xF001
#define WCH_LGTR 0xF002
#define CAPLOK 0x01
#define SGCAPS 0x02
#define CAPLOKALTGR 0x04
#define KANALOK 0x08
#define GRPSELTAP 0x80
#define TYPEDEF_VK_TO_WCHARS(n) typedef struct _VK_TO_WCHARS##n { BYTE VirtualKey; BYTE Attributes; WCHAR wch[n]; } VK_TO_WCHARS##n, *KBD_LONG_POINTER PVK_TO_WCHARS##n;
TYPEDEF_VK_TO_WCHARS(1)
TYPEDEF_VK_TO_WCHARS(2)
TYPEDEF_VK_TO_WCHARS(3)
TYPEDEF_VK_TO_WCHARS(4)
TYPEDEF_VK_TO_WCHARS(5)
TYPEDEF_VK_TO_WCHARS(6)
TYPEDEF_VK_TO_WCHARS(7)
TYPEDEF_VK_TO_WCHARS(8)
TYPEDEF_VK_TO_WCHARS(9)
TYPEDEF_VK_TO_WCHARS(10)
typedef struct _VK_TO_WCHAR_TABLE {
	PVK_TO_WCHARS1 pVkToWchars;
	BYTE nModifications;
	BYTE cbSize;
} VK_TO_WCHAR_TABLE, *KBD_LONG_POINTER PVK_TO_WCHAR_TABLE;
typedef struct {
	DWORD dwBoth;
	WCHAR wchComposed;
	USHORT uFlags;
} DEADKEY, *KBD_LONG_POINTER PDEADKEY;
#define DEADTRANS(ch, accent, comp, flags) { MAKELONG(ch, accent), comp, flags}
#define DKF_DEAD 0x0001
#define TYPEDEF_LIGATURE(n) typedef struct _LIGATURE##n { BYTE VirtualKey; WORD ModificationNumber; WCHAR wch[n]; } LIGATURE##n, *KBD_LONG_POINTER PLIGATURE##n;
TYPEDEF_LIGATURE(1)
TYPEDEF_LIGATURE(2)
TYPEDEF_LIGATURE(3)
TYPEDEF_LIGATURE(4)
TYPEDEF_LIGATURE(5)
typedef struct {
	BYTE vsc;
	WCHAR *KBD_LONG_POINTER pwsz;
} VSC_LPWSTR, *KBD_LONG_POINTER PVSC_LPWSTR;
typedef WCHAR *KBD_LONG_POINTER DEADKEY_LPWSTR;
#define KBD_VERSION 1
#define GET_KBD_VERSION(p) (HIWORD((p)->fLocaleFlags))
#define KLLF_ALTGR 0x0001
#define KLLF_SHIFTLOCK 0x0002
#define KLLF_LRM_RLM 0x0004
#define KLLF_LAYOUT_ATTRS (KLLF_SHIFTLOCK | KLLF_ALTGR | KLLF_LRM_RLM)
#define KLLF_GLOBAL_ATTRS (KLLF_SHIFTLOCK)
#define KLL_ATTR_FROM_KLF(x) ((x) >> 15)
#define KLL_LAYOUT_ATTR_FROM_KLF(x) (KLL_ATTR_FROM_KLF(x) & KLLF_LAYOUT_ATTRS)
#define KLL_GLOBAL_ATTR_FROM_KLF(x) (KLL_ATTR_FROM_KLF(x) & KLLF_GLOBAL_ATTRS)
typedef struct tagKbdLayer {
	PMODIFIERS pCharModifiers;
	PVK_TO_WCHAR_TABLE pVkToWcharTable;
	PDEADKEY pDeadKey;
	PVSC_LPWSTR pKeyNames;
	PVSC_LPWSTR pKeyNamesExt;
	WCHAR *KBD_LONG_POINTER *KBD_LONG_POINTER pKeyNamesDead;
	USHORT *KBD_LONG_POINTER pusVSCtoVK;
	BYTE bMaxVSCtoVK;
	PVSC_VK pVSCtoVK_E0;
	PVSC_VK pVSCtoVK_E1;
	DWORD fLocaleFlags;
	BYTE nLgMax;
	BYTE cbLgEntry;
	PLIGATURE1 pLigature;
	DWORD dwType;
	DWORD dwSubType;
} KBDTABLES, *KBD_LONG_POINTER PKBDTABLES;
typedef struct _VK_FUNCTION_PARAM {
	BYTE NLSFEProcIndex;
	ULONG NLSFEProcParam;
} VK_FPARAM, *KBD_LONG_POINTER PVK_FPARAM;
typedef struct _VK_TO_FUNCTION_TABLE {
	BYTE Vk;
	BYTE NLSFEProcType;
	BYTE NLSFEProcCurrent;
	BYTE NLSFEProcSwitch;
	VK_FPARAM NLSFEProc[8];
	VK_FPARAM NLSFEProcAlt[8];
} VK_F, *KBD_LONG_POINTER PVK_F;
typedef struct tagKbdNlsLayer {
	USHORT OEMIdentifier;
	USHORT LayoutInformation;
	UINT NumOfVkToF;
	PVK_F pVkToF;
	INT NumOfMouseVKey;
	USHORT *KBD_LONG_POINTER pusMouseVKey;
} KBDNLSTABLES, *KBD_LONG_POINTER PKBDNLSTABLES;
#define KBDTABLE_MULTI_MAX (8)
typedef struct tagKBDTABLE_DESC {
	WCHAR wszDllName[32];
	DWORD dwType;
	DWORD dwSubType;
} KBDTABLE_DESC, *KBD_LONG_POINTER PKBDTABLE_DESC;
typedef struct tagKBDTABLE_MULTI {
	UINT nTables;
	KBDTABLE_DESC aKbdTables[KBDTABLE_MULTI_MAX];
} KBDTABLE_MULTI, *KBD_LONG_POINTER PKBDTABLE_MULTI;
typedef struct tagKBD_TYPE_INFO {
	DWORD dwVersion;
	DWORD dwType;
	DWORD dwSubType;
} KBD_TYPE_INFO, *PKBD_TYPE_INFO;
#define KEYBOARD_TYPE_GENERIC_101 (4)
#define KEYBOARD_TYPE_JAPAN (7)
#define KEYBOARD_TYPE_KOREA (8)
#define KEYBOARD_TYPE_UNKNOWN (0x51)
#define NLSKBD_OEM_MICROSOFT 0x00
#define NLSKBD_OEM_AX 0x01
#define NLSKBD_OEM_EPSON 0x04
#define NLSKBD_OEM_FUJITSU 0x05
#define NLSKBD_OEM_IBM 0x07
#define NLSKBD_OEM_MATSUSHITA 0x0A
#define NLSKBD_OEM_NEC 0x0D
#define NLSKBD_OEM_TOSHIBA 0x12
#define NLSKBD_OEM_DEC 0x18
#define MICROSOFT_KBD_101_TYPE 0
#define MICROSOFT_KBD_AX_TYPE 1
#define MICROSOFT_KBD_106_TYPE 2
#define MICROSOFT_KBD_002_TYPE 3
#define MICROSOFT_KBD_001_TYPE 4
#define MICROSOFT_KBD_FUNC 12
#define AX_KBD_DESKTOP_TYPE 1
#define FMR_KBD_JIS_TYPE 0
#define FMR_KBD_OASYS_TYPE 1
#define FMV_KBD_OASYS_TYPE 2
#define NEC_KBD_NORMAL_TYPE 1
#define NEC_KBD_N_MODE_TYPE 2
#define NEC_KBD_H_MODE_TYPE 3
#define NEC_KBD_LAPTOP_TYPE 4
#define NEC_KBD_106_TYPE 5
#define TOSHIBA_KBD_DESKTOP_TYPE 13
#define TOSHIBA_KBD_LAPTOP_TYPE 15
#define DEC_KBD_ANSI_LAYOUT_TYPE 1
#define DEC_KBD_JIS_LAYOUT_TYPE 2
#define MICROSOFT_KBD_101A_TYPE MICROSOFT_KBD_101_TYPE
#define MICROSOFT_KBD_101B_TYPE 4
#define MICROSOFT_KBD_101C_TYPE 5
#define MICROSOFT_KBD_103_TYPE 6
#define NLSKBD_INFO_SEND_IME_NOTIFICATION 0x0001
#define NLSKBD_INFO_ACCESSIBILITY_KEYMAP 0x0002
#define NLSKBD_INFO_EMURATE_101_KEYBOARD 0x0010
#define NLSKBD_INFO_EMURATE_106_KEYBOARD 0x0020
#define KBDNLS_TYPE_NULL 0
#define KBDNLS_TYPE_NORMAL 1
#define KBDNLS_TYPE_TOGGLE 2
#define KBDNLS_INDEX_NORMAL 1
#define KBDNLS_INDEX_ALT 2
#define KBDNLS_NULL 0
#define KBDNLS_NOEVENT 1
#define KBDNLS_SEND_BASE_VK 2
#define KBDNLS_SEND_PARAM_VK 3
#define KBDNLS_KANALOCK 4
#define KBDNLS_ALPHANUM 5
#define KBDNLS_HIRAGANA 6
#define KBDNLS_KATAKANA 7
#define KBDNLS_SBCSDBCS 8
#define KBDNLS_ROMAN 9
#define KBDNLS_CODEINPUT 10
#define KBDNLS_HELP_OR_END 11
#define KBDNLS_HOME_OR_CLEAR 12
#define KBDNLS_NUMPAD 13
#define KBDNLS_KANAEVENT 14
#define KBDNLS_CONV_OR_NONCONV 15
#define JAPANESE_KEYBOARD(Id) ((Id).Type == KEYBOARD_TYPE_JAPAN)
#define KOREAN_KEYBOARD(Id) ((Id).Type == KEYBOARD_TYPE_KOREA)
#define FUJITSU_KBD_CONSOLE(Id) (JAPANESE_KEYBOARD(Id) && (Id).Subtype == ((NLSKBD_OEM_FUJITSU<<4)|FMV_KBD_OASYS_TYPE))
#define FUJITSU_KBD_REMOTE(Id) (JAPANESE_KEYBOARD(Id) && (Id).SubType == 0x00020002)
#define KBD_LAYOUT_LANG(hkl) (PRIMARYLANGID(HandleToUlong(hkl)))
#define JAPANESE_KBD_LAYOUT(hkl) (KBD_LAYOUT_LANG(hkl) == LANG_JAPANESE)
#define KOREAN_KBD_LAYOUT(hkl) (KBD_LAYOUT_LANG(hkl) == LANG_KOREAN)

#ifndef KBD_TYPE
#define KBD_TYPE 4
#endif
#if (KBD_TYPE == 1)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v1)
#elif (KBD_TYPE == 2)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v2)
#elif (KBD_TYPE == 3)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v3)
#elif (KBD_TYPE == 4)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v4)
#elif (KBD_TYPE == 5)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v5)
#elif (KBD_TYPE == 6)
#define _NE(v1, v2, v3, v4, v5, v6) (VK_##v6)
#elif (KBD_TYPE == 7)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v7)
#elif (KBD_TYPE == 8)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v8)
#elif (KBD_TYPE == 10)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v10)
#elif (KBD_TYPE == 11)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v11)
#elif (KBD_TYPE == 12)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v12)
#elif (KBD_TYPE == 13)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v13)
#elif (KBD_TYPE == 16)
#define _NE(v7, v8, v16, v10, v11, v12, v13) (VK_##v16)
#elif (KBD_TYPE == 20)
#define _NE(v20, v21, v22) (VK_##v20)
#elif (KBD_TYPE == 21)
#define _NE(v20, v21, v22) (VK_##v21)
#elif (KBD_TYPE == 22)
#define _NE(v20, v21, v22) (VK_##v22)
#elif (KBD_TYPE == 30)
#define _NE(v30, v33, v34) (VK_##v30)
#elif (KBD_TYPE == 33)
#define _NE(v30, v33, v34) (VK_##v33)
#elif (KBD_TYPE == 34)
#define _NE(v30, v33, v34) (VK_##v34)
#elif (KBD_TYPE == 40)
#define _NE(v40, v41) (VK_##v40)
#elif (KBD_TYPE == 41)
#define _NE(v40, v41) (VK_##v41)
#endif
#if (KBD_TYPE <= 6)
#define _EQ(v4) (VK_##v4)
#elif (KBD_TYPE >= 7) && (KBD_TYPE <= 16)
#define _EQ(v8) (VK_##v8)
#elif (KBD_TYPE > 20) && (KBD_TYPE <= 22)
#define _EQ(v20) (VK_##v20)
#elif (KBD_TYPE >= 30) && (KBD_TYPE <= 34)
#define _EQ(v30) (VK_##v30)
#elif (KBD_TYPE == 37)
#define _EQ(v37) (VK_##v37)
#elif (KBD_TYPE >= 40) && (KBD_TYPE <= 41)
#define _EQ(v40) (VK_##v40)
#endif
#define VK_
#define VK__none_ 0xFF
#define VK_ABNT_C1 0xC1
#define VK_ABNT_C2 0xC2
#if (KBD_TYPE <= 6)
#define T00 _EQ(_none_)
#define T01 _EQ(ESCAPE)
#define T02 _EQ('1')
#define T03 _EQ('2')
#define T04 _EQ('3')
#define T05 _EQ('4')
#define T06 _EQ('5')
#define T07 _EQ('6')
#define T08 _EQ('7')
#define T09 _EQ('8')
#define T0A _EQ('9')
#define T0B _EQ('0')
#define T0C _EQ(OEM_MINUS)
#define T0D _NE(OEM_PLUS, OEM_4, OEM_PLUS, OEM_PLUS, OEM_PLUS, OEM_PLUS)
#define T0E _EQ(BACK)
#define T0F _EQ(TAB)
#define T10 _EQ('Q')
#define T11 _EQ('W')
#define T12 _EQ('E')
#define T13 _EQ('R')
#define T14 _EQ('T')
#define T15 _EQ('Y')
#define T16 _EQ('U')
#define T17 _EQ('I')
#define T18 _EQ('O')
#define T19 _EQ('P')
#define T1A _NE(OEM_4, OEM_6, OEM_4, OEM_4, OEM_4, OEM_4)
#define T1B _NE(OEM_6, OEM_1, OEM_6, OEM_6, OEM_6, OEM_6)
#define T1C _EQ(RETURN)
#define T1D _EQ(LCONTROL)
#define T1E _EQ('A')
#define T1F _EQ('S')
#define T20 _EQ('D')
#define T21 _EQ('F')
#define T22 _EQ('G')
#define T23 _EQ('H')
#define T24 _EQ('J')
#define T25 _EQ('K')
#define T26 _EQ('L')
#define T27 _NE(OEM_1, OEM_PLUS, OEM_1, OEM_1, OEM_1, OEM_1)
#define T28 _NE(OEM_7, OEM_3, OEM_7, OEM_7, OEM_3, OEM_3)
#define T29 _NE(OEM_3, OEM_7, OEM_3, OEM_3, OEM_7, OEM_7)
#define T2A _EQ(LSHIFT)
#define T2B _EQ(OEM_5)
#define T2C _EQ('Z')
#define T2D _EQ('X')
#define T2E _EQ('C')
#define T2F _EQ('V')
#define T30 _EQ('B')
#define T31 _EQ('N')
#define T32 _EQ('M')
#define T33 _EQ(OEM_COMMA)
#define T34 _EQ(OEM_PERIOD)
#define T35 _EQ(OEM_2)
#define T36 _EQ(RSHIFT)
#define T37 _EQ(MULTIPLY)
#define T38 _EQ(LMENU)
#define T39 _EQ(' ')
#define T3A _EQ(CAPITAL)
#define T3B _EQ(F1)
#define T3C _EQ(F2)
#define T3D _EQ(F3)
#define T3E _EQ(F4)
#define T3F _EQ(F5)
#define T40 _EQ(F6)
#define T41 _EQ(F7)
#define T42 _EQ(F8)
#define T43 _EQ(F9)
#define T44 _EQ(F10)
#define T45 _EQ(NUMLOCK)
#define T46 _EQ(SCROLL)
#define T47 _EQ(HOME)
#define T48 _EQ(UP)
#define T49 _EQ(PRIOR)
#define T4A _EQ(SUBTRACT)
#define T4B _EQ(LEFT)
#define T4C _EQ(CLEAR)
#define T4D _EQ(RIGHT)
#define T4E _EQ(ADD)
#define T4F _EQ(END)
#define T50 _EQ(DOWN)
#define T51 _EQ(NEXT)
#define T52 _EQ(INSERT)
#define T53 _EQ(DELETE)
#define T54 _EQ(SNAPSHOT)
#define T55 _EQ(_none_)
#define T56 _NE(OEM_102, HELP, OEM_102, OEM_102, _none_, OEM_PA2)
#define T57 _NE(F11, RETURN, F11, F11, _none_, HELP)
#define T58 _NE(F12, LEFT, F12, F12, _none_, OEM_102)
#define T59 _EQ(CLEAR)
#define T5A _EQ(OEM_WSCTRL)
#define T5B _EQ(OEM_FINISH)
#define T5C _EQ(OEM_JUMP)
#define T5D _EQ(EREOF)
#define T5E _EQ(OEM_BACKTAB)
#define T5F _EQ(OEM_AUTO)
#define T60 _EQ(_none_)
#define T61 _EQ(_none_)
#define T62 _EQ(ZOOM)
#define T63 _EQ(HELP)
#define T64 _EQ(F13)
#define T65 _EQ(F14)
#define T66 _EQ(F15)
#define T67 _EQ(F16)
#define T68 _EQ(F17)
#define T69 _EQ(F18)
#define T6A _EQ(F19)
#define T6B _EQ(F20)
#define T6C _EQ(F21)
#define T6D _EQ(F22)
#define T6E _EQ(F23)
#define T6F _EQ(OEM_PA3)
#define T70 _EQ(_none_)
#define T71 _EQ(OEM_RESET)
#define T72 _EQ(_none_)
#define T73 _EQ(ABNT_C1)
#define T74 _EQ(_none_)
#define T75 _EQ(_none_)
#define T76 _EQ(F24)
#define T77 _EQ(_none_)
#define T78 _EQ(_none_)
#define T79 _EQ(_none_)
#define T7A _EQ(_none_)
#define T7B _EQ(OEM_PA1)
#define T7C _EQ(TAB)
#define T7D _EQ(_none_)
#define T7E _EQ(ABNT_C2)
#define T7F _EQ(OEM_PA2)
#define X10 _EQ(MEDIA_PREV_TRACK)
#define X19 _EQ(MEDIA_NEXT_TRACK)
#define X1C _EQ(RETURN)
#define X1D _EQ(RCONTROL)
#define X20 _EQ(VOLUME_MUTE)
#define X21 _EQ(LAUNCH_APP2)
#define X22 _EQ(MEDIA_PLAY_PAUSE)
#define X24 _EQ(MEDIA_STOP)
#define X2E _EQ(VOLUME_DOWN)
#define X30 _EQ(VOLUME_UP)
#define X32 _EQ(BROWSER_HOME)
#define X35 _EQ(DIVIDE)
#define X37 _EQ(SNAPSHOT)
#define X38 _EQ(RMENU)
#define X46 _EQ(CANCEL)
#define X47 _EQ(HOME)
#define X48 _EQ(UP)
#define X49 _EQ(PRIOR)
#define X4B _EQ(LEFT)
#define X4D _EQ(RIGHT)
#define X4F _EQ(END)
#define X50 _EQ(DOWN)
#define X51 _NE(NEXT, F1, NEXT, NEXT, _none_, OEM_PA2)
#define X52 _EQ(INSERT)
#define X53 _EQ(DELETE)
#define X5B _EQ(LWIN)
#define X5C _EQ(RWIN)
#define X5D _EQ(APPS)
#define X5E _EQ(POWER)
#define X5F _EQ(SLEEP)
#define X65 _EQ(BROWSER_SEARCH)
#define X66 _EQ(BROWSER_FAVORITES)
#define X67 _EQ(BROWSER_REFRESH)
#define X68 _EQ(BROWSER_STOP)
#define X69 _EQ(BROWSER_FORWARD)
#define X6A _EQ(BROWSER_BACK)
#define X6B _EQ(LAUNCH_APP1)
#define X6C _EQ(LAUNCH_MAIL)
#define X6D _EQ(LAUNCH_MEDIA_SELECT)
#define Y1D _EQ(PAUSE)
#elif (KBD_TYPE >= 7) && (KBD_TYPE <= 16)
#define T00 _EQ(_none_)
#define T01 _EQ(ESCAPE)
#define T02 _EQ('1')
#define T03 _EQ('2')
#define T04 _EQ('3')
#define T05 _EQ('4')
#define T06 _EQ('5')
#define T07 _EQ('6')
#define T08 _EQ('7')
#define T09 _EQ('8')
#define T0A _EQ('9')
#define T0B _EQ('0')
#define T0C _EQ(OEM_MINUS)
#define T0D _NE(OEM_7, OEM_7, OEM_PLUS, OEM_PLUS, OEM_PLUS, OEM_PLUS, OEM_PLUS)
#define T0E _EQ(BACK)
#define T0F _EQ(TAB)
#define T10 _EQ('Q')
#define T11 _EQ('W')
#define T12 _EQ('E')
#define T13 _EQ('R')
#define T14 _EQ('T')
#define T15 _EQ('Y')
#define T16 _EQ('U')
#define T17 _EQ('I')
#define T18 _EQ('O')
#define T19 _EQ('P')
#define T1A _NE(OEM_4, OEM_3, OEM_4, OEM_4, OEM_4, OEM_4, OEM_4)
#define T1B _NE(OEM_6, OEM_4, OEM_6, OEM_6, OEM_6, OEM_6, OEM_6)
#define T1C _EQ(RETURN)
#define T1D _EQ(LCONTROL)
#define T1E _EQ('A')
#define T1F _EQ('S')
#define T20 _EQ('D')
#define T21 _EQ('F')
#define T22 _EQ('G')
#define T23 _EQ('H')
#define T24 _EQ('J')
#define T25 _EQ('K')
#define T26 _EQ('L')
#define T27 _NE(OEM_PLUS, OEM_PLUS, OEM_1, OEM_1, OEM_1, OEM_1, OEM_1)
#define T28 _NE(OEM_1, OEM_1, OEM_7, OEM_7, OEM_7, OEM_7, OEM_7)
#define T29 _NE(OEM_3, DBE_SBCSCHAR, OEM_3, OEM_3, OEM_3, OEM_3, OEM_3)
#define T2A _EQ(LSHIFT)
#define T2B _NE(OEM_5, OEM_6, OEM_5, OEM_5, OEM_5, OEM_5, OEM_5)
#define T2C _EQ('Z')
#define T2D _EQ('X')
#define T2E _EQ('C')
#define T2F _EQ('V')
#define T30 _EQ('B')
#define T31 _EQ('N')
#define T32 _EQ('M')
#define T33 _EQ(OEM_COMMA)
#define T34 _EQ(OEM_PERIOD)
#define T35 _EQ(OEM_2)
#define T36 _EQ(RSHIFT)
#define T37 _EQ(MULTIPLY)
#define T38 _EQ(LMENU)
#define T39 _EQ(' ')
#define T3A _NE(DBE_ALPHANUMERIC, DBE_ALPHANUMERIC, CAPITAL, CAPITAL, CAPITAL, CAPITAL, CAPITAL)
#define T3B _EQ(F1)
#define T3C _EQ(F2)
#define T3D _EQ(F3)
#define T3E _EQ(F4)
#define T3F _EQ(F5)
#define T40 _EQ(F6)
#define T41 _EQ(F7)
#define T42 _EQ(F8)
#define T43 _EQ(F9)
#define T44 _EQ(F10)
#define T45 _EQ(NUMLOCK)
#define T46 _EQ(SCROLL)
#define T47 _EQ(HOME)
#define T48 _EQ(UP)
#define T49 _EQ(PRIOR)
#define T4A _EQ(SUBTRACT)
#define T4B _EQ(LEFT)
#define T4C _EQ(CLEAR)
#define T4D _EQ(RIGHT)
#define T4E _EQ(ADD)
#define T4F _EQ(END)
#define T50 _EQ(DOWN)
#define T51 _EQ(NEXT)
#define T52 _EQ(INSERT)
#define T53 _EQ(DELETE)
#define T54 _EQ(SNAPSHOT)
#define T55 _EQ(_none_)
#define T56 _NE(_none_, _none_, OEM_102, OEM_102, OEM_102, OEM_102, OEM_102)
#define T57 _EQ(F11)
#define T58 _EQ(F12)
#define T59 _EQ(CLEAR)
#define T5A _NE(NONAME, NONAME, NONCONVERT, OEM_WSCTRL, OEM_WSCTRL, OEM_WSCTRL, OEM_WSCTRL)
#define T5B _NE(NONAME, NONAME, CONVERT, OEM_FINISH, OEM_FINISH, OEM_FINISH, OEM_FINISH)
#define T5C _NE(NONAME, NONAME, OEM_AX, OEM_JUMP, OEM_JUMP, OEM_JUMP, OEM_JUMP)
#define T5D _EQ(EREOF)
#define T5E _NE(_none_, _none_, _none_, OEM_BACKTAB, OEM_BACKTAB, OEM_BACKTAB, OEM_BACKTAB)
#define T5F _NE(NONAME, NONAME, NONAME, OEM_AUTO, OEM_AUTO, OEM_AUTO, OEM_AUTO)
#define T60 _EQ(_none_)
#define T61 _NE(_none_, _none_, _none_, ZOOM, ZOOM, ZOOM, ZOOM)
#define T62 _NE(_none_, _none_, _none_, HELP, HELP, HELP, HELP)
#define T63 _EQ(_none_)
#define T64 _EQ(F13)
#define T65 _EQ(F14)
#define T66 _EQ(F15)
#define T67 _EQ(F16)
#define T68 _EQ(F17)
#define T69 _EQ(F18)
#define T6A _EQ(F19)
#define T6B _EQ(F20)
#define T6C _EQ(F21)
#define T6D _EQ(F22)
#define T6E _EQ(F23)
#define T6F _NE(_none_, _none_, _none_, OEM_PA3, OEM_PA3, OEM_PA3, OEM_PA3)
#define T70 _NE(DBE_KATAKANA, DBE_HIRAGANA, _none_, _none_, _none_, _none_, _none_)
#define T71 _NE(_none_, _none_, _none_, OEM_RESET, OEM_RESET, OEM_RESET, OEM_RESET)
#define T72 _EQ(_none_)
#define T73 _NE(OEM_102, OEM_102, _none_, ABNT_C1, ABNT_C1, ABNT_C1, ABNT_C1)
#define T74 _EQ(_none_)
#define T75 _EQ(_none_)
#define T76 _EQ(F24)
#define T77 _NE(DBE_SBCSCHAR, _none_, _none_, _none_, _none_, _none_, _none_)
#define T78 _EQ(_none_)
#define T79 _NE(CONVERT, CONVERT, _none_, _none_, _none_, _none_, _none_)
#define T7A _EQ(_none_)
#define T7B _NE(NONCONVERT, NONCONVERT, _none_, OEM_PA1, OEM_PA1, OEM_PA1, OEM_PA1)
#define T7C _EQ(TAB)
#define T7D _NE(_none_, OEM_5, _none_, _none_, _none_, _none_, _none_)
#define T7E _EQ(ABNT_C2)
#define T7F _EQ(OEM_PA2)
#define X10 _EQ(MEDIA_PREV_TRACK)
#define X19 _EQ(MEDIA_NEXT_TRACK)
#define X1C _EQ(RETURN)
#define X1D _NE(RCONTROL, RCONTROL, DBE_KATAKANA, HANJA, HANGEUL, RCONTROL, RCONTROL)
#define X20 _EQ(VOLUME_MUTE)
#define X21 _EQ(LAUNCH_APP2)
#define X22 _EQ(MEDIA_PLAY_PAUSE)
#define X24 _EQ(MEDIA_STOP)
#define X2E _EQ(VOLUME_DOWN)
#define X30 _EQ(VOLUME_UP)
#define X32 _EQ(BROWSER_HOME)
#define X33 _NE(OEM_8, _none_, _none_, _none_, _none_, _none_, _none_)
#define X35 _EQ(DIVIDE)
#define X37 _EQ(SNAPSHOT)
#define X38 _NE(DBE_HIRAGANA, RMENU, KANJI, HANGEUL, HANJA, RMENU, RMENU)
#define X42 _EQ(_none_)
#define X43 _EQ(_none_)
#define X44 _EQ(_none_)
#define X46 _EQ(CANCEL)
#define X47 _EQ(HOME)
#define X48 _EQ(UP)
#define X49 _EQ(PRIOR)
#define X4B _EQ(LEFT)
#define X4D _EQ(RIGHT)
#define X4F _EQ(END)
#define X50 _EQ(DOWN)
#define X51 _EQ(NEXT)
#define X52 _EQ(INSERT)
#define X53 _EQ(DELETE)
#define X5B _EQ(LWIN)
#define X5C _EQ(RWIN)
#define X5D _EQ(APPS)
#define X5E _EQ(POWER)
#define X5F _EQ(SLEEP)
#define X65 _EQ(BROWSER_SEARCH)
#define X66 _EQ(BROWSER_FAVORITES)
#define X67 _EQ(BROWSER_REFRESH)
#define X68 _EQ(BROWSER_STOP)
#define X69 _EQ(BROWSER_FORWARD)
#define X6A _EQ(BROWSER_BACK)
#define X6B _EQ(LAUNCH_APP1)
#define X6C _EQ(LAUNCH_MAIL)
#define X6D _EQ(LAUNCH_MEDIA_SELECT)
#define XF1 _NE(_none_, IME_OFF, _none_, HANJA, HANJA, HANJA, HANJA)
#define XF2 _NE(_none_, IME_ON, _none_, HANGEUL, HANGEUL, HANGEUL, HANGEUL)
#define Y1D _EQ(PAUSE)
#elif (KBD_TYPE > 20) && (KBD_TYPE <= 22)
#define T00 _EQ(_none_)
#define T01 _EQ(ESCAPE)
#define T02 _EQ('1')
#define T03 _EQ('2')
#define T04 _EQ('3')
#define T05 _EQ('4')
#define T06 _EQ('5')
#define T07 _EQ('6')
#define T08 _EQ('7')
#define T09 _EQ('8')
#define T0A _EQ('9')
#define T0B _EQ('0')
#define T0C _EQ(OEM_MINUS)
#define T0D _EQ(OEM_7)
#define T0E _NE(OEM_5, OEM_5, BACK)
#define T0F _NE(BACK, BACK, TAB)
#define T10 _NE(TAB, TAB, 'Q')
#define T11 _NE('Q', 'Q', 'W')
#define T12 _NE('W', 'W', 'E')
#define T13 _NE('E', 'E', 'R')
#define T14 _NE('R', 'R', 'T')
#define T15 _NE('T', 'T', 'Y')
#define T16 _NE('Y', 'Y', 'U')
#define T17 _NE('U', 'U', 'I')
#define T18 _NE('I', 'I', 'O')
#define T19 _NE('O', 'O', 'P')
#define T1A _NE('P', 'P', OEM_3)
#define T1B _NE(OEM_3, OEM_3, OEM_4)
#define T1C _NE(OEM_4, OEM_4, RETURN)
#define T1D _NE(RETURN, RETURN, LCONTROL)
#define T1E _EQ('A')
#define T1F _EQ('S')
#define T20 _EQ('D')
#define T21 _EQ('F')
#define T22 _EQ('G')
#define T23 _EQ('H')
#define T24 _EQ('J')
#define T25 _EQ('K')
#define T26 _EQ('L')
#define T27 _EQ(OEM_PLUS)
#define T28 _EQ(OEM_1)
#define T29 _NE(OEM_6, OEM_6, DBE_SBCSCHAR)
#define T2A _NE('Z', 'Z', LSHIFT)
#define T2B _NE('X', 'X', OEM_6)
#define T2C _NE('C', 'C', 'Z')
#define T2D _NE('V', 'V', 'X')
#define T2E _NE('B', 'B', 'C')
#define T2F _NE('N', 'N', 'V')
#define T30 _NE('M', 'M', 'B')
#define T31 _NE(OEM_COMMA, OEM_COMMA, 'N')
#define T32 _NE(OEM_PERIOD, OEM_PERIOD, 'M')
#define T33 _NE(OEM_2, OEM_2, OEM_COMMA)
#define T34 _NE(OEM_8, OEM_8, OEM_PERIOD)
#define T35 _NE(' ', ' ', OEM_2)
#define T36 _NE(MULTIPLY, MULTIPLY, RSHIFT)
#define T37 _NE(DIVIDE, DIVIDE, MULTIPLY)
#define T38 _NE(ADD, ADD, LMENU)
#define T39 _NE(SUBTRACT, SUBTRACT, ' ')
#define T3A _NE(NUMPAD7, NUMPAD7, DBE_ALPHANUMERIC)
#define T3B _NE(NUMPAD8, NUMPAD8, F1)
#define T3C _NE(NUMPAD9, NUMPAD9, F2)
#define T3D _NE(EQUAL, EQUAL, F3)
#define T3E _NE(NUMPAD4, NUMPAD4, F4)
#define T3F _NE(NUMPAD5, NUMPAD5, F5)
#define T40 _NE(NUMPAD6, NUMPAD6, F6)
#define T41 _NE(SEPARATOR, SEPARATOR, F7)
#define T42 _NE(NUMPAD1, NUMPAD1, F8)
#define T43 _NE(NUMPAD2, NUMPAD2, F9)
#define T44 _NE(NUMPAD3, NUMPAD3, F10)
#define T45 _NE(RETURN, RETURN, NUMLOCK)
#define T46 _NE(NUMPAD0, NUMPAD0, SCROLL)
#define T47 _NE(DECIMAL, DECIMAL, HOME)
#define T48 _NE(INSERT, INSERT, UP)
#define T49 _NE(OEM_00, OEM_00, PRIOR)
#define T4A _NE(OEM_000, OEM_000, SUBTRACT)
#define T4B _NE(DELETE, DELETE, LEFT)
#define T4C _NE(_none_, _none_, CLEAR)
#define T4D _NE(UP, UP, RIGHT)
#define T4E _NE(HOME, HOME, ADD)
#define T4F _NE(LEFT, LEFT, END)
#define T50 _EQ(DOWN)
#define T51 _NE(RIGHT, RIGHT, NEXT)
#define T52 _NE(LCONTROL, LCONTROL, INSERT)
#define T53 _NE(LSHIFT, LSHIFT, DELETE)
#define T54 _NE(_none_, _none_, SNAPSHOT)
#define T55 _NE(CAPITAL, _none_, _none_)
#define T56 _NE(DBE_HIRAGANA, _none_, _none_)
#define T57 _NE(NONCONVERT, NONCONVERT, F11)
#define T58 _NE(CONVERT, CONVERT, F12)
#define T59 _NE(KANJI, KANJI, CLEAR)
#define T5A _NE(DBE_KATAKANA, _none_, NONAME)
#define T5B _NE(F12, F12, NONAME)
#define T5C _NE(LMENU, LMENU, NONAME)
#define T5D _NE(F1, F1, EREOF)
#define T5E _NE(F2, F2, _none_)
#define T5F _NE(F3, F3, NONAME)
#define T60 _NE(F4, F4, _none_)
#define T61 _NE(F5, F5, _none_)
#define T62 _NE(F6, F6, _none_)
#define T63 _NE(F7, F7, _none_)
#define T64 _NE(F8, F8, F13)
#define T65 _NE(F9, F9, F14)
#define T66 _NE(F10, F10, F15)
#define T67 _NE(_none_, OEM_LOYA, F16)
#define T68 _NE(_none_, OEM_ROYA, F17)
#define T69 _NE(F11, F11, F18)
#define T6A _NE(_none_, DBE_ALPHANUMERIC, F19)
#define T6B _NE(OEM_JISHO, OEM_JISHO, F20)
#define T6C _NE(OEM_MASSHOU, OEM_MASSHOU, F21)
#define T6D _NE(_none_, _none_, F22)
#define T6E _NE(PRIOR, PRIOR, F23)
#define T6F _NE(_none_, DBE_KATAKANA, _none_)
#define T70 _NE(NEXT, NEXT, DBE_HIRAGANA)
#define T71 _EQ(_none_)
#define T72 _NE(CANCEL, CANCEL, _none_)
#define T73 _NE(EXECUTE, EXECUTE, OEM_102)
#define T74 _NE(F13, F13, _none_)
#define T75 _NE(F14, F14, _none_)
#define T76 _NE(F15, F15, F24)
#define T77 _NE(F16, F16, _none_)
#define T78 _NE(CLEAR, CLEAR, _none_)
#define T79 _NE(HELP, HELP, CONVERT)
#define T7A _NE(END, END, _none_)
#define T7B _NE(SCROLL, SCROLL, NONCONVERT)
#define T7C _NE(PAUSE, PAUSE, TAB)
#define T7D _NE(SNAPSHOT, SNAPSHOT, OEM_5)
#define T7E _NE(_none_, _none_, ABNT_C2)
#define T7F _NE(_none_, _none_, OEM_PA2)
#define X1C _NE(_none_, _none_, RETURN)
#define X1D _NE(_none_, _none_, RCONTROL)
#define X33 _EQ(_none_)
#define X35 _NE(_none_, _none_, DIVIDE)
#define X37 _NE(_none_, _none_, SNAPSHOT)
#define X38 _NE(_none_, _none_, RMENU)
#define X42 _EQ(_none_)
#define X43 _EQ(_none_)
#define X44 _EQ(_none_)
#define X46 _NE(_none_, _none_, CANCEL)
#define X47 _NE(_none_, _none_, HOME)
#define X48 _NE(_none_, _none_, UP)
#define X49 _NE(_none_, _none_, PRIOR)
#define X4B _NE(_none_, _none_, LEFT)
#define X4D _NE(_none_, _none_, RIGHT)
#define X4F _NE(_none_, _none_, END)
#define X50 _NE(_none_, _none_, DOWN)
#define X51 _NE(_none_, _none_, NEXT)
#define X52 _NE(_none_, _none_, INSERT)
#define X53 _NE(_none_, _none_, DELETE)
#define X5B _NE(_none_, _none_, LWIN)
#define X5C _NE(_none_, _none_, RWIN)
#define X5D _NE(_none_, _none_, APPS)
#define X5E _EQ(POWER)
#define X5F _EQ(SLEEP)
#define X60 _NE(SCROLL, SCROLL, _none_)
#define X61 _NE(HOME, HOME, _none_)
#define X62 _NE(END, END, _none_)
#define X63 _EQ(_none_)
#define X64 _EQ(_none_)
#define X65 _EQ(_none_)
#define X66 _EQ(_none_)
#define X6D _NE(OEM_TOUROKU, OEM_TOUROKU, _none_)
#define X71 _NE(DBE_SBCSCHAR, DBE_SBCSCHAR, _none_)
#define X74 _EQ(_none_)
#define X75 _EQ(_none_)
#define X76 _EQ(_none_)
#define X77 _EQ(_none_)
#define X78 _EQ(_none_)
#define X79 _EQ(_none_)
#define X7A _EQ(_none_)
#define X7B _EQ(_none_)
#define Y1D _EQ(PAUSE)
#elif (KBD_TYPE >= 30) && (KBD_TYPE <= 34)
#define T00 _EQ(_none_)
#define T01 _EQ(ESCAPE)
#define T02 _EQ('1')
#define T03 _EQ('2')
#define T04 _EQ('3')
#define T05 _EQ('4')
#define T06 _EQ('5')
#define T07 _EQ('6')
#define T08 _EQ('7')
#define T09 _EQ('8')
#define T0A _EQ('9')
#define T0B _EQ('0')
#define T0C _EQ(OEM_MINUS)
#define T0D _NE(OEM_7, OEM_7, OEM_PLUS)
#define T0E _EQ(BACK)
#define T0F _EQ(TAB)
#define T10 _EQ('Q')
#define T11 _EQ('W')
#define T12 _EQ('E')
#define T13 _EQ('R')
#define T14 _EQ('T')
#define T15 _EQ('Y')
#define T16 _EQ('U')
#define T17 _EQ('I')
#define T18 _EQ('O')
#define T19 _EQ('P')
#define T1A _NE(OEM_3, OEM_3, OEM_4)
#define T1B _NE(OEM_4, OEM_4, OEM_6)
#define T1C _EQ(RETURN)
#define T1D _EQ(LCONTROL)
#define T1E _EQ('A')
#define T1F _EQ('S')
#define T20 _EQ('D')
#define T21 _EQ('F')
#define T22 _EQ('G')
#define T23 _EQ('H')
#define T24 _EQ('J')
#define T25 _EQ('K')
#define T26 _EQ('L')
#define T27 _NE(OEM_PLUS, OEM_PLUS, OEM_1)
#define T28 _NE(OEM_1, OEM_1, OEM_7)
#define T29 _NE(DBE_SBCSCHAR, DBE_SBCSCHAR, OEM_3)
#define T2A _EQ(LSHIFT)
#define T2B _NE(OEM_6, OEM_6, OEM_5)
#define T2C _EQ('Z')
#define T2D _EQ('X')
#define T2E _EQ('C')
#define T2F _EQ('V')
#define T30 _EQ('B')
#define T31 _EQ('N')
#define T32 _EQ('M')
#define T33 _EQ(OEM_COMMA)
#define T34 _EQ(OEM_PERIOD)
#define T35 _EQ(OEM_2)
#define T36 _EQ(RSHIFT)
#define T37 _EQ(MULTIPLY)
#define T38 _EQ(LMENU)
#define T39 _EQ(' ')
#define T3A _EQ(CAPITAL)
#define T3B _EQ(F1)
#define T3C _EQ(F2)
#define T3D _EQ(F3)
#define T3E _EQ(F4)
#define T3F _EQ(F5)
#define T40 _EQ(F6)
#define T41 _EQ(F7)
#define T42 _EQ(F8)
#define T43 _EQ(F9)
#define T44 _EQ(F10)
#define T45 _EQ(NUMLOCK)
#define T46 _EQ(SCROLL)
#define T47 _EQ(HOME)
#define T48 _EQ(UP)
#define T49 _EQ(PRIOR)
#define T4A _EQ(SUBTRACT)
#define T4B _EQ(LEFT)
#define T4C _EQ(CLEAR)
#define T4D _EQ(RIGHT)
#define T4E _EQ(ADD)
#define T4F _EQ(END)
#define T50 _EQ(DOWN)
#define T51 _EQ(NEXT)
#define T52 _EQ(INSERT)
#define T53 _EQ(DELETE)
#define T54 _EQ(SNAPSHOT)
#define T55 _NE(_none_, _none_, OEM_8)
#define T56 _EQ(_none_)
#define T57 _EQ(F11)
#define T58 _EQ(F12)
#define T59 _EQ(OEM_NEC_EQUAL)
#define T5A _NE(NONAME, NONAME, NONCONVERT)
#define T5B _NE(_none_, _none_, NONAME)
#define T5C _EQ(SEPARATOR)
#define T5D _EQ(F13)
#define T5E _EQ(F14)
#define T5F _EQ(F15)
#define T60 _EQ(_none_)
#define T61 _EQ(_none_)
#define T62 _EQ(_none_)
#define T63 _EQ(_none_)
#define T64 _NE(_none_, _none_, F13)
#define T65 _NE(_none_, _none_, F14)
#define T66 _NE(_none_, _none_, F15)
#define T67 _NE(_none_, _none_, F16)
#define T68 _NE(_none_, _none_, F17)
#define T69 _NE(_none_, _none_, F18)
#define T6A _NE(_none_, _none_, F19)
#define T6B _NE(_none_, _none_, F20)
#define T6C _NE(_none_, _none_, F21)
#define T6D _NE(_none_, _none_, F22)
#define T6E _NE(_none_, _none_, F23)
#define T6F _EQ(_none_)
#define T70 _NE(KANA, KANA, DBE_HIRAGANA)
#define T71 _EQ(_none_)
#define T72 _EQ(_none_)
#define T73 _NE(OEM_8, OEM_8, _none_)
#define T74 _NE(_none_, OEM_NEC_EQUAL, _none_)
#define T75 _NE(_none_, SEPARATOR, _none_)
#define T76 _NE(_none_, _none_, F24)
#define T77 _NE(_none_, _none_, DBE_SBCSCHAR)
#define T78 _EQ(_none_)
#define T79 _EQ(CONVERT)
#define T7A _EQ(_none_)
#define T7B _EQ(NONCONVERT)
#define T7C _NE(TAB, _none_, _none_)
#define T7D _NE(OEM_5, OEM_5, _none_)
#define T7E _NE(ABNT_C2, ABNT_C2, _none_)
#define T7F _NE(OEM_PA2, OEM_PA2, _none_)
#define X1C _EQ(RETURN)
#define X1D _NE(RCONTROL, RCONTROL, KANA)
#define X33 _EQ(_none_)
#define X35 _EQ(DIVIDE)
#define X37 _EQ(SNAPSHOT)
#define X38 _NE(_none_, _none_, KANJI)
#define X42 _NE(_none_, _none_, RCONTROL)
#define X43 _NE(_none_, _none_, RMENU)
#define X44 _EQ(_none_)
#define X46 _EQ(CANCEL)
#define X47 _EQ(HOME)
#define X48 _EQ(UP)
#define X49 _EQ(PRIOR)
#define X4B _EQ(LEFT)
#define X4D _EQ(RIGHT)
#define X4F _EQ(END)
#define X50 _EQ(DOWN)
#define X51 _EQ(NEXT)
#define X52 _EQ(INSERT)
#define X53 _EQ(DELETE)
#define X5B _EQ(LWIN)
#define X5C _EQ(RWIN)
#define X5D _EQ(APPS)
#define X5E _EQ(POWER)
#define X5F _EQ(SLEEP)
#define X60 _EQ(_none_)
#define X61 _EQ(_none_)
#define X62 _EQ(_none_)
#define X63 _EQ(_none_)
#define X64 _EQ(_none_)
#define X65 _EQ(_none_)
#define X66 _EQ(_none_)
#define X6D _EQ(_none_)
#define X71 _EQ(_none_)
#define X74 _EQ(_none_)
#define X75 _EQ(_none_)
#define X76 _EQ(_none_)
#define X77 _EQ(_none_)
#define X78 _EQ(_none_)
#define X79 _EQ(_none_)
#define X7A _EQ(_none_)
#define X7B _EQ(_none_)
#define Y1D _EQ(PAUSE)
#elif (KBD_TYPE == 37)
#define T00 _EQ(ESCAPE)
#define T01 _EQ('1')
#define T02 _EQ('2')
#define T03 _EQ('3')
#define T04 _EQ('4')
#define T05 _EQ('5')
#define T06 _EQ('6')
#define T07 _EQ('7')
#define T08 _EQ('8')
#define T09 _EQ('9')
#define T0A _EQ('0')
#define T0B _EQ(OEM_MINUS)
#define T0C _EQ(OEM_7)
#define T0D _EQ(OEM_5)
#define T0E _EQ(BACK)
#define T0F _EQ(TAB)
#define T10 _EQ('Q')
#define T11 _EQ('W')
#define T12 _EQ('E')
#define T13 _EQ('R')
#define T14 _EQ('T')
#define T15 _EQ('Y')
#define T16 _EQ('U')
#define T17 _EQ('I')
#define T18 _EQ('O')
#define T19 _EQ('P')
#define T1A _EQ(OEM_3)
#define T1B _EQ(OEM_4)
#define T1C _EQ(RETURN)
#define T1D _EQ('A')
#define T1E _EQ('S')
#define T1F _EQ('D')
#define T20 _EQ('F')
#define T21 _EQ('G')
#define T22 _EQ('H')
#define T23 _EQ('J')
#define T24 _EQ('K')
#define T25 _EQ('L')
#define T26 _EQ(OEM_PLUS)
#define T27 _EQ(OEM_1)
#define T28 _EQ(OEM_6)
#define T29 _EQ('Z')
#define T2A _EQ('X')
#define T2B _EQ('C')
#define T2C _EQ('V')
#define T2D _EQ('B')
#define T2E _EQ('N')
#define T2F _EQ('M')
#define T30 _EQ(OEM_COMMA)
#define T31 _EQ(OEM_PERIOD)
#define T32 _EQ(OEM_2)
#define T33 _EQ(OEM_8)
#define T34 _EQ(' ')
#define T35 _EQ(CONVERT)
#define T36 _EQ(NEXT)
#define T37 _EQ(PRIOR)
#define T38 _EQ(INSERT)
#define T39 _EQ(DELETE)
#define T3A _EQ(UP)
#define T3B _EQ(LEFT)
#define T3C _EQ(RIGHT)
#define T3D _EQ(DOWN)
#define T3E _EQ(HOME)
#define T3F _EQ(END)
#define T40 _EQ(SUBTRACT)
#define T41 _EQ(DIVIDE)
#define T42 _EQ(NUMPAD7)
#define T43 _EQ(NUMPAD8)
#define T44 _EQ(NUMPAD9)
#define T45 _EQ(MULTIPLY)
#define T46 _EQ(NUMPAD4)
#define T47 _EQ(NUMPAD5)
#define T48 _EQ(NUMPAD6)
#define T49 _EQ(ADD)
#define T4A _EQ(NUMPAD1)
#define T4B _EQ(NUMPAD2)
#define T4C _EQ(NUMPAD3)
#define T4D _EQ(OEM_NEC_EQUAL)
#define T4E _EQ(NUMPAD0)
#define T4F _EQ(SEPARATOR)
#define T50 _EQ(DECIMAL)
#define T51 _EQ(NONCONVERT)
#define T52 _EQ(F11)
#define T53 _EQ(F12)
#define T54 _EQ(F13)
#define T55 _EQ(F14)
#define T56 _EQ(F15)
#define T57 _EQ(_none_)
#define T58 _EQ(_none_)
#define T59 _EQ(_none_)
#define T5A _EQ(_none_)
#define T5B _EQ(_none_)
#define T5C _EQ(RETURN)
#define T5D _EQ(_none_)
#define T5E _EQ(_none_)
#define T5F _EQ(_none_)
#define T60 _EQ(CANCEL)
#define T61 _EQ(SNAPSHOT)
#define T62 _EQ(F1)
#define T63 _EQ(F2)
#define T64 _EQ(F3)
#define T65 _EQ(F4)
#define T66 _EQ(F5)
#define T67 _EQ(F6)
#define T68 _EQ(F7)
#define T69 _EQ(F8)
#define T6A _EQ(F9)
#define T6B _EQ(F10)
#define T6C _EQ(_none_)
#define T6D _EQ(_none_)
#define T6E _EQ(_none_)
#define T6F _EQ(_none_)
#define T70 _EQ(LSHIFT)
#define T71 _EQ(CAPITAL)
#define T72 _EQ(KANA)
#define T73 _EQ(LMENU)
#define T74 _EQ(LCONTROL)
#define T75 _EQ(_none_)
#define T76 _EQ(_none_)
#define T77 _EQ(LWIN)
#define T78 _EQ(RWIN)
#define T79 _EQ(APPS)
#define T7A _EQ(_none_)
#define T7B _EQ(_none_)
#define T7C _EQ(_none_)
#define T7D _EQ(RSHIFT)
#define T7E _EQ(ABNT_C2)
#define T7F _EQ(OEM_PA2)
#define Y1D _EQ(PAUSE)
#elif (KBD_TYPE >= 40) && (KBD_TYPE <= 41)
#define T00 _EQ(_none_)
#define T01 _EQ(ESCAPE)
#define T02 _EQ('1')
#define T03 _EQ('2')
#define T04 _EQ('3')
#define T05 _EQ('4')
#define T06 _EQ('5')
#define T07 _EQ('6')
#define T08 _EQ('7')
#define T09 _EQ('8')
#define T0A _EQ('9')
#define T0B _EQ('0')
#define T0C _EQ(OEM_MINUS)
#define T0D _NE(OEM_7, OEM_PLUS)
#define T0E _EQ(BACK)
#define T0F _EQ(TAB)
#define T10 _EQ('Q')
#define T11 _EQ('W')
#define T12 _EQ('E')
#define T13 _EQ('R')
#define T14 _EQ('T')
#define T15 _EQ('Y')
#define T16 _EQ('U')
#define T17 _EQ('I')
#define T18 _EQ('O')
#define T19 _EQ('P')
#define T1A _NE(OEM_3, OEM_4)
#define T1B _NE(OEM_4, OEM_6)
#define T1C _EQ(RETURN)
#define T1D _EQ(LCONTROL)
#define T1E _EQ('A')
#define T1F _EQ('S')
#define T20 _EQ('D')
#define T21 _EQ('F')
#define T22 _EQ('G')
#define T23 _EQ('H')
#define T24 _EQ('J')
#define T25 _EQ('K')
#define T26 _EQ('L')
#define T27 _NE(OEM_PLUS, OEM_1)
#define T28 _NE(OEM_1, OEM_7)
#define T29 _NE(_none_, DBE_SBCSCHAR)
#define T2A _EQ(LSHIFT)
#define T2B _NE(OEM_6, OEM_5)
#define T2C _EQ('Z')
#define T2D _EQ('X')
#define T2E _EQ('C')
#define T2F _EQ('V')
#define T30 _EQ('B')
#define T31 _EQ('N')
#define T32 _EQ('M')
#define T33 _EQ(OEM_COMMA)
#define T34 _EQ(OEM_PERIOD)
#define T35 _EQ(OEM_2)
#define T36 _EQ(RSHIFT)
#define T37 _EQ(MULTIPLY)
#define T38 _EQ(LMENU)
#define T39 _EQ(' ')
#define T3A _EQ(CAPITAL)
#define T3B _EQ(F1)
#define T3C _EQ(F2)
#define T3D _EQ(F3)
#define T3E _EQ(F4)
#define T3F _EQ(F5)
#define T40 _EQ(F6)
#define T41 _EQ(F7)
#define T42 _EQ(F8)
#define T43 _EQ(F9)
#define T44 _EQ(F10)
#define T45 _EQ(NUMLOCK)
#define T46 _EQ(SCROLL)
#define T47 _EQ(HOME)
#define T48 _EQ(UP)
#define T49 _EQ(PRIOR)
#define T4A _EQ(SUBTRACT)
#define T4B _EQ(LEFT)
#define T4C _EQ(CLEAR)
#define T4D _EQ(RIGHT)
#define T4E _EQ(ADD)
#define T4F _EQ(END)
#define T50 _EQ(DOWN)
#define T51 _EQ(NEXT)
#define T52 _EQ(INSERT)
#define T53 _EQ(DELETE)
#define T54 _EQ(SNAPSHOT)
#define T55 _EQ(_none_)
#define T56 _EQ(_none_)
#define T57 _EQ(F11)
#define T58 _EQ(F12)
#define T59 _EQ(_none_)
#define T5A _EQ(_none_)
#define T5B _EQ(_none_)
#define T5C _EQ(_none_)
#define T5D _EQ(_none_)
#define T5E _EQ(_none_)
#define T5F _EQ(_none_)
#define T60 _EQ(_none_)
#define T61 _EQ(_none_)
#define T62 _EQ(_none_)
#define T63 _EQ(_none_)
#define T64 _EQ(_none_)
#define T65 _EQ(_none_)
#define T66 _EQ(_none_)
#define T67 _EQ(_none_)
#define T68 _EQ(_none_)
#define T69 _EQ(_none_)
#define T6A _EQ(_none_)
#define T6B _EQ(_none_)
#define T6C _EQ(_none_)
#define T6D _EQ(_none_)
#define T6E _EQ(_none_)
#define T6F _EQ(_none_)
#define T70 _EQ(DBE_HIRAGANA)
#define T71 _EQ(_none_)
#define T72 _EQ(_none_)
#define T73 _NE(OEM_102, _none_)
#define T74 _EQ(_none_)
#define T75 _EQ(_none_)
#define T76 _EQ(_none_)
#define T77 _EQ(_none_)
#define T78 _EQ(_none_)
#define T79 _EQ(CONVERT)
#define T7A _EQ(_none_)
#define T7B _EQ(NONCONVERT)
#define T7C _EQ(_none_)
#define T7D _NE(OEM_5, _none_)
#define T7E _EQ(_none_)
#define T7F _EQ(_none_)
#define X0F _EQ(KANA)
#define X1C _EQ(RETURN)
#define X1D _EQ(RCONTROL)
#define X33 _EQ(_none_)
#define X35 _EQ(DIVIDE)
#define X37 _EQ(SNAPSHOT)
#define X38 _EQ(RMENU)
#define X3D _EQ(F13)
#define X3E _EQ(F14)
#define X3F _EQ(F15)
#define X40 _EQ(F16)
#define X41 _EQ(F17)
#define X42 _EQ(_none_)
#define X43 _EQ(_none_)
#define X44 _EQ(_none_)
#define X46 _EQ(CANCEL)
#define X47 _EQ(HOME)
#define X48 _EQ(UP)
#define X49 _EQ(PRIOR)
#define X4B _EQ(LEFT)
#define X4D _EQ(RIGHT)
#define X4E _EQ(ADD)
#define X4F _EQ(END)
#define X50 _EQ(DOWN)
#define X51 _EQ(NEXT)
#define X52 _EQ(INSERT)
#define X53 _EQ(DELETE)
#define X5B _EQ(_none_)
#define X5C _EQ(_none_)
#define X5D _EQ(_none_)
#define X5E _EQ(POWER)
#define X5F _EQ(SLEEP)
#define Y1D _EQ(PAUSE)
#endif
#define SCANCODE_LSHIFT 0x2A
#define SCANCODE_RSHIFT 0x36
#define SCANCODE_CTRL 0x1D
#define SCANCODE_ALT 0x38
#define SCANCODE_SIMULATED (FAKE_KEYSTROKE >> 16)
#define SCANCODE_NUMPAD_FIRST 0x47
#define SCANCODE_NUMPAD_LAST 0x52
#define SCANCODE_LWIN 0x5B
#define SCANCODE_RWIN 0x5C
#define SCANCODE_THAI_LAYOUT_TOGGLE 0x29
#if (NTDDI_VERSION >= NTDDI_WINXP)
#define VK_DBE_ALPHANUMERIC 0x0f0
#define VK_DBE_KATAKANA 0x0f1
#define VK_DBE_HIRAGANA 0x0f2
#define VK_DBE_SBCSCHAR 0x0f3
#define VK_DBE_DBCSCHAR 0x0f4
#define VK_DBE_ROMAN 0x0f5
#define VK_DBE_NOROMAN 0x0f6
#define VK_DBE_ENTERWORDREGISTERMODE 0x0f7
#define VK_DBE_ENTERIMECONFIGMODE 0x0f8
#define VK_DBE_FLUSHSTRING 0x0f9
#define VK_DBE_CODEINPUT 0x0fa
#define VK_DBE_NOCODEINPUT 0x0fb
#define VK_DBE_DETERMINESTRING 0x0fc
#define VK_DBE_ENTERDLGCONVERSIONMODE 0x0fd
#endif

#endif
