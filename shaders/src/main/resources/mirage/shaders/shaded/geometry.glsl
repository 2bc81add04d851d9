// The surface geometry and the label outputs of a shaded fragment, shared by the shaded program (shaded.frag) and
// the label program (label/label.frag) so that both write byte-identical labels: the varyings of shaded.vert, the
// mesh's UVs (or planar ones), the shading normal (normal map, then flipped on back faces) and the three label
// targets. Prepended after common/surface.glsl, common/alpha.glsl and shaded/maps.glsl.
in vec3 v_worldPos;
in vec3 v_normal;
in vec3 v_modelPos;
in vec3 v_modelNormal;
in vec2 v_uv;
in vec4 v_color;
in vec4 v_tangent;

uniform bool u_planarUv;         // mesh has no UVs: project model-space position on the dominant normal axis
uniform float u_planarUvScale;   // 1 / model extent, so a texture spans the object once
uniform uint u_instanceId;       // 1-based instance index; 0 for props (and the background)
uniform mat4 u_view;             // world to OpenGL eye space (x right, y up, looking down -z)
uniform float u_near;            // the camera's near plane, m: no drawn fragment is nearer (float rounding aside)

layout(location = TARGET_INSTANCE) out uint o_instance;
layout(location = TARGET_DEPTH) out float o_depth;    // distance along the camera's viewing axis, metres
layout(location = TARGET_NORMAL) out vec4 o_normal;    // OpenCV camera axes (x right, y down, z forward), (n + 1) / 2

vec2 planarUv() {
    vec3 n = abs(v_modelNormal);
    vec2 p = n.x > n.y && n.x > n.z ? v_modelPos.zy : (n.y > n.z ? v_modelPos.xz : v_modelPos.xy);
    return p * u_planarUvScale;
}

// The mesh's UVs, or planar ones where it has none.
vec2 surfaceUv() {
    return u_planarUv ? planarUv() : v_uv;
}

// The world-space normal that shades and labels the fragment: the normal map's (at the base colour's UVs mapUv),
// turned towards the viewer on a back face (two-sided: culling is off so thin parts keep their pixels).
vec3 shadingNormal(vec2 mapUv) {
    vec3 n = mappedNormal(normalize(v_normal), v_tangent, mapUv);
    if (!gl_FrontFacing) n = -n;
    return n;
}

// Writes the label targets: the instance id, camera z (clamped to the near plane) and the camera-space normal.
void writeLabels(vec3 n) {
    o_instance = u_instanceId;
    vec4 eye = u_view * vec4(v_worldPos, 1.0);
    o_depth = max(-eye.z, u_near);   // far from the origin (1e6 m) rounding can put a fragment at the near plane behind it
    vec3 eyeNormal = normalize(mat3(u_view) * n);   // the view has no scale, so its 3x3 maps normals too
    o_normal = vec4(vec3(eyeNormal.x, -eyeNormal.y, -eyeNormal.z) * 0.5 + 0.5, 1.0);
}
