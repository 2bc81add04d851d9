// Shaded pass, fragment stage: Blinn-Phong in linear light, sRGB-encoded output, plus the instance id.
// Writes four targets at once: colour (RGBA8), the instance id (R32UI, never blended, never multisampled),
// camera z in metres (R32F) and the camera-space normal encoded as (n + 1) / 2 (RGBA8).
#define MAX_LIGHTS 16

in vec3 v_worldPos;
in vec3 v_normal;
in vec3 v_modelPos;
in vec3 v_modelNormal;
in vec2 v_uv;
in vec4 v_color;

uniform vec4 u_baseColor;        // linear RGBA factor
uniform bool u_useTexture;
uniform bool u_planarUv;         // mesh has no UVs: project model-space position on the dominant normal axis
uniform float u_planarUvScale;   // 1 / model extent, so the texture spans the object once
uniform bool u_useVertexColor;
layout(binding = 0) uniform sampler2D u_baseColorTexture;  // sRGB texture: sampling returns linear values

uniform uint u_instanceId;       // 1-based instance index; 0 is background
uniform vec3 u_cameraPos;        // world
uniform mat4 u_view;             // world to OpenGL eye space (x right, y up, looking down -z)
uniform vec3 u_ambient;          // linear RGB
uniform int u_lightCount;
uniform int u_lightType[MAX_LIGHTS];        // 0 directional, 1 point
uniform vec3 u_lightVector[MAX_LIGHTS];     // directional: travel direction (unit); point: world position
uniform vec3 u_lightRadiance[MAX_LIGHTS];   // linear RGB colour x intensity

layout(location = 0) out vec4 o_color;
layout(location = 1) out uint o_instance;
layout(location = 2) out float o_depth;    // distance along the camera's viewing axis, metres
layout(location = 3) out vec4 o_normal;    // OpenCV camera axes (x right, y down, z forward), (n + 1) / 2

vec3 linearToSrgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}

vec2 planarUv() {
    vec3 n = abs(v_modelNormal);
    vec2 p = n.x > n.y && n.x > n.z ? v_modelPos.zy : (n.y > n.z ? v_modelPos.xz : v_modelPos.xy);
    return p * u_planarUvScale;
}

vec4 albedo() {
    vec4 a = u_baseColor;
    if (u_useTexture) a *= texture(u_baseColorTexture, u_planarUv ? planarUv() : v_uv);
    if (u_useVertexColor) a *= v_color;
    return a;
}

void main() {
    vec3 n = normalize(v_normal);
    if (!gl_FrontFacing) n = -n;                 // two-sided: culling is off so thin parts keep their pixels
    vec3 toEye = normalize(u_cameraPos - v_worldPos);
    vec3 base = albedo().rgb;
    vec3 lit = u_ambient * base;
    for (int i = 0; i < u_lightCount; i++) {
        vec3 toLight;
        vec3 radiance = u_lightRadiance[i];
        if (u_lightType[i] == 0) {
            toLight = -u_lightVector[i];
        } else {
            vec3 d = u_lightVector[i] - v_worldPos;
            float dist2 = max(dot(d, d), 1e-8);
            toLight = d * inversesqrt(dist2);
            radiance /= dist2;
        }
        float diffuse = max(dot(n, toLight), 0.0);
        float specular = diffuse > 0.0 ? pow(max(dot(n, normalize(toLight + toEye)), 0.0), 32.0) : 0.0;
        lit += radiance * (base * diffuse + vec3(0.04) * specular);
    }
    o_color = vec4(linearToSrgb(lit), 1.0);
    o_instance = u_instanceId;
    vec4 eye = u_view * vec4(v_worldPos, 1.0);
    o_depth = -eye.z;
    vec3 eyeNormal = normalize(mat3(u_view) * n);   // the view has no scale, so its 3x3 maps normals too
    o_normal = vec4(vec3(eyeNormal.x, -eyeNormal.y, -eyeNormal.z) * 0.5 + 0.5, 1.0);
}
