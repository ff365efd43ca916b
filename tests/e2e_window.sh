#!/usr/bin/env bash
# End to end: the real lectern binary under Xvfb on a demo library. The window
# must appear with content (the screenshot is not blank), and the app must
# exit cleanly when the window is closed from the keyboard.
set -euo pipefail
lectern=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

"$lectern" --library "$work/demo.lectern" init --demo >/dev/null

cat >"$work/session.sh" <<'SESSION'
set -euo pipefail
lectern=$1 work=$2
"$lectern" --library "$work/demo.lectern" &
pid=$!
xdotool search --sync --onlyvisible --name "Lectern" >/dev/null
sleep 2
import -window root "$work/shot.png"
window=$(xdotool search --onlyvisible --name "Lectern" | head -n 1)
# No window manager under Xvfb: give the window focus directly.
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    echo "lectern did not exit after Ctrl+Q" >&2
    kill "$pid"
    exit 1
fi
wait "$pid"
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/session.sh" "$lectern" "$work"

# A blank screen has one colour; the window has text, lists and a toolbar.
colours=$(convert "$work/shot.png" -format "%k" info:)
deviation=$(convert "$work/shot.png" -colorspace Gray -format "%[fx:standard_deviation]" info:)
echo "screenshot: $colours colours, standard deviation $deviation"
[ "$colours" -gt 50 ] || { echo "the window looks blank" >&2; exit 1; }
echo "1 passed, 0 failed"
