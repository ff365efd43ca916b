#!/usr/bin/env bash
# Screenshots of the published demo site for docs/screenshots/ (not a test):
#   tests/publish_screenshots.sh build/app/lectern [OUTDIR]
# Home at 375 and 1400 px, an article and search results, in English,
# Chinese and Ukrainian, taken by headless Chromium from file://.
set -euo pipefail
lectern=$(realpath "$1")
out=$(realpath "${2:-docs/screenshots}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work
"$lectern" --library "$work/demo.lectern" init --demo >/dev/null
"$lectern" --library "$work/demo.lectern" publish --out "$work/site" ${LECTERN_THEME:+--theme "$LECTERN_THEME"} >/dev/null
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
shot() { # WIDTH HEIGHT URL FILE
    chromium "${sandbox[@]}" --headless --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$work/profile" --virtual-time-budget=5000 \
        --window-size="$1,$2" --screenshot="$out/$4" "$3" 2>/dev/null
}
site="file://$work/site"
declare -A query=([en]=export [zh]=西安 [uk]=КИЇВ)
declare -A title=([en]="Welcome to Lectern" [zh]="欢迎使用 Lectern" [uk]="Ласкаво просимо до Lectern")
for lang in en zh uk; do
    shot 375 1400 "$site/$lang/index.html" "site-home-$lang-375.png"
    shot 1400 1100 "$site/$lang/index.html" "site-home-$lang-1400.png"
    article=$(grep -l "<h1>${title[$lang]}</h1>" "$work/site/$lang/articles/"*.html | head -1)
    shot 1400 1100 "file://$article" "site-article-$lang.png"
    shot 1400 900 "$site/$lang/search.html?q=${query[$lang]}" "site-search-$lang.png"
done
ls -la "$out"/site-*.png
