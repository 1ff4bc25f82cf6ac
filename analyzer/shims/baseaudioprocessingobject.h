/*
 * driso shim: baseaudioprocessingobject.h (Windows SDK). The APO base
 * class CBaseAudioProcessingObject that the Learn design guide
 * ("Implementing Audio Processing Objects") tells APO writers to derive
 * from, the CRegAPOProperties<N> registration-properties holder, the
 * DEFAULT_APOREG_* defaults, the AVRT_* real-time section macros and the
 * documented AERT_Allocate / AERT_Free utilities.
 *
 * Learn documents the class's role and the interfaces it implements
 * (IAudioProcessingObject, IAudioProcessingObjectRT,
 * IAudioProcessingObjectConfiguration; APOProcess is left to the derived
 * class) but not its header. The protected members and helpers declared
 * here are those derived APOs use in Microsoft's MIT-licensed
 * Windows-driver-samples (m_pRegProperties, m_bIsLocked,
 * m_bIsInitialized, m_u32SamplesPerFrame, m_CritSec,
 * ValidateAndCacheConnectionInfo, GetSamplesPerFrame, ASSERT_REALTIME,
 * ...); the constructor takes the
 * CRegAPOProperties object as the samples pass it. The DEFAULT_APOREG_*
 * values are driso's (APO_FLAG_DEFAULT, one connection each way, no
 * instance limit); AVRT_* expand to nothing. C++ only, except AERT_*.
 */
#ifndef DRISO_SHIM_BASEAUDIOPROCESSINGOBJECT_H
#define DRISO_SHIM_BASEAUDIOPROCESSINGOBJECT_H
#include "audioenginebaseapo.h"
#include <avrt.h>
#include <strsafe.h> /* APO sources rely on it through this header (StringCbCopyW) */

#ifndef AVRT_DATA
#define AVRT_DATA
#endif
#ifndef AVRT_BSS
#define AVRT_BSS
#endif
#ifndef AVRT_CODE_BEGIN
#define AVRT_CODE_BEGIN
#define AVRT_CODE_END
#define AVRT_DATA_BEGIN
#define AVRT_DATA_END
#define AVRT_BSS_BEGIN
#define AVRT_BSS_END
#define AVRT_CONST_BEGIN
#define AVRT_CONST_END
#define AVRT_VTABLES_BEGIN
#define AVRT_VTABLES_END
#endif

/* Real-time thread checks the samples place at the top of APO methods
 * (debug aids; nothing to evaluate). */
#ifndef ASSERT_REALTIME
#define ASSERT_REALTIME() ((void)0)
#define ASSERT_NONREALTIME() ((void)0)
#endif

EXTERN_C HRESULT WINAPI AERT_Allocate(size_t size, void **pMemory);
EXTERN_C HRESULT WINAPI AERT_Free(void *pMemory);

#define DEFAULT_APOREG_FLAGS APO_FLAG_DEFAULT
#define DEFAULT_APOREG_MININPUTCONNECTIONS 1
#define DEFAULT_APOREG_MAXINPUTCONNECTIONS 1
#define DEFAULT_APOREG_MINOUTPUTCONNECTIONS 1
#define DEFAULT_APOREG_MAXOUTPUTCONNECTIONS 1
#define DEFAULT_APOREG_MAXINSTANCES 0xffffffff

#ifdef __cplusplus
template <UINT32 NumAPOInterfaces> class CRegAPOProperties {
public:
	CRegAPOProperties(REFCLSID clsid, LPCWSTR pszFriendlyName, LPCWSTR pszCopyrightInfo, UINT32 u32MajorVersion,
			  UINT32 u32MinorVersion, REFIID iidAPOInterface1, APO_FLAG Flags = DEFAULT_APOREG_FLAGS,
			  UINT32 u32MinInputConnections = DEFAULT_APOREG_MININPUTCONNECTIONS,
			  UINT32 u32MaxInputConnections = DEFAULT_APOREG_MAXINPUTCONNECTIONS,
			  UINT32 u32MinOutputConnections = DEFAULT_APOREG_MINOUTPUTCONNECTIONS,
			  UINT32 u32MaxOutputConnections = DEFAULT_APOREG_MAXOUTPUTCONNECTIONS,
			  UINT32 u32MaxInstances = DEFAULT_APOREG_MAXINSTANCES, ...);
	APO_REG_PROPERTIES m_Properties;
	IID m_AdditionalIIDs[NumAPOInterfaces];
};

class CBaseAudioProcessingObject : public IAudioProcessingObject,
				   public IAudioProcessingObjectRT,
				   public IAudioProcessingObjectConfiguration {
public:
	template <UINT32 N> CBaseAudioProcessingObject(const CRegAPOProperties<N> &regProperties);
	CBaseAudioProcessingObject(const APO_REG_PROPERTIES *pRegProperties);
	virtual ~CBaseAudioProcessingObject();

	/* IAudioProcessingObject */
	STDMETHOD(Reset)();
	STDMETHOD(GetLatency)(HNSTIME *pTime);
	STDMETHOD(GetRegistrationProperties)(APO_REG_PROPERTIES **ppRegProps);
	STDMETHOD(Initialize)(UINT32 cbDataSize, BYTE *pbyData);
	STDMETHOD(IsInputFormatSupported)(IAudioMediaType *pOppositeFormat, IAudioMediaType *pRequestedInputFormat,
					  IAudioMediaType **ppSupportedInputFormat);
	STDMETHOD(IsOutputFormatSupported)(IAudioMediaType *pOppositeFormat, IAudioMediaType *pRequestedOutputFormat,
					   IAudioMediaType **ppSupportedOutputFormat);
	STDMETHOD(GetInputChannelCount)(UINT32 *pu32ChannelCount);
	/* IAudioProcessingObjectRT (APOProcess is the derived class's) */
	STDMETHOD_(UINT32, CalcInputFrames)(UINT32 u32OutputFrameCount);
	STDMETHOD_(UINT32, CalcOutputFrames)(UINT32 u32InputFrameCount);
	/* IAudioProcessingObjectConfiguration */
	STDMETHOD(LockForProcess)(UINT32 u32NumInputConnections, APO_CONNECTION_DESCRIPTOR **ppInputConnections,
				  UINT32 u32NumOutputConnections, APO_CONNECTION_DESCRIPTOR **ppOutputConnections);
	STDMETHOD(UnlockForProcess)();

protected:
	virtual HRESULT ValidateAndCacheConnectionInfo(UINT32 u32NumInputConnections,
						       APO_CONNECTION_DESCRIPTOR **ppInputConnections,
						       UINT32 u32NumOutputConnections,
						       APO_CONNECTION_DESCRIPTOR **ppOutputConnections);
	virtual HRESULT IsFormatTypeSupported(IAudioMediaType *pOppositeFormat, IAudioMediaType *pRequestedFormat,
					      IAudioMediaType **ppSupportedFormat, bool bIsInput);
	HRESULT ValidateDefaultAPOFormat(UNCOMPRESSEDAUDIOFORMAT &audioFormat, bool bIsInput);
	UINT32 GetSamplesPerFrame();
	FLOAT32 GetFramesPerSecond();
	HRESULT ValidateConnectionDescriptors(UINT32 u32NumInputConnections,
					      APO_CONNECTION_DESCRIPTOR **ppInputConnections,
					      UINT32 u32NumOutputConnections,
					      APO_CONNECTION_DESCRIPTOR **ppOutputConnections);

	const APO_REG_PROPERTIES *m_pRegProperties;
	bool m_bIsLocked;
	bool m_bIsInitialized;
	UINT32 m_u32SamplesPerFrame;
	FLOAT32 m_f32FramesPerSecond;
	CRITICAL_SECTION m_CritSec;
};
#endif
#endif
