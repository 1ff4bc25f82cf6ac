#!/usr/bin/env python3
"""Generate a synthetic driver tree of N translation units for bench/run.sh.

Realistic shapes: projects of 8-24 TUs, each a KMDF or WDM driver with a
.vcxproj and an INF, TUs with dispatch/queue/PnP code over the shims, and
about one TU in six holding a violation (absolute registry path through a
macro, RTL_REGISTRY_ABSOLUTE on RegistryPath, a \\SystemRoot\\ log, a
\\Device\\ name). Deterministic for a given N and seed.
"""
import os
import random
import sys

VCXPROJ = """<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" ToolsVersion="12.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Debug|x64"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>
  </ItemGroup>
  <PropertyGroup Label="Globals"><ProjectName>{name}</ProjectName></PropertyGroup>
  <PropertyGroup Condition="'$(Configuration)|$(Platform)'=='Debug|x64'" Label="Configuration">
    <TargetVersion>Windows10</TargetVersion><ConfigurationType>Driver</ConfigurationType>
    <DriverType>{dtype}</DriverType>{kmdf}
  </PropertyGroup>
  <PropertyGroup><TargetName>{name}</TargetName></PropertyGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Debug|x64'">
    <ClCompile><AdditionalIncludeDirectories>inc;%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>
    <PreprocessorDefinitions>POOL_NX_OPTIN=1;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup>
{items}
  </ItemGroup>
</Project>
"""

INF = """[Version]
Signature="$WINDOWS NT$"
Class=System
ClassGuid={{4d36e97d-e325-11ce-bfc1-08002be10318}}
Provider=%Mfg%
DriverVer=01/01/2015,1.0.0.0
CatalogFile={name}.cat

[DestinationDirs]
DefaultDestDir = {dirid}

[SourceDisksNames]
1 = %Disk%,,,""

[SourceDisksFiles]
{name}.sys = 1,,

[Manufacturer]
%Mfg%=Models{decoration}

[Models{decoration2}]
%Desc%=Install, ROOT\\{name}

[Install.NT]
CopyFiles=Files

[Files]
{name}.sys

[Install.NT.Services]
AddService={name},0x00000002,Service

[Service]
ServiceType=1
StartType=3
ErrorControl=1
ServiceBinary=%{dirid}%\\{name}.sys

[Strings]
Mfg="Contoso"
Disk="Disk"
Desc="{name} device"
"""

HEADER = """#pragma once
#include <ntddk.h>
{wdf}
#define {up}_POOL_TAG 'gaTP'
#define {up}_PARAMS L"\\\\Registry\\\\Machine\\\\System\\\\CurrentControlSet\\\\Services\\\\{name}\\\\Parameters"
#define {up}_LOG L"\\\\SystemRoot\\\\{name}.log"
#define {up}_PEER L"\\\\Device\\\\{name}Peer0"
typedef struct _{up}_CONTEXT {{
    ULONG Counter;
    LIST_ENTRY Pending;
    KSPIN_LOCK Lock;
    UNICODE_STRING Name;
}} {up}_CONTEXT, *P{up}_CONTEXT;
NTSTATUS {name}Helper{i}(P{up}_CONTEXT Ctx, ULONG Value);
"""

CLEAN_WDM = """#include "{name}.h"

static ULONG g_{name}Seen{i};

NTSTATUS {name}Helper{i}(P{up}_CONTEXT Ctx, ULONG Value)
{{
    KIRQL irql;
    NTSTATUS status = STATUS_SUCCESS;
    KeAcquireSpinLock(&Ctx->Lock, &irql);
    Ctx->Counter += Value;
    if (!IsListEmpty(&Ctx->Pending)) {{
        PLIST_ENTRY e = RemoveHeadList(&Ctx->Pending);
        UNREFERENCED_PARAMETER(e);
        status = STATUS_PENDING;
    }}
    KeReleaseSpinLock(&Ctx->Lock, irql);
    g_{name}Seen{i}++;
    return status;
}}

NTSTATUS {name}Dispatch{i}(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;
    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->MajorFunction) {{
    case IRP_MJ_CREATE:
    case IRP_MJ_CLOSE:
        status = STATUS_SUCCESS;
        break;
    case IRP_MJ_DEVICE_CONTROL:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength >= sizeof(ULONG)) {{
            *(PULONG)Irp->AssociatedIrp.SystemBuffer = g_{name}Seen{i};
            info = sizeof(ULONG);
            status = STATUS_SUCCESS;
        }}
        break;
    default:
        break;
    }}
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}}
"""

VIOLATIONS = [
    """
NTSTATUS {name}OpenParams{i}(PHANDLE Key)
{{
    UNICODE_STRING path;
    OBJECT_ATTRIBUTES oa;
    RtlInitUnicodeString(&path, {up}_PARAMS);
    InitializeObjectAttributes(&oa, &path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    return ZwOpenKey(Key, KEY_READ, &oa);
}}
""",
    """
NTSTATUS {name}ReadConfig{i}(PUNICODE_STRING RegistryPath, PULONG Value)
{{
    RTL_QUERY_REGISTRY_TABLE table[2];
    RtlZeroMemory(table, sizeof(table));
    table[0].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[0].Name = L"Value";
    table[0].EntryContext = Value;
    return RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, RegistryPath->Buffer, table, NULL, NULL);
}}
""",
    """
NTSTATUS {name}OpenLog{i}(PHANDLE File)
{{
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES oa;
    IO_STATUS_BLOCK iosb;
    RtlInitUnicodeString(&name, {up}_LOG);
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    return ZwCreateFile(File, FILE_APPEND_DATA | SYNCHRONIZE, &oa, &iosb, NULL, FILE_ATTRIBUTE_NORMAL,
                        FILE_SHARE_READ, FILE_OPEN_IF, FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}}
""",
    """
NTSTATUS {name}Peer{i}(PDEVICE_OBJECT *Peer, PFILE_OBJECT *File)
{{
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, {up}_PEER);
    return IoGetDeviceObjectPointer(&name, FILE_READ_DATA, File, Peer);
}}
""",
]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: gen_tree.py OUTDIR N_TUS [SEED]")
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    made, p = 0, 0
    while made < n:
        size = min(rng.randint(8, 24), n - made)
        kmdf = rng.random() < 0.5
        name = "drv%03d" % p
        up = name.upper()
        d = os.path.join(out, name)
        os.makedirs(os.path.join(d, "inc"), exist_ok=True)
        wdf = "#include <wdf.h>" if kmdf else ""
        with open(os.path.join(d, name + ".h"), "w") as f:
            f.write(HEADER.format(name=name, up=up, wdf=wdf, i=0))
        items = []
        for i in range(size):
            src = CLEAN_WDM.format(name=name, up=up, i=i)
            if rng.random() < 1 / 6:
                src += rng.choice(VIOLATIONS).format(name=name, up=up, i=i)
            fn = "%s_%02d.c" % (name, i)
            with open(os.path.join(d, fn), "w", newline="\r\n") as f:
                f.write(src)
            items.append('    <ClCompile Include="%s" />' % fn)
        with open(os.path.join(d, name + ".vcxproj"), "w") as f:
            f.write(VCXPROJ.format(name=name, dtype="KMDF" if kmdf else "WDM",
                                   kmdf="<KMDF_VERSION_MAJOR>1</KMDF_VERSION_MAJOR><KMDF_VERSION_MINOR>15</KMDF_VERSION_MINOR>" if kmdf else "",
                                   items="\n".join(items)))
        legacy = rng.random() < 0.5
        with open(os.path.join(d, name + ".inf"), "w", newline="\r\n") as f:
            f.write(INF.format(name=name, dirid=12 if legacy else 13,
                               decoration="" if legacy else ",NTamd64.10.0...16299",
                               decoration2="" if legacy else ".NTamd64.10.0...16299"))
        made += size
        p += 1
    print("%d TUs in %d projects under %s" % (made, p, out))


if __name__ == "__main__":
    main()
