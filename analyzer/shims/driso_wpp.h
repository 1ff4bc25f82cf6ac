/*
 * driso_wpp.h: neutralizes WPP software tracing for parsing.
 *
 * WPP trace headers (`#include "driver.tmh"`) are generated at build time
 * by tracewpp.exe and do not exist in a source tree. compile_env maps such
 * includes to a stub; that stub (or a forced -include) can pull this file
 * in. Every WPP entry point and the trace macros most drivers declare in
 * their `begin_wpp config` blocks become no-ops that swallow their
 * arguments, so trace format strings never reach driso's value tracking
 * (source-rules.md §3: trace text is not a sink). Names are defined only
 * when not yet defined, so a tree-specific stub may define more first.
 */
#ifndef DRISO_WPP_H
#define DRISO_WPP_H

#define DRISO_WPP_NOOP(...) ((void)0)

/* TRACE_LEVEL_* (evntrace.h values): drivers use them outside trace calls
 * too, and mingw's evntrace.h is empty in kernel TUs. */
#ifndef TRACE_LEVEL_VERBOSE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#define TRACE_LEVEL_RESERVED6 6
#define TRACE_LEVEL_RESERVED7 7
#define TRACE_LEVEL_RESERVED8 8
#define TRACE_LEVEL_RESERVED9 9
#endif

#ifndef WPP_INIT_TRACING
#define WPP_INIT_TRACING(...) ((void)0)
#endif
#ifndef WPP_CLEANUP
#define WPP_CLEANUP(...) ((void)0)
#endif
#ifndef WPP_SYSTEMCONTROL
#define WPP_SYSTEMCONTROL(...) ((void)0)
#endif
#ifndef WPP_DEFINE_CONTROL_GUID
#define WPP_DEFINE_CONTROL_GUID(...)
#endif
#ifndef WPP_DEFINE_BIT
#define WPP_DEFINE_BIT(...)
#endif
#ifndef WPP_LEVEL_ENABLED
#define WPP_LEVEL_ENABLED(...) 0
#endif
#ifndef WPP_FLAG_ENABLED
#define WPP_FLAG_ENABLED(...) 0
#endif
#ifndef WPP_LEVEL_FLAGS_ENABLED
#define WPP_LEVEL_FLAGS_ENABLED(...) 0
#endif
#ifndef WPP_LEVEL_LOGGER
#define WPP_LEVEL_LOGGER(...) 0
#endif
#ifndef WPP_FLAG_LOGGER
#define WPP_FLAG_LOGGER(...) 0
#endif
#ifndef WPP_LEVEL_FLAGS_LOGGER
#define WPP_LEVEL_FLAGS_LOGGER(...) 0
#endif
#ifndef WPP_RECORDER_LEVEL_FLAGS_ARGS
#define WPP_RECORDER_LEVEL_FLAGS_ARGS(...)
#endif
#ifndef WPP_RECORDER_LEVEL_FLAGS_FILTER
#define WPP_RECORDER_LEVEL_FLAGS_FILTER(...) 0
#endif
#ifndef WPP_RECORDER_FLAGS_LEVEL_ARGS
#define WPP_RECORDER_FLAGS_LEVEL_ARGS(...)
#endif
#ifndef WPP_RECORDER_FLAGS_LEVEL_FILTER
#define WPP_RECORDER_FLAGS_LEVEL_FILTER(...) 0
#endif
#ifndef WPP_GLOBALLOGGER
#define WPP_GLOBALLOGGER
#endif
#ifndef WPP_CHECK_FOR_NULL_STRING
#define WPP_CHECK_FOR_NULL_STRING
#endif
#ifndef WppLoadTracingSupport
#define WppLoadTracingSupport ((void)0)
#endif

#ifndef DoTraceMessage
#define DoTraceMessage(...) ((void)0)
#endif
#ifndef DoTraceLevelMessage
#define DoTraceLevelMessage(...) ((void)0)
#endif
#ifndef DoDebugTrace
#define DoDebugTrace(...) ((void)0)
#endif
#ifndef TraceEvents
#define TraceEvents(...) ((void)0)
#endif
#ifndef TraceEvent
#define TraceEvent(...) ((void)0)
#endif
#ifndef Trace
#define Trace(...) ((void)0)
#endif
#ifndef TraceFatal
#define TraceFatal(...) ((void)0)
#endif
#ifndef TraceError
#define TraceError(...) ((void)0)
#endif
#ifndef TraceWarning
#define TraceWarning(...) ((void)0)
#endif
#ifndef TraceInformation
#define TraceInformation(...) ((void)0)
#endif
#ifndef TraceVerbose
#define TraceVerbose(...) ((void)0)
#endif
#ifndef TracePerformance
#define TracePerformance(...) ((void)0)
#endif
#ifndef TraceDriverStatus
#define TraceDriverStatus(...) ((void)0)
#endif
#ifndef TraceData
#define TraceData(...) ((void)0)
#endif
#ifndef TraceEntry
#define TraceEntry(...) ((void)0)
#endif
#ifndef TraceExit
#define TraceExit(...) ((void)0)
#endif
#ifndef FuncEntry
#define FuncEntry(...) ((void)0)
#endif
#ifndef FuncExit
#define FuncExit(...) ((void)0)
#endif
#ifndef TRACE_FUNC_ENTRY
#define TRACE_FUNC_ENTRY(...) ((void)0)
#endif
#ifndef TRACE_FUNC_EXIT
#define TRACE_FUNC_EXIT(...) ((void)0)
#endif

#endif
