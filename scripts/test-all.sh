#!/usr/bin/env bash
# Installs what the tests need (npm packages; Debian's Chromium when missing) and runs every suite:
# data check, type check, unit tests, build, end-to-end. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian's Noto CJK draws the Korean, Chinese and Japanese map labels (MapLibre renders them from
# the device's fonts) and the UI text in screenshots.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
# `npm install` rather than `npm ci`: a transitive dependency of Paraglide (@lix-js/sdk) lists platform
# packages the registry does not have, which `npm ci` rejects as a lockfile mismatch. The lockfile still pins every version.
npm install --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
gate() { # a check that is one test: it passes or fails as a whole
	local name=$1; shift
	echo "== $name"
	if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
count() { # add a JSON report's passed/failed counts
	local file=$1 kind=$2
	if [ ! -s "$file" ]; then failed=$((failed + 1)); echo "FAILED: no $kind report"; return; fi
	read -r p f < <(node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		if (process.argv[2] === "vitest") console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0));
		else console.log(r.stats.expected + r.stats.flaky, r.stats.unexpected);' "$file" "$kind")
	passed=$((passed + p)); failed=$((failed + f))
}

mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
gate "data:check" npm run -s data:check
gate "type check" npm run -s check
echo "== unit"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
count test-results/unit.json vitest
gate "build" npm run -s build
# Advisories are a report here, not a gate: a new advisory or an offline advisory service must not turn an
# unchanged project red on a random day (SECURITY.md). STRICT_AUDIT=1 (e.g. before a release) makes it a gate.
if [ "${STRICT_AUDIT:-0}" = 1 ]; then gate "npm audit --omit=dev" npm run -s audit
else echo "== npm audit --omit=dev (report only)"; npm run -s audit || echo "audit: see the findings above (not counted)"; fi
if [ -d build ]; then
	echo "== e2e"
	npx playwright test
	count test-results/e2e.json playwright
else
	failed=$((failed + 1)); echo "FAILED: e2e (no build)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
