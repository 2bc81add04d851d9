package mirage.renderer;

/** Which device and driver rendered a run; recorded in dataset.json. */
public record RendererInfo(String device, String glVendor, String glRenderer, String glVersion) {}
