/*
 * driso shim: wlantypes.h wrapper. mingw-w64's wlantypes.h stops at the
 * Windows 7 authentication and cipher algorithms; this adds what Learn
 * documents for the current wlantypes.h ("DOT11_AUTH_ALGORITHM",
 * "DOT11_CIPHER_ALGORITHM" pages): the WPA3/OWE authentication algorithms,
 * the BIP/GCMP/CCMP-256 cipher algorithms, DOT11_OI, DOT11_VENUEINFO and
 * DOT11_ACCESSNETWORKOPTIONS. Values and member order as on Learn and in
 * microsoft/win32metadata (MIT).
 *
 * mingw's enums cannot be extended, so the added enumerators are constants
 * of the enum type (usable in initialisers and case labels, C and C++).
 */
#ifndef DRISO_SHIM_WLANTYPES_H
#define DRISO_SHIM_WLANTYPES_H

#include_next <wlantypes.h>

#ifndef DRISO_HAVE_DOT11_AUTH_ALGO_WPA3
#define DRISO_HAVE_DOT11_AUTH_ALGO_WPA3 1
#define DOT11_AUTH_ALGO_WPA3          ((DOT11_AUTH_ALGORITHM)8)  /* WPA3 Enterprise 192-bit */
#define DOT11_AUTH_ALGO_WPA3_ENT_192  DOT11_AUTH_ALGO_WPA3
#define DOT11_AUTH_ALGO_WPA3_SAE      ((DOT11_AUTH_ALGORITHM)9)
#define DOT11_AUTH_ALGO_OWE           ((DOT11_AUTH_ALGORITHM)10)
#define DOT11_AUTH_ALGO_WPA3_ENT      ((DOT11_AUTH_ALGORITHM)11)

#define DOT11_AUTH_ALGORITHM_WPA3         DOT11_AUTH_ALGO_WPA3
#define DOT11_AUTH_ALGORITHM_WPA3_ENT_192 DOT11_AUTH_ALGO_WPA3_ENT_192
#define DOT11_AUTH_ALGORITHM_WPA3_SAE     DOT11_AUTH_ALGO_WPA3_SAE
#define DOT11_AUTH_ALGORITHM_OWE          DOT11_AUTH_ALGO_OWE
#define DOT11_AUTH_ALGORITHM_WPA3_ENT     DOT11_AUTH_ALGO_WPA3_ENT
#endif

#ifndef DRISO_HAVE_DOT11_CIPHER_ALGO_BIP
#define DRISO_HAVE_DOT11_CIPHER_ALGO_BIP 1
#define DOT11_CIPHER_ALGO_BIP           ((DOT11_CIPHER_ALGORITHM)0x06) /* BIP-CMAC-128 */
#define DOT11_CIPHER_ALGO_GCMP          ((DOT11_CIPHER_ALGORITHM)0x08) /* GCMP-128 */
#define DOT11_CIPHER_ALGO_GCMP_256      ((DOT11_CIPHER_ALGORITHM)0x09)
#define DOT11_CIPHER_ALGO_CCMP_256      ((DOT11_CIPHER_ALGORITHM)0x0a)
#define DOT11_CIPHER_ALGO_BIP_GMAC_128  ((DOT11_CIPHER_ALGORITHM)0x0b)
#define DOT11_CIPHER_ALGO_BIP_GMAC_256  ((DOT11_CIPHER_ALGORITHM)0x0c)
#define DOT11_CIPHER_ALGO_BIP_CMAC_256  ((DOT11_CIPHER_ALGORITHM)0x0d)
#endif

#ifndef DRISO_HAVE_DOT11_OI
#define DRISO_HAVE_DOT11_OI 1
#define DOT11_OI_MAX_LENGTH 5
#define DOT11_OI_MIN_LENGTH 3

typedef struct _DOT11_OI {
    USHORT OILength;
    UCHAR OI[DOT11_OI_MAX_LENGTH];
} DOT11_OI, *PDOT11_OI;

/* The access network options of an Interworking element, one byte each. */
typedef struct DOT11_ACCESSNETWORKOPTIONS {
    UINT8 AccessNetworkType;
    UINT8 Internet;
    UINT8 ASRA;
    UINT8 ESR;
    UINT8 UESA;
} DOT11_ACCESSNETWORKOPTIONS, *PDOT11_ACCESSNETWORKOPTIONS;

typedef struct DOT11_VENUEINFO {
    UINT8 VenueGroup;
    UINT8 VenueType;
} DOT11_VENUEINFO, *PDOT11_VENUEINFO;
#endif

#endif /* DRISO_SHIM_WLANTYPES_H */
