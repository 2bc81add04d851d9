// Metallic-roughness shading (the glTF / Filament model): GGX normal distribution, Smith geometry term with
// Schlick's approximation (k = alpha / 2), Schlick Fresnel with F0 = mix(0.04, base, metallic), Lambertian
// diffuse (1 - metallic) * base / pi. Light radiance is scaled so that a white Lambertian surface facing a light
// of radiance L reflects L (the light's "intensity" is pi times its irradiance): the returned factor f is
// pi * BRDF, and the reflected light is L * NoL * f.
#define PI 3.14159265358979
#define MIN_ROUGHNESS 0.045   // keeps GGX finite for roughness 0 (Filament's clamp)

vec3 brdfTimesPi(vec3 n, vec3 toEye, vec3 toLight, vec3 base, float roughness, float metallic) {
    vec3 h = normalize(toLight + toEye);
    float NoL = max(dot(n, toLight), 0.0);
    float NoV = max(dot(n, toEye), 1e-4);
    float NoH = max(dot(n, h), 0.0);
    float VoH = max(dot(toEye, h), 0.0);
    float r = max(roughness, MIN_ROUGHNESS);
    float alpha = r * r;
    float a2 = alpha * alpha;
    float d = NoH * NoH * (a2 - 1.0) + 1.0;
    float D = a2 / (PI * d * d);
    float k = alpha * 0.5;
    float G = NoV / (NoV * (1.0 - k) + k) * (NoL / (NoL * (1.0 - k) + k));
    vec3 f0 = mix(vec3(0.04), base, metallic);
    float m = 1.0 - VoH;
    vec3 F = f0 + (1.0 - f0) * (m * m * m * m * m);   // (1 - VoH)^5 without pow (exp2/log2 on llvmpipe)
    vec3 specular = D * G * F / (4.0 * max(NoL, 1e-4) * NoV);
    return (1.0 - metallic) * base + PI * specular;
}
