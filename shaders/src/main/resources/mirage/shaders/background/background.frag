// Background pass: an image scaled to cover the frame (centred, overflow cropped); instance id 0.
in vec2 v_screen;
uniform vec4 u_uvRect;  // xy: uv of the frame's top-left corner, zw: uv extent of the frame
layout(binding = 0) uniform sampler2D u_image;  // stored as is (not sRGB-decoded): output bytes = image bytes
layout(location = 0) out vec4 o_color;
layout(location = 1) out uint o_instance;
layout(location = 2) out float o_depth;
layout(location = 3) out vec4 o_normal;
void main() {
    o_color = vec4(texture(u_image, u_uvRect.xy + v_screen * u_uvRect.zw).rgb, 1.0);
    o_instance = 0u;
    o_depth = 0.0;
    o_normal = vec4(0.0);
}
