#!/usr/bin/env bash
# Whole-process time to turn one article into a PDF: Lectern's export against
# LibreOffice and wkhtmltopdf on the same article HTML. Prints Markdown.
#
#   app/bench/exportcompare.sh LECTERN_BINARY LIBRARY UUID [RUNS]
#
# Environment: BEFORE=OTHER_LECTERN_BINARY adds a row for an older build
# (before/after in one run); SKIP_SOFFICE=1 leaves LibreOffice out.
#
# Each tool gets one untimed warm-up run (LibreOffice builds its profile
# then); then RUNS rounds run the tools one after the other, so a busy
# machine slows them alike; the median of each is reported, with the CPU time
# (user + system) of the median run. Tools that are not installed are skipped.
set -euo pipefail

lectern=$1 library=$2 uuid=$3 runs=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$lectern" --library "$library" show "$uuid" --format html > "$work/article.html"

names=(lectern)
commands=("$lectern --library $library export --format pdf --article $uuid --out $work/lectern.pdf --force")
if [ -n "${BEFORE:-}" ]; then
    names+=("lectern (before)")
    commands+=("$BEFORE --library $library export --format pdf --article $uuid --out $work/before.pdf --force")
fi
if [ -z "${SKIP_SOFFICE:-}" ] && command -v soffice > /dev/null; then
    names+=(soffice)
    commands+=("soffice --headless --convert-to pdf --outdir $work/lo $work/article.html")
fi
if command -v wkhtmltopdf > /dev/null; then
    names+=(wkhtmltopdf)
    commands+=("wkhtmltopdf -q $work/article.html $work/wk.pdf")
fi

for i in "${!commands[@]}"; do
    ${commands[$i]} > /dev/null 2>&1 # warm-up
    : > "$work/times.$i"
done
for _ in $(seq "$runs"); do
    for i in "${!commands[@]}"; do
        /usr/bin/time -f '%e %U %S' -o "$work/one" ${commands[$i]} > /dev/null 2>&1
        awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/one" >> "$work/times.$i"
    done
done

median() { sort -n "$1" | awk '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); print w[m], c[m]}'; }
read -r base _ < <(median "$work/times.0")
echo "| tool | median wall ms (of $runs) | CPU ms of that run | Lectern faster by (wall) |"
echo "|---|---|---|---|"
for i in "${!commands[@]}"; do
    read -r wall cpu < <(median "$work/times.$i")
    echo "| ${names[$i]} | $wall | $cpu | $(awk "BEGIN {printf \"%.1f×\", $wall / $base}") |"
done
echo
echo "Pages: Lectern $(pdfinfo "$work/lectern.pdf" | awk '/^Pages/ {print $2}')" \
    "$( [ -f "$work/wk.pdf" ] && echo "· wkhtmltopdf $(pdfinfo "$work/wk.pdf" | awk '/^Pages/ {print $2}')")" \
    "$( ls "$work"/lo/*.pdf > /dev/null 2>&1 && echo "· LibreOffice $(pdfinfo "$work"/lo/*.pdf | awk '/^Pages/ {print $2}')")"
