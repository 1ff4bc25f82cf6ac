/*
 * driso shim: WexTestClass.h, the Test Authoring and Execution Framework
 * (TAEF) header for native C++ tests, with what it pulls in (the WexLogger
 * Log API, the Verify framework, WEX::Common strings, runtime parameters,
 * data-driven TestData) and the device-support types of ITestResource.h /
 * ResourceList.h. User mode, C++ only.
 *
 * Written from the TAEF documentation on Learn
 * (learn.microsoft.com/windows-hardware/drivers/taef: "Authoring Tests in
 * C++", "Verify Framework", "WexLogger", "Runtime Parameters", "Data Driven
 * Testing", "Device Support"): the documented names, macro parameters and
 * method signatures. Everything is declared, never defined. How TAEF's
 * macros expand internally is not documented; here the markup macros
 * declare the member functions they name (TEST_METHOD(m) -> void m(), the
 * fixtures -> bool f(), with or without INLINE_TEST_METHOD_MARKUP), the
 * metadata macros become static_asserts on their (literal) arguments, and
 * every VERIFY_* macro is a call of a declared WEX::TestExecution::Verify
 * method that receives the checked expressions (so analysis sees them),
 * the expression text and the optional message. The values of
 * TestResults::Result and VerifyOutputSettings::Setting are driso's;
 * WEX::Common::String and NoThrowString are declared with the CString-like
 * members TAEF tests use.
 */
#ifndef DRISO_SHIM_WEXTESTCLASS_H
#define DRISO_SHIM_WEXTESTCLASS_H
#ifdef __cplusplus
#include "driso_shims.h"
#include <windows.h>
#include <oleauto.h>

namespace WEX {
namespace Common {
class NoThrowString {
public:
	NoThrowString();
	NoThrowString(const wchar_t *psz);
	NoThrowString(const wchar_t *psz, int length);
	NoThrowString(const NoThrowString &other);
	~NoThrowString();
	NoThrowString &operator=(const NoThrowString &other);
	NoThrowString &operator=(const wchar_t *psz);
	NoThrowString &operator+=(const NoThrowString &other);
	NoThrowString &operator+=(const wchar_t *psz);
	NoThrowString &operator+=(wchar_t ch);
	operator const wchar_t *() const;
	wchar_t operator[](int index) const;
	NoThrowString &Format(const wchar_t *pszFormat, ...);
	NoThrowString &AppendFormat(const wchar_t *pszFormat, ...);
	NoThrowString &Append(const wchar_t *psz);
	NoThrowString &Append(const wchar_t *psz, int length);
	int GetLength() const;
	bool IsEmpty() const;
	bool IsValid() const;
	void Empty();
	wchar_t *GetBuffer();
	wchar_t *GetBuffer(int minBufferLength);
	void ReleaseBuffer(int newLength = -1);
	const wchar_t *GetString() const;
	int Compare(const wchar_t *psz) const;
	int CompareNoCase(const wchar_t *psz) const;
	int Find(const wchar_t *pszSub, int start = 0) const;
	int Find(wchar_t ch, int start = 0) const;
	NoThrowString Left(int count) const;
	NoThrowString Mid(int first) const;
	NoThrowString Mid(int first, int count) const;
	NoThrowString Right(int count) const;
	NoThrowString &MakeLower();
	NoThrowString &MakeUpper();
	NoThrowString &Trim();
};
class String : public NoThrowString {
public:
	String();
	String(const wchar_t *psz);
	String(const wchar_t *psz, int length);
	String(const String &other);
	String(const NoThrowString &other);
	~String();
	String &operator=(const String &other);
	String &operator=(const wchar_t *psz);
	String &operator+=(const String &other);
	String &operator+=(const wchar_t *psz);
	String &Format(const wchar_t *pszFormat, ...);
	String &AppendFormat(const wchar_t *pszFormat, ...);
	String &Append(const wchar_t *psz);
	String Left(int count) const;
	String Mid(int first) const;
	String Mid(int first, int count) const;
	String Right(int count) const;
	String &MakeLower();
	String &MakeUpper();
	String &Trim();
};
String operator+(const String &left, const String &right);
String operator+(const String &left, const wchar_t *right);
String operator+(const wchar_t *left, const String &right);
bool operator==(const NoThrowString &left, const wchar_t *right);
bool operator!=(const NoThrowString &left, const wchar_t *right);
} /* namespace Common */

/* ---- WexLogger (Log.h) ---- */
namespace Logging {
class TestResults {
public:
	enum Result { Passed, NotRun, Skipped, Blocked, Failed };
};
class Log {
public:
	static HRESULT Assert(const wchar_t *pszAssert);
	static HRESULT Assert(const wchar_t *pszAssert, const wchar_t *pszContext);
	static HRESULT Assert(const wchar_t *pszAssert, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT Assert(const wchar_t *pszAssert, const wchar_t *pszContext, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT Bug(const wchar_t *pszBugDatabase, int bugId);
	static HRESULT Bug(const wchar_t *pszBugDatabase, int bugId, const wchar_t *pszContext);
	static HRESULT Comment(const wchar_t *pszComment);
	static HRESULT Comment(const wchar_t *pszComment, const wchar_t *pszContext);
	static HRESULT EndGroup(const wchar_t *pszGroupName);
	static HRESULT EndGroup(const wchar_t *pszGroupName, const wchar_t *pszContext);
	static HRESULT Error(const wchar_t *pszError);
	static HRESULT Error(const wchar_t *pszError, const wchar_t *pszContext);
	static HRESULT Error(const wchar_t *pszError, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT Error(const wchar_t *pszError, const wchar_t *pszContext, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT File(const wchar_t *pszFileName);
	static HRESULT File(const wchar_t *pszFileName, const wchar_t *pszContext);
	static HRESULT Property(const wchar_t *pszName, const wchar_t *pszValue);
	static HRESULT Property(const wchar_t *pszName, const wchar_t *pszValue, const wchar_t *pszContext);
	static HRESULT Result(TestResults::Result testResult);
	static HRESULT Result(TestResults::Result testResult, const wchar_t *pszComment);
	static HRESULT Result(TestResults::Result testResult, const wchar_t *pszComment, const wchar_t *pszContext);
	static HRESULT StartGroup(const wchar_t *pszGroupName);
	static HRESULT StartGroup(const wchar_t *pszGroupName, TestResults::Result defaultTestResult);
	static HRESULT StartGroup(const wchar_t *pszGroupName, const wchar_t *pszContext);
	static HRESULT StartGroup(const wchar_t *pszGroupName, const wchar_t *pszContext, TestResults::Result defaultTestResult);
	static HRESULT Warning(const wchar_t *pszWarning);
	static HRESULT Warning(const wchar_t *pszWarning, const wchar_t *pszContext);
	static HRESULT Warning(const wchar_t *pszWarning, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT Warning(const wchar_t *pszWarning, const wchar_t *pszContext, const wchar_t *pszFile, const wchar_t *pszFunction, int line);
	static HRESULT Xml(const wchar_t *pszXml);
	static HRESULT Xml(const wchar_t *pszXml, const wchar_t *pszContext);
	static HRESULT MiniDump();
};
class LogController {
public:
	static HRESULT InitializeLogging();
	static HRESULT InitializeLogging(const wchar_t *pszLogName);
	static HRESULT FinalizeLogging();
	static bool HasErrors();
};
} /* namespace Logging */

/* ---- Verify.h, runtime parameters, test data, resources ---- */
namespace TestExecution {
class VerifyOutputSettings {
public:
	enum Setting {
		None = 0x0,
		LogOnlyFailures = 0x1,
		LogFailuresAsBlocked = 0x2,
		LogFailuresAsWarnings = 0x4,
		LogValuesOnSuccess = 0x8
	};
};
class SetVerifyOutput {
public:
	explicit SetVerifyOutput(unsigned int settings);
	~SetVerifyOutput();
};
class DisableVerifyExceptions {
public:
	DisableVerifyExceptions();
	~DisableVerifyExceptions();
};
class VerifyFailureException {
public:
	VerifyFailureException(HRESULT hr, const wchar_t *pszMessage);
	HRESULT ErrorCode() const;
	const wchar_t *Message() const;
};
template <typename T> class VerifyOutputTraits;
template <typename T1, typename T2> class VerifyCompareTraits;

/* The calls behind the VERIFY_* macros: the checked value(s), the source
 * text of the expression(s), and the optional message. */
class Verify {
public:
	template <typename T1, typename T2> static bool AreEqual(const T1 &expected, const T2 &actual, const wchar_t *pszExpected, const wchar_t *pszActual, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool AreNotEqual(const T1 &expected, const T2 &actual, const wchar_t *pszExpected, const wchar_t *pszActual, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool IsGreaterThan(const T1 &expectedGreater, const T2 &expectedLess, const wchar_t *pszGreater, const wchar_t *pszLess, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool IsGreaterThanOrEqual(const T1 &expectedGreater, const T2 &expectedLess, const wchar_t *pszGreater, const wchar_t *pszLess, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool IsLessThan(const T1 &expectedLess, const T2 &expectedGreater, const wchar_t *pszLess, const wchar_t *pszGreater, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool IsLessThanOrEqual(const T1 &expectedLess, const T2 &expectedGreater, const wchar_t *pszLess, const wchar_t *pszGreater, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool AreSame(const T1 &expected, const T2 &actual, const wchar_t *pszExpected, const wchar_t *pszActual, const wchar_t *pszMessage = NULL);
	template <typename T1, typename T2> static bool AreNotSame(const T1 &expected, const T2 &actual, const wchar_t *pszExpected, const wchar_t *pszActual, const wchar_t *pszMessage = NULL);
	template <typename T> static bool IsNull(const T &object, const wchar_t *pszObject, const wchar_t *pszMessage = NULL);
	template <typename T> static bool IsNotNull(const T &object, const wchar_t *pszObject, const wchar_t *pszMessage = NULL);
	static bool Fail(const wchar_t *pszMessage = NULL);
	static bool IsTrue(bool condition, const wchar_t *pszCondition, const wchar_t *pszMessage = NULL);
	static bool IsFalse(bool condition, const wchar_t *pszCondition, const wchar_t *pszMessage = NULL);
	static bool Succeeded(HRESULT hr, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static HRESULT SucceededReturn(HRESULT hr, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Failed(HRESULT hr, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static HRESULT FailedReturn(HRESULT hr, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Win32Succeeded(LONG win32Result, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static LONG Win32SucceededReturn(LONG win32Result, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Win32Failed(LONG win32Result, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static LONG Win32FailedReturn(LONG win32Result, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Win32BoolSucceeded(BOOL win32Bool, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static BOOL Win32BoolSucceededReturn(BOOL win32Bool, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Win32BoolFailed(BOOL win32Bool, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static BOOL Win32BoolFailedReturn(BOOL win32Bool, const wchar_t *pszExpression, const wchar_t *pszMessage = NULL);
	static bool Throws(bool thrown, const wchar_t *pszOperation, const wchar_t *pszException, const wchar_t *pszMessage = NULL);
	static bool NoThrow(bool thrown, const wchar_t *pszOperation, const wchar_t *pszMessage = NULL);
};

/* te.exe /p:Name=Value */
class RuntimeParameters {
public:
	static HRESULT TryGetValue(const wchar_t *pszName, WEX::Common::String &value);
	template <typename T> static HRESULT TryGetValue(const wchar_t *pszName, T &value);
};

/* Data-driven tests */
template <typename T> class TestDataArray {
public:
	TestDataArray();
	~TestDataArray();
	size_t GetSize() const;
	T &operator[](size_t index);
	const T &operator[](size_t index) const;
};
class TestData {
public:
	static HRESULT TryGetValue(const wchar_t *pszName, WEX::Common::String &value);
	template <typename T> static HRESULT TryGetValue(const wchar_t *pszName, T &value);
};

/* Device support (ITestResource.h, ResourceList.h) */
namespace TestResourceProperty {
static const wchar_t c_szName[] = L"Name";
static const wchar_t c_szId[] = L"Id";
static const wchar_t c_szType[] = L"Type";
}
struct ITestResource : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetGuid(GUID *pGuid) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetGuid(GUID guid) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetValue(BSTR name, BSTR *pValue) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetValue(BSTR name, BSTR value) = 0;
};
class ResourceList {
public:
	HRESULT Add(ITestResource *pTestResource);
	size_t Count() const;
	HRESULT Item(size_t index, ITestResource **ppTestResource) const;
};
class Resources {
public:
	static size_t Count();
	static HRESULT Item(size_t index, ITestResource **ppTestResource);
};
} /* namespace TestExecution */

/* optional CRTP base of test classes */
template <typename T> class TestClass {
};
} /* namespace WEX */

/* ---- test markup ---- */
#define DRISO_TAEF_PROPERTY(name, value) static_assert(sizeof(name) > 0 && sizeof(value) > 0, "TAEF property")

#define BEGIN_MODULE()
#define MODULE_PROPERTY(name, value) DRISO_TAEF_PROPERTY(name, value);
#define END_MODULE()
#define MODULE_SETUP(functionName) bool functionName()
#define MODULE_CLEANUP(functionName) bool functionName()

#define TEST_CLASS(className) public: typedef className DrisoTaefTestClass;
#define BEGIN_TEST_CLASS(className) public: typedef className DrisoTaefTestClass;
#define TEST_CLASS_PROPERTY(name, value) DRISO_TAEF_PROPERTY(name, value);
#define END_TEST_CLASS() public:
#define BEGIN_TEST_METHOD(methodName) public: void methodName();
#define TEST_METHOD_PROPERTY(name, value) DRISO_TAEF_PROPERTY(name, value);
#define END_TEST_METHOD() public:
#define BEGIN_TEST_METHOD_PROPERTIES()
#define END_TEST_METHOD_PROPERTIES()
/* with or without INLINE_TEST_METHOD_MARKUP: a declaration that a body
 * may follow */
#define TEST_METHOD(methodName) public: void methodName()
#define TEST_CLASS_SETUP(methodName) public: bool methodName()
#define TEST_CLASS_CLEANUP(methodName) public: bool methodName()
#define TEST_METHOD_SETUP(methodName) public: bool methodName()
#define TEST_METHOD_CLEANUP(methodName) public: bool methodName()

/* ---- Verify macros ---- */
#define DRISO_TAEF_W2(x) L##x
#define DRISO_TAEF_W(x) DRISO_TAEF_W2(#x)
#define VERIFY_ARE_EQUAL(expected, actual, ...) WEX::TestExecution::Verify::AreEqual((expected), (actual), DRISO_TAEF_W(expected), DRISO_TAEF_W(actual), ##__VA_ARGS__)
#define VERIFY_ARE_NOT_EQUAL(expected, actual, ...) WEX::TestExecution::Verify::AreNotEqual((expected), (actual), DRISO_TAEF_W(expected), DRISO_TAEF_W(actual), ##__VA_ARGS__)
#define VERIFY_IS_GREATER_THAN(expectedGreater, expectedLess, ...) WEX::TestExecution::Verify::IsGreaterThan((expectedGreater), (expectedLess), DRISO_TAEF_W(expectedGreater), DRISO_TAEF_W(expectedLess), ##__VA_ARGS__)
#define VERIFY_IS_GREATER_THAN_OR_EQUAL(expectedGreater, expectedLess, ...) WEX::TestExecution::Verify::IsGreaterThanOrEqual((expectedGreater), (expectedLess), DRISO_TAEF_W(expectedGreater), DRISO_TAEF_W(expectedLess), ##__VA_ARGS__)
#define VERIFY_IS_LESS_THAN(expectedLess, expectedGreater, ...) WEX::TestExecution::Verify::IsLessThan((expectedLess), (expectedGreater), DRISO_TAEF_W(expectedLess), DRISO_TAEF_W(expectedGreater), ##__VA_ARGS__)
#define VERIFY_IS_LESS_THAN_OR_EQUAL(expectedLess, expectedGreater, ...) WEX::TestExecution::Verify::IsLessThanOrEqual((expectedLess), (expectedGreater), DRISO_TAEF_W(expectedLess), DRISO_TAEF_W(expectedGreater), ##__VA_ARGS__)
#define VERIFY_ARE_SAME(expected, actual, ...) WEX::TestExecution::Verify::AreSame((expected), (actual), DRISO_TAEF_W(expected), DRISO_TAEF_W(actual), ##__VA_ARGS__)
#define VERIFY_ARE_NOT_SAME(expected, actual, ...) WEX::TestExecution::Verify::AreNotSame((expected), (actual), DRISO_TAEF_W(expected), DRISO_TAEF_W(actual), ##__VA_ARGS__)
#define VERIFY_FAIL(...) WEX::TestExecution::Verify::Fail(__VA_ARGS__)
#define VERIFY_IS_TRUE(condition, ...) WEX::TestExecution::Verify::IsTrue(!!(condition), DRISO_TAEF_W(condition), ##__VA_ARGS__)
#define VERIFY_IS_FALSE(condition, ...) WEX::TestExecution::Verify::IsFalse(!!(condition), DRISO_TAEF_W(condition), ##__VA_ARGS__)
#define VERIFY_IS_NULL(object, ...) WEX::TestExecution::Verify::IsNull((object), DRISO_TAEF_W(object), ##__VA_ARGS__)
#define VERIFY_IS_NOT_NULL(object, ...) WEX::TestExecution::Verify::IsNotNull((object), DRISO_TAEF_W(object), ##__VA_ARGS__)
#define VERIFY_SUCCEEDED(hresult, ...) WEX::TestExecution::Verify::Succeeded((hresult), DRISO_TAEF_W(hresult), ##__VA_ARGS__)
#define VERIFY_SUCCEEDED_RETURN(hresult, ...) WEX::TestExecution::Verify::SucceededReturn((hresult), DRISO_TAEF_W(hresult), ##__VA_ARGS__)
#define VERIFY_FAILED(hresult, ...) WEX::TestExecution::Verify::Failed((hresult), DRISO_TAEF_W(hresult), ##__VA_ARGS__)
#define VERIFY_FAILED_RETURN(hresult, ...) WEX::TestExecution::Verify::FailedReturn((hresult), DRISO_TAEF_W(hresult), ##__VA_ARGS__)
#define VERIFY_WIN32_SUCCEEDED(win32Result, ...) WEX::TestExecution::Verify::Win32Succeeded((win32Result), DRISO_TAEF_W(win32Result), ##__VA_ARGS__)
#define VERIFY_WIN32_SUCCEEDED_RETURN(win32Result, ...) WEX::TestExecution::Verify::Win32SucceededReturn((win32Result), DRISO_TAEF_W(win32Result), ##__VA_ARGS__)
#define VERIFY_WIN32_FAILED(win32Result, ...) WEX::TestExecution::Verify::Win32Failed((win32Result), DRISO_TAEF_W(win32Result), ##__VA_ARGS__)
#define VERIFY_WIN32_FAILED_RETURN(win32Result, ...) WEX::TestExecution::Verify::Win32FailedReturn((win32Result), DRISO_TAEF_W(win32Result), ##__VA_ARGS__)
#define VERIFY_WIN32_BOOL_SUCCEEDED(win32Bool, ...) WEX::TestExecution::Verify::Win32BoolSucceeded((win32Bool), DRISO_TAEF_W(win32Bool), ##__VA_ARGS__)
#define VERIFY_WIN32_BOOL_SUCCEEDED_RETURN(win32Bool, ...) WEX::TestExecution::Verify::Win32BoolSucceededReturn((win32Bool), DRISO_TAEF_W(win32Bool), ##__VA_ARGS__)
#define VERIFY_WIN32_BOOL_FAILED(win32Bool, ...) WEX::TestExecution::Verify::Win32BoolFailed((win32Bool), DRISO_TAEF_W(win32Bool), ##__VA_ARGS__)
#define VERIFY_WIN32_BOOL_FAILED_RETURN(win32Bool, ...) WEX::TestExecution::Verify::Win32BoolFailedReturn((win32Bool), DRISO_TAEF_W(win32Bool), ##__VA_ARGS__)
/* The operation runs inside a try block; the result says whether it threw
 * (the expected exception type for VERIFY_THROWS). */
#define VERIFY_THROWS(operation, exception, ...) \
	[&]() -> bool { try { operation; } catch (const exception &) { return WEX::TestExecution::Verify::Throws(true, DRISO_TAEF_W(operation), DRISO_TAEF_W(exception), ##__VA_ARGS__); } return WEX::TestExecution::Verify::Throws(false, DRISO_TAEF_W(operation), DRISO_TAEF_W(exception), ##__VA_ARGS__); }()
#define VERIFY_NO_THROW(operation, ...) \
	[&]() -> bool { try { operation; } catch (...) { return WEX::TestExecution::Verify::NoThrow(true, DRISO_TAEF_W(operation), ##__VA_ARGS__); } return WEX::TestExecution::Verify::NoThrow(false, DRISO_TAEF_W(operation), ##__VA_ARGS__); }()

#endif /* __cplusplus */
#endif
