#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Installs the Harness Desktop module (convex/desktop/) into a checkout of the Harness web
# backend (the folder that holds its convex/ and package.json):
#   - copies the module's files to BACKEND/convex/desktop/ (files no longer in the module go);
#   - adds one import and one line (`...desktopTables,`) to BACKEND/convex/schema.ts;
#   - adds one provider entry (the desktop's OpenID client id, same issuer) to
#     BACKEND/convex/auth.config.ts.
# Nothing else of the web backend changes. Running it again changes nothing; running it after a
# module update refreshes the module's files only.
#
#   convex/install-into.sh HARNESS_CONVEX_BACKEND_DIR
set -euo pipefail

usage() {
    echo "usage: $0 HARNESS_CONVEX_BACKEND_DIR   (the folder holding the web backend's convex/ and package.json)" >&2
    exit 2
}
die() {
    echo "install-into.sh: $*" >&2
    exit 1
}

[[ $# -eq 1 && -n "$1" && "$1" != -* ]] || usage
backend="${1%/}"
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/desktop"
marker="Harness Desktop contributors"

[[ -d "$backend" ]] || die "$backend is not a folder."
[[ -f "$backend/package.json" && -d "$backend/convex" ]] ||
    die "$backend is not a Convex backend folder: it needs package.json and convex/ (give the folder that holds them, e.g. packages/convex-backend)."
grep -q '"convex"' "$backend/package.json" ||
    die "$backend/package.json does not depend on the convex package; is this the Harness web backend?"
schema="$backend/convex/schema.ts"
auth="$backend/convex/auth.config.ts"
[[ -f "$schema" ]] || die "$schema is missing; the module adds its tables to the web's schema."
[[ -f "$auth" ]] || die "$auth is missing; the module adds the desktop's provider to it."
[[ -d "$module" ]] || die "the module folder $module is missing (run this script from the Harness Desktop source tree)."

changed=0
note() {
    echo "  $*"
    changed=1
}

# Replaces $1 by $2 when they differ (keeps the file untouched, mtime included, otherwise). A file
# that did not end in a newline still does not.
replace_if_changed() {
    if [[ -s "$1" && -n "$(tail -c1 "$1")" ]]; then
        truncate -s -1 "$2"
    fi
    if cmp -s "$1" "$2"; then
        rm -f "$2"
        return 1
    fi
    cat "$2" >"$1"
    rm -f "$2"
    return 0
}

echo "Installing the Harness Desktop module into $backend"

# ------------------------------------------------------------------ checks (nothing is written before all pass)
target="$backend/convex/desktop"
if [[ -d "$target" ]]; then
    for f in "$target"/*; do
        [[ -e "$f" ]] || continue
        [[ -f "$f" ]] && grep -q "$marker" "$f" ||
            die "$target already exists and $(basename "$f") is not a file of the Harness Desktop module; move it away first."
    done
fi
shopt -s nullglob
sources=("$module"/*.ts)
[[ ${#sources[@]} -gt 0 ]] || die "no module files in $module."
pending_schema=""
pending_auth=""
trap 'rm -f "$pending_schema" "$pending_auth"' EXIT

# ------------------------------------------------------------------ schema.ts
import_line='import { desktopTables } from "./desktop/tables";'
has_import=$(grep -cF "$import_line" "$schema" || true)
has_spread=$(grep -cE '^[[:space:]]*\.\.\.desktopTables,[[:space:]]*$' "$schema" || true)
if [[ "$has_import" -eq 1 && "$has_spread" -eq 1 ]]; then
    :
elif [[ "$has_import" -ne 0 || "$has_spread" -ne 0 ]]; then
    die "$schema is half patched (the desktopTables import or its spread line is there, not both); restore it from the web backend and run again."
else
    opens=$(grep -cE '^export default defineSchema\(\{[[:space:]]*$' "$schema" || true)
    [[ "$opens" -eq 1 ]] ||
        die "schema.ts shape not recognised: expected exactly one line 'export default defineSchema({' in $schema (found $opens)."
    grep -qE '^import .*;[[:space:]]*$' "$schema" ||
        die "schema.ts shape not recognised: no one-line import in $schema."
    tmp="$(mktemp)"
    awk -v imp="$import_line" '
        { lines[NR] = $0 }
        /^import .*;[[:space:]]*$/ { lastImport = NR }
        /^export default defineSchema\(\{[[:space:]]*$/ { open = NR }
        END {
            indent = "\t"
            if (open < NR && match(lines[open + 1], /^[ \t]+/)) indent = substr(lines[open + 1], 1, RLENGTH)
            for (i = 1; i <= NR; i++) {
                print lines[i]
                if (i == lastImport) print imp
                if (i == open) print indent "...desktopTables,"
            }
        }' "$schema" >"$tmp"
    pending_schema="$tmp"
fi

# ------------------------------------------------------------------ auth.config.ts
if grep -q 'HARNESS_DESKTOP_CLIENT_ID' "$auth"; then
    :
else
    opens=$(grep -cE '^[[:space:]]*providers:[[:space:]]*\[[[:space:]]*$' "$auth" || true)
    [[ "$opens" -eq 1 ]] ||
        die "auth.config.ts shape not recognised: expected exactly one line 'providers: [' in $auth (found $opens)."
    grep -q 'CLERK_JWT_ISSUER_DOMAIN' "$auth" ||
        die "auth.config.ts shape not recognised: $auth does not use CLERK_JWT_ISSUER_DOMAIN, the issuer the desktop's entry shares."
    tmp="$(mktemp)"
    awk '
        { lines[NR] = $0 }
        /^[ \t]*providers:[ \t]*\[[ \t]*$/ { open = NR }
        END {
            match(lines[open], /^[ \t]*/)
            outer = substr(lines[open], 1, RLENGTH)
            step = (outer ~ /\t/) ? "\t" : "  "
            for (i = 1; i <= NR; i++) {
                print lines[i]
                if (i == open) {
                    print outer step "{"
                    print outer step step "// Harness Desktop (convex/desktop/): its OpenID ID tokens, from the same issuer,"
                    print outer step step "// with the desktop client id as audience (npx convex env set HARNESS_DESKTOP_CLIENT_ID ...)."
                    print outer step step "domain: process.env.CLERK_JWT_ISSUER_DOMAIN!,"
                    print outer step step "applicationID: process.env.HARNESS_DESKTOP_CLIENT_ID ?? \"harness-desktop\","
                    print outer step "},"
                }
            }
        }' "$auth" >"$tmp"
    pending_auth="$tmp"
fi

# ------------------------------------------------------------------ apply (every check passed)
mkdir -p "$target"
for src in "${sources[@]}"; do
    dst="$target/$(basename "$src")"
    if ! cmp -s "$src" "$dst"; then
        cp "$src" "$dst"
        note "convex/desktop/$(basename "$src")"
    fi
done
for dst in "$target"/*; do
    [[ -e "$module/$(basename "$dst")" ]] && continue
    rm -f "$dst"
    note "removed convex/desktop/$(basename "$dst") (no longer in the module)"
done

if [[ -n "$pending_schema" ]]; then
    replace_if_changed "$schema" "$pending_schema" && note "convex/schema.ts: ...desktopTables (and its import)"
fi
if [[ -n "$pending_auth" ]]; then
    replace_if_changed "$auth" "$pending_auth" && note "convex/auth.config.ts: the Harness Desktop provider"
fi

if [[ $changed -eq 0 ]]; then
    echo "  already installed; nothing changed."
else
    echo "Done. Deploy with: npx convex env set HARNESS_DESKTOP_CLIENT_ID <desktop client id> && npx convex deploy"
fi
