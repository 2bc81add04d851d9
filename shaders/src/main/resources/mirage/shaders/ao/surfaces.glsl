// The visible surface at a pixel of the frame, for the ambient occlusion passes: its camera-space position and
// normal (OpenCV axes: x right, y down, z forward) from the label targets (camera z, encoded normals), or from the
// shadow catcher's plane where that is nearer (the catcher writes no label; it is a plane, so it is exact here).
// Pixels are the GL framebuffer's (row 0 at the bottom); OpenCV pixel centres are integer coordinates, row 0 at the top.
layout(binding = UNIT_AO_DEPTH) uniform sampler2D u_depth;     // camera z, metres; 0 where no surface (R32F)
layout(binding = UNIT_AO_NORMAL) uniform sampler2D u_normal;   // (n + 1) / 2, OpenCV camera axes (RGBA8)
uniform vec4 u_intrinsics;      // fx, fy, cx, cy, pixels
uniform bool u_catcher;         // the frame has a shadow catcher seen from above
uniform vec4 u_catcherPlane;    // its plane in camera space: xyz the unit up normal, w = the camera's height above it
uniform float u_far;            // the far plane: the catcher is not drawn past it

// The viewing ray through GL pixel p, scaled to camera z = 1.
vec3 pixelRay(ivec2 p) {
    float u = float(p.x), v = float(textureSize(u_depth, 0).y - 1 - p.y);
    return vec3((u - u_intrinsics.z) / u_intrinsics.x, (v - u_intrinsics.w) / u_intrinsics.y, 1.0);
}

// The surface at GL pixel p: false where there is none (background); else its position and, if wanted, normal.
bool surfaceAt(ivec2 p, bool wantNormal, out vec3 position, out vec3 normal) {
    float z = texelFetch(u_depth, p, 0).r;
    vec3 ray = pixelRay(p);
    normal = vec3(0.0);
    if (u_catcher) {
        float down = dot(u_catcherPlane.xyz, ray);   // < 0: the ray goes down towards the plane
        float zc = down < 0.0 ? u_catcherPlane.w / -down : -1.0;
        if (zc > 0.0 && zc <= u_far && (z <= 0.0 || zc < z)) {
            position = ray * zc;
            normal = u_catcherPlane.xyz;
            return true;
        }
    }
    if (z <= 0.0) {
        position = vec3(0.0);
        return false;
    }
    position = ray * z;
    if (wantNormal) normal = normalize(texelFetch(u_normal, p, 0).xyz * 2.0 - 1.0);
    return true;
}
