#!/usr/bin/env bash
# Runs the end-to-end layer on a copy of the working tree, so several people
# (or agents) working in one checkout do not fight over .next/ and a build in
# progress never sees others' untracked files. node_modules is hard-linked, not copied.
#   scripts/e2e-snapshot.sh NAME [tests/e2e/some.spec.ts …]
set -euo pipefail
name="${1:?usage: scripts/e2e-snapshot.sh NAME [spec…]}"; shift
src="$(cd "$(dirname "$0")/.." && pwd)"
dest="/tmp/sikc-e2e-$name"
mkdir -p "$dest"
find "$dest" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name .next -exec rm -rf {} +
# tracked files as they are in the tree (others' untracked scratch files stay out),
# the generated Prisma client, and the spec files named on the command line
(cd "$src" && { git ls-files; find generated -type f; for f in "$@"; do echo "$f"; done; } | sort -u | tar -cf - -T -) | tar -C "$dest" -xf -
[ -d "$dest/node_modules" ] || cp -al "$src/node_modules" "$dest/node_modules"
cd "$dest" && exec npx tsx scripts/test.ts --only e2e "$@"
