#!/usr/bin/env bash
# Makes local copies of the public TEI corpora the bench and the fixture samples come from, each at the
# commit pinned in corpora.tsv. Nothing at test time fetches anything: run this once, by hand.
#
#   scripts/corpora.sh <dest>                  clone from GitHub (needs network)
#   MIRROR=/work/.mirror scripts/corpora.sh <dest>
#                                              use local git mirrors named <owner>+<name>/repo
#
# A mirror may lack its largest blobs; those files are listed in <dest>/<name>.missing, not invented.
set -euo pipefail
dest=${1:?usage: scripts/corpora.sh <dest>}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dest"
grep -v '^#' "$here/corpora.tsv" | while IFS=$'\t' read -r name repo commit _licence _what; do
  [ -n "$name" ] || continue
  out="$dest/$name"
  if [ -d "$out" ]; then echo "corpora: $name already at $out"; continue; fi
  if [ -n "${MIRROR:-}" ]; then
    git_dir="$MIRROR/${repo/\//+}/repo"
  else
    git_dir="$dest/.git-$name"
    [ -d "$git_dir" ] || git clone --bare --filter=blob:none "https://github.com/$repo.git" "$git_dir"
  fi
  echo "corpora: $name ($repo@${commit:0:12}) -> $out"
  mkdir -p "$out"
  : > "$dest/$name.missing"
  git -C "$git_dir" ls-tree -r "$commit" | while read -r _mode type sha path; do
    [ "$type" = blob ] || continue
    mkdir -p "$out/$(dirname "$path")"
    git -C "$git_dir" cat-file blob "$sha" > "$out/$path" 2>/dev/null \
      || { rm -f "$out/$path"; echo "$path" >> "$dest/$name.missing"; }
  done
  echo "corpora: $name: $(find "$out" -type f | wc -l) files, $(wc -l < "$dest/$name.missing") missing"
done

# The Escher letters as a project of their own, for the bench's site build (`npm run bench --
# --corpus <dest>/escher-letters`): the 5,019 letters with the people and places registers, the
# repository's other folders (commentary, mapping tables, …) left out. The copy itself stays
# without configuration, as the check of other people's TEI needs it.
if [ -d "$dest/escher/data" ] && [ ! -e "$dest/escher-letters/edition.config.json" ]; then
  mkdir -p "$dest/escher-letters"
  cat > "$dest/escher-letters/edition.config.json" <<'JSON'
{
  "title": "Alfred Escher: Briefedition (the letters, built by tei-edition)",
  "corpus": "../escher/data",
  "ignore": [
    "../escher/data/abbreviations", "../escher/data/bibliography", "../escher/data/commentary",
    "../escher/data/regions", "../escher/data/uber-die-edition", "../escher/data/alfred-escher.xml",
    "../escher/data/events.xml", "../escher/data/taxonomy.xml", "../escher/data/titles.xml"
  ]
}
JSON
  echo "corpora: escher-letters: a project building $dest/escher/data/briefe with its registers"
fi
