// Light sources and their shadow maps for the shaded pass (see mirage.scenes.model.Light). Point and spot lights
// fall off with the inverse square of distance; a spot is at full strength within (cone - softness) of its axis
// and fades to 0 at the cone's edge with a smoothstep over the angle. MAX_LIGHTS, LIGHT_* and UNIT_SHADOW_MAPS come
// from the preamble (mirage.shaders.ShaderDefines).
#define SHADOW_NORMAL_OFFSET 1.0   // shadow lookups start this many shadow-map texels off the surface

uniform int u_lightCount;
uniform int u_lightType[MAX_LIGHTS];         // LIGHT_*
uniform vec3 u_lightPosition[MAX_LIGHTS];    // point and spot: world position
uniform vec3 u_lightDirection[MAX_LIGHTS];   // directional and spot: unit travel direction
uniform vec3 u_lightRadiance[MAX_LIGHTS];    // linear RGB colour x intensity
uniform vec2 u_lightCone[MAX_LIGHTS];        // spot: cone half-angle and softness, radians
uniform int u_shadowLayer[MAX_LIGHTS];       // layer of u_shadowMaps (a point light's first of six), or -1: no shadows
uniform mat4 u_shadowMatrix[MAX_LIGHTS];     // world to the light's clip space; point: face view to clip
uniform float u_shadowTexel[MAX_LIGHTS];
uniform bool u_shadowsPastFar;               // the frame has a ground, which is not in the maps' fit: see shadowFactor     // directional: texel edge in metres; spot, point: per metre from the light
layout(binding = UNIT_SHADOW_MAPS) uniform sampler2DArrayShadow u_shadowMaps;   // depth compare LEQUAL, linear (2x2 PCF)

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

// Fraction of light i reaching worldPos: 3x3 taps of the hardware's 2x2 percentage-closer filter. The lookup
// point moves off the surface along its normal by about a texel (normal offset); the slope-scaled depth bias is
// applied when the map is drawn (polygon offset). Points outside the map are lit, except that with a ground (which
// receives shadows but is left out of the maps' fit) a point behind the far plane is compared at the far plane:
// anything drawn in the map lies in front of it along the light's rays.
float shadowFactor(int i, vec3 worldPos, vec3 n) {
    int layer = u_shadowLayer[i];
    if (layer < 0) return 1.0;
    float texel = u_shadowTexel[i];
    if (u_lightType[i] != LIGHT_DIRECTIONAL) texel *= distance(u_lightPosition[i], worldPos);
    vec3 lookup = worldPos + n * texel * SHADOW_NORMAL_OFFSET;
    vec4 clip;
    if (u_lightType[i] == LIGHT_POINT) {
        vec3 d = lookup - u_lightPosition[i];
        int face = pointFace(d);
        layer += face;
        clip = u_shadowMatrix[i] * vec4(faceView(face, d), 1.0);
    } else {
        clip = u_shadowMatrix[i] * vec4(lookup, 1.0);
    }
    if (clip.w <= 0.0) return 1.0;
    vec3 q = clip.xyz / clip.w * 0.5 + 0.5;
    if (u_shadowsPastFar && q.z > 1.0) q.z = 1.0;   // a receiver behind the map's far plane: shadowed by what is in it
    if (any(lessThan(q, vec3(0.0))) || any(greaterThan(q, vec3(1.0)))) return 1.0;
    vec2 texelStep = 1.0 / vec2(textureSize(u_shadowMaps, 0).xy);
    float lit = 0.0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            lit += texture(u_shadowMaps, vec4(q.xy + vec2(dx, dy) * texelStep, float(layer), q.z));
    return lit / 9.0;
}
