// Background pass: a window of an image stretched over the frame (see mirage.scenes.model.Background.Image);
// instance id 0.
in vec2 v_screen;
uniform vec4 u_uvRect;  // the window in the (possibly mirrored) image: xy its top-left corner, zw its extent
uniform bool u_flip;    // the image is mirrored left to right before the window is placed
layout(binding = UNIT_BACKGROUND) uniform sampler2D u_image;  // stored as is (not sRGB-decoded): output bytes = image bytes
layout(location = TARGET_COLOR) out vec4 o_color;
layout(location = TARGET_INSTANCE) out uint o_instance;
layout(location = TARGET_DEPTH) out float o_depth;
layout(location = TARGET_NORMAL) out vec4 o_normal;
void main() {
    vec2 uv = u_uvRect.xy + v_screen * u_uvRect.zw;
    if (u_flip) uv.x = 1.0 - uv.x;
    o_color = vec4(texture(u_image, uv).rgb, 1.0);
    o_instance = 0u;
    o_depth = 0.0;
    o_normal = vec4(0.0);
}
