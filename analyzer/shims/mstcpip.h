/*
 * driso shim: mstcpip.h. mingw's mstcpip.h, plus one behaviour of the
 * Windows SDK's that user-mode code depends on: the SDK header defines
 * ASSERT(exp) as ((VOID) 0) when nothing has defined it, for its inline
 * address helpers, and means to undefine it again at the end, but tests a
 * misspelt guard (MSTCPIPDEF_ASSERT_UNDEFINED against the
 * MSTCPIP_ASSERT_UNDEFINED it set), so every user-mode TU that includes
 * <mstcpip.h> keeps ASSERT. Windows-driver-samples' WFPSampler tool,
 * service and library call ASSERT relying on exactly that. Fact from the
 * SDK headers as published in microsoft/win32metadata
 * (generation/WinSDK/RecompiledIdlHeaders/shared/mstcpip.h).
 */
#include_next <mstcpip.h>
#ifndef DRISO_SHIM_MSTCPIP_H
#define DRISO_SHIM_MSTCPIP_H
#ifndef ASSERT
#define ASSERT(exp) ((VOID) 0)
#endif
#endif
