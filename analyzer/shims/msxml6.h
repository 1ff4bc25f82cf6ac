/*
 * driso shim: msxml6.h, MSXML 6.0. SDK header mingw-w64 lacks; mingw's
 * msxml2.h declares the same DOM/SAX interfaces (MSXML 3/4), so this
 * header includes it and adds what MSXML 6.0 adds: the version-6.0 class
 * IDs (CLSID_DOMDocument60, ...), IXMLDOMDocument3, IXMLDOMParseError2 and
 * IXMLDOMParseErrorCollection. Not declared: IXMLHTTPRequest2/3 and their
 * callbacks, IMXXMLFilter.
 *
 * Declarations only (see driso_shims.h), from the Learn MSXML 6.0
 * reference; GUID values and method order as in microsoft/win32metadata
 * (MIT).
 */
#ifndef DRISO_SHIM_MSXML6_H
#define DRISO_SHIM_MSXML6_H
#include <msxml2.h>

#ifndef DRISO_HAVE_MSXML6
#define DRISO_HAVE_MSXML6 1

DEFINE_GUID(CLSID_DOMDocument60, 0x88d96a05, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_FreeThreadedDOMDocument60, 0x88d96a06, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_XMLSchemaCache60, 0x88d96a07, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_XSLTemplate60, 0x88d96a08, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_FreeThreadedXMLHTTP60, 0x88d96a09, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_XMLHTTP60, 0x88d96a0a, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_ServerXMLHTTP60, 0x88d96a0b, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_SAXXMLReader60, 0x88d96a0c, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_SAXAttributes60, 0x88d96a0e, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_MXXMLWriter60, 0x88d96a0f, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_MXHTMLWriter60, 0x88d96a10, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);
DEFINE_GUID(CLSID_MXNamespaceManager60, 0x88d96a11, 0xf192, 0x11d4, 0xa6, 0x5f, 0x00, 0x40, 0x96, 0x32, 0x51, 0xe5);

DEFINE_GUID(IID_IXMLDOMDocument3, 0x2933bf96, 0x7b36, 0x11d2, 0xb2, 0x0e, 0x00, 0xc0, 0x4f, 0x98, 0x3e, 0x60);
DEFINE_GUID(IID_IXMLDOMParseError2, 0x3efaa428, 0x272f, 0x11d2, 0x83, 0x6f, 0x00, 0x00, 0xf8, 0x7a, 0x77, 0x82);
DEFINE_GUID(IID_IXMLDOMParseErrorCollection, 0x3efaa429, 0x272f, 0x11d2, 0x83, 0x6f, 0x00, 0x00, 0xf8, 0x7a, 0x77, 0x82);

typedef struct IXMLDOMDocument3 IXMLDOMDocument3;
typedef struct IXMLDOMParseError2 IXMLDOMParseError2;
typedef struct IXMLDOMParseErrorCollection IXMLDOMParseErrorCollection;

#if defined(__cplusplus) && !defined(CINTERFACE)
class DECLSPEC_UUID("88d96a05-f192-11d4-a65f-0040963251e5") DOMDocument60;
class DECLSPEC_UUID("88d96a06-f192-11d4-a65f-0040963251e5") FreeThreadedDOMDocument60;
class DECLSPEC_UUID("88d96a07-f192-11d4-a65f-0040963251e5") XMLSchemaCache60;
class DECLSPEC_UUID("88d96a08-f192-11d4-a65f-0040963251e5") XSLTemplate60;
class DECLSPEC_UUID("88d96a09-f192-11d4-a65f-0040963251e5") FreeThreadedXMLHTTP60;
class DECLSPEC_UUID("88d96a0a-f192-11d4-a65f-0040963251e5") XMLHTTP60;
class DECLSPEC_UUID("88d96a0b-f192-11d4-a65f-0040963251e5") ServerXMLHTTP60;
class DECLSPEC_UUID("88d96a0c-f192-11d4-a65f-0040963251e5") SAXXMLReader60;
class DECLSPEC_UUID("88d96a0e-f192-11d4-a65f-0040963251e5") SAXAttributes60;
class DECLSPEC_UUID("88d96a0f-f192-11d4-a65f-0040963251e5") MXXMLWriter60;
class DECLSPEC_UUID("88d96a10-f192-11d4-a65f-0040963251e5") MXHTMLWriter60;
class DECLSPEC_UUID("88d96a11-f192-11d4-a65f-0040963251e5") MXNamespaceManager60;

struct DECLSPEC_UUID("2933bf96-7b36-11d2-b20e-00c04f983e60") IXMLDOMDocument3 : public IXMLDOMDocument2 {
	virtual HRESULT STDMETHODCALLTYPE validateNode(IXMLDOMNode *node, IXMLDOMParseError **errorObj) = 0;
	virtual HRESULT STDMETHODCALLTYPE importNode(IXMLDOMNode *node, VARIANT_BOOL deep, IXMLDOMNode **clone) = 0;
};

struct DECLSPEC_UUID("3efaa428-272f-11d2-836f-0000f87a7782") IXMLDOMParseError2 : public IXMLDOMParseError {
	virtual HRESULT STDMETHODCALLTYPE get_errorXPath(BSTR *xpathexpr) = 0;
	virtual HRESULT STDMETHODCALLTYPE get_allErrors(IXMLDOMParseErrorCollection **allErrors) = 0;
	virtual HRESULT STDMETHODCALLTYPE errorParameters(long index, BSTR *param) = 0;
	virtual HRESULT STDMETHODCALLTYPE get_errorParametersCount(long *count) = 0;
};

struct DECLSPEC_UUID("3efaa429-272f-11d2-836f-0000f87a7782") IXMLDOMParseErrorCollection : public IDispatch {
	virtual HRESULT STDMETHODCALLTYPE get_item(long index, IXMLDOMParseError2 **error) = 0;
	virtual HRESULT STDMETHODCALLTYPE get_length(long *length) = 0;
	virtual HRESULT STDMETHODCALLTYPE get_next(IXMLDOMParseError2 **error) = 0;
	virtual HRESULT STDMETHODCALLTYPE reset(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE get__newEnum(IUnknown **ppunk) = 0;
};
#endif /* __cplusplus */

#endif /* DRISO_HAVE_MSXML6 */
#endif
