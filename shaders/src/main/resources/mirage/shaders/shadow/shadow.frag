// Shadow maps: no colour target; the rasteriser writes depth (with the pass's slope-scaled polygon offset).
void main() {
}
