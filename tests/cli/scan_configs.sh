#!/usr/bin/env bash
# Code compiled only in some configurations is analysed in each one the
# project defines (--all-configs), and the finding says which.
. "$(dirname "$0")/lib/common.bash"
P="$TMP/proj"
mkdir -p "$P"
cat >"$P/cfg.vcxproj" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" ToolsVersion="12.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Debug|x64"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
  </ItemGroup>
  <PropertyGroup Label="Configuration"><ConfigurationType>Driver</ConfigurationType><DriverType>WDM</DriverType><TargetVersion>Windows10</TargetVersion></PropertyGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
    <ClCompile><PreprocessorDefinitions>ACME_TELEMETRY=1;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup><ClCompile Include="cfg.c" /></ItemGroup>
</Project>
XML
cat >"$P/cfg.c" <<'C'
#include <ntddk.h>

NTSTATUS OpenEverywhere(PHANDLE h)
{
    UNICODE_STRING s;
    OBJECT_ATTRIBUTES oa;
    RtlInitUnicodeString(&s, L"\\Registry\\Machine\\Software\\Acme\\Always");
    InitializeObjectAttributes(&oa, &s, OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwOpenKey(h, KEY_READ, &oa);
}

#ifdef ACME_TELEMETRY
NTSTATUS OpenTelemetry(PHANDLE h)
{
    UNICODE_STRING s;
    OBJECT_ATTRIBUTES oa;
    RtlInitUnicodeString(&s, L"\\Registry\\Machine\\Software\\Acme\\Telemetry");
    InitializeObjectAttributes(&oa, &s, OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwOpenKey(h, KEY_READ, &oa);
}
#endif
C
"$DRISO" scan -q --no-cache --all-configs --format json -o "$TMP/all.json" "$P"
check "every configuration analysed; findings say where they apply" python3 -c "
import json
d=json.load(open('$TMP/all.json'))
by={f['line']: f for f in d['findings'] if f['rule']=='registry-absolute'}
assert sorted(by)==[9,19], sorted(by)
assert by[9].get('configuration') in (None, ''), by[9].get('configuration')
assert by[19].get('configuration')=='Release|x64', by[19].get('configuration')
"
"$DRISO" scan -q --no-cache --format json -o "$TMP/debug.json" "$P"
check "default (Debug) does not see Release-only code" python3 -c "
import json
d=json.load(open('$TMP/debug.json'))
lines=sorted(f['line'] for f in d['findings'] if f['rule']=='registry-absolute')
assert lines==[9], lines
"
"$DRISO" scan -q --no-cache --config Release --format json -o "$TMP/rel.json" "$P"
check "--config Release sees it" python3 -c "
import json
d=json.load(open('$TMP/rel.json'))
lines=sorted(f['line'] for f in d['findings'] if f['rule']=='registry-absolute')
assert lines==[9,19], lines
"
done_testing
