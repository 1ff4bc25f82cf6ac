/*
 * driso shim: atlexcept.h (ATL). CAtlException and the AtlThrow family
 * (Learn ATL reference); see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLEXCEPT_H
#define DRISO_SHIM_ATLEXCEPT_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
class CAtlException {
public:
	HRESULT m_hr;
	CAtlException() throw();
	CAtlException(HRESULT hr) throw();
	operator HRESULT() const throw();
};
}
#endif
#endif
