#!/usr/bin/env bash
# Accept every received snapshot: renames each tests/**/<name>.received.<ext> to <name>.verified.<ext>.
# Review the diffs the failing tests printed first, then run from anywhere:  tests/accept-snapshots.sh
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  mv -f -- "$received" "${received/.received./.verified.}"
  echo "accepted ${received#./}"
  count=$((count + 1))
done < <(find . -type f -name '*.received.*' -not -path '*/bin/*' -not -path '*/obj/*' -print0)
echo "$count snapshot(s) accepted"
