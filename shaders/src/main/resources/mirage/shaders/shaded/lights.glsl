// Light sources and their shadow maps for the shaded pass (see mirage.scenes.model.Light). Point and spot lights
// fall off with the inverse square of distance; a spot is at full strength within (cone - softness) of its axis
// and fades to 0 at the cone's edge with a smoothstep over the angle. MAX_LIGHTS, LIGHT_*, UNIT_SHADOW_MAPS,
// UNIT_SHADOW_DEPTHS and PCSS_MAX_RADIUS_TEXELS come from the preamble (mirage.shaders.ShaderDefines). A light's size
// changes only its shadows (softShadow), never its radiance.
#define SHADOW_NORMAL_OFFSET 1.0   // shadow lookups start this many shadow-map texels off the surface
#define PCSS_BLOCKER_TAPS 16       // soft shadows: depth reads of the blocker search...
#define PCSS_FILTER_TAPS 32        // ...and 2x2 percentage-closer lookups of the penumbra filter (Vogel spirals)

uniform int u_lightCount;
uniform int u_lightType[MAX_LIGHTS];         // LIGHT_*
uniform vec3 u_lightPosition[MAX_LIGHTS];    // point and spot: world position
uniform vec3 u_lightDirection[MAX_LIGHTS];   // directional and spot: unit travel direction
uniform vec3 u_lightRadiance[MAX_LIGHTS];    // linear RGB colour x intensity
uniform vec2 u_lightCone[MAX_LIGHTS];        // spot: cone half-angle and softness, radians
uniform int u_shadowLayer[MAX_LIGHTS];       // layer of u_shadowMaps (a point light's first of six), or -1: no shadows
uniform mat4 u_shadowMatrix[MAX_LIGHTS];     // world to the light's clip space; point: face view to clip
uniform float u_shadowTexel[MAX_LIGHTS];     // directional: texel edge in metres; spot, point: per metre from the light
uniform bool u_shadowsPastFar;               // the frame has a ground, which is not in the maps' fit: see shadowFactor
uniform float u_lightSize[MAX_LIGHTS];       // 0: hard shadows; point, spot: emitter radius, metres; directional:
                                             // tan(half the angular diameter)
uniform vec2 u_shadowDepthRange[MAX_LIGHTS]; // the map's near and far planes, metres along the light's axis
layout(binding = UNIT_SHADOW_MAPS) uniform sampler2DArrayShadow u_shadowMaps;   // depth compare LEQUAL, linear (2x2 PCF)
layout(binding = UNIT_SHADOW_DEPTHS) uniform sampler2DArray u_shadowDepths;     // the same maps, plain depths (nearest)

// A point light's cube faces, in layer order: viewing direction and up vector (LightView.FACES in Java).
const vec3 FACE_DIR[6] = vec3[](vec3(1, 0, 0), vec3(-1, 0, 0), vec3(0, 1, 0), vec3(0, -1, 0), vec3(0, 0, 1), vec3(0, 0, -1));
const vec3 FACE_UP[6] = vec3[](vec3(0, 1, 0), vec3(0, 1, 0), vec3(0, 0, 1), vec3(0, 0, 1), vec3(0, 1, 0), vec3(0, 1, 0));

// The cube face whose view holds the offset d from the light: the axis of its largest component.
int pointFace(vec3 d) {
    vec3 a = abs(d);
    if (a.x >= a.y && a.x >= a.z) return d.x >= 0.0 ? 0 : 1;
    if (a.y >= a.z) return d.y >= 0.0 ? 2 : 3;
    return d.z >= 0.0 ? 4 : 5;
}

// d in face f's eye coordinates, as JOML's lookAt builds them (x left of up x back, y up, z back).
vec3 faceView(int f, vec3 d) {
    vec3 back = -FACE_DIR[f];
    vec3 left = normalize(cross(FACE_UP[f], back));
    vec3 up = cross(back, left);
    return vec3(dot(left, d), dot(up, d), dot(back, d));
}

float spotFactor(int i, vec3 toLight) {
    float theta = acos(clamp(dot(-toLight, u_lightDirection[i]), -1.0, 1.0));
    float cone = u_lightCone[i].x;
    float softness = u_lightCone[i].y;
    if (theta >= cone) return 0.0;
    if (softness <= 0.0) return 1.0;
    float t = clamp((cone - theta) / softness, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// Clip coordinates of world point p in light i's shadow map; a point light's in cube face f's view.
vec4 shadowClip(int i, int face, vec3 p) {
    return u_lightType[i] == LIGHT_POINT ? u_shadowMatrix[i] * vec4(faceView(face, p - u_lightPosition[i]), 1.0)
                                         : u_shadowMatrix[i] * vec4(p, 1.0);
}

// Shadow-map coordinates (0..1, depth last) of world point p for light i; a point light's in cube face f's layer.
vec3 shadowCoord(int i, int face, vec3 p) {
    vec4 clip = shadowClip(i, face, p);
    return clip.xyz / clip.w * 0.5 + 0.5;
}

// A map depth (0..1) as metres along the light's axis: linear between the planes for a directional light's
// orthographic map, the inverse of the perspective depth for spot and point lights.
float lightDistance(int i, float depth) {
    float near = u_shadowDepthRange[i].x, far = u_shadowDepthRange[i].y;
    if (u_lightType[i] == LIGHT_DIRECTIONAL) return mix(near, far, depth);
    return 2.0 * near * far / (far + near - (2.0 * depth - 1.0) * (far - near));
}

// Tap k of n on a Vogel spiral filling the unit disc evenly, turned by angle.
vec2 vogelTap(int k, int n, float angle) {
    float r = sqrt((float(k) + 0.5) / float(n));
    float theta = float(k) * 2.39996323 + angle;
    return r * vec2(cos(theta), sin(theta));
}

// Percentage-closer soft shadows (Fernando 2005) of light i at the lookup point (shadow coordinates q, layer of its
// map): the blockers found over the region that could hide part of the emitter give their mean distance d_b; the
// receiver at d_r then sees a penumbra of half-width size * (d_r - d_b) / d_b (a sphere of radius size) or
// tan(diameter / 2) * (d_r - d_b) (a directional light), and a disc filter of that radius averages the hardware's
// 2x2 percentage-closer lookups. A disc kernel over an edge covers the same fraction as the edge covers of a disc
// emitter, so the penumbra's profile is the emitter's. Both radii stop at PCSS_MAX_RADIUS_TEXELS. Each tap compares
// against the receiver's own plane (its depth there, from the normal), not the centre's depth, so a wide filter
// does not shadow a tilted surface by itself. The spirals are turned per pixel by a fixed hash of its position:
// noise instead of banding, the same every run.
float softShadow(int i, int layer, vec3 lookup, vec3 n, vec3 q) {
    vec2 texelStep = 1.0 / vec2(textureSize(u_shadowMaps, 0).xy);
    float near = u_shadowDepthRange[i].x;
    int face = u_lightType[i] == LIGHT_POINT ? layer - u_shadowLayer[i] : 0;
    float receiver = lightDistance(i, shadowCoord(i, face, lookup).z);   // q.z may be held at the far plane
    bool directional = u_lightType[i] == LIGHT_DIRECTIONAL;
    float texel = u_shadowTexel[i] * (directional ? 1.0 : receiver);   // metres across one texel at the receiver
    float size = u_lightSize[i];
    // the receiver's plane: depth change per texel of offset, from two points on it a few texels apart
    vec3 t1 = normalize(cross(n, abs(n.y) < 0.9 ? vec3(0, 1, 0) : vec3(1, 0, 0)));
    vec3 t2 = cross(n, t1);
    vec3 q1 = shadowCoord(i, face, lookup + t1 * 4.0 * texel) - q;
    vec3 q2 = shadowCoord(i, face, lookup + t2 * 4.0 * texel) - q;
    mat2 across = mat2(q1.xy / texelStep, q2.xy / texelStep);   // plane steps to texels
    float det = determinant(across);
    vec2 slope = abs(det) > 1e-6 && q.z < 1.0 ? transpose(inverse(across)) * vec2(q1.z, q2.z) : vec2(0.0);
    float angle = 6.2831853 * fract(52.9829189 * fract(dot(gl_FragCoord.xy, vec2(0.06711056, 0.00583715))));
    float reach = directional ? size * (receiver - near) : size * (receiver - near) / near;
    float search = clamp(reach / texel, 1.0, float(PCSS_MAX_RADIUS_TEXELS));
    float blockers = 0.0, blocker = 0.0;
    for (int k = 0; k < PCSS_BLOCKER_TAPS; k++) {
        vec2 o = vogelTap(k, PCSS_BLOCKER_TAPS, angle) * search;
        float depth = texture(u_shadowDepths, vec3(q.xy + o * texelStep, float(layer))).r;
        if (depth < min(q.z + dot(slope, o), 1.0)) {
            blockers += 1.0;
            blocker += lightDistance(i, depth);
        }
    }
    if (blockers == 0.0) return 1.0;
    blocker /= blockers;
    float gap = max(receiver - blocker, 0.0);
    float penumbra = directional ? size * gap : size * gap / max(blocker, 1e-6);
    float radius = clamp(penumbra / texel, 1.0, float(PCSS_MAX_RADIUS_TEXELS));
    float lit = 0.0;
    for (int k = 0; k < PCSS_FILTER_TAPS; k++) {
        vec2 o = vogelTap(k, PCSS_FILTER_TAPS, angle) * radius;
        lit += texture(u_shadowMaps, vec4(q.xy + o * texelStep, float(layer), min(q.z + dot(slope, o), 1.0)));
    }
    return lit / float(PCSS_FILTER_TAPS);
}

// Fraction of light i reaching worldPos: 3x3 taps of the hardware's 2x2 percentage-closer filter. The lookup
// point moves off the surface along its normal by about a texel (normal offset); the slope-scaled depth bias is
// applied when the map is drawn (polygon offset). Points outside the map are lit, except that with a ground (which
// receives shadows but is left out of the maps' fit) a point behind the far plane is compared at the far plane:
// anything drawn in the map lies in front of it along the light's rays. A light with a size casts soft shadows
// instead (softShadow).
float shadowFactor(int i, vec3 worldPos, vec3 n) {
    int layer = u_shadowLayer[i];
    if (layer < 0) return 1.0;
    float texel = u_shadowTexel[i];
    if (u_lightType[i] != LIGHT_DIRECTIONAL) texel *= distance(u_lightPosition[i], worldPos);
    vec3 lookup = worldPos + n * texel * SHADOW_NORMAL_OFFSET;
    int face = u_lightType[i] == LIGHT_POINT ? pointFace(lookup - u_lightPosition[i]) : 0;
    layer += face;
    vec4 clip = shadowClip(i, face, lookup);
    if (clip.w <= 0.0) return 1.0;
    vec3 q = clip.xyz / clip.w * 0.5 + 0.5;
    if (u_shadowsPastFar && q.z > 1.0) q.z = 1.0;   // a receiver behind the map's far plane: shadowed by what is in it
    if (any(lessThan(q, vec3(0.0))) || any(greaterThan(q, vec3(1.0)))) return 1.0;
    if (u_lightSize[i] > 0.0) return softShadow(i, layer, lookup, n, q);
    vec2 texelStep = 1.0 / vec2(textureSize(u_shadowMaps, 0).xy);
    float lit = 0.0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            lit += texture(u_shadowMaps, vec4(q.xy + vec2(dx, dy) * texelStep, float(layer), q.z));
    return lit / 9.0;
}
