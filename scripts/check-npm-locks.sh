#!/usr/bin/env bash
# Checks that every tools/*/package-lock.json is in step with its package.json,
# so that `npm ci` (setup.sh, bench.sh) accepts it. Offline: nothing is
# downloaded, and the registry is never asked. For each folder, on a copy:
#  1. `npm ls --package-lock-only`: every dependency, from package.json down,
#     is satisfied by the locked tree (this says why, when it is not);
#  2. `npm install --package-lock-only --offline` with an empty cache: npm
#     would write the same lock, without needing the registry (it does need
#     it when the lock leaves anything to resolve).
# A dependency asked for by a dist-tag (lighthouse's trace_engine wants
# third-party-web@latest) is settled only by a locked node with a "resolved"
# URL; a lock written with `omit-lockfile-registry-resolved` leaves it open,
# and `npm ci` breaks when the tag moves. Step 1 catches that too.
# Mend an out-of-step lock with
#   npm install --package-lock-only --prefix tools/<name> --no-audit --no-fund --omit-lockfile-registry-resolved=false
set -euo pipefail
cd "$(dirname "$0")/.."
command -v npm >/dev/null || { echo "npm is not installed (bash scripts/setup.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# npm flags for both steps: an empty cache of our own, offline, no side trips.
npm_flags=(--offline --cache "$work/cache" --no-audit --no-fund --ignore-scripts
  --omit-lockfile-registry-resolved=false --loglevel=error)
failed=()
# problem WHY [DETAILS]: reports the folder in $dir as out of step.
problem() {
  printf '\033[1;31m%s: out of step with package.json: %s\033[0m\n' "$dir" "$1" >&2
  [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/    /' >&2
  failed+=("$dir")
}

for manifest in tools/*/package.json; do
  dir=$(dirname "$manifest")
  lock="$dir/package-lock.json"
  if [[ ! -f "$lock" ]]; then
    problem "there is no package-lock.json"
    continue
  fi
  copy="$work/$(basename "$dir")"
  mkdir -p "$copy"
  cp "$manifest" "$lock" "$copy/"

  if ! out=$(cd "$copy" && npm ls --package-lock-only --all "${npm_flags[@]}" 2>&1 >/dev/null); then
    problem "the locked tree does not satisfy the dependencies (npm ls)" \
      "$(grep -E 'missing|invalid|extraneous|ERESOLVE|EJSONPARSE|ENOLOCK' <<<"$out" | grep -v 'complete log' || printf '%s' "$out")"
    continue
  fi
  if ! out=$(cd "$copy" && npm install --package-lock-only "${npm_flags[@]}" 2>&1); then
    problem "npm cannot settle it from the lock alone (it would ask the registry)" \
      "$(grep -v 'complete log' <<<"$out" | head -5)"
    continue
  fi
  # Compare as JSON: only a change of content counts, not of layout.
  if ! node -e '
      const fs = require("fs");
      const canon = v => Array.isArray(v) ? v.map(canon)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.keys(v).sort().map(k => [k, canon(v[k])]))
          : v;
      const read = f => JSON.stringify(canon(JSON.parse(fs.readFileSync(f, "utf8"))), null, 1);
      process.exit(read(process.argv[1]) === read(process.argv[2]) ? 0 : 1);
    ' "$lock" "$copy/package-lock.json"; then
    problem "npm would rewrite the lock; the change it would make:" \
      "$(diff -u "$lock" "$copy/package-lock.json" | tail -n +3 | head -30 || true)"
    continue
  fi
  echo "$dir: package-lock.json in step"
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "npm lock files out of step: ${failed[*]}" >&2
  exit 1
fi
