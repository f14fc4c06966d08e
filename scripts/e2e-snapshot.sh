#!/usr/bin/env bash
# Runs the end-to-end layer on a copy of the working tree, so several people
# (or agents) working in one checkout do not fight over .next/ and a build in
# progress never sees half-edited files. node_modules is hard-linked, not copied.
#   scripts/e2e-snapshot.sh NAME [tests/e2e/some.spec.ts …]
set -euo pipefail
name="${1:?usage: scripts/e2e-snapshot.sh NAME [spec…]}"; shift
src="$(cd "$(dirname "$0")/.." && pwd)"
dest="/tmp/sikc-e2e-$name"
mkdir -p "$dest"
find "$dest" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name .next -exec rm -rf {} +
tar -C "$src" --exclude=./.git --exclude=./node_modules --exclude=./.next --exclude=./.data --exclude=./.test-data --exclude=./test-results -cf - . | tar -C "$dest" -xf -
[ -d "$dest/node_modules" ] || cp -al "$src/node_modules" "$dest/node_modules"
cd "$dest" && exec npx tsx scripts/test.ts --only e2e "$@"
