#!/usr/bin/env bash
# Draws one frame of the default scene with the realism features off (left) and on (right), side by side:
#   scripts/realism-side-by-side.sh [FRAME] [OUT_IMAGE]     (defaults: 5, docs/images/realism-off-on.jpg)
# "Off" is the same spec, seed, objects, settled poses and camera (each draw has its own seed stream) without the
# environment map, its sun, the shadow catcher, ambient occlusion and tone mapping: a photo background, the classic
# scene's sun and lamp lights and ambient, written straight to 8 bits, as Mirage drew before. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
frame="${1:-5}"
image="${2:-docs/images/realism-off-on.jpg}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
assets="$PWD/examples/default/assets/"
python3 - examples/default/scene.yaml examples/default/classic.yaml "$work/off.yaml" "$assets" <<'PY'
import re, sys
scene, classic, out, assets = (open(sys.argv[1]).read(), open(sys.argv[2]).read(), sys.argv[3], sys.argv[4])
def block(text, key):   # a top-level key with its indented lines
    m = re.search(r"(?m)^%s:.*\n(?:[ #].*\n|\n(?=[ ]))*" % key, text)
    return m.group(0) if m else ""
for key in ("environment", "ground", "render", "lights"):
    scene = scene.replace(block(scene, key), "")
scene = re.sub(r"(?m)^  exposure_ev: .*\n", "", scene)
scene += "\n" + block(classic, "lights") + block(classic, "ambient") + block(classic, "background")
open(out, "w").write(scene.replace("assets/", assets))
PY
sed "s#assets/#$assets#" examples/default/scene.yaml > "$work/on.yaml"
./mirage render "$work/off.yaml" --out "$work/off" --only "$frame" --no-progress --allow-root "$PWD/examples"
./mirage render "$work/on.yaml" --out "$work/on" --only "$frame" --no-progress --allow-root "$PWD/examples"
./mirage contact-sheet "$work/off" "$work/on" --frames "$frame" --tile-width 640 --no-labels --out "$image"
