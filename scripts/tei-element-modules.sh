#!/usr/bin/env bash
# Writes test/site/tei-vocabulary/element-modules.tsv: the module of every TEI element, read from the
# elementSpecs of the TEI sources (TEIC/TEI) at the release of tei_all.rng. Reads a local clone or
# mirror of TEIC/TEI; fetches nothing.
#   scripts/tei-element-modules.sh /path/to/TEIC/TEI/.git
set -euo pipefail
repo=${1:?usage: $0 <git dir of TEIC/TEI>}
commit=1f9891a879f100ef5ac6db45a206a3a843d019a2  # version 4.8.0, the release of tei_all.rng
out=$(dirname "$0")/../test/site/tei-vocabulary/element-modules.tsv
{
  printf '# TEI P5 4.8.0: the module of each element (elementSpec/@ident, @module, and @ns where not the TEI namespace).\n'
  printf '# From TEIC/TEI, commit %s (version 4.8.0), P5/Source/Specs/*.xml;\n' "$commit"
  printf '# made by scripts/tei-element-modules.sh. The same release as tei_all.rng in shared/reference/tei (revision 1f9891a87).\n'
  printf '# Licence of the TEI sources: CC BY 3.0 and BSD-2 (TEI Consortium).\n'
  printf '# element\tmodule\tnamespace\n'
  for file in $(git -C "$repo" ls-tree --name-only "$commit" P5/Source/Specs/ | grep '\.xml$'); do
    git -C "$repo" show "$commit:$file" | tr '\n\t' '  ' | grep -o '<elementSpec[^>]*>' || true
  done | python3 -c '
import re, sys
rows = set()
for line in sys.stdin:
    ident = re.search(r"\sident=\"([^\"]+)\"", line)
    module = re.search(r"\smodule=\"([^\"]+)\"", line)
    ns = re.search(r"\sns=\"([^\"]+)\"", line)
    if ident and module:
        rows.add((ident.group(1), module.group(1), ns.group(1) if ns else ""))
for row in sorted(rows):
    print("\t".join(row).rstrip("\t"))
'
} > "$out"
