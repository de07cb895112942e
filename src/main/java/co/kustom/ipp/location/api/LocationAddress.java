package co.kustom.ipp.location.api;

/** A location's name and postal address; {@code country} is ISO 3166-1 alpha-2. */
public record LocationAddress(String name, String streetAddress, String streetAddress2, String postalCode,
                              String city, String country) {
}
