/*
 * driso shim: keyworddetectoroemadapter.h (WDK, user mode). The voice
 * activation OEM adapter interface an OEM DLL implements next to a
 * hardware keyword spotter: IKeywordDetectorOemAdapter, KEYWORDID,
 * KEYWORDSELECTOR, SOUNDDETECTOR_PATTERNHEADER, written from the Learn
 * reference (MicrosoftDocs/windows-driver-docs-ddi keyworddetectoroemadapter).
 * Method order is Learn's interface order; parameter types follow the
 * documented parameters. KEYWORDID takes MIDL's sequential values in the
 * documented order. IID_IKeywordDetectorOemAdapter is declared, its value
 * not restated; the C++ interface carries no uuid. C++ interface only.
 */
#ifndef DRISO_SHIM_KEYWORDDETECTOROEMADAPTER_H
#define DRISO_SHIM_KEYWORDDETECTOROEMADAPTER_H
#include <windows.h>
#include <objbase.h>
#include <mfobjects.h>
#include <ksmedia.h>

#ifndef DRISO_HAVE_SOUNDDETECTOR_PATTERNHEADER
#define DRISO_HAVE_SOUNDDETECTOR_PATTERNHEADER
typedef struct {
	ULONG Size;
	GUID PatternType;
} SOUNDDETECTOR_PATTERNHEADER, *PSOUNDDETECTOR_PATTERNHEADER;
#endif

typedef enum {
	KwInvalid = 0,
	KwVoiceAssistant = 1,
	KwSelection = 2
} KEYWORDID;

typedef struct {
	KEYWORDID KeywordId;
	LANGID LangId;
} KEYWORDSELECTOR;

EXTERN_C const IID IID_IKeywordDetectorOemAdapter;

#ifdef __cplusplus
struct IKeywordDetectorOemAdapter : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetCapabilities(BOOL *SupportsUserModels, KEYWORDID **KeywordIds,
							  ULONG *NumKeywords, LANGID **LangIds, ULONG *NumLanguages,
							  IMFMediaType **ppMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE VerifyUserKeyword(IStream *ModelData, KEYWORDID KeywordId, LANGID LangId,
							    LONG KeywordEndBytePos, IMFMediaBuffer *UserRecording) = 0;
	virtual HRESULT STDMETHODCALLTYPE ComputeAndAddUserModelData(IStream *ModelData, KEYWORDSELECTOR KeywordSelector,
								     LONG *KeywordEndBytePos,
								     IMFMediaBuffer **UserRecordings,
								     ULONG NumUserRecordings) = 0;
	virtual HRESULT STDMETHODCALLTYPE BuildArmingPatternData(IStream *ModelData, KEYWORDSELECTOR *KeywordSelectors,
								 ULONG NumKeywordSelectors,
								 SOUNDDETECTOR_PATTERNHEADER **ppPatternData) = 0;
	virtual HRESULT STDMETHODCALLTYPE ParseDetectionResultData(IStream *ModelData,
								   SOUNDDETECTOR_PATTERNHEADER *Result,
								   KEYWORDID *KeywordId, LANGID *LangId,
								   BOOL *pIsUserMatch,
								   ULONG64 *KeywordStartPerformanceCounterValue,
								   ULONG64 *KeywordEndPerformanceCounterValue) = 0;
};
#else
typedef struct IKeywordDetectorOemAdapter IKeywordDetectorOemAdapter;
#endif
#endif
