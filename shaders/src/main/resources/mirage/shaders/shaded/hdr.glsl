// Defining HDR turns on the HDR code of shaded.frag: colour is linear radiance (alpha HDR_RADIANCE_ALPHA) for the
// tone-mapping pass, written into a floating-point target.
#define HDR 1
