package mirage.cli;

import java.util.Locale;
import mirage.renderer.egl.GlDevice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code auto|gpu|software}, case-insensitively. */
final class GlDeviceConverter implements ITypeConverter<GlDevice> {
    @Override
    public GlDevice convert(String value) {
        try {
            return GlDevice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected auto, gpu or software, got '" + value + "'");
        }
    }
}
