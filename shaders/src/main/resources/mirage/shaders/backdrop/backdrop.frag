// Textured background (see mirage.scenes.model.Background.Texture): a material's surface across the frame, unlit,
// looked up at u = column / width, v = row / width (pixel centres, top-left origin; square cells), then the
// material's UV transform. Instance id 0. Prepended: common/color.glsl, common/surface.glsl. The vertex stage is
// background/background.vert.
in vec2 v_screen;
uniform vec2 u_frameSize;   // width, height in pixels
layout(location = TARGET_COLOR) out vec4 o_color;
layout(location = TARGET_INSTANCE) out uint o_instance;
layout(location = TARGET_DEPTH) out float o_depth;
layout(location = TARGET_NORMAL) out vec4 o_normal;
void main() {
    vec2 pixel = vec2(gl_FragCoord.x - 0.5, u_frameSize.y - gl_FragCoord.y - 0.5);   // column, row of this centre
    vec3 color = surfaceColor(pixel / u_frameSize.x, vec4(1.0)).rgb;
    o_color = vec4(linearToSrgb(color), 1.0);
    o_instance = 0u;
    o_depth = 0.0;
    o_normal = vec4(0.0);
}
