// Coverage pass, reduction: for each frame pixel, how many of its COVERAGE_GRID x COVERAGE_GRID sub-samples hold
// the id of the instance that owns the pixel in the instance mask; 0 where the mask has no instance. Drawn over a
// frame-sized R8UI target (one triangle, background.vert), so the readback is one byte a pixel.
layout(binding = UNIT_COVERAGE_SAMPLES) uniform usampler2D u_samples;   // ids at COVERAGE_GRID x the frame's size
layout(binding = UNIT_COVERAGE_OWNER) uniform usampler2D u_owner;       // the frame's instance mask
layout(location = 0) out uint o_count;
void main() {
    ivec2 pixel = ivec2(gl_FragCoord.xy);
    uint owner = texelFetch(u_owner, pixel, 0).r;
    uint count = 0u;
    if (owner != 0u) {
        ivec2 first = pixel * COVERAGE_GRID;
        for (int j = 0; j < COVERAGE_GRID; j++)
            for (int i = 0; i < COVERAGE_GRID; i++)
                if (texelFetch(u_samples, first + ivec2(i, j), 0).r == owner) count++;
    }
    o_count = count;
}
