// The PBR maps of the shaded pass (mirage.assets.MaterialData, or a texture set's maps): metallic from the blue
// channel and roughness from the green one, each times its factor; a tangent-space normal map (OpenGL convention,
// +Y towards the image's top) with the mesh's tangents; ambient occlusion from the red channel with a strength;
// emission (sRGB texture) times its linear factor. A map that is not used leaves its value as it is, so a material
// without maps shades exactly as without this file. UNIT_* come from the preamble.
uniform bool u_useMetallicMap;
layout(binding = UNIT_METALLIC_MAP) uniform sampler2D u_metallicMap;
uniform bool u_useRoughnessMap;
layout(binding = UNIT_ROUGHNESS_MAP) uniform sampler2D u_roughnessMap;
uniform bool u_useNormalMap;
layout(binding = UNIT_NORMAL_MAP) uniform sampler2D u_normalMap;
uniform float u_normalScale;       // scales the map's x and y
uniform bool u_useOcclusionMap;
layout(binding = UNIT_OCCLUSION_MAP) uniform sampler2D u_occlusionMap;
uniform float u_occlusionStrength; // 0 none .. 1 full
uniform vec3 u_emissive;           // linear RGB
uniform bool u_useEmissiveMap;
layout(binding = UNIT_EMISSIVE_MAP) uniform sampler2D u_emissiveMap;   // sRGB: sampling returns linear values

float mappedMetallic(float metallic, vec2 uv) {
    return u_useMetallicMap ? metallic * texture(u_metallicMap, uv).b : metallic;
}

float mappedRoughness(float roughness, vec2 uv) {
    return u_useRoughnessMap ? roughness * texture(u_roughnessMap, uv).g : roughness;
}

// The normal map's normal in the front face's frame (n, t made perpendicular to n, b = cross(n, t) * w), or n.
vec3 mappedNormal(vec3 n, vec4 tangent, vec2 uv) {
    if (!u_useNormalMap) return n;
    vec3 t = tangent.xyz - n * dot(n, tangent.xyz);
    float len = length(t);
    if (!(len > 1e-6)) return n;
    t /= len;
    vec3 b = cross(n, t) * tangent.w;
    vec3 c = texture(u_normalMap, uv).xyz * 2.0 - 1.0;
    c.xy *= u_normalScale;
    return normalize(t * c.x + b * c.y + n * c.z);
}

// The factor ambient (and environment) light is multiplied by: 1 + strength * (occlusion - 1).
float mappedOcclusion(vec2 uv) {
    return u_useOcclusionMap ? 1.0 + u_occlusionStrength * (texture(u_occlusionMap, uv).r - 1.0) : 1.0;
}

vec3 mappedEmission(vec2 uv) {
    return u_useEmissiveMap ? u_emissive * texture(u_emissiveMap, uv).rgb : u_emissive;
}
