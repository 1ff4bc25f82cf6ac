/*
 * driso shim: reshub.h, resource hub connection paths (WDK-only header).
 *
 * Declarations only, per the Learn reshub.h reference: the resource hub
 * device name and path sizes, RESOURCE_HUB_CREATE_PATH_FROM_ID, which
 * the WDK implements inline (with RESHUB_USE_HELPER_ROUTINES; here it is
 * a prototype so the call stays visible to value tracking),
 * RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER, and the connection
 * resource descriptors (PNP_SERIAL_BUS_DESCRIPTOR, GPIO interrupt/IO,
 * pin function configuration, large vendor), whose byte layout, tags
 * (0x8C, 0x8D, 0x8E), serial bus types (I2C 1, SPI 2, UART 3) and the
 * serial bus descriptor revision (1) are those of the ACPI 5.0 resource
 * descriptors that Learn cites.
 */
#ifndef DRISO_SHIM_RESHUB_H
#define DRISO_SHIM_RESHUB_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#define RESOURCE_HUB_DEVICE_NAME L"\\Device\\RESOURCE_HUB"
#define RESOURCE_HUB_DEVICE_NAME_CHARS (sizeof(RESOURCE_HUB_DEVICE_NAME) / sizeof(WCHAR) - 1)
#define RESOURCE_HUB_ID_CHARS 16
/* device name, separator, 16 hex digits of the connection id, NUL */
#define RESOURCE_HUB_PATH_CHARS (RESOURCE_HUB_DEVICE_NAME_CHARS + 1 + RESOURCE_HUB_ID_CHARS + 1)
#define RESOURCE_HUB_PATH_SIZE (RESOURCE_HUB_PATH_CHARS * sizeof(WCHAR))

/* struct tag: user-mode TUs may not have the PUNICODE_STRING typedef */
struct _UNICODE_STRING;
NTSTATUS RESOURCE_HUB_CREATE_PATH_FROM_ID(struct _UNICODE_STRING *RequestString, ULONG IdLowPart,
					  ULONG IdHighPart);

/* the IOCTL_RH_QUERY_CONNECTION_PROPERTIES output: the ACPI descriptor of
 * the connection follows in ConnectionProperties */
typedef struct _RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER {
	ULONG Version;
	ULONG PropertiesLength;
	UCHAR ConnectionProperties[ANYSIZE_ARRAY];
} RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER, *PRH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER;

#define GPIO_INTERRUPT_IO_DESCRIPTOR 0x8c
#define FUNCTION_CONFIG_DESCRIPTOR 0x8d
#define SERIAL_BUS_DESCRIPTOR 0x8e
#define SERIAL_BUS_DESCRIPTOR_REVISION 0x01
#define SERIAL_BUS_I2C_DESCRIPTOR_TYPE 1
#define SERIAL_BUS_SPI_DESCRIPTOR_TYPE 2
#define SERIAL_BUS_UART_DESCRIPTOR_TYPE 3
#define PNP_GPIO_IRQ_DESCRIPTOR_TYPE_INTERRUPT 0x0
#define PNP_GPIO_IRQ_DESCRIPTOR_TYPE_IO 0x1

#include <pshpack1.h>
typedef struct _PNP_GPIO_INTERRUPT_IO_DESCRIPTOR {
	UCHAR Tag;
	USHORT Length;
	UCHAR Revision;
	UCHAR DescriptorType;
	USHORT GeneralFlags;
	USHORT InterruptIoFlags;
	UCHAR PinConfiguration;
	USHORT DriveStrength;
	USHORT DebounceTimeout;
	USHORT PinTableOffset;
	UCHAR ResourceSourceIndex;
	USHORT ResourceSourceOffset;
	USHORT VendorDataOffset;
	USHORT VendorDataLength;
} PNP_GPIO_INTERRUPT_IO_DESCRIPTOR, *PPNP_GPIO_INTERRUPT_IO_DESCRIPTOR;

typedef struct _PNP_LARGE_VENDOR_DESCRIPTOR {
	UCHAR Tag;
	USHORT Length;
	UCHAR SubType;
	GUID UUID;
	UCHAR VendorDescriptor[ANYSIZE_ARRAY];
} PNP_LARGE_VENDOR_DESCRIPTOR, *PPNP_LARGE_VENDOR_DESCRIPTOR;

typedef struct _PNP_FUNCTION_CONFIG_DESCRIPTOR {
	UCHAR Tag;
	USHORT Length;
	UCHAR Revision;
	USHORT Flags;
	UCHAR PinConfiguration;
	USHORT FunctionNumber;
	USHORT PinTableOffset;
	UCHAR ResourceSourceIndex;
	USHORT ResourceSourceOffset;
	USHORT VendorDataOffset;
	USHORT VendorDataLength;
} PNP_FUNCTION_CONFIG_DESCRIPTOR, *PPNP_FUNCTION_CONFIG_DESCRIPTOR;

typedef struct _PNP_SERIAL_BUS_DESCRIPTOR {
	UCHAR Tag;
	USHORT Length;
	UCHAR RevisionId;
	UCHAR ResourceSourceIndex;
	UCHAR SerialBusType;
	UCHAR GeneralFlags;
	USHORT TypeSpecificFlags;
	UCHAR TypeSpecificRevisionId;
	USHORT TypeDataLength;
} PNP_SERIAL_BUS_DESCRIPTOR, *PPNP_SERIAL_BUS_DESCRIPTOR;
#include <poppack.h>

#define PNP_GPIO_INTERRUPT_IO_DESCRIPTOR_LENGTH sizeof(PNP_GPIO_INTERRUPT_IO_DESCRIPTOR)
#define PNP_FUNCTION_CONFIG_DESCRIPTOR_LENGTH sizeof(PNP_FUNCTION_CONFIG_DESCRIPTOR)
#define PNP_LARGE_VENDOR_DESCRIPTOR_LENGTH sizeof(PNP_LARGE_VENDOR_DESCRIPTOR)
#define PNP_SERIAL_BUS_DESCRIPTOR_LENGTH sizeof(PNP_SERIAL_BUS_DESCRIPTOR)

DRISO_EXTERN_C_END
#endif
