// The environment map (see mirage.scenes.model.EnvironmentLight): an equirectangular RGB32F texture whose level k
// is the map pre-filtered for GGX roughness k / u_envMaxLod (level 0 is the map itself). Map directions: +Y up at
// v = 0 (the top row), u = 0.5 looking along -Z, u growing towards +X. Sampled with an explicit level, so the seam
// at u = 0 / 1 needs no derivatives.
#define ENV_PI 3.14159265358979
uniform mat3 u_envFromWorld;     // world direction to map direction (the inverse of the map's turn about +Y)
uniform float u_envIntensity;    // radiance scale
uniform float u_envMaxLod;       // the last level of u_envMap
layout(binding = UNIT_ENV_MAP) uniform sampler2D u_envMap;

vec2 equirectUv(vec3 d) {
    return vec2(atan(d.x, -d.z) / (2.0 * ENV_PI) + 0.5, acos(clamp(d.y, -1.0, 1.0)) / ENV_PI);
}

// Radiance arriving from world direction dir (unit), filtered for roughness lod / u_envMaxLod.
vec3 envRadiance(vec3 dir, float lod) {
    return u_envIntensity * textureLod(u_envMap, equirectUv(normalize(u_envFromWorld * dir)), lod).rgb;
}
