// Background pass: one triangle that covers the viewport, no vertex buffer.
out vec2 v_screen;  // 0..1 across the frame, (0,0) at the top-left corner
void main() {
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);   // (0,0) (2,0) (0,2)
    v_screen = vec2(p.x, 1.0 - p.y);
    gl_Position = vec4(p * 2.0 - 1.0, 1.0, 1.0);
}
