/*
 * driso shim: audiomediatype.h (Windows SDK, audio processing objects).
 * IAudioMediaType, UNCOMPRESSEDAUDIOFORMAT, the AUDIOMEDIATYPE_EQUAL_*
 * flags and CreateAudioMediaType / CreateAudioMediaTypeFromUncompressed-
 * AudioFormat, written from the Learn reference (MicrosoftDocs/sdk-api
 * audiomediatype). The interface ID, flag values and member order were
 * checked against Microsoft's Win32 metadata as published in the
 * MIT-licensed microsoft/windows-rs. Interfaces are declared for C++.
 */
#ifndef DRISO_SHIM_AUDIOMEDIATYPE_H
#define DRISO_SHIM_AUDIOMEDIATYPE_H
#include <windows.h>
#include <objbase.h>
#include <mmreg.h>
#include "audioapotypes.h"

#ifndef AUDIOMEDIATYPE_EQUAL_FORMAT_TYPES
#define AUDIOMEDIATYPE_EQUAL_FORMAT_TYPES 0x00000002
#define AUDIOMEDIATYPE_EQUAL_FORMAT_DATA 0x00000004
#define AUDIOMEDIATYPE_EQUAL_FORMAT_USER_DATA 0x00000008
#endif

#ifndef DRISO_HAVE_UNCOMPRESSEDAUDIOFORMAT
#define DRISO_HAVE_UNCOMPRESSEDAUDIOFORMAT
typedef struct _UNCOMPRESSEDAUDIOFORMAT {
	GUID guidFormatType;
	DWORD dwSamplesPerFrame;
	DWORD dwBytesPerSampleContainer;
	DWORD dwValidBitsPerSample;
	FLOAT fFramesPerSecond;
	DWORD dwChannelMask;
} UNCOMPRESSEDAUDIOFORMAT;
#endif

#ifdef __cplusplus
#ifndef DRISO_HAVE_IAUDIOMEDIATYPE
#define DRISO_HAVE_IAUDIOMEDIATYPE
MIDL_INTERFACE("4e997f73-b71f-4798-873b-ed7dfcf15b4d")
IAudioMediaType : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE IsCompressedFormat(BOOL *pfCompressed) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsEqual(IAudioMediaType *pIAudioType, DWORD *pdwFlags) = 0;
	virtual const WAVEFORMATEX *STDMETHODCALLTYPE GetAudioFormat(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetUncompressedAudioFormat(UNCOMPRESSEDAUDIOFORMAT *pUncompressedAudioFormat) = 0;
};
__CRT_UUID_DECL(IAudioMediaType, 0x4e997f73, 0xb71f, 0x4798, 0x87, 0x3b, 0xed, 0x7d, 0xfc, 0xf1, 0x5b, 0x4d)
#endif
#else
typedef struct IAudioMediaType IAudioMediaType;
#endif

EXTERN_C const IID IID_IAudioMediaType;

EXTERN_C HRESULT WINAPI CreateAudioMediaType(const WAVEFORMATEX *pAudioFormat, UINT32 cbAudioFormatSize,
					     IAudioMediaType **ppIAudioMediaType);
EXTERN_C HRESULT WINAPI CreateAudioMediaTypeFromUncompressedAudioFormat(
	const UNCOMPRESSEDAUDIOFORMAT *pUncompressedAudioFormat, IAudioMediaType **ppIAudioMediaType);
#endif
