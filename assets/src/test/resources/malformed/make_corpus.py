#!/usr/bin/env python3
"""Writes the malformed-model corpus next to this script (see README.md). Deterministic: rerunning it rewrites
the same bytes. Run from anywhere: python3 make_corpus.py"""
import base64
import json
import math
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


# A unit triangle pair (a square) used by the glTF files: 4 positions, 6 uint16 indices.
def square_bin(positions=None, indices=None):
    positions = positions or [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0)]
    indices = indices or [0, 1, 2, 0, 2, 3]
    b = b"".join(struct.pack("<3f", *p) for p in positions)
    ib = b"".join(struct.pack("<H", i) for i in indices)
    ib += b"\0" * (-len(ib) % 4)
    return b, ib


def gltf(positions=None, indices=None, nodes=None, uri=None, byte_length=None, pos_count=None, bounds=True):
    pb, ib = square_bin(positions, indices)
    data = pb + ib
    n = pos_count if pos_count is not None else len(pb) // 12
    acc = {"bufferView": 0, "componentType": 5126, "count": n, "type": "VEC3"}
    if bounds:
        acc.update({"min": [0, 0, 0], "max": [1, 1, 0]})
    doc = {
        "asset": {"version": "2.0"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": nodes or [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1}]}],
        "buffers": [{"byteLength": byte_length if byte_length is not None else len(data)}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": len(pb)},
                        {"buffer": 0, "byteOffset": len(pb), "byteLength": len(ib)}],
        "accessors": [acc, {"bufferView": 1, "componentType": 5123, "count": len(indices or [0] * 6), "type": "SCALAR"}],
    }
    if uri is not None:
        doc["buffers"][0]["uri"] = uri
    return doc, data


def data_uri(data):
    return "data:application/octet-stream;base64," + base64.b64encode(data).decode()


def glb(doc, data):
    j = json.dumps(doc).encode()
    j += b" " * (-len(j) % 4)
    data += b"\0" * (-len(data) % 4)
    total = 12 + 8 + len(j) + 8 + len(data)
    return (b"glTF" + struct.pack("<II", 2, total) + struct.pack("<I", len(j)) + b"JSON" + j
            + struct.pack("<I", len(data)) + b"BIN\0" + data)


def gltf_embedded(**kw):
    doc, data = gltf(**kw)
    doc["buffers"][0]["uri"] = data_uri(data)
    return json.dumps(doc, indent=1)


NAN, INF = float("nan"), float("inf")

# --- glTF / GLB ---------------------------------------------------------------------------------------------
good_doc, good_data = gltf()
whole = glb(good_doc, good_data)
write("gltf/truncated-header.glb", whole[: len(whole) // 2])
cut = bytearray(whole[:-20])
struct.pack_into("<I", cut, 8, len(cut))
write("gltf/truncated-chunk.glb", bytes(cut))
corrupt = bytearray(whole)
for i in range(20, 60):
    corrupt[i] = (corrupt[i] * 7 + 13) % 256
write("gltf/corrupt-json-chunk.glb", bytes(corrupt))
write("gltf/truncated-json.gltf", gltf_embedded()[:300])
write("gltf/not-gltf.gltf", '{"hello": "this is JSON but not glTF", "asset": 3}\n')
write("gltf/accessor-past-buffer.gltf", gltf_embedded(pos_count=1000))
write("gltf/index-out-of-range.gltf", gltf_embedded(indices=[0, 1, 2, 0, 2, 999]))
write("gltf/nan-vertex.gltf", gltf_embedded(positions=[(0, 0, 0), (1, 0, 0), (NAN, 1, 0), (0, 1, 0)], bounds=False))
doc, data = gltf(positions=[(0, 0, 0), (INF, 0, 0), (1, 1, 0), (0, 1, 0)], bounds=False)
write("gltf/inf-vertex.glb", glb(doc, data))
write("gltf/node-lists-itself.gltf", gltf_embedded(nodes=[{"mesh": 0, "children": [0]}]))
write("gltf/node-cycle.gltf", gltf_embedded(nodes=[{"children": [1]}, {"mesh": 0, "children": [2]}, {"children": [0]}]))
deep = [{"children": [i + 1]} for i in range(20000)] + [{"mesh": 0}]
doc, data = gltf(nodes=deep)
doc["buffers"][0]["uri"] = data_uri(data)
write("gltf/deep-node-chain.gltf", json.dumps(doc, separators=(",", ":")))
doc, data = gltf(uri="../outside.bin")
write("gltf/buffer-outside-folder.gltf", json.dumps(doc, indent=1))
write("outside.bin", data)
doc, data = gltf(uri="/etc/passwd")
write("gltf/buffer-absolute-path.gltf", json.dumps(doc, indent=1))
doc, data = gltf(uri="square.bin", byte_length=10 ** 15)
write("gltf/buffer-absurdly-large.gltf", json.dumps(doc, indent=1))
write("gltf/square.bin", data)

# --- OBJ ----------------------------------------------------------------------------------------------------
write("obj/binary-garbage.obj", bytes((i * 97 + 31) % 256 for i in range(4096)))
write("obj/text-garbage.obj", "v one two three\nvt\nf a b c\nusemtl\nf 1/2/3/4/5 //// 7\ng\n" * 20)
square = "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\n"
write("obj/index-out-of-range.obj", square + "f 1 2 3\nf 1 3 99\n")
write("obj/negative-index-out-of-range.obj", square + "f -1 -2 -3\nf -1 -2 -50\n")
write("obj/nan-vertex.obj", "v 0 0 0\nv 1 0 0\nv nan 1 0\nf 1 2 3\n")
write("obj/inf-vertex.obj", "v 0 0 0\nv inf 0 0\nv 0 1 0\nf 1 2 3\n")
write("obj/mtl-outside-folder.obj", "mtllib ../outside.mtl\n" + square + "usemtl red\nf 1 2 3 4\n")
write("outside.mtl", "newmtl red\nKd 1 0 0\n")
write("obj/collinear-triangle.obj", "v 0 0 0\nv 0.1 0.2 0.3\nv 0.3 0.6 0.9\nf 1 2 3\n")
write("obj/all-triangles-degenerate.obj", square + "v 2 2 0\nf 1 2 2\nf 1 3 5\nf 4 4 4\n")
write("obj/texture-huge-header.obj", "mtllib texture-huge-header.mtl\n" + square + "vt 0 0\nusemtl big\nf 1/1 2/1 3/1\n")
write("obj/texture-huge-header.mtl", "newmtl big\nKd 1 1 1\nmap_Kd huge-header.png\n")
# A PNG whose IHDR declares 100000 x 100000 pixels, followed by a tiny IDAT: refused from the header alone.
import zlib


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


png = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 6, 0, 0, 0))
       + png_chunk(b"IDAT", zlib.compress(b"\0" * 64)) + png_chunk(b"IEND", b""))
write("obj/huge-header.png", png)

# --- PLY ----------------------------------------------------------------------------------------------------
header = "ply\nformat {fmt} 1.0\nelement vertex {v}\nproperty float x\nproperty float y\nproperty float z\n" \
         "element face {f}\nproperty list uchar int vertex_indices\nend_header\n"
write("ply/header-lies-ascii.ply", header.format(fmt="ascii", v=1000000, f=2) + "0 0 0\n1 0 0\n1 1 0\n3 0 1 2\n")
body = b"".join(struct.pack("<3f", *p) for p in [(0, 0, 0), (1, 0, 0), (1, 1, 0)]) + struct.pack("<B3i", 3, 0, 1, 2)
write("ply/header-lies-binary.ply", header.format(fmt="binary_little_endian", v=100000000, f=2000000000).encode() + body)
write("ply/nan-vertex.ply", header.format(fmt="ascii", v=3, f=1) + "0 0 0\nnan 0 0\n0 1 0\n3 0 1 2\n")
write("ply/face-index-out-of-range.ply", header.format(fmt="ascii", v=3, f=1) + "0 0 0\n1 0 0\n0 1 0\n3 0 1 77\n")

# --- STL ----------------------------------------------------------------------------------------------------
def stl(count, triangles, label=b"mirage malformed corpus"):
    out = label.ljust(80, b" ") + struct.pack("<I", count)
    for t in triangles:
        out += struct.pack("<3f", 0, 0, 1) + b"".join(struct.pack("<3f", *v) for v in t) + b"\0\0"
    return out


tri = [(0, 0, 0), (1, 0, 0), (0, 1, 0)]
write("stl/wrong-triangle-count.stl", stl(1000, [tri, tri]))
write("stl/wrong-count-solid-header.stl", stl(1000, [tri, tri], label=b"solid but binary"))
write("stl/nan-vertex.stl", stl(1, [[(0, 0, 0), (NAN, 0, 0), (0, 1, 0)]]))
write("stl/inf-vertex.stl", stl(1, [[(0, 0, 0), (1, 0, 0), (0, -INF, 0)]]))
write("stl/collinear-triangle.stl", stl(1, [[(0, 0, 0), (1, 1, 1), (2, 2, 2)]]))
