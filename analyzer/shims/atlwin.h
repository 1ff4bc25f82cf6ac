/*
 * driso shim: atlwin.h (ATL windowing). See atldef.h for what driso's ATL
 * stand-in is: names, template parameters and member signatures from the
 * Learn ATL class reference (CWindow, CWindowImpl, CDialogImpl,
 * CSimpleDialog, CContainedWindowT, CWinTraits, CWndClassInfo,
 * _U_RECT/_U_MENUorID/_U_STRINGorID, CMessageMap, the message-map and
 * window-class macros); members are declared, not defined.
 * The message-map macros build ProcessWindowMessage in the user's class as
 * ATL's do (each handler entry is a test and a call with the documented
 * handler arguments), so a parse sees every handler called; the layout is
 * driso's own. ATL-internal sizes (the auto-generated class-name buffer)
 * are driso values.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLWIN_H
#define DRISO_SHIM_ATLWIN_H
#include "atlbase.h"
#ifdef __cplusplus
#include <commctrl.h>
#include <olectl.h>

namespace ATL {

/* Argument adapters */
class _U_RECT {
public:
	_U_RECT(LPRECT lpRect);
	_U_RECT(RECT &rc);
	LPRECT m_lpRect;
};
class _U_MENUorID {
public:
	_U_MENUorID(HMENU hMenu);
	_U_MENUorID(UINT nID);
	HMENU m_hMenu;
};
class _U_STRINGorID {
public:
	_U_STRINGorID(LPCTSTR lpString);
	_U_STRINGorID(UINT nID);
	LPCTSTR m_lpstr;
};

/* The current message of a window procedure */
struct _ATL_MSG : public MSG {
	_ATL_MSG() throw();
	_ATL_MSG(HWND hWnd, UINT uMsg, WPARAM wParamIn, LPARAM lParamIn, DWORD dwTime, POINT ptIn, BOOL bHandledIn) throw();
	_ATL_MSG(HWND hWnd, UINT uMsg, WPARAM wParamIn, LPARAM lParamIn, BOOL bHandledIn = TRUE) throw();
	UINT cbSize;
	BOOL bHandled;
};

/* CWindow: a thin wrapper of an HWND */
class CWindow {
public:
	static RECT rcDefault;
	HWND m_hWnd;

	CWindow(HWND hWnd = NULL) throw();
	CWindow &operator=(HWND hWnd) throw();
	operator HWND() const throw();
	static LPCTSTR GetWndClassName() throw();

	void Attach(HWND hWndNew) throw();
	HWND Detach() throw();
	HWND Create(LPCTSTR lpstrWndClass, HWND hWndParent, _U_RECT rect = NULL, LPCTSTR szWindowName = NULL,
		    DWORD dwStyle = 0, DWORD dwExStyle = 0, _U_MENUorID MenuOrID = 0U,
		    LPVOID lpCreateParam = NULL) throw();
	BOOL DestroyWindow() throw();

	/* attributes */
	DWORD GetStyle() const throw();
	DWORD GetExStyle() const throw();
	BOOL ModifyStyle(DWORD dwRemove, DWORD dwAdd, UINT nFlags = 0) throw();
	BOOL ModifyStyleEx(DWORD dwRemove, DWORD dwAdd, UINT nFlags = 0) throw();
	LONG GetWindowLong(int nIndex) const throw();
	LONG SetWindowLong(int nIndex, LONG dwNewLong) throw();
	LONG_PTR GetWindowLongPtr(int nIndex) const throw();
	LONG_PTR SetWindowLongPtr(int nIndex, LONG_PTR dwNewLong) throw();
	WORD GetWindowWord(int nIndex) const throw();
	WORD SetWindowWord(int nIndex, WORD wNewWord) throw();
	BOOL IsWindow() const throw();
	BOOL IsWindowUnicode() const throw();
	BOOL IsWindowVisible() const throw();
	BOOL IsWindowEnabled() const throw();
	BOOL IsIconic() const throw();
	BOOL IsZoomed() const throw();
	BOOL IsChild(const HWND hWnd) const throw();
	BOOL IsParentDialog() throw();
	DWORD GetWindowThreadID() throw();
	DWORD GetWindowProcessID() throw();

	/* messages */
	LRESULT SendMessage(UINT message, WPARAM wParam = 0, LPARAM lParam = 0) throw();
	static LRESULT SendMessage(HWND hWnd, UINT Msg, WPARAM wParam, LPARAM lParam) throw();
	BOOL PostMessage(UINT message, WPARAM wParam = 0, LPARAM lParam = 0) throw();
	BOOL SendNotifyMessage(UINT message, WPARAM wParam = 0, LPARAM lParam = 0) throw();
	void SendMessageToDescendants(UINT message, WPARAM wParam = 0, LPARAM lParam = 0, BOOL bDeep = TRUE) throw();

	/* text */
	BOOL SetWindowText(LPCTSTR lpszString) throw();
	int GetWindowText(LPTSTR lpszStringBuf, int nMaxCount) const throw();
	BOOL GetWindowText(BSTR *pbstrText) throw();
	BOOL GetWindowText(BSTR &bstrText) throw();
	int GetWindowTextLength() const throw();
	void SetFont(HFONT hFont, BOOL bRedraw = TRUE) throw();
	HFONT GetFont() const throw();

	/* menu, icon, hot key */
	HMENU GetMenu() const throw();
	BOOL SetMenu(HMENU hMenu) throw();
	BOOL DrawMenuBar() throw();
	HMENU GetSystemMenu(BOOL bRevert) const throw();
	BOOL HiliteMenuItem(HMENU hMenu, UINT uItemHilite, UINT uHilite) throw();
	HICON SetIcon(HICON hIcon, BOOL bBigIcon = TRUE) throw();
	HICON GetIcon(BOOL bBigIcon = TRUE) const throw();
	int SetHotKey(WORD wVirtualKeyCode, WORD wModifiers) throw();
	DWORD GetHotKey() const throw();

	/* size and position */
	BOOL GetWindowRect(LPRECT lpRect) const throw();
	BOOL GetClientRect(LPRECT lpRect) const throw();
	BOOL ResizeClient(int nWidth, int nHeight, BOOL bRedraw = TRUE) throw();
	BOOL MoveWindow(int x, int y, int nWidth, int nHeight, BOOL bRepaint = TRUE) throw();
	BOOL MoveWindow(LPCRECT lpRect, BOOL bRepaint = TRUE) throw();
	BOOL SetWindowPos(HWND hWndInsertAfter, int x, int y, int cx, int cy, UINT nFlags) throw();
	BOOL SetWindowPos(HWND hWndInsertAfter, LPCRECT lpRect, UINT nFlags) throw();
	UINT ArrangeIconicWindows() throw();
	BOOL BringWindowToTop() throw();
	BOOL GetWindowPlacement(WINDOWPLACEMENT *lpwndpl) const throw();
	BOOL SetWindowPlacement(const WINDOWPLACEMENT *lpwndpl) throw();
	BOOL CenterWindow(HWND hWndCenter = NULL) throw();
	HDWP DeferWindowPos(HDWP hWinPosInfo, HWND hWndInsertAfter, int x, int y, int cx, int cy, UINT uFlags) throw();

	/* coordinates */
	BOOL ClientToScreen(LPPOINT lpPoint) const throw();
	BOOL ClientToScreen(LPRECT lpRect) const throw();
	BOOL ScreenToClient(LPPOINT lpPoint) const throw();
	BOOL ScreenToClient(LPRECT lpRect) const throw();
	int MapWindowPoints(HWND hWndTo, LPPOINT lpPoint, UINT nCount) const throw();
	int MapWindowPoints(HWND hWndTo, LPRECT lpRect) const throw();

	/* painting */
	HDC BeginPaint(LPPAINTSTRUCT lpPaint) throw();
	void EndPaint(LPPAINTSTRUCT lpPaint) throw();
	HDC GetDC() throw();
	HDC GetWindowDC() throw();
	int ReleaseDC(HDC hDC) throw();
	HDC GetDCEx(HRGN hRgnClip, DWORD flags) throw();
	void Print(HDC hDC, DWORD dwFlags) const throw();
	void PrintClient(HDC hDC, DWORD dwFlags) const throw();
	BOOL UpdateWindow() throw();
	void SetRedraw(BOOL bRedraw = TRUE) throw();
	BOOL GetUpdateRect(LPRECT lpRect, BOOL bErase = FALSE) throw();
	int GetUpdateRgn(HRGN hRgn, BOOL bErase = FALSE) throw();
	BOOL Invalidate(BOOL bErase = TRUE) throw();
	BOOL InvalidateRect(LPCRECT lpRect, BOOL bErase = TRUE) throw();
	void InvalidateRgn(HRGN hRgn, BOOL bErase = TRUE) throw();
	BOOL ValidateRect(LPCRECT lpRect) throw();
	BOOL ValidateRgn(HRGN hRgn) throw();
	BOOL ShowWindow(int nCmdShow) throw();
	BOOL ShowWindowAsync(int nCmdShow) throw();
	BOOL ShowOwnedPopups(BOOL bShow = TRUE) throw();
	BOOL RedrawWindow(LPCRECT lpRectUpdate = NULL, HRGN hRgnUpdate = NULL,
			  UINT flags = RDW_INVALIDATE | RDW_UPDATENOW | RDW_ERASE) throw();
	BOOL LockWindowUpdate(BOOL bLock = TRUE) throw();
	BOOL FlashWindow(BOOL bInvert) throw();
	int GetWindowRgn(HRGN hRgn) throw();
	int SetWindowRgn(HRGN hRgn, BOOL bRedraw = FALSE) throw();

	/* timers, focus, capture, clipboard */
	UINT_PTR SetTimer(UINT_PTR nIDEvent, UINT nElapse,
			  void(CALLBACK *lpfnTimer)(HWND, UINT, UINT_PTR, DWORD) = NULL) throw();
	BOOL KillTimer(UINT_PTR nIDEvent) throw();
	BOOL IsDialogMessage(LPMSG lpMsg) throw();
	HWND SetActiveWindow() throw();
	HWND SetCapture() throw();
	HWND SetFocus() throw();
	BOOL OpenClipboard() throw();
	HWND SetClipboardViewer() throw();
	BOOL ChangeClipboardChain(HWND hWndNewNext) throw();
	void DragAcceptFiles(BOOL bAccept = TRUE);

	/* caret */
	BOOL CreateCaret(HBITMAP hBitmap) throw();
	BOOL CreateSolidCaret(int nWidth, int nHeight) throw();
	BOOL CreateGrayCaret(int nWidth, int nHeight) throw();
	BOOL HideCaret() throw();
	BOOL ShowCaret() throw();

	/* dialog items */
	HWND GetDlgItem(int nID) const throw();
	HRESULT GetDlgControl(int nID, REFIID iid, void **ppCtrl) throw();
	HRESULT GetDlgHost(int nID, REFIID iid, void **ppHost) throw();
	int GetDlgCtrlID() const throw();
	int SetDlgCtrlID(int nID) throw();
	UINT GetDlgItemInt(int nID, BOOL *lpTrans = NULL, BOOL bSigned = TRUE) const throw();
	BOOL SetDlgItemInt(int nID, UINT nValue, BOOL bSigned = TRUE) throw();
	UINT GetDlgItemText(int nID, LPTSTR lpStr, int nMaxCount) const throw();
	BOOL GetDlgItemText(int nID, BSTR &bstrText) const throw();
	BOOL SetDlgItemText(int nID, LPCTSTR lpszString) throw();
	LRESULT SendDlgItemMessage(int nID, UINT message, WPARAM wParam = 0, LPARAM lParam = 0) throw();
	BOOL CheckDlgButton(int nIDButton, UINT nCheck) throw();
	BOOL CheckRadioButton(int nIDFirstButton, int nIDLastButton, int nIDCheckButton) throw();
	UINT IsDlgButtonChecked(int nIDButton) const throw();
	HWND GetNextDlgGroupItem(HWND hWndCtl, BOOL bPrevious = FALSE) const throw();
	HWND GetNextDlgTabItem(HWND hWndCtl, BOOL bPrevious = FALSE) const throw();
	void GotoDlgCtrl(HWND hWndCtrl) const throw();
	void NextDlgCtrl() const throw();
	void PrevDlgCtrl() const throw();
	int DlgDirList(LPTSTR lpPathSpec, int nIDListBox, int nIDStaticPath, UINT nFileType) throw();
	int DlgDirListComboBox(LPTSTR lpPathSpec, int nIDComboBox, int nIDStaticPath, UINT nFileType) throw();
	BOOL DlgDirSelect(LPTSTR lpString, int nCount, int nIDListBox) throw();
	BOOL DlgDirSelectComboBox(LPTSTR lpString, int nCount, int nIDComboBox) throw();

	/* scroll bars */
	int GetScrollPos(int nBar) const throw();
	int SetScrollPos(int nBar, int nPos, BOOL bRedraw = TRUE) throw();
	BOOL GetScrollRange(int nBar, LPINT lpMinPos, LPINT lpMaxPos) const throw();
	BOOL SetScrollRange(int nBar, int nMinPos, int nMaxPos, BOOL bRedraw = TRUE) throw();
	BOOL GetScrollInfo(int nBar, LPSCROLLINFO lpScrollInfo) throw();
	int SetScrollInfo(int nBar, LPSCROLLINFO lpScrollInfo, BOOL bRedraw = TRUE) throw();
	BOOL ShowScrollBar(UINT nBar, BOOL bShow = TRUE) throw();
	BOOL EnableScrollBar(UINT uSBFlags, UINT uArrowFlags = ESB_ENABLE_BOTH) throw();
	BOOL ScrollWindow(int xAmount, int yAmount, LPCRECT lpRect = NULL, LPCRECT lpClipRect = NULL) throw();
	int ScrollWindowEx(int dx, int dy, LPCRECT lpRectScroll, LPCRECT lpRectClip, HRGN hRgnUpdate,
			   LPRECT lpRectUpdate, UINT uFlags) throw();

	/* window tree */
	HWND GetParent() const throw();
	HWND SetParent(HWND hWndNewParent) throw();
	HWND GetTopWindow() const throw();
	HWND GetWindow(UINT nCmd) const throw();
	HWND GetLastActivePopup() const throw();
	HWND GetTopLevelParent() const throw();
	HWND GetTopLevelWindow() const throw();
	HWND GetDescendantWindow(int nID) const throw();

	/* help, misc */
	BOOL EnableWindow(BOOL bEnable = TRUE) throw();
	BOOL WinHelp(LPCTSTR lpszHelp, UINT nCmd = HELP_CONTEXT, DWORD dwData = 0) throw();
	BOOL SetWindowContextHelpId(DWORD dwContextHelpId) throw();
	DWORD GetWindowContextHelpId() const throw();
	int MessageBox(LPCTSTR lpszText, LPCTSTR lpszCaption = NULL, UINT nType = MB_OK) throw();
};

/* Window traits */
template <DWORD t_dwStyle = 0, DWORD t_dwExStyle = 0> class CWinTraits {
public:
	static DWORD GetWndStyle(DWORD dwStyle) throw();
	static DWORD GetWndExStyle(DWORD dwExStyle) throw();
};
template <DWORD t_dwStyle = 0, DWORD t_dwExStyle = 0, class TWinTraits = CWinTraits<0, 0> > class CWinTraitsOR {
public:
	static DWORD GetWndStyle(DWORD dwStyle) throw();
	static DWORD GetWndExStyle(DWORD dwExStyle) throw();
};
typedef CWinTraits<0, 0> CNullTraits;
typedef CWinTraits<WS_CHILD | WS_VISIBLE | WS_CLIPCHILDREN | WS_CLIPSIBLINGS, 0> CControlWinTraits;
typedef CWinTraits<WS_OVERLAPPEDWINDOW | WS_CLIPCHILDREN | WS_CLIPSIBLINGS, WS_EX_APPWINDOW | WS_EX_WINDOWEDGE>
	CFrameWinTraits;
typedef CWinTraits<WS_OVERLAPPEDWINDOW | WS_CHILD | WS_VISIBLE | WS_CLIPCHILDREN | WS_CLIPSIBLINGS, WS_EX_MDICHILD>
	CMDIChildWinTraits;

/* Window class registration (CWndClassInfo) */
struct _ATL_WNDCLASSINFOA {
	WNDCLASSEXA m_wc;
	LPCSTR m_lpszOrigName;
	WNDPROC pWndProc;
	LPCSTR m_lpszCursorID;
	BOOL m_bSystemCursor;
	ATOM m_atom;
	CHAR m_szAutoName[64];
	ATOM Register(WNDPROC *p) throw();
};
struct _ATL_WNDCLASSINFOW {
	WNDCLASSEXW m_wc;
	LPCWSTR m_lpszOrigName;
	WNDPROC pWndProc;
	LPCWSTR m_lpszCursorID;
	BOOL m_bSystemCursor;
	ATOM m_atom;
	WCHAR m_szAutoName[64];
	ATOM Register(WNDPROC *p) throw();
};
#ifdef UNICODE
typedef _ATL_WNDCLASSINFOW CWndClassInfo;
#else
typedef _ATL_WNDCLASSINFOA CWndClassInfo;
#endif
typedef _ATL_WNDCLASSINFOA CWndClassInfoA;
typedef _ATL_WNDCLASSINFOW CWndClassInfoW;

/* Message maps */
class ATL_NO_VTABLE CMessageMap {
public:
	virtual BOOL ProcessWindowMessage(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult,
					  DWORD dwMsgMapID) = 0;
};
class CDynamicChain {
public:
	CDynamicChain() throw();
	~CDynamicChain() throw();
	BOOL SetChainEntry(DWORD dwChainID, CMessageMap *pObject, DWORD dwMsgMapID = 0) throw();
	BOOL RemoveChainEntry(DWORD dwChainID) throw();
	BOOL CallChain(DWORD dwChainID, HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult) throw();
};

/* Window implementation bases */
template <class TBase = CWindow> class ATL_NO_VTABLE CWindowImplRoot : public TBase, public CMessageMap {
public:
	const _ATL_MSG *m_pCurrentMsg;
	BOOL m_bForceReflection;
	CWindowImplRoot() throw();
	virtual ~CWindowImplRoot();
	const _ATL_MSG *GetCurrentMessage() const;
	BOOL IsMsgHandled() const;
	void SetMsgHandled(BOOL bHandled);
	LRESULT ForwardNotifications(UINT uMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	LRESULT ReflectNotifications(UINT uMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	static BOOL DefaultReflectionHandler(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult);
};

template <class TBase = CWindow, class TWinTraits = CControlWinTraits>
class ATL_NO_VTABLE CWindowImplBaseT : public CWindowImplRoot<TBase> {
public:
	WNDPROC m_pfnSuperWindowProc;
	CWindowImplBaseT();
	static DWORD GetWndStyle(DWORD dwStyle);
	static DWORD GetWndExStyle(DWORD dwExStyle);
	virtual WNDPROC GetWindowProc();
	static LRESULT CALLBACK StartWindowProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	static LRESULT CALLBACK WindowProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	HWND Create(HWND hWndParent, _U_RECT rect, LPCTSTR szWindowName, DWORD dwStyle, DWORD dwExStyle,
		    _U_MENUorID MenuOrID, ATOM atom, LPVOID lpCreateParam = NULL);
	BOOL DestroyWindow();
	BOOL SubclassWindow(HWND hWnd);
	HWND UnsubclassWindow(BOOL bForce = FALSE);
	LRESULT DefWindowProc();
	LRESULT DefWindowProc(UINT uMsg, WPARAM wParam, LPARAM lParam);
	virtual void OnFinalMessage(HWND hWnd);
};
typedef CWindowImplBaseT<CWindow> CWindowImplBase;

template <class T, class TBase = CWindow, class TWinTraits = CControlWinTraits>
class ATL_NO_VTABLE CWindowImpl : public CWindowImplBaseT<TBase, TWinTraits> {
public:
	static CWndClassInfo &GetWndClassInfo();
	HWND Create(HWND hWndParent, _U_RECT rect = NULL, LPCTSTR szWindowName = NULL, DWORD dwStyle = 0,
		    DWORD dwExStyle = 0, _U_MENUorID MenuOrID = 0U, LPVOID lpCreateParam = NULL);
};

/* Dialogs */
template <class TBase = CWindow> class ATL_NO_VTABLE CDialogImplBaseT : public CWindowImplRoot<TBase> {
public:
	virtual ~CDialogImplBaseT();
	virtual DLGPROC GetDialogProc();
	static INT_PTR CALLBACK StartDialogProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	static INT_PTR CALLBACK DialogProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	BOOL MapDialogRect(LPRECT lpRect);
	virtual void OnFinalMessage(HWND hWnd);
};
typedef CDialogImplBaseT<CWindow> CDialogImplBase;

template <class T, class TBase = CWindow> class ATL_NO_VTABLE CDialogImpl : public CDialogImplBaseT<TBase> {
public:
	INT_PTR DoModal(HWND hWndParent = ::GetActiveWindow(), LPARAM dwInitParam = 0);
	BOOL EndDialog(int nRetCode);
	HWND Create(HWND hWndParent, LPARAM dwInitParam = 0);
	HWND Create(HWND hWndParent, RECT &, LPARAM dwInitParam = 0);
	BOOL DestroyWindow();
};

template <WORD t_wDlgTemplateID, BOOL t_bCenter = TRUE>
class CSimpleDialog : public CDialogImplBase {
public:
	INT_PTR DoModal(HWND hWndParent = ::GetActiveWindow());
	BOOL EndDialog(int nRetCode);
	LRESULT OnInitDialog(UINT uMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	LRESULT OnCloseCmd(WORD wNotifyCode, WORD wID, HWND hWndCtl, BOOL &bHandled);
	BOOL ProcessWindowMessage(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult,
				  DWORD dwMsgMapID = 0);
};

/* A window whose messages go to another object's message map */
template <class TBase = CWindow, class TWinTraits = CControlWinTraits> class CContainedWindowT : public TBase {
public:
	CMessageMap *m_pObject;
	DWORD m_dwMsgMapID;
	const _ATL_MSG *m_pCurrentMsg;
	WNDPROC m_pfnSuperWindowProc;
	LPCTSTR m_lpszClassName;
	CContainedWindowT(HWND hWnd = NULL) throw();
	CContainedWindowT(LPTSTR lpszClassName, CMessageMap *pObject, DWORD dwMsgMapID = 0);
	CContainedWindowT(CMessageMap *pObject, DWORD dwMsgMapID = 0);
	CContainedWindowT<TBase> &operator=(HWND hWnd);
	void SwitchMessageMap(DWORD dwMsgMapID);
	const _ATL_MSG *GetCurrentMessage() const;
	LRESULT DefWindowProc();
	LRESULT DefWindowProc(UINT uMsg, WPARAM wParam, LPARAM lParam);
	static LRESULT CALLBACK StartWindowProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	static LRESULT CALLBACK WindowProc(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam);
	ATOM RegisterWndSuperclass();
	HWND Create(HWND hWndParent, _U_RECT rect, LPCTSTR szWindowName = NULL, DWORD dwStyle = 0,
		    DWORD dwExStyle = 0, _U_MENUorID MenuOrID = 0U, LPVOID lpCreateParam = NULL);
	HWND Create(CMessageMap *pObject, DWORD dwMsgMapID, HWND hWndParent, _U_RECT rect,
		    LPCTSTR szWindowName = NULL, DWORD dwStyle = 0, DWORD dwExStyle = 0, _U_MENUorID MenuOrID = 0U,
		    LPVOID lpCreateParam = NULL);
	HWND Create(LPCTSTR lpszClassName, CMessageMap *pObject, DWORD dwMsgMapID, HWND hWndParent, _U_RECT rect,
		    LPCTSTR szWindowName = NULL, DWORD dwStyle = 0, DWORD dwExStyle = 0, _U_MENUorID MenuOrID = 0U,
		    LPVOID lpCreateParam = NULL);
	BOOL SubclassWindow(HWND hWnd);
	HWND UnsubclassWindow(BOOL bForce = FALSE);
	LRESULT ReflectNotifications(UINT uMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
};
typedef CContainedWindowT<CWindow> CContainedWindow;

} /* namespace ATL */

/* Window class macros: GetWndClassInfo of the user's class */
#define DECLARE_WND_CLASS_EX(WndClassName, style, bkgnd) \
	static ATL::CWndClassInfo &GetWndClassInfo() \
	{ \
		static ATL::CWndClassInfo wc = { { sizeof(WNDCLASSEX), style, StartWindowProc, 0, 0, NULL, NULL, NULL, \
						   (HBRUSH)(bkgnd + 1), NULL, WndClassName, NULL }, \
						 NULL, NULL, IDC_ARROW, TRUE, 0, TEXT("") }; \
		return wc; \
	}
#define DECLARE_WND_CLASS(WndClassName) \
	DECLARE_WND_CLASS_EX(WndClassName, CS_HREDRAW | CS_VREDRAW | CS_DBLCLKS, COLOR_WINDOW)
#define DECLARE_WND_CLASS2(WndClassName, EnclosingClass) DECLARE_WND_CLASS(WndClassName)
#define DECLARE_WND_SUPERCLASS(WndClassName, OrigWndClassName) \
	static ATL::CWndClassInfo &GetWndClassInfo() \
	{ \
		static ATL::CWndClassInfo wc = { { sizeof(WNDCLASSEX), 0, StartWindowProc, 0, 0, NULL, NULL, NULL, NULL, \
						   NULL, WndClassName, NULL }, \
						 OrigWndClassName, NULL, NULL, TRUE, 0, TEXT("") }; \
		return wc; \
	}

/* Message maps: ProcessWindowMessage of the user's class. Handler forms:
 *   LRESULT MessageHandler(UINT uMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled)
 *   LRESULT CommandHandler(WORD wNotifyCode, WORD wID, HWND hWndCtl, BOOL &bHandled)
 *   LRESULT NotifyHandler(int idCtrl, LPNMHDR pnmh, BOOL &bHandled) */
#define BEGIN_MSG_MAP(theClass) \
public: \
	BOOL ProcessWindowMessage(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult, \
				  DWORD dwMsgMapID = 0) \
	{ \
		BOOL bHandled = TRUE; \
		(void)hWnd; \
		(void)uMsg; \
		(void)wParam; \
		(void)lParam; \
		(void)lResult; \
		(void)bHandled; \
		switch (dwMsgMapID) { \
		case 0:
#define ALT_MSG_MAP(msgMapID) \
	break; \
	case msgMapID:
#define END_MSG_MAP() \
	break; \
	default: \
		ATLASSERT(FALSE); \
		break; \
		} \
		return FALSE; \
	}
#define DECLARE_EMPTY_MSG_MAP() \
public: \
	BOOL ProcessWindowMessage(HWND, UINT, WPARAM, LPARAM, LRESULT &, DWORD = 0) { return FALSE; }

#define DRISO_ATL_MSG_CALL(cond, call) \
	if (cond) { \
		bHandled = TRUE; \
		lResult = call; \
		if (bHandled) \
			return TRUE; \
	}
#define MESSAGE_HANDLER(msg, func) DRISO_ATL_MSG_CALL(uMsg == (msg), func(uMsg, wParam, lParam, bHandled))
#define MESSAGE_RANGE_HANDLER(msgFirst, msgLast, func) \
	DRISO_ATL_MSG_CALL(uMsg >= (msgFirst) && uMsg <= (msgLast), func(uMsg, wParam, lParam, bHandled))
#define COMMAND_HANDLER(id, code, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_COMMAND && (id) == LOWORD(wParam) && (code) == HIWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define COMMAND_ID_HANDLER(id, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_COMMAND && (id) == LOWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define COMMAND_CODE_HANDLER(code, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_COMMAND && (code) == HIWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define COMMAND_RANGE_HANDLER(idFirst, idLast, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_COMMAND && LOWORD(wParam) >= (idFirst) && LOWORD(wParam) <= (idLast), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define COMMAND_RANGE_CODE_HANDLER(idFirst, idLast, code, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_COMMAND && (code) == HIWORD(wParam) && LOWORD(wParam) >= (idFirst) && \
				   LOWORD(wParam) <= (idLast), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define NOTIFY_HANDLER(id, cd, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_NOTIFY && (id) == ((LPNMHDR)lParam)->idFrom && (cd) == ((LPNMHDR)lParam)->code, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define NOTIFY_ID_HANDLER(id, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_NOTIFY && (id) == ((LPNMHDR)lParam)->idFrom, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define NOTIFY_CODE_HANDLER(cd, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_NOTIFY && (cd) == ((LPNMHDR)lParam)->code, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define NOTIFY_RANGE_HANDLER(idFirst, idLast, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_NOTIFY && ((LPNMHDR)lParam)->idFrom >= (idFirst) && \
				   ((LPNMHDR)lParam)->idFrom <= (idLast), \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define NOTIFY_RANGE_CODE_HANDLER(idFirst, idLast, cd, func) \
	DRISO_ATL_MSG_CALL(uMsg == WM_NOTIFY && (cd) == ((LPNMHDR)lParam)->code && \
				   ((LPNMHDR)lParam)->idFrom >= (idFirst) && ((LPNMHDR)lParam)->idFrom <= (idLast), \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))

/* Reflected messages (the OCM_ codes of olectl.h) */
#define REFLECTED_COMMAND_HANDLER(id, code, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_COMMAND && (id) == LOWORD(wParam) && (code) == HIWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define REFLECTED_COMMAND_ID_HANDLER(id, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_COMMAND && (id) == LOWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define REFLECTED_COMMAND_CODE_HANDLER(code, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_COMMAND && (code) == HIWORD(wParam), \
			   func(HIWORD(wParam), LOWORD(wParam), (HWND)lParam, bHandled))
#define REFLECTED_NOTIFY_HANDLER(id, cd, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_NOTIFY && (id) == ((LPNMHDR)lParam)->idFrom && \
				   (cd) == ((LPNMHDR)lParam)->code, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define REFLECTED_NOTIFY_ID_HANDLER(id, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_NOTIFY && (id) == ((LPNMHDR)lParam)->idFrom, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define REFLECTED_NOTIFY_CODE_HANDLER(cd, func) \
	DRISO_ATL_MSG_CALL(uMsg == OCM_NOTIFY && (cd) == ((LPNMHDR)lParam)->code, \
			   func((int)wParam, (LPNMHDR)lParam, bHandled))
#define REFLECT_NOTIFICATIONS() \
	{ \
		bHandled = TRUE; \
		lResult = ReflectNotifications(uMsg, wParam, lParam, bHandled); \
		if (bHandled) \
			return TRUE; \
	}
#define FORWARD_NOTIFICATIONS() \
	{ \
		bHandled = TRUE; \
		lResult = ForwardNotifications(uMsg, wParam, lParam, bHandled); \
		if (bHandled) \
			return TRUE; \
	}
#define DEFAULT_REFLECTION_HANDLER() \
	if (DefaultReflectionHandler(hWnd, uMsg, wParam, lParam, lResult)) \
		return TRUE;

/* Chaining to another message map */
#define CHAIN_MSG_MAP(theChainClass) \
	if (theChainClass::ProcessWindowMessage(hWnd, uMsg, wParam, lParam, lResult)) \
		return TRUE;
#define CHAIN_MSG_MAP_MEMBER(theChainMember) \
	if ((theChainMember).ProcessWindowMessage(hWnd, uMsg, wParam, lParam, lResult)) \
		return TRUE;
#define CHAIN_MSG_MAP_ALT(theChainClass, msgMapID) \
	if (theChainClass::ProcessWindowMessage(hWnd, uMsg, wParam, lParam, lResult, msgMapID)) \
		return TRUE;
#define CHAIN_MSG_MAP_ALT_MEMBER(theChainMember, msgMapID) \
	if ((theChainMember).ProcessWindowMessage(hWnd, uMsg, wParam, lParam, lResult, msgMapID)) \
		return TRUE;
#define CHAIN_MSG_MAP_DYNAMIC(dynaChainID) \
	if (CDynamicChain::CallChain(dynaChainID, hWnd, uMsg, wParam, lParam, lResult)) \
		return TRUE;

#endif /* __cplusplus */
#endif
