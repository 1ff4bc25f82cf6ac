/*
 * driso shim: eventdetectoroemadapter.h (WDK, user mode). The Windows 10
 * 19H1 event detector OEM adapter (voice activation with multiple keywords
 * and event types): IEventDetectorOemAdapter, DETECTIONEVENT,
 * DETECTIONEVENTSELECTOR, EVENTACTION, EVENTFEATURES, EVENTACTIONTYPE,
 * EVENTACTIONCONTEXTTYPE, EVENTACTIONSCALE, written from the Learn
 * reference (MicrosoftDocs/windows-driver-docs-ddi eventdetectoroemadapter;
 * method order from IEventDetectorOemAdapterVtbl, enumerator values as
 * documented). Member types Learn leaves implicit are those its
 * descriptions name (GUID identifiers, BOOL flags, HRESULT error code);
 * DETECTIONEVENT's DisplayName length and DETECTIONEVENTSELECTOR's UserId
 * width are driso's (a WCHAR array of DRISO_DETECTIONEVENT_NAME_CCH, a
 * ULONG). EVENTFEATURES' fifth value (0x8, single language for all
 * keywords) is documented without a readable name and is left out.
 * IID_IEventDetectorOemAdapter is declared, not restated. C++ interface only.
 */
#ifndef DRISO_SHIM_EVENTDETECTOROEMADAPTER_H
#define DRISO_SHIM_EVENTDETECTOROEMADAPTER_H
#include <windows.h>
#include <objbase.h>
#include <mmreg.h>
#include <ksmedia.h>

#ifndef DRISO_HAVE_SOUNDDETECTOR_PATTERNHEADER
#define DRISO_HAVE_SOUNDDETECTOR_PATTERNHEADER
typedef struct {
	ULONG Size;
	GUID PatternType;
} SOUNDDETECTOR_PATTERNHEADER, *PSOUNDDETECTOR_PATTERNHEADER;
#endif

typedef enum {
	EVENTFEATURES_NoEventFeatures = 0x0,
	EVENTFEATURES_SupportsUserTraining = 0x1,
	EVENTFEATURES_SupportUserCustomization = 0x2,
	EVENTFEATURES_ArmPatternRequiresArmState = 0x4
} EVENTFEATURES;

typedef enum {
	EVENTACTIONTYPE_Accept = 0,
	EVENTACTIONTYPE_Reject = 1,
	EVENTACTIONTYPE_Error = 3
} EVENTACTIONTYPE;

typedef enum {
	EVENTACTIONCONTEXTTYPE_None = 0,
	EVENTACTIONCONTEXTTYPE_Confidence = 1,
	EVENTACTIONCONTEXTTYPE_Scale = 2,
	EVENTACTIONCONTEXTTYPE_ErrorCode = 3
} EVENTACTIONCONTEXTTYPE;

typedef enum {
	EVENTACTIONSCALE_High = 0,
	EVENTACTIONSCALE_Medium = 1,
	EVENTACTIONSCALE_Low = 2
} EVENTACTIONSCALE;

#define DRISO_DETECTIONEVENT_NAME_CCH 256 /* driso's length */

typedef struct {
	GUID EventId;
	EVENTFEATURES EventFeat;
	GUID ProviderId;
	WCHAR DisplayName[DRISO_DETECTIONEVENT_NAME_CCH];
	BOOL UserModelValid;
} DETECTIONEVENT;

typedef struct {
	DETECTIONEVENT Event;
	LANGID LangId;
	ULONG UserId;
	BOOL Armed;
} DETECTIONEVENTSELECTOR;

typedef struct {
	EVENTACTIONTYPE EventdActionType;
	EVENTACTIONCONTEXTTYPE EventActionContextType;
	FLOAT Confidence;
	EVENTACTIONSCALE Scale;
	HRESULT ErrorCode;
} EVENTACTION;

EXTERN_C const IID IID_IEventDetectorOemAdapter;

#ifdef __cplusplus
struct IEventDetectorOemAdapter : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetCapabilities(EVENTFEATURES *GlobalFeatureSupport, LANGID **LangIds,
							  ULONG *NumLanguages, ULONG *NumUserRecordings,
							  WAVEFORMATEX **ppFormat) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetCapabilitiesForLanguage(LANGID LangId, DETECTIONEVENT **EventIds,
								     ULONG *NumEvents) = 0;
	virtual HRESULT STDMETHODCALLTYPE VerifyUserEventData(IStream *ModelData, WAVEFORMATEX *UserRecording,
							      DETECTIONEVENTSELECTOR EventSelector,
							      LONG EventEndBytePos) = 0;
	virtual HRESULT STDMETHODCALLTYPE ComputeAndAddUserModelData(IStream *ModelData,
								     DETECTIONEVENTSELECTOR EventSelector,
								     LONG *EventEndBytePos, WAVEFORMATEX **UserRecordings,
								     ULONG NumUserRecordings) = 0;
	virtual HRESULT STDMETHODCALLTYPE BuildArmingPatternData(IStream *UserModelData,
								 DETECTIONEVENTSELECTOR *EventSelectors,
								 ULONG NumEventSelectors,
								 SOUNDDETECTOR_PATTERNHEADER **ppPatternData) = 0;
	virtual HRESULT STDMETHODCALLTYPE ParseDetectionResultData(
		IStream *UserModelData, SOUNDDETECTOR_PATTERNHEADER *Result, SOUNDDETECTOR_PATTERNHEADER **AssistantContext,
		DETECTIONEVENTSELECTOR *EventSelector, EVENTACTION *EventAction, ULONG64 *EventStartPerformanceCounterValue,
		ULONG64 *EventEndPerformanceCounterValue, WCHAR **DebugOutput) = 0;
	virtual void STDMETHODCALLTYPE ReportOSDetectionResult(DETECTIONEVENTSELECTOR EventSelector,
							       EVENTACTION EventAction) = 0;
};
#else
typedef struct IEventDetectorOemAdapter IEventDetectorOemAdapter;
#endif
#endif
