#!/usr/bin/env python3
"""Independent check of a Mirage dataset with pycocotools (needs: pip install pycocotools pillow).

For every annotation in annotations/instances.json: the decoded RLE mask equals the pixels of that instance in
masks/instance/<stem>.png, bbox and area equal the mask's, image sizes (PNG or JPEG) match; every visible instance in
frames/*.json has exactly one annotation; then COCOeval scores the ground truth against itself (AP must be 1.0).
Usage: scripts/check_coco.py DATASET_DIR    Exit 0 when every check passes.
"""
import contextlib
import io
import json
import os
import sys

import numpy as np
from PIL import Image
from pycocotools import mask as mask_util
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main(root):
    with contextlib.redirect_stdout(io.StringIO()):
        coco = COCO(os.path.join(root, "annotations", "instances.json"))
    checked = 0
    for img in coco.dataset["images"]:
        rgb = Image.open(os.path.join(root, "images", img["file_name"]))
        if rgb.size != (img["width"], img["height"]):
            fail(f"{img['file_name']}: the image is {rgb.size}, JSON says {img['width']}x{img['height']}")
        stem = os.path.splitext(img["file_name"])[0]   # images may be JPEG; masks are always PNG
        ids = np.array(Image.open(os.path.join(root, "masks", "instance", stem + ".png")))
        with open(os.path.join(root, "frames", stem + ".json")) as f:
            frame = json.load(f)
        by_id = {a["id"]: a for a in coco.loadAnns(coco.getAnnIds(imgIds=[img["id"]]))}
        for inst in frame["instances"]:
            expected = ids == inst["index"]
            if inst["annotation_id"] is None:
                if expected.any():
                    fail(f"{stem}: instance {inst['index']} is visible but has no annotation")
                continue
            ann = by_id.pop(inst["annotation_id"])
            if ann["iscrowd"] != 0 or ann["id"] < 1 or ann["category_id"] != inst["category_id"]:
                fail(f"annotation {ann['id']}: bad iscrowd/id/category")
            decoded = mask_util.decode(ann["segmentation"]).astype(bool)
            if not np.array_equal(decoded, expected):
                fail(f"annotation {ann['id']}: decoded mask differs from instance PNG pixels")
            ys, xs = np.nonzero(decoded)
            box = [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]
            if [int(v) for v in ann["bbox"]] != box or list(mask_util.toBbox(ann["segmentation"])) != box:
                fail(f"annotation {ann['id']}: bbox {ann['bbox']} != mask box {box}")
            if ann["area"] != int(decoded.sum()) or int(mask_util.area(ann["segmentation"])) != ann["area"]:
                fail(f"annotation {ann['id']}: area {ann['area']} != mask pixels {int(decoded.sum())}")
            checked += 1
        if by_id:
            fail(f"{stem}: annotations without an instance: {sorted(by_id)}")
    results = [dict(image_id=a["image_id"], category_id=a["category_id"], segmentation=a["segmentation"],
                    bbox=a["bbox"], score=1.0) for a in coco.dataset["annotations"]]
    for iou in ("segm", "bbox"):
        with contextlib.redirect_stdout(io.StringIO()):
            ev = COCOeval(coco, coco.loadRes(results), iou)
            ev.evaluate(); ev.accumulate(); ev.summarize()
        if abs(ev.stats[0] - 1.0) > 1e-9:
            fail(f"{iou} AP of ground truth against itself is {ev.stats[0]}, expected 1.0")
        print(f"{iou} AP (GT vs GT) = {ev.stats[0]:.3f}")
    print(f"OK: {len(coco.dataset['images'])} images, {checked} annotations: masks, boxes and areas match the instance PNGs")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1])
