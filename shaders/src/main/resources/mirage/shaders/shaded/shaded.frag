// Shaded pass, fragment stage: metallic-roughness shading in linear light (brdf.glsl), sRGB-encoded output, plus
// the labels. Writes four targets at once: colour (RGBA8), the instance id (R32UI, never blended, never
// multisampled; 0 for props), camera z in metres (R32F) and the camera-space normal encoded as (n + 1) / 2 (RGBA8).
// Prepended: common/color.glsl, common/surface.glsl, common/alpha.glsl, shaded/maps.glsl, shaded/geometry.glsl (the
// varyings, the shading normal and the label outputs, shared with the label program), shaded/brdf.glsl,
// shaded/lights.glsl; in the HDR variants also shaded/hdr.glsl, which defines HDR: colour is then linear radiance in
// an RGBA16F target, alpha HDR_RADIANCE_ALPHA (exposure, tone mapping and encoding follow in tonemap.frag); in the
// environment variant also common/environment.glsl and shaded/ibl.glsl, which define ENVIRONMENT and add the
// environment's light (times the material's occlusion, like the ambient term). shaded/occlusion.glsl: screen-space
// ambient occlusion, which multiplies the indirect light (ambient, environment, the shadow catcher's surround) only.
// A fragment the material's alpha cuts out is discarded, so it writes no target at all; in the BLEND colour draw (ShadedPass) nothing is cut out and
// the colour's alpha is the asset's, for blending.
uniform float u_roughness;       // perceptual roughness 0..1
uniform float u_metallic;        // 0..1
uniform vec3 u_cameraPos;        // world
uniform vec3 u_ambient;          // linear RGB: a uniform white surround, reflected as ambient * base colour
uniform bool u_blendColour;      // the BLEND colour draw: nothing cut out, colour alpha = the asset's alpha
uniform bool u_shadowCatcher;    // the shadow-catching ground: colour = light received with shadows / without

layout(location = TARGET_COLOR) out vec4 o_color;

// Light i arriving at v_worldPos: false when it cannot light this side of the surface (behind it, or no radiance).
bool lightArriving(int i, vec3 n, out vec3 toLight, out vec3 radiance, out float NoL) {
    radiance = u_lightRadiance[i];
    if (u_lightType[i] == LIGHT_DIRECTIONAL) {
        toLight = -u_lightDirection[i];
    } else {
        vec3 d = u_lightPosition[i] - v_worldPos;
        float dist2 = max(dot(d, d), 1e-8);
        toLight = d * inversesqrt(dist2);
        radiance /= dist2;
        if (u_lightType[i] == LIGHT_SPOT) radiance *= spotFactor(i, toLight);
    }
    NoL = dot(n, toLight);
    return NoL > 0.0 && radiance != vec3(0.0);
}

// The shadow catcher's colour: the light a white Lambertian ground receives with its shadows (and ambient occlusion)
// over the light without them; ShadedPass multiplies the colour target by it (the label targets are masked). Only
// light is computed, no material: the catcher has none and covers much of the frame.
vec4 shadowCatcherRatio(vec3 n) {
    vec3 around = u_ambient;   // light no shadow map stops: the ambient (and the environment's diffuse light)
#if defined(HDR) && defined(ENVIRONMENT)
    around += u_envIntensity * max(envIrradiance(n), vec3(0.0));
#endif
    vec3 direct = vec3(0.0), shadowed = vec3(0.0);
    for (int i = 0; i < u_lightCount; i++) {
        vec3 toLight, radiance;
        float NoL;
        if (!lightArriving(i, n, toLight, radiance, NoL)) continue;
        direct += radiance * NoL;
        shadowed += radiance * NoL * shadowFactor(i, v_worldPos, n);
    }
    vec3 full = around + direct;   // without shadows, nor ambient occlusion: it darkens the surround like a shadow
    return vec4(mix(vec3(1.0), (around * indirectVisibility() + shadowed) / max(full, vec3(1e-30)), greaterThan(full, vec3(0.0))), 1.0);
}

void main() {
    if (u_shadowCatcher) {   // front faces only (ShadedPass culls the back ones): the plane's own normal
        o_color = shadowCatcherRatio(normalize(v_normal));
        return;
    }
    if (!u_blendColour && cutOut(v_uv, v_color.a)) discard;
    vec2 meshUv = surfaceUv();
    vec2 mapUv = u_uvMatrix * meshUv + u_uvOffset;   // the base colour's UVs (surface.glsl)
    vec3 n = shadingNormal(mapUv);
    vec3 toEye = normalize(u_cameraPos - v_worldPos);
    vec3 base = surfaceColor(meshUv, v_color).rgb;
    float roughness = mappedRoughness(u_roughness, mapUv);
    float metallic = mappedMetallic(u_metallic, mapUv);
    float ambientOcclusion = indirectVisibility();   // screen-space; exactly 1 when off
    float occlusion = mappedOcclusion(mapUv) * ambientOcclusion;   // the indirect light's: the map's and the screen's
    vec3 lit = u_ambient * base * occlusion;
    for (int i = 0; i < u_lightCount; i++) {
        vec3 toLight, radiance;
        float NoL;
        if (!lightArriving(i, n, toLight, radiance, NoL)) continue;
        radiance *= shadowFactor(i, v_worldPos, n);
        lit += radiance * NoL * brdfTimesPi(n, toEye, toLight, base, roughness, metallic);
    }
    lit += mappedEmission(mapUv);
#ifdef HDR
#ifdef ENVIRONMENT
    lit += envLight(n, toEye, base, roughness, metallic) * occlusion;
#endif
    o_color = vec4(lit, u_blendColour ? assetAlpha(v_uv, v_color.a) : float(HDR_RADIANCE_ALPHA));
#else
    o_color = vec4(linearToSrgb(lit), u_blendColour ? assetAlpha(v_uv, v_color.a) : 1.0);
#endif
    writeLabels(n);
}
