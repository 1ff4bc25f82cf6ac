#!/usr/bin/env bash
# Install everything driso needs to build, test and run on Debian 12.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
	build-essential cmake pkg-config git ca-certificates \
	clang-19 libclang-19-dev libclang-rt-19-dev \
	libpcre2-dev libcjson-dev libxml2-dev \
	mingw-w64-x86-64-dev g++-mingw-w64-x86-64-posix \
	chromium python3 python3-jsonschema ripgrep clang-tidy-19 jq
# SARIF validation in the suite uses Microsoft's SARIF Multitool from npm.
if ! command -v npm >/dev/null 2>&1; then
	$SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
