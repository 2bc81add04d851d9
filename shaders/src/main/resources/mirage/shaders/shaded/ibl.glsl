// Image-based lighting for the environment variant of the shaded pass (the split sum of Karis 2013 / Filament):
// diffuse from the environment's irradiance as 9 spherical-harmonic coefficients, specular from the pre-filtered mip
// chain times the BRDF table's scale and bias of F0. Consistent with brdf.glsl: a white Lambertian surface under a
// uniform environment of radiance L reflects L. Defining ENVIRONMENT adds envLight in shaded.frag.
#define ENVIRONMENT 1
uniform vec3 u_envSh[9];         // irradiance / pi (intensity applied), SH order: 00, 1-1, 10, 11, 2-2, 2-1, 20, 21, 22
layout(binding = UNIT_ENV_BRDF) uniform sampler2D u_envBrdf;   // (NoV, roughness) -> (scale, bias) of F0

// Irradiance / pi from world normal n: the SH basis in map coordinates.
vec3 envIrradiance(vec3 n) {
    vec3 d = normalize(u_envFromWorld * n);
    return u_envSh[0] * 0.2820948
         + u_envSh[1] * 0.4886025 * d.y + u_envSh[2] * 0.4886025 * d.z + u_envSh[3] * 0.4886025 * d.x
         + u_envSh[4] * 1.0925484 * d.x * d.y + u_envSh[5] * 1.0925484 * d.y * d.z
         + u_envSh[6] * 0.3153916 * (3.0 * d.z * d.z - 1.0)
         + u_envSh[7] * 1.0925484 * d.x * d.z + u_envSh[8] * 0.5462742 * (d.x * d.x - d.y * d.y);
}

vec3 envLight(vec3 n, vec3 toEye, vec3 base, float roughness, float metallic) {
    vec3 diffuse = (1.0 - metallic) * base * u_envIntensity * max(envIrradiance(n), vec3(0.0));
    float NoV = clamp(dot(n, toEye), 1e-4, 1.0);
    vec3 r = reflect(-toEye, n);
    vec2 ab = texture(u_envBrdf, vec2(NoV, max(roughness, MIN_ROUGHNESS))).rg;
    vec3 f0 = mix(vec3(0.04), base, metallic);
    return diffuse + envRadiance(r, clamp(roughness, 0.0, 1.0) * u_envMaxLod) * (f0 * ab.x + ab.y);
}
