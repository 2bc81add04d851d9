// Silhouette pass: the instance's bit, ORed into the target by the fixed-function logic op.
uniform uint u_bit;
layout(location = 0) out uint o_bits;
void main() {
    o_bits = u_bit;
}
