// A material's base colour at a point, shared by the shaded pass and the textured background (see
// mirage.scenes.model.Material): the UV transform, then either the asset's colours (factor x texture x vertex
// colour) or a procedural pattern. Everything returned is linear RGB(A). SURFACE_*, PATTERN_* and UNIT_BASE_COLOR
// come from the preamble (mirage.shaders.ShaderDefines).

uniform int u_surface;           // SURFACE_*
uniform vec4 u_baseColor;        // linear RGBA factor
uniform bool u_useTexture;
uniform bool u_useVertexColor;
layout(binding = UNIT_BASE_COLOR) uniform sampler2D u_baseColorTexture;  // sRGB texture: sampling returns linear values
uniform mat2 u_uvMatrix;         // R(rotation) * scale: uv' = u_uvMatrix * uv + u_uvOffset
uniform vec2 u_uvOffset;
uniform int u_pattern;           // PATTERN_*
uniform vec3 u_patternA;         // linear RGB
uniform vec3 u_patternB;         // linear RGB
uniform float u_patternCells;    // cells, bands or lattice cells per UV unit
uniform uint u_patternSeed;      // noise lattice seed

// lowbias32 (C. Wellons): a well-mixed 32-bit integer hash, the same on every GPU.
uint hash32(uint x) {
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

// The noise lattice value at integer cell c, uniform in [0, 1].
float latticeValue(ivec2 c) {
    uint h = hash32(uint(c.x) + hash32(uint(c.y) + hash32(u_patternSeed)));
    return float(h >> 8) / 16777215.0;
}

// Value noise: lattice values interpolated bilinearly with smoothstep weights.
float valueNoise(vec2 p) {
    vec2 cell = floor(p);
    vec2 f = p - cell;
    vec2 w = f * f * (3.0 - 2.0 * f);
    ivec2 c = ivec2(cell);
    float bottom = mix(latticeValue(c), latticeValue(c + ivec2(1, 0)), w.x);
    float top = mix(latticeValue(c + ivec2(0, 1)), latticeValue(c + ivec2(1, 1)), w.x);
    return mix(bottom, top, w.y);
}

vec3 patternColor(vec2 uv) {
    vec2 p = uv * u_patternCells;
    if (u_pattern == PATTERN_NOISE) return mix(u_patternA, u_patternB, valueNoise(p));
    int index = int(floor(p.x));
    if (u_pattern == PATTERN_CHECKER) index += int(floor(p.y));
    return (index & 1) == 0 ? u_patternA : u_patternB;   // two's complement: odd negatives are odd too
}

vec4 surfaceColor(vec2 meshUv, vec4 vertexColor) {
    vec2 uv = u_uvMatrix * meshUv + u_uvOffset;
    if (u_surface == SURFACE_PATTERN) return vec4(patternColor(uv), 1.0);
    vec4 color = u_baseColor;
    if (u_useTexture) color *= texture(u_baseColorTexture, uv);
    if (u_useVertexColor) color *= vertexColor;
    return color;
}
