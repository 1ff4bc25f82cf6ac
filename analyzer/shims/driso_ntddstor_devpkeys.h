/*
 * driso_ntddstor_devpkeys.h: the storage device property keys of the
 * current ntddstor.h that mingw-w64 lacks (DEVPKEY_Storage_Disk_Number,
 * _Partition_Number, _Mbr_Type, _Gpt_Type, _Gpt_Name). As in the WDK,
 * they are declared on every inclusion, outside the
 * header's include guard and only when DEFINE_DEVPROPKEY is available,
 * so that the documented pattern works: ntddstor.h in a precompiled
 * header, then devpropdef.h (with initguid.h) and ntddstor.h again in
 * the one source file that instantiates them. Values from the shared
 * ntddstor.h in microsoft/wdkmetadata (MIT).
 */
#ifdef DEFINE_DEVPROPKEY
DEFINE_DEVPROPKEY(DEVPKEY_Storage_Disk_Number, 0x4d1ebee8, 0x803, 0x4774, 0x98, 0x42, 0xb7, 0x7d, 0xb5, 0x2, 0x65, 0xe9, 5);
DEFINE_DEVPROPKEY(DEVPKEY_Storage_Partition_Number, 0x4d1ebee8, 0x803, 0x4774, 0x98, 0x42, 0xb7, 0x7d, 0xb5, 0x2, 0x65, 0xe9, 6);
DEFINE_DEVPROPKEY(DEVPKEY_Storage_Mbr_Type, 0x4d1ebee8, 0x803, 0x4774, 0x98, 0x42, 0xb7, 0x7d, 0xb5, 0x2, 0x65, 0xe9, 7);
DEFINE_DEVPROPKEY(DEVPKEY_Storage_Gpt_Type, 0x4d1ebee8, 0x803, 0x4774, 0x98, 0x42, 0xb7, 0x7d, 0xb5, 0x2, 0x65, 0xe9, 8);
DEFINE_DEVPROPKEY(DEVPKEY_Storage_Gpt_Name, 0x4d1ebee8, 0x803, 0x4774, 0x98, 0x42, 0xb7, 0x7d, 0xb5, 0x2, 0x65, 0xe9, 9);
#endif
