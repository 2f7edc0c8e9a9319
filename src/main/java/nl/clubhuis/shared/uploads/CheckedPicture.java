package nl.clubhuis.shared.uploads;

/** A picture that passed the checks, re-encoded as PNG or JPEG and scaled down. */
public record CheckedPicture(String contentType, int width, int height, byte[] bytes) {
}
