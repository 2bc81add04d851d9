// Sky pass (HDR only): the environment map as the background, seen through the frame's own camera. Each pixel's
// ray is the inverse of the frame's view-projection at the pixel centre, so any field of view, principal point and
// roll is right. Writes radiance (alpha HDR_RADIANCE_ALPHA, tone mapped later) and the background's labels.
// Prepended: common/environment.glsl.
uniform mat4 u_clipToWorld;      // inverse of the frame's view-projection
uniform vec3 u_cameraPos;        // world
uniform vec2 u_frameSize;        // pixels
layout(location = TARGET_COLOR) out vec4 o_color;
layout(location = TARGET_INSTANCE) out uint o_instance;
layout(location = TARGET_DEPTH) out float o_depth;
layout(location = TARGET_NORMAL) out vec4 o_normal;
void main() {
    vec2 ndc = gl_FragCoord.xy / u_frameSize * 2.0 - 1.0;
    vec4 far = u_clipToWorld * vec4(ndc, 1.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w - u_cameraPos);
    o_color = vec4(envRadiance(dir, 0.0), float(HDR_RADIANCE_ALPHA));
    o_instance = 0u;
    o_depth = 0.0;
    o_normal = vec4(0.0);
}
