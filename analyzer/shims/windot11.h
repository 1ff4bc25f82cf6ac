/*
 * driso shim: windot11.h wrapper. mingw-w64's windot11.h is the Windows 8.1
 * native 802.11 header; WDI and WiFiCx drivers also use what Learn
 * documents for the current windot11.h: the VHT/DMG/HE/EHT PHY types, the
 * RSNA/WPA AKM and cipher suite selectors (RSNA_AKM_SUITE, AKM_FROM_TYPE,
 * RSNA_CIPHER_SUITE, RSNA_AKM_CIPHER_PAIR), DOT11_HESSID, the GCMP/BIP-GMAC
 * key layouts and the Wi-Fi Direct Services additions. Names, values and
 * member order as on Learn and in microsoft/win32metadata (MIT); the
 * RSNA/WPA OUI prefixes are the IEEE 802.11 OUIs 00-0F-AC and 00-50-F2 in
 * the byte order that metadata gives.
 *
 * mingw's enums cannot be extended, so enumerators added to an existing
 * enum are constants of the enum type.
 */
#ifndef DRISO_SHIM_WINDOT11_H
#define DRISO_SHIM_WINDOT11_H

#include_next <windot11.h>
#include "wlantypes.h"

#ifndef DRISO_HAVE_DOT11_PHY_TYPE_VHT
#define DRISO_HAVE_DOT11_PHY_TYPE_VHT 1
#define dot11_phy_type_vht ((DOT11_PHY_TYPE)8)  /* 802.11ac */
#define dot11_phy_type_dmg ((DOT11_PHY_TYPE)9)  /* 802.11ad */
#define dot11_phy_type_he  ((DOT11_PHY_TYPE)10) /* 802.11ax */
#define dot11_phy_type_eht ((DOT11_PHY_TYPE)11) /* 802.11be */
#endif

#ifndef DRISO_HAVE_RSNA_AKM_SUITE
#define DRISO_HAVE_RSNA_AKM_SUITE 1

#define DOT11_HESSID_LENGTH 6
typedef UCHAR DOT11_HESSID[DOT11_HESSID_LENGTH];
typedef DOT11_HESSID *PDOT11_HESSID;

#define AKM_FROM_TYPE(_prefix, _akm) ((_prefix) + ((_akm) << 24))
#define CIPHER_FROM_TYPE(_prefix, _cipher) ((_prefix) + ((_cipher) << 24))

#define RSNA_OUI_PREFIX 0xac0f00
#define WPA_OUI_PREFIX  0xf25000

typedef enum {
    rsna_akm_none                 = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 0),
    rsna_akm_1x                   = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 1),
    rsna_akm_psk                  = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 2),
    rsna_akm_ft_1x_sha256         = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 3),
    rsna_akm_ft_psk_sha256        = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 4),
    rsna_akm_1x_sha256            = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 5),
    rsna_akm_psk_sha256           = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 6),
    rsna_akm_tdls_sha256          = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 7),
    rsna_akm_sae_pmk256           = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 8),
    rsna_akm_ft_sae_pmk256        = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 9),
    rsna_akm_peerkey_sha256       = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 10),
    rsna_akm_1x_suite_b_sha256    = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 11),
    rsna_akm_1x_suite_b_sha384    = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 12),
    rsna_akm_ft_1x_sha384_cmp_256 = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 13),
    rsna_akm_fils_1x_sha256       = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 14),
    rsna_akm_fils_1x_sha384       = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 15),
    rsna_akm_ft_fils_1x_sha256    = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 16),
    rsna_akm_ft_fils_sha384       = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 17),
    rsna_akm_owe                  = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 18),
    rsna_akm_ft_psk_sha384        = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 19),
    rsna_akm_psk_sha384           = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 20),
    rsna_akm_ft_1x_sha384         = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 22),
    rsna_akm_1x_sha384            = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 23),
    rsna_akm_sae_pmk384           = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 24),
    rsna_akm_ft_sae_pmk384        = AKM_FROM_TYPE(RSNA_OUI_PREFIX, 25),
    rsna_akm_max                  = rsna_akm_ft_sae_pmk384
} RSNA_AKM_SUITE;

typedef enum {
    wpa_akm_none = AKM_FROM_TYPE(WPA_OUI_PREFIX, 0),
    wpa_akm_1x   = AKM_FROM_TYPE(WPA_OUI_PREFIX, 1),
    wpa_akm_psk  = AKM_FROM_TYPE(WPA_OUI_PREFIX, 2),
    wpa_akm_max  = wpa_akm_psk
} WPA_AKM_SUITE;

typedef enum {
    rsna_cipher_group            = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 0),
    rsna_cipher_wep40            = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 1),
    rsna_cipher_tkip             = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 2),
    rsna_cipher_reserved         = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 3),
    rsna_cipher_ccmp_128         = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 4),
    rsna_cipher_wep104           = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 5),
    rsna_cipher_bip_cmac_128     = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 6),
    rsna_cipher_no_group_traffic = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 7),
    rsna_cipher_gcmp_128         = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 8),
    rsna_cipher_gcmp_256         = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 9),
    rsna_cipher_ccmp_256         = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 10),
    rsna_cipher_bip_gmac_128     = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 11),
    rsna_cipher_bip_gmac_256     = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 12),
    rsna_cipher_bip_cmac_256     = CIPHER_FROM_TYPE(RSNA_OUI_PREFIX, 13),
    rsna_cipher_max              = rsna_cipher_bip_cmac_256
} RSNA_CIPHER_SUITE;

typedef enum {
    wpa_cipher_none         = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 0),
    wpa_cipher_wep40        = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 1),
    wpa_cipher_tkip         = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 2),
    wpa_cipher_ccmp_128     = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 4),
    wpa_cipher_wep104       = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 5),
    wpa_cipher_bip_cmac_128 = CIPHER_FROM_TYPE(WPA_OUI_PREFIX, 6),
    wpa_cipher_max          = wpa_cipher_bip_cmac_128
} WPA_CIPHER_SUITE;

typedef struct {
    RSNA_AKM_SUITE akm;
    RSNA_CIPHER_SUITE cipher;
} RSNA_AKM_CIPHER_PAIR;

typedef struct {
    RSNA_AKM_SUITE akm;
    RSNA_CIPHER_SUITE cipher;
} DOT11_AKM_CIPHER_PAIR;
#endif /* DRISO_HAVE_RSNA_AKM_SUITE */

#ifndef DRISO_HAVE_DOT11_KEY_ALGO_GCMP
#define DRISO_HAVE_DOT11_KEY_ALGO_GCMP 1
typedef struct DOT11_KEY_ALGO_GCMP {
    UCHAR ucIV48Counter[6];
    ULONG ulGCMPKeyLength;
    UCHAR ucGCMPKey[1];
} DOT11_KEY_ALGO_GCMP, *PDOT11_KEY_ALGO_GCMP;

typedef struct DOT11_KEY_ALGO_GCMP_256 {
    UCHAR ucIV48Counter[6];
    ULONG ulGCMP256KeyLength;
    UCHAR ucGCMP256Key[1];
} DOT11_KEY_ALGO_GCMP_256, *PDOT11_KEY_ALGO_GCMP_256;

typedef struct DOT11_KEY_ALGO_BIP_GMAC_256 {
    UCHAR ucIPN[6];
    ULONG ulBIPGmac256KeyLength;
    UCHAR ucBIPGmac256Key[1];
} DOT11_KEY_ALGO_BIP_GMAC_256, *PDOT11_KEY_ALGO_BIP_GMAC_256;
#endif

#ifndef DRISO_HAVE_DOT11_WFD_SERVICES
#define DRISO_HAVE_DOT11_WFD_SERVICES 1

#define DOT11_EXTSTA_ATTRIBUTES_REVISION_4 4

/* Wi-Fi Direct Services (WFDS) additions */
#define DOT11_WFD_SERVICE_NAME_MAX_LENGTH 255
#define DOT11_WFD_APS2_SERVICE_TYPE_MAX_LENGTH 21
#define DOT11_WFD_ASP2_INSTANCE_NAME_MAX_LENGTH 63
#define DOT11_WFD_SERVICE_INFORMATION_MAX_LENGTH 65535
#define DOT11_MAX_REQUESTED_SERVICE_INFORMATION_LENGTH 255
#define DOT11_WFD_SESSION_INFO_MAX_LENGTH 144

typedef UCHAR DOT11_WFD_SERVICE_HASH[6];

typedef struct _DOT11_WFD_SESSION_INFO {
    USHORT uSessionInfoLength;
    UCHAR ucSessionInfo[DOT11_WFD_SESSION_INFO_MAX_LENGTH];
} DOT11_WFD_SESSION_INFO, *PDOT11_WFD_SESSION_INFO;

#define DOT11_WFD_STATUS_SUCCESS_ACCEPTED_BY_USER 12
#define WFD_STATUS_SUCCEEDED(status) \
    (((DOT11_WFD_STATUS_CODE)(status)) == DOT11_WFD_STATUS_SUCCESS || \
     ((DOT11_WFD_STATUS_CODE)(status)) == DOT11_WFD_STATUS_SUCCESS_ACCEPTED_BY_USER)
#define WFD_STATUS_FAILED(status) \
    (((DOT11_WFD_STATUS_CODE)(status)) != DOT11_WFD_STATUS_SUCCESS && \
     ((DOT11_WFD_STATUS_CODE)(status)) != DOT11_WFD_STATUS_SUCCESS_ACCEPTED_BY_USER)

#define DOT11_WFD_DEVICE_CAPABILITY_SERVICE_DISCOVERY          0x01
#define DOT11_WFD_DEVICE_CAPABILITY_P2P_CLIENT_DISCOVERABILITY 0x02
#define DOT11_WFD_DEVICE_CAPABILITY_CONCURRENT_OPERATION       0x04
#define DOT11_WFD_DEVICE_CAPABILITY_P2P_INFRASTRUCTURE_MANAGED 0x08
#define DOT11_WFD_DEVICE_CAPABILITY_P2P_DEVICE_LIMIT           0x10
#define DOT11_WFD_DEVICE_CAPABILITY_P2P_INVITATION_PROCEDURE   0x20
#define DOT11_WFD_DEVICE_CAPABILITY_RESERVED_6                 0x40
#define DOT11_WFD_DEVICE_CAPABILITY_RESERVED_7                 0x80
#define DOT11_WFD_GROUP_CAPABILITY_EAPOL_KEY_IP_ADDRESS_ALLOCATION_SUPPORTED 0x80

#define DOT11_WPS_MAX_PASSKEY_LENGTH 8
#define DOT11_WPS_MAX_MODEL_NAME_LENGTH 32
#define DOT11_WPS_MAX_MODEL_NUMBER_LENGTH 32

#define DOT11_WPS_CONFIG_METHOD_NFC_TAG       ((DOT11_WPS_CONFIG_METHOD)0x0020)
#define DOT11_WPS_CONFIG_METHOD_NFC_INTERFACE ((DOT11_WPS_CONFIG_METHOD)0x0040)
#define DOT11_WPS_CONFIG_METHOD_WFDS_DEFAULT  ((DOT11_WPS_CONFIG_METHOD)0x1000)

#define DOT11_WPS_PASSWORD_ID_NFC_CONNECTION_HANDOVER ((DOT11_WPS_DEVICE_PASSWORD_ID)0x0007)
#define DOT11_WPS_PASSWORD_ID_WFD_SERVICES            ((DOT11_WPS_DEVICE_PASSWORD_ID)0x0008)
#define DOT11_WPS_PASSWORD_ID_OOB_RANGE_MIN           ((DOT11_WPS_DEVICE_PASSWORD_ID)0x0010)
#define DOT11_WPS_PASSWORD_ID_OOB_RANGE_MAX           ((DOT11_WPS_DEVICE_PASSWORD_ID)0xFFFF)

typedef struct _WFDSVC_CONNECTION_CAPABILITY {
    BOOLEAN bNew;
    BOOLEAN bClient;
    BOOLEAN bGO;
} WFDSVC_CONNECTION_CAPABILITY, *PWFDSVC_CONNECTION_CAPABILITY;

#define WFDSVC_CONNECTION_CAPABILITY_NEW    0x01
#define WFDSVC_CONNECTION_CAPABILITY_CLIENT 0x02
#define WFDSVC_CONNECTION_CAPABILITY_GO     0x04

typedef struct _DOT11_WFD_SERVICE_HASH_LIST {
    USHORT ServiceHashCount;
    DOT11_WFD_SERVICE_HASH ServiceHash[1];
} DOT11_WFD_SERVICE_HASH_LIST, *PDOT11_WFD_SERVICE_HASH_LIST;

typedef struct _DOT11_WFD_ADVERTISEMENT_ID {
    ULONG AdvertisementID;
    DOT11_MAC_ADDRESS ServiceAddress;
} DOT11_WFD_ADVERTISEMENT_ID, *PDOT11_WFD_ADVERTISEMENT_ID;

typedef struct _DOT11_WFD_SESSION_ID {
    ULONG SessionID;
    DOT11_MAC_ADDRESS SessionAddress;
} DOT11_WFD_SESSION_ID, *PDOT11_WFD_SESSION_ID;

typedef struct _DOT11_WFD_ADVERTISED_SERVICE_DESCRIPTOR {
    ULONG AdvertisementID;
    USHORT ConfigMethods;
    UCHAR ServiceNameLength;
    UCHAR ServiceName[DOT11_WFD_SERVICE_NAME_MAX_LENGTH];
} DOT11_WFD_ADVERTISED_SERVICE_DESCRIPTOR, *PDOT11_WFD_ADVERTISED_SERVICE_DESCRIPTOR;

typedef struct _DOT11_WFD_ADVERTISED_SERVICE_LIST {
    USHORT ServiceCount;
    DOT11_WFD_ADVERTISED_SERVICE_DESCRIPTOR AdvertisedService[1];
} DOT11_WFD_ADVERTISED_SERVICE_LIST, *PDOT11_WFD_ADVERTISED_SERVICE_LIST;

/* NDIS_STATUS_DOT11_ANQP_QUERY_COMPLETE */
#define DOT11_ANQP_QUERY_COMPLETE_PARAMETERS_REVISION_1 1

typedef enum _DOT11_ANQP_QUERY_RESULT {
    dot11_ANQP_query_result_success = 0,
    dot11_ANQP_query_result_failure = 1,
    dot11_ANQP_query_result_timed_out = 2,
    dot11_ANQP_query_result_resources = 3,
    dot11_ANQP_query_result_advertisement_protocol_not_supported_on_remote = 4,
    dot11_ANQP_query_result_gas_protocol_failure = 5,
    dot11_ANQP_query_result_advertisement_server_not_responding = 6,
    dot11_ANQP_query_result_access_issues = 7
} DOT11_ANQP_QUERY_RESULT, *PDOT11_ANQP_QUERY_RESULT;

typedef struct _DOT11_ANQP_QUERY_COMPLETE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    DOT11_ANQP_QUERY_RESULT Status;
    HANDLE hContext;
    ULONG uResponseLength;
} DOT11_ANQP_QUERY_COMPLETE_PARAMETERS, *PDOT11_ANQP_QUERY_COMPLETE_PARAMETERS;

#define DOT11_SIZEOF_ANQP_QUERY_COMPLETE_PARAMETERS_REVISION_1 \
    sizeof(DOT11_ANQP_QUERY_COMPLETE_PARAMETERS)

#define DOT11_WFD_GROUP_OWNER_CAPABILITY_CONFIG_REVISION_2 2

typedef struct _DOT11_WFD_GROUP_OWNER_CAPABILITY_CONFIG_V2 {
    NDIS_OBJECT_HEADER Header;
    BOOLEAN bPersistentGroupEnabled;
    BOOLEAN bIntraBSSDistributionSupported;
    BOOLEAN bCrossConnectionSupported;
    BOOLEAN bPersistentReconnectSupported;
    BOOLEAN bGroupFormationEnabled;
    ULONG uMaximumGroupLimit;
    BOOLEAN bEapolKeyIpAddressAllocationSupported;
} DOT11_WFD_GROUP_OWNER_CAPABILITY_CONFIG_V2, *PDOT11_WFD_GROUP_OWNER_CAPABILITY_CONFIG_V2;

#define DOT11_SIZEOF_WFD_GROUP_CAPABILITY_CONFIG_2 \
    sizeof(DOT11_WFD_GROUP_OWNER_CAPABILITY_CONFIG_V2)

/* OIDs added for WDI (direct OIDs visible to NDIS) */
#define OID_DOT11_SAFE_MODE_HT_ENABLED \
    NWF_DEFINE_OID(0xA0, NWF_OPERATIONAL_OID, NWF_MANDATORY_OID)
#define OID_DOT11_SET_FT_REASSOCIATION_PARAMETERS \
    NWF_DEFINE_OID(0x68, NWF_OPERATIONAL_OID, NWF_MANDATORY_OID)
#define OID_DOT11_SET_SAE_AUTH_PARAMS \
    NWF_DEFINE_OID(0x72, NWF_OPERATIONAL_OID, NWF_MANDATORY_OID)
#define OID_DOT11_SET_NWF_PMKID_LIST \
    NWF_DEFINE_OID(0x75, NWF_OPERATIONAL_OID, NWF_MANDATORY_OID)
#define OID_DOT11_WFD_ENABLE_HRDSSS_DEVICES \
    NWF_DEFINE_OID(0x13, NWF_WFD_DEVICE_OID, NWF_OPTIONAL_OID)
#endif /* DRISO_HAVE_DOT11_WFD_SERVICES */

#endif /* DRISO_SHIM_WINDOT11_H */
